import { getInvoiceById, type InvoiceFilter, listInvoiceRows } from '../../db/queries/invoices';
import type { InvoiceLineRow, InvoiceRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { decodeCursor, type Page, type PageArgs, pageSize, toPage } from '../pagination';

export type { InvoiceFilter, InvoiceLineRow, InvoiceRow };

/**
 * Invoices and credit notes, newest first, filtered by account, bill run, status, kind or a
 * search over numbers and account names.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (page size, cursor)
 */
export async function listInvoices(
  { db, actor }: OperationContext,
  args: PageArgs & { filter?: InvoiceFilter | undefined },
): Promise<Page<InvoiceRow>> {
  authorize(actor, 'invoices');
  const limit = pageSize(args.first);
  const rows = await listInvoiceRows(db, {
    limit,
    after: args.after ? decodeCursor(args.after) : undefined,
    filter: { ...args.filter, search: args.filter?.search?.trim() || undefined },
  });
  return toPage(rows, limit, (row) => row);
}

/** One invoice or credit note, or null. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function getInvoice({ db, actor }: OperationContext, id: string): Promise<InvoiceRow | null> {
  authorize(actor, 'invoice');
  return getInvoiceById(db, id);
}
