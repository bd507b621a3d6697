import { getAccountById, listAccountRows } from '../../db/queries/accounts';
import type { AccountRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { decodeCursor, type Page, type PageArgs, pageSize, toPage } from '../pagination';

/**
 * Accounts, newest first; `search` matches the account number or name.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (page size, cursor)
 */
export async function listAccounts(
  { db, actor }: OperationContext,
  args: PageArgs & { search?: string | null; status?: AccountRow['status'] | null },
): Promise<Page<AccountRow>> {
  authorize(actor, 'accounts');
  const limit = pageSize(args.first);
  const rows = await listAccountRows(db, {
    limit,
    after: args.after ? decodeCursor(args.after) : undefined,
    search: args.search?.trim() || undefined,
    status: args.status ?? undefined,
  });
  return toPage(rows, limit, (row) => row);
}

/**
 * One account, or null.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getAccount({ db, actor }: OperationContext, id: string): Promise<AccountRow | null> {
  authorize(actor, 'account');
  return getAccountById(db, id);
}
