import type { Db } from '../../db/client';
import {
  type BillRunAccountOutcome,
  claimPendingAccounts,
  completeBillRunIfDone,
  getBillRunById,
  markBillRunRunning,
  recordBillRunOutcomes,
} from '../../db/queries/bill-runs';
import { insertInvoiceLines, insertInvoicesOnce, type NewInvoiceLine } from '../../db/queries/invoices';
import { lineDecimalsOf } from '../money/rounding';
import { builtInTaxEngine, type TaxEngine } from '../tax/tax-engine';
import { computeChargeLines, totalInvoice } from './compute-invoice-lines';
import { describeLine } from './describe-line';
import { loadBillingInputs } from './load-billing-inputs';

export interface ProcessBillRunOptions {
  /** Accounts per transaction: small enough to keep transactions short, large enough to batch queries. */
  chunkSize?: number;
  taxEngine?: TaxEngine;
  /** Called after each committed chunk (progress, and the crash test's kill points). */
  onChunk?: (accountsDone: number) => void | Promise<void>;
}

/**
 * Works through a bill run's pending accounts, a chunk per transaction: claim accounts
 * (skipping those another worker holds), compute their invoices, insert the drafts and
 * record each account's outcome, all or nothing. Killed at any point, the uncommitted chunk
 * rolls back and its accounts stay pending, so running it again finishes with exactly the
 * invoices an uninterrupted run makes; the unique live-invoice index means two workers can
 * never both invoice an account for a period.
 */
export async function processBillRun(
  db: Db,
  billRunId: string,
  options: ProcessBillRunOptions = {},
): Promise<void> {
  const run = await getBillRunById(db, billRunId);
  if (!run || run.status === 'completed' || run.status === 'failed') return;
  await markBillRunRunning(db, billRunId);
  const period = { start: run.periodStart, end: run.periodEnd };
  const chunkSize = options.chunkSize ?? 200;
  const taxEngine = options.taxEngine ?? builtInTaxEngine;
  for (;;) {
    const claimed = await db.transaction(async (tx) => {
      const accountIds = await claimPendingAccounts(tx, billRunId, chunkSize);
      if (accountIds.length === 0) return 0;
      await billChunk(tx, run.id, period, accountIds, taxEngine);
      return accountIds.length;
    });
    if (claimed === 0) break;
    await options.onChunk?.(claimed);
  }
  await completeBillRunIfDone(db, billRunId);
}

async function billChunk(
  db: Db,
  billRunId: string,
  period: { start: string; end: string },
  accountIds: string[],
  taxEngine: TaxEngine,
): Promise<void> {
  const inputs = await loadBillingInputs(db, accountIds, period);
  const outcomes = new Map<string, BillRunAccountOutcome>();
  const billable = inputs.filter(({ account, problems }) => {
    if (problems.length === 0) return true;
    outcomes.set(account.id, {
      accountId: account.id,
      status: 'failed',
      invoiceId: null,
      message: problems.join('; '),
    });
    return false;
  });
  const chargeLines = billable.map(({ input }) => computeChargeLines(input));
  const taxLines = await taxEngine.taxLines(
    db,
    billable.map(({ account, input }, i) => ({
      account,
      currency: input.currency,
      policy: input.policy,
      period,
      lines: chargeLines[i] ?? [],
    })),
  );
  const drafts = billable.flatMap(({ account, input }, i) => {
    const lines = [...(chargeLines[i] ?? []), ...(taxLines[i] ?? [])];
    if (lines.length === 0) {
      outcomes.set(account.id, {
        accountId: account.id,
        status: 'nothing_to_bill',
        invoiceId: null,
        message: null,
      });
      return [];
    }
    return [
      {
        account,
        lines,
        totals: totalInvoice(lines),
        decimals: lineDecimalsOf(account.currency, input.policy),
      },
    ];
  });
  const inserted = await insertInvoicesOnce(
    db,
    drafts.map(({ account, totals, decimals }) => ({
      accountId: account.id,
      billRunId,
      currency: account.currency,
      periodStart: period.start,
      periodEnd: period.end,
      // Stored at the currency's decimals, so 3.90 reads as money everywhere.
      subtotal: totals.subtotal.toFixed(decimals),
      taxTotal: totals.taxTotal.toFixed(decimals),
      total: totals.total.toFixed(decimals),
    })),
  );
  const invoiceOf = new Map(inserted.map((invoice) => [invoice.accountId, invoice.id]));
  const lineRows: NewInvoiceLine[] = [];
  for (const { account, lines, decimals } of drafts) {
    const invoiceId = invoiceOf.get(account.id);
    if (!invoiceId) {
      outcomes.set(account.id, {
        accountId: account.id,
        status: 'already_invoiced',
        invoiceId: null,
        message: 'The account already has an invoice for this period.',
      });
      continue;
    }
    outcomes.set(account.id, { accountId: account.id, status: 'invoiced', invoiceId, message: null });
    lines.forEach((line, position) => {
      lineRows.push({
        invoiceId,
        position,
        lineType: line.lineType,
        lineKey: line.key,
        productCode: line.productCode,
        description: describeLine(line),
        quantity: line.quantity.toFixed(),
        amount: line.amount.toFixed(decimals),
        taxCategory: line.taxCategory,
      });
    });
  }
  await insertInvoiceLines(db, lineRows);
  // Accounts that vanished between selection and billing have nothing to bill.
  for (const accountId of accountIds) {
    if (!outcomes.has(accountId))
      outcomes.set(accountId, { accountId, status: 'nothing_to_bill', invoiceId: null, message: null });
  }
  await recordBillRunOutcomes(db, billRunId, [...outcomes.values()]);
}
