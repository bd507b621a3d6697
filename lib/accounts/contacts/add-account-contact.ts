import {
  getAccountContactByEmail,
  insertAccountContactIfEmailFree,
} from '../../../db/queries/account-contacts';
import { getAccountById } from '../../../db/queries/accounts';
import type { AccountContactRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import { parseEmail } from '../../auth/user-input';
import type { OperationContext } from '../../context';
import { type UserError, userError } from '../../errors';
import { isUuid } from '../../uuid';

export interface AddAccountContactInput {
  accountId: string;
  email: string;
  /** Optional: the person's name as the portal greets them. */
  name?: string | null | undefined;
}

export type AccountContactResult = { contact: AccountContactRow | null; userErrors: UserError[] };

const MAX_NAME = 200;

/**
 * Lets a person of a customer account sign in to the customer portal (with a link emailed to
 * them) and receive the account's campaign emails. The email is stored trimmed and
 * lower-cased and belongs to one contact of one account only, since signing in by email must
 * lead to exactly one account.
 * User errors: INVALID/REQUIRED email, INVALID name (too long), NOT_FOUND account, TAKEN email.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function addAccountContact(
  { db, actor }: OperationContext,
  input: AddAccountContactInput,
): Promise<AccountContactResult> {
  authorize(actor, 'addAccountContact');
  const userErrors: UserError[] = [];
  const parsed = parseEmail(input.email, ['input', 'email']);
  if ('error' in parsed) userErrors.push(parsed.error);
  const name = input.name?.trim() ?? '';
  if (name.length > MAX_NAME)
    userErrors.push(userError('INVALID', ['input', 'name'], `Use at most ${MAX_NAME} characters.`));
  const account = isUuid(input.accountId) ? await getAccountById(db, input.accountId) : null;
  if (!account) userErrors.push(userError('NOT_FOUND', ['input', 'accountId'], 'No such account.'));
  if (userErrors.length > 0 || !account || 'error' in parsed) return { contact: null, userErrors };

  // Inserted only if the email is free, so a concurrent add of the same address loses cleanly.
  const contact = await insertAccountContactIfEmailFree(db, {
    accountId: account.id,
    email: parsed.email,
    name,
  });
  if (contact) return { contact, userErrors: [] };
  return { contact: null, userErrors: [await takenError(db, parsed.email, account.id)] };
}

async function takenError(db: OperationContext['db'], email: string, accountId: string): Promise<UserError> {
  const holder = await getAccountContactByEmail(db, email);
  const field = ['input', 'email'];
  if (!holder || holder.accountId === accountId)
    return userError('TAKEN', field, `${email} is already a contact of this account.`);
  const other = await getAccountById(db, holder.accountId);
  return userError(
    'TAKEN',
    field,
    `${email} is already a contact of ${other ? `${other.name} (${other.externalId})` : 'another account'}; an address signs in to one account only.`,
  );
}
