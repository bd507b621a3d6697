import {
  formatAmount,
  formatDifference,
  formatMean,
  formatRatio,
  isZero,
} from '@/app/_components/migration/decimal';
import { Stat } from '@/app/_components/migration/stat';
import type { RunSummary } from '@/app/_components/migration/types';

/**
 * The run's figures. A run that compared nothing is shown as a failure to prove anything,
 * never as 100%: accuracy over zero invoices is not a pass.
 */
export function RunSummaryCards({ summary }: { summary: RunSummary }) {
  const comparedNothing = summary.invoicesCompared === 0 || summary.invoiceAccuracy === null;
  const allMatch = !comparedNothing && summary.matching === summary.invoicesCompared;
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-3 xl:grid-cols-6" data-testid="run-summary">
      <Stat
        label="Invoice accuracy"
        testId="stat-accuracy"
        tone={comparedNothing ? 'bad' : allMatch ? 'good' : 'warn'}
        value={comparedNothing ? 'No comparison' : formatRatio(summary.invoiceAccuracy)}
        detail={
          comparedNothing
            ? 'No invoice was billed on both sides: this run proves nothing.'
            : 'of invoices match to tolerance'
        }
      />
      <Stat
        label="Matching / compared"
        testId="stat-matching"
        tone={comparedNothing ? 'bad' : 'neutral'}
        value={`${summary.matching} / ${summary.invoicesCompared}`}
        detail={`${summary.variances} variances · ${summary.missingInNew} missing in Switchboard · ${summary.missingInLegacy} missing in legacy`}
      />
      <Stat
        label="ARPU, legacy → Switchboard"
        testId="stat-arpu"
        value={
          <span className="text-lg" title={`${summary.legacyArpu ?? '—'} → ${summary.newArpu ?? '—'}`}>
            {formatMean(summary.legacyArpu)} → {formatMean(summary.newArpu)}
          </span>
        }
        detail={`mean subtotal per invoiced account (${summary.legacyInvoices} legacy, ${summary.newInvoices} new invoices)`}
      />
      <Stat
        label="ARPU preserved"
        testId="stat-arpu-preservation"
        tone={summary.arpuPreservation === null ? 'bad' : 'neutral'}
        value={formatRatio(summary.arpuPreservation)}
        detail="Switchboard ARPU / legacy ARPU"
      />
      <Stat
        label="Total difference"
        testId="stat-total-difference"
        tone={isZero(summary.totalDifference) ? 'neutral' : 'warn'}
        value={formatDifference(summary.totalDifference)}
        detail="Switchboard totals minus legacy totals"
      />
      <Stat
        label="Leakage found"
        testId="stat-leakage"
        tone={isZero(summary.leakage) ? 'neutral' : 'warn'}
        value={formatAmount(summary.leakage)}
        detail="what the legacy system did not bill (sum of positive differences)"
      />
    </dl>
  );
}
