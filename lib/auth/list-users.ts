import { listUsers as listUserRows, type UserListFilter } from '../../db/queries/users';
import type { OperationContext } from '../context';
import { decodeCursor, type Page, type PageArgs, pageSize, toPage } from '../pagination';
import { authorize } from './permissions';
import type { UserRecord } from './types';

/**
 * Users, newest first.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admins only), BAD_USER_INPUT (bad cursor or page size)
 */
export async function listUsers(
  { db, actor }: OperationContext,
  args: PageArgs & { filter?: UserListFilter | null | undefined },
): Promise<Page<UserRecord>> {
  authorize(actor, 'users');
  const limit = pageSize(args.first);
  const rows = await listUserRows(db, {
    limit,
    after: args.after ? decodeCursor(args.after) : undefined,
    filter: args.filter ?? {},
  });
  return toPage(rows, limit, (row) => row);
}
