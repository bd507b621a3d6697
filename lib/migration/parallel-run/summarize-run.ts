import { averageText } from '../../money/average-text';
import { Dec, sum, ZERO } from '../../money/decimal';
import type { ReconciliationStatus, VarianceCause } from './types';

/** A run's money figures over the accounts of one currency, all amounts in that currency. */
export interface CurrencyFigures {
  /** ISO 4217 code of every amount below. */
  currency: string;
  /** Mean subtotal per invoiced account on each side; null when that side invoiced none. */
  legacyArpu: string | null;
  newArpu: string | null;
  /** newArpu / legacyArpu, 4 decimals. */
  arpuPreservation: string | null;
  /** Sum of new totals minus sum of legacy totals, 2 decimals. */
  totalDifference: string;
  /** What the legacy system failed to bill: the sum of positive differences (new above legacy). */
  leakage: string;
}

export interface RunSummary {
  invoicesCompared: number;
  matching: number;
  /** matching / compared, 4 decimals; null when nothing was compared (never a pass). */
  invoiceAccuracy: string | null;
  legacyInvoices: number;
  newInvoices: number;
  variances: number;
  missingInLegacy: number;
  missingInNew: number;
  /**
   * The one currency of the run's reconciled accounts; null when they have several (or the
   * run reconciled no account). Summaries stored before it existed were backfilled by
   * migration 0020.
   */
  currency: string | null;
  /**
   * The money figures of the run in `currency`. Amounts in different currencies are never
   * added: when the accounts mix currencies these are null and `byCurrency` has the figures.
   * With no account at all the sums are 0.00 and the means null, as before.
   */
  legacyArpu: string | null;
  newArpu: string | null;
  arpuPreservation: string | null;
  totalDifference: string | null;
  leakage: string | null;
  /** The money figures per currency, by currency code; exactly one entry when `currency` is set. */
  byCurrency: CurrencyFigures[];
  byCause: Partial<Record<VarianceCause, number>>;
}

export interface SummarizedAccount {
  /** The currency the account is billed and reconciled in (see accountCurrency). */
  currency: string;
  status: ReconciliationStatus;
  legacySubtotal: Dec | null;
  newSubtotal: Dec | null;
  difference: Dec;
  suggestedCause: VarianceCause | null;
}

/**
 * The currency an account of a run is reconciled (and rounded) in: its Switchboard account's,
 * else, for an account only the legacy system billed, its legacy invoice's.
 */
export function accountCurrency(
  accountCurrency: string | null | undefined,
  legacyInvoiceCurrency: string | null | undefined,
): string {
  const currency = accountCurrency ?? legacyInvoiceCurrency;
  if (!currency)
    throw new Error('A reconciled account has neither a Switchboard account nor a legacy invoice');
  return currency;
}

/** Printed as the legacy export's expected results print means (see averageText). */
const mean = (values: Dec[]) =>
  values.length === 0 ? null : averageText(sum(values).toFixed(), values.length);

/** The money figures of accounts that share one currency. */
function figuresOf(accounts: readonly SummarizedAccount[]) {
  const legacySubtotals = accounts.flatMap((a) => (a.legacySubtotal ? [a.legacySubtotal] : []));
  const newSubtotals = accounts.flatMap((a) => (a.newSubtotal ? [a.newSubtotal] : []));
  const legacyArpu = mean(legacySubtotals);
  const newArpu = mean(newSubtotals);
  return {
    legacyArpu,
    newArpu,
    arpuPreservation:
      legacyArpu && newArpu && !new Dec(legacyArpu).isZero()
        ? new Dec(newArpu).dividedBy(legacyArpu).toFixed(4)
        : null,
    totalDifference: sum(accounts.map((a) => a.difference)).toFixed(2),
    leakage: sum(accounts.map((a) => (a.difference.greaterThan(0) ? a.difference : ZERO))).toFixed(2),
  };
}

export function summarizeRun(accounts: readonly SummarizedAccount[]): RunSummary {
  const compared = accounts.filter((a) => a.status === 'match' || a.status === 'variance');
  const matching = compared.filter((a) => a.status === 'match').length;
  const byCause: RunSummary['byCause'] = {};
  for (const account of accounts)
    if (account.suggestedCause) byCause[account.suggestedCause] = (byCause[account.suggestedCause] ?? 0) + 1;
  const currencies = [...new Set(accounts.map((a) => a.currency))].sort();
  const byCurrency = currencies.map((currency) => ({
    currency,
    ...figuresOf(accounts.filter((a) => a.currency === currency)),
  }));
  const mixed = currencies.length > 1;
  const overall = mixed
    ? { legacyArpu: null, newArpu: null, arpuPreservation: null, totalDifference: null, leakage: null }
    : figuresOf(accounts);
  return {
    invoicesCompared: compared.length,
    matching,
    invoiceAccuracy: compared.length === 0 ? null : new Dec(matching).dividedBy(compared.length).toFixed(4),
    legacyInvoices: accounts.filter((a) => a.legacySubtotal).length,
    newInvoices: accounts.filter((a) => a.newSubtotal).length,
    variances: compared.length - matching,
    missingInLegacy: accounts.filter((a) => a.status === 'missing_in_legacy').length,
    missingInNew: accounts.filter((a) => a.status === 'missing_in_new').length,
    currency: mixed ? null : (currencies[0] ?? null),
    ...overall,
    byCurrency,
    byCause,
  };
}
