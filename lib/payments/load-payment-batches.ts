import type { Db } from '../../db/client';
import { getInvoiceBalances } from '../../db/queries/invoice-balances';
import {
  getPaymentsByIds,
  listAllocationsOfInvoices,
  listAllocationsOfPayments,
} from '../../db/queries/payments';
import { groupByKeys, oneByKeys } from '../batch-order';
import type { AllocationRecord, PaymentRecord } from './types';

/**
 * Each payment's allocations, in the order of `paymentIds`, in one query: the batch function
 * behind a per-request DataLoader. Callers were authorised for the payments.
 */
export async function loadAllocationsOfPayments(
  db: Db,
  paymentIds: readonly string[],
): Promise<AllocationRecord[][]> {
  return groupByKeys(paymentIds, await listAllocationsOfPayments(db, paymentIds), (row) => row.paymentId);
}

/** Each invoice's allocations (the payments it received), oldest first. Callers were authorised for the invoices. */
export async function loadAllocationsOfInvoices(
  db: Db,
  invoiceIds: readonly string[],
): Promise<AllocationRecord[][]> {
  return groupByKeys(invoiceIds, await listAllocationsOfInvoices(db, invoiceIds), (row) => row.invoiceId);
}

/** Payments by id, with what they hold as credit. Callers were authorised for what refers to them. */
export async function loadPayments(db: Db, ids: readonly string[]): Promise<(PaymentRecord | null)[]> {
  return oneByKeys(ids, await getPaymentsByIds(db, ids));
}

/** Each invoice's unrounded balance (total less live payments and finalized credit notes), exact decimal strings. */
export async function loadInvoiceBalances(db: Db, invoiceIds: readonly string[]): Promise<(string | null)[]> {
  const balances = new Map((await getInvoiceBalances(db, invoiceIds)).map((row) => [row.id, row.balance]));
  return invoiceIds.map((id) => balances.get(id) ?? null);
}
