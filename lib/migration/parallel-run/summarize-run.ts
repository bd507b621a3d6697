import { averageText } from '../../money/average-text';
import { Dec, sum, ZERO } from '../../money/decimal';
import type { ReconciliationStatus, VarianceCause } from './types';

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
  /** Mean subtotal per invoiced account on each side. */
  legacyArpu: string | null;
  newArpu: string | null;
  /** newArpu / legacyArpu, 4 decimals. */
  arpuPreservation: string | null;
  /** Sum of new totals minus sum of legacy totals. */
  totalDifference: string;
  /** What the legacy system failed to bill: the sum of positive differences (new above legacy). */
  leakage: string;
  byCause: Partial<Record<VarianceCause, number>>;
}

export interface SummarizedAccount {
  status: ReconciliationStatus;
  legacySubtotal: Dec | null;
  newSubtotal: Dec | null;
  difference: Dec;
  suggestedCause: VarianceCause | null;
}

/** Printed as the legacy export's expected results print means (see averageText). */
const mean = (values: Dec[]) =>
  values.length === 0 ? null : averageText(sum(values).toFixed(), values.length);

export function summarizeRun(accounts: readonly SummarizedAccount[]): RunSummary {
  const compared = accounts.filter((a) => a.status === 'match' || a.status === 'variance');
  const matching = compared.filter((a) => a.status === 'match').length;
  const legacySubtotals = accounts.flatMap((a) => (a.legacySubtotal ? [a.legacySubtotal] : []));
  const newSubtotals = accounts.flatMap((a) => (a.newSubtotal ? [a.newSubtotal] : []));
  const legacyArpu = mean(legacySubtotals);
  const newArpu = mean(newSubtotals);
  const byCause: RunSummary['byCause'] = {};
  for (const account of accounts)
    if (account.suggestedCause) byCause[account.suggestedCause] = (byCause[account.suggestedCause] ?? 0) + 1;
  return {
    invoicesCompared: compared.length,
    matching,
    invoiceAccuracy: compared.length === 0 ? null : new Dec(matching).dividedBy(compared.length).toFixed(4),
    legacyInvoices: legacySubtotals.length,
    newInvoices: newSubtotals.length,
    variances: compared.length - matching,
    missingInLegacy: accounts.filter((a) => a.status === 'missing_in_legacy').length,
    missingInNew: accounts.filter((a) => a.status === 'missing_in_new').length,
    legacyArpu,
    newArpu,
    arpuPreservation:
      legacyArpu && newArpu && !new Dec(legacyArpu).isZero()
        ? new Dec(newArpu).dividedBy(legacyArpu).toFixed(4)
        : null,
    totalDifference: sum(accounts.map((a) => a.difference)).toFixed(2),
    leakage: sum(accounts.map((a) => (a.difference.greaterThan(0) ? a.difference : ZERO))).toFixed(2),
    byCause,
  };
}
