import type { Db } from '../../db/client';
import { getInvoiceBalances, lockInvoices, lockOpenInvoices } from '../../db/queries/invoice-balances';
import { addAllocations } from '../../db/queries/payments';
import { Dec } from '../money/decimal';
import { formatAmount } from '../money/settled-amounts';
import { type Funds, planAllocations } from './plan-allocations';
import type { AllocationRecord } from './types';

/**
 * Spends `sources` (a new payment, or payments holding credit, each with what it may
 * spend) on an account's open invoices in its currency, oldest due first; with
 * `onlyInvoiceId`, on that invoice alone. The invoices are locked before their balances are
 * read, so concurrent callers never allocate more than an invoice owes. Call inside a
 * transaction; returns what it allocated.
 */
export async function applyToOpenInvoices(
  tx: Db,
  target: { accountId: string; currency: string; onlyInvoiceId?: string | undefined },
  sources: readonly Funds[],
): Promise<AllocationRecord[]> {
  const invoiceIds = target.onlyInvoiceId
    ? (await lockInvoices(tx, [target.onlyInvoiceId]))
        .filter(
          (invoice) =>
            invoice.accountId === target.accountId &&
            invoice.currency === target.currency &&
            invoice.kind === 'invoice' &&
            invoice.status === 'finalized',
        )
        .map((invoice) => invoice.id)
    : await lockOpenInvoices(tx, { accountIds: [target.accountId], currency: target.currency });
  // Read after locking: this statement's snapshot sees what earlier lock holders committed.
  const balances = await getInvoiceBalances(tx, invoiceIds);
  const plan = planAllocations(
    sources,
    balances.map((invoice) => ({ id: invoice.id, amount: new Dec(invoice.balance) })),
  );
  const numbers = new Map(balances.map((invoice) => [invoice.id, invoice.number]));
  const allocations = plan.map((p) => ({
    paymentId: p.sourceId,
    invoiceId: p.debtId,
    invoiceNumber: numbers.get(p.debtId) ?? '',
    amount: formatAmount(p.amount, target.currency),
  }));
  await addAllocations(tx, allocations);
  return allocations;
}
