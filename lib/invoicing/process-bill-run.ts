import type { Db } from '../../db/client';
import { listAccountCreditBalances } from '../../db/queries/account-credit';
import { getAccountsByIds, listChildrenBilledTo } from '../../db/queries/accounts';
import { insertAllowanceUsages, type NewAllowanceUsage } from '../../db/queries/allowance-usages';
import {
  type BillRunAccountOutcome,
  claimPendingAccounts,
  completeBillRunIfDone,
  getBillRunById,
  markBillRunRunning,
  recordBillRunOutcomes,
} from '../../db/queries/bill-runs';
import { insertInvoiceLines, insertInvoicesOnce, type NewInvoiceLine } from '../../db/queries/invoices';
import type { AccountRow } from '../../db/schema';
import { enqueueProgramEvidenceRefresh } from '../jobs/program-evidence-jobs';
import { Dec } from '../money/decimal';
import { lineDecimalsOf, type RoundingPolicy } from '../money/rounding';
import { builtInTaxEngine, type TaxEngine } from '../tax/tax-engine';
import { accountCreditLine } from './account-credit-line';
import { accountPeriodIn, type Period } from './billing-period';
import { type ComputedLine, computeChargeLines, totalInvoice } from './compute-invoice-lines';
import { describeLine } from './describe-line';
import { loadBillingInputs } from './load-billing-inputs';
import type { AllowanceUsage } from './usage-allowances';

export interface ProcessBillRunOptions {
  /** Accounts per transaction: small enough to keep transactions short, large enough to batch queries. */
  chunkSize?: number;
  /**
   * Chunks worked at once, each in its own transaction (and connection). Two keep both a
   * database's cores busy while this process computes; PGlite runs them one after the other.
   */
  concurrency?: number;
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
  // Each lane claims and bills chunks until none is left; claims skip locked rows, so lanes
  // (like separate workers) never take the same accounts. A failing lane stops the others
  // after their current chunk, and its error is this call's, once every lane has stopped.
  let failed = false;
  const lane = async () => {
    while (!failed) {
      const claimed = await db.transaction(async (tx) => {
        const accountIds = await claimPendingAccounts(tx, billRunId, chunkSize);
        if (accountIds.length === 0) return 0;
        await billChunk(tx, run.id, period, accountIds, taxEngine);
        return accountIds.length;
      });
      if (claimed === 0) return;
      await options.onChunk?.(claimed);
    }
  };
  const lanes = await Promise.allSettled(
    Array.from({ length: Math.max(1, options.concurrency ?? 2) }, () =>
      lane().catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    ),
  );
  const failure = lanes.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
  await completeBillRunIfDone(db, billRunId);
  await enqueueProgramEvidenceRefresh(db); // the bill-run check reads the latest finished run
}

interface Draft {
  account: AccountRow;
  period: Period;
  policy: RoundingPolicy;
  chargeLines: ComputedLine[];
  /** Rolling-over allowances of the payer and its children, stored with the invoice. */
  allowanceUsages: AllowanceUsage[];
}

/**
 * Bills one chunk of payer accounts. Each is billed for its own period (anniversary cycles
 * differ), with the charges of the children it pays for on its invoice, and a fixed number
 * of queries per distinct period, never per account.
 */
