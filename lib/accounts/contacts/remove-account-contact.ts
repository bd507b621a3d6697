import { deleteAccountContact } from '../../../db/queries/account-contacts';
import type { AccountContactRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { type UserError, userError } from '../../errors';
import { isUuid } from '../../uuid';

/**
 * Takes a person off an account: they can no longer sign in to the customer portal and no
 * longer receive its campaign emails. Returns the contact as it was.
 * User errors: NOT_FOUND when no contact has this id.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function removeAccountContact(
  { db, actor }: OperationContext,
  input: { id: string },
): Promise<{ contact: AccountContactRow | null; userErrors: UserError[] }> {
  authorize(actor, 'removeAccountContact');
  const contact = isUuid(input.id) ? await deleteAccountContact(db, input.id) : null;
  if (!contact)
    return {
      contact: null,
      userErrors: [userError('NOT_FOUND', ['input', 'id'], 'No contact has this id.')],
    };
  return { contact, userErrors: [] };
}
