import { type AuditEntryFilter, listAuditEntries as listAuditRows } from '../../db/queries/audit-entries';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { decodeCursor, type Page, type PageArgs, pageSize, toPage } from '../pagination';
import type { AuditEntryRecord } from './types';

/**
 * The audit log, newest first.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admins only), BAD_USER_INPUT (bad cursor or page size)
 */
export async function listAuditEntries(
  { db, actor }: OperationContext,
  args: PageArgs & { filter?: AuditEntryFilter | null | undefined },
): Promise<Page<AuditEntryRecord>> {
  authorize(actor, 'auditEntries');
  const limit = pageSize(args.first);
  const rows = await listAuditRows(db, {
    limit,
    after: args.after ? decodeCursor(args.after) : undefined,
    filter: args.filter ?? {},
  });
  return toPage(rows, limit, (row) => ({ createdAt: row.occurredAt, id: row.id }));
}