async function billChunk(
  db: Db,
  billRunId: string,
  runPeriod: Period,
  accountIds: string[],
  taxEngine: TaxEngine,
): Promise<void> {
  const outcomes = new Map<string, BillRunAccountOutcome>();
  const outcome = (
    accountId: string,
    status: BillRunAccountOutcome['status'],
    message: string | null = null,
  ) => outcomes.set(accountId, { accountId, status, invoiceId: null, message });
  const [payers, children] = await Promise.all([
    getAccountsByIds(db, accountIds),
    listChildrenBilledTo(db, accountIds),
  ]);
  const byPeriod = new Map<string, { period: Period; payers: AccountRow[] }>();
  for (const payer of payers) {
    const period = accountPeriodIn(payer, runPeriod);
    if (!period) {
      outcome(payer.id, 'nothing_to_bill', `No billing day ${payer.billingDay} falls in the run's period.`);
      continue;
    }
    const key = `${period.start}/${period.end}`;
    const group = byPeriod.get(key) ?? { period, payers: [] };
    group.payers.push(payer);
    byPeriod.set(key, group);
  }

  const drafts: Draft[] = [];
  for (const { period, payers: group } of byPeriod.values()) {
    const groupChildren = children.filter((child) =>
      group.some((payer) => payer.id === child.parentAccountId),
    );
    const inputs = await loadBillingInputs(
      db,
      [...group.map((payer) => payer.id), ...groupChildren.map((child) => child.id)],
      period,
    );
    const inputOf = new Map(inputs.map((input) => [input.account.id, input]));
    for (const payer of group) {
      const own = inputOf.get(payer.id);
      if (!own) continue;
      const paidFor = groupChildren.flatMap((child) => {
        const input = child.parentAccountId === payer.id ? inputOf.get(child.id) : undefined;
        return input ? [input] : [];
      });
      const problems = [
        ...own.problems,
        ...paidFor.flatMap(({ account, problems: childProblems, input }) => [
          ...childProblems.map((problem) => `${account.externalId}: ${problem}`),
          ...(input.currency === own.input.currency
            ? []
            : [`${account.externalId} is billed in ${input.currency}, its parent in ${own.input.currency}`]),
        ]),
      ];
      if (problems.length > 0) {
        outcome(payer.id, 'failed', problems.join('; '));
        continue;
      }
      const chargeLines = [
        ...computeChargeLines(own.input),
        ...paidFor.flatMap(({ account, input }) =>
          computeChargeLines(input).map((line) => ({ ...line, serviceAccount: account.externalId })),
        ),
      ];
      if (chargeLines.length === 0) outcome(payer.id, 'nothing_to_bill');
      else
        drafts.push({
          account: payer,
          period,
          policy: own.input.policy,
          chargeLines,
          allowanceUsages: [...own.allowanceUsages, ...paidFor.flatMap((child) => child.allowanceUsages)],
        });
    }
  }

  const taxLines = await taxEngine.taxLines(
    db,
    drafts.map(({ account, period, policy, chargeLines }) => ({
      account,
      currency: account.currency,
      policy,
      period,
      lines: chargeLines,
    })),
  );
  const creditBalances = new Map(
    (
      await listAccountCreditBalances(
        db,
        drafts.map((draft) => draft.account.id),
      )
    ).map((row) => [row.accountId, new Dec(row.balance)]),
  );
  const priced = drafts.map((draft, i) => {
    const lines = [...draft.chargeLines, ...(taxLines[i] ?? [])];
    const settle = accountCreditLine(
      totalInvoice(lines).total,
      creditBalances.get(draft.account.id) ?? new Dec(0),
    );
    if (settle) lines.push(settle);
    return {
      ...draft,
      lines,
      totals: totalInvoice(lines),
      decimals: lineDecimalsOf(draft.account.currency, draft.policy),
    };
  });
  const inserted = await insertInvoicesOnce(
    db,
    priced.map(({ account, period, totals, decimals }) => ({
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
  const usageRows: NewAllowanceUsage[] = [];
  for (const { account, lines, decimals, allowanceUsages, period } of priced) {
    const invoiceId = invoiceOf.get(account.id);
    if (!invoiceId) {
      outcome(account.id, 'already_invoiced', 'The account already has an invoice for this period.');
      continue;
    }
    for (const usage of allowanceUsages)
      usageRows.push({
        invoiceId,
        subscriptionId: usage.subscriptionId,
        position: usage.position,
        periodStart: period.start,
        periodEnd: period.end,
        included: usage.included.toFixed(),
        carriedIn: usage.carriedIn.toFixed(),
        used: usage.used.toFixed(),
      });
    outcomes.set(account.id, { accountId: account.id, status: 'invoiced', invoiceId, message: null });
    lines.forEach((line, position) => {
      lineRows.push({
        invoiceId,
        position,
        lineType: line.lineType,
        lineKey: line.serviceAccount ? `${line.serviceAccount}/${line.key}` : line.key,
        productCode: line.productCode,
        description: describeLine(line),
        quantity: line.quantity.toFixed(),
        amount: line.amount.toFixed(decimals),
        // Unrounded, but written with at least the currency's decimals: 40.00, 0.0125.
        unitPrice: line.unitPrice?.toFixed(Math.max(decimals, line.unitPrice.decimalPlaces())) ?? null,
        taxCategory: line.taxCategory,
        serviceStart: line.servicePeriod?.start ?? null,
        serviceEnd: line.servicePeriod?.end ?? null,
        subscriptionId: line.subscriptionId ?? null,
      });
    });
  }
  await insertInvoiceLines(db, lineRows);
  await insertAllowanceUsages(db, usageRows);
  // Accounts that vanished between selection and billing have nothing to bill.
  for (const accountId of accountIds) if (!outcomes.has(accountId)) outcome(accountId, 'nothing_to_bill');
  await recordBillRunOutcomes(db, billRunId, [...outcomes.values()]);
}
