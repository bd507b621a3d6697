import { listDunningEventRows } from '../../db/queries/dunning';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { decodeCursor, type Page, type PageArgs, pageSize, toPage } from '../pagination';
import { isUuid } from '../uuid';
import type { DunningEventRecord } from './types';

/**
 * An account's dunning history, newest first.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (page size, cursor)
 */
export async function listDunningEvents(
  { db, actor }: OperationContext,
  args: PageArgs & { accountId: string },
): Promise<Page<DunningEventRecord>> {
  authorize(actor, 'dunningEvents');
  const limit = pageSize(args.first);
  const rows = isUuid(args.accountId)
    ? await listDunningEventRows(db, {
        accountId: args.accountId,
        limit,
        after: args.after ? decodeCursor(args.after) : undefined,
      })
    : [];
  return toPage(rows, limit, (row) => ({ createdAt: row.occurredAt, id: row.id }));
}
