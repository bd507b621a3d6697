import type { Db } from '../../db/client';
import { countFailedOfBillRuns, getBillRunsByIds } from '../../db/queries/bill-runs';
import { listDeliveriesOfInvoices } from '../../db/queries/deliveries';
import { getInvoicesByIds, listCreditNotesOfInvoices, listLinesOfInvoices } from '../../db/queries/invoices';
import type { BillRunRow, InvoiceDeliveryRow, InvoiceLineRow, InvoiceRow } from '../../db/schema';
import { groupByKeys, oneByKeys } from '../batch-order';

/** Batch loads behind the per-request DataLoaders; callers were authorised for the parents. */
export async function loadInvoices(db: Db, ids: readonly string[]): Promise<(InvoiceRow | null)[]> {
  return oneByKeys(ids, await getInvoicesByIds(db, ids));
}

export async function loadLinesOfInvoices(
  db: Db,
  invoiceIds: readonly string[],
): Promise<InvoiceLineRow[][]> {
  return groupByKeys(invoiceIds, await listLinesOfInvoices(db, invoiceIds), (line) => line.invoiceId);
}

export async function loadBillRuns(db: Db, ids: readonly string[]): Promise<(BillRunRow | null)[]> {
  return oneByKeys(ids, await getBillRunsByIds(db, ids));
}

export async function loadFailedCounts(db: Db, billRunIds: readonly string[]): Promise<number[]> {
  const counts = new Map(
    (await countFailedOfBillRuns(db, billRunIds)).map((row) => [row.bill_run_id, row.n]),
  );
  return billRunIds.map((id) => counts.get(id) ?? 0);
}

export async function loadCreditNotesOfInvoices(
  db: Db,
  invoiceIds: readonly string[],
): Promise<InvoiceRow[][]> {
  return groupByKeys(
    invoiceIds,
    await listCreditNotesOfInvoices(db, invoiceIds),
    (note) => note.creditedInvoiceId ?? '',
  );
}

export async function loadDeliveriesOfInvoices(
  db: Db,
  invoiceIds: readonly string[],
): Promise<InvoiceDeliveryRow[][]> {
  return groupByKeys(invoiceIds, await listDeliveriesOfInvoices(db, invoiceIds), (row) => row.invoiceId);
}
