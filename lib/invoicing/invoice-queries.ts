import {
  type InvoiceFilter as DbInvoiceFilter,
  getInvoiceById,
  listInvoiceRows,
} from '../../db/queries/invoices';
import type { InvoiceLineRow, InvoiceRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { isIsoMonth, monthDays } from '../dates';
import { AppError } from '../errors';
import { decodeCursor, type Page, type PageArgs, pageSize, toPage } from '../pagination';

export type { InvoiceLineRow, InvoiceRow };

export interface InvoiceFilter extends Omit<DbInvoiceFilter, 'periodStartWithin'> {
  /**
   * Billing periods that start in this month (YYYY-MM), whatever the day: calendar-month
   * periods start on the 1st, anniversary cycles on any day.
   */
  periodMonth?: string | undefined;
}

/**
 * Invoices and credit notes, newest first, filtered by account, bill run, status, kind, the
 * day or month their period starts, or a search over numbers and account names.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (page size, cursor, period month)
 */
export async function listInvoices(
  { db, actor }: OperationContext,
  args: PageArgs & { filter?: InvoiceFilter | undefined },
): Promise<Page<InvoiceRow>> {
  authorize(actor, 'invoices');
  const limit = pageSize(args.first);
  const { periodMonth, ...filter } = args.filter ?? {};
  if (periodMonth !== undefined && !isIsoMonth(periodMonth))
    throw new AppError('BAD_USER_INPUT', `"${periodMonth}" is not a month (YYYY-MM).`, {
      field: 'filter.periodMonth',
    });
  const rows = await listInvoiceRows(db, {
    limit,
    after: args.after ? decodeCursor(args.after) : undefined,
    filter: {
      ...filter,
      search: filter.search?.trim() || undefined,
      periodStartWithin: periodMonth === undefined ? undefined : monthDays(periodMonth),
    },
  });
  return toPage(rows, limit, (row) => row);
}

/** One invoice or credit note, or null. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function getInvoice({ db, actor }: OperationContext, id: string): Promise<InvoiceRow | null> {
  authorize(actor, 'invoice');
  return getInvoiceById(db, id);
}
