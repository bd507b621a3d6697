import { listContactsOfAccounts } from '../../../db/queries/account-contacts';
import { getAccountById } from '../../../db/queries/accounts';
import type { AccountContactRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { isUuid } from '../../uuid';

/**
 * The people of an account who may sign in to the customer portal (and receive campaign
 * emails), oldest first; null when there is no such account. Reading them is reading the
 * account. GraphQL batches `Account.contacts` through `loadContactsOfAccounts` instead.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listAccountContacts(
  { db, actor }: OperationContext,
  accountId: string,
): Promise<AccountContactRow[] | null> {
  authorize(actor, 'account');
  if (!isUuid(accountId) || !(await getAccountById(db, accountId))) return null;
  return listContactsOfAccounts(db, [accountId]);
}
