import { formatDifference, formatRatio, formatRunMoney, isZero } from '@/app/_components/migration/decimal';
import { StatCard } from '@/app/_components/ui/stat-card';
import { graphql } from '@/app/_gql';
import type { MigrationRunSummaryFragment } from '@/app/_gql/graphql';

graphql(`
  fragment MigrationRunSummary on ParallelRunSummary {
    invoicesCompared matching invoiceAccuracy legacyInvoices newInvoices variances missingInLegacy
    missingInNew legacyArpu newArpu arpuPreservation totalDifference leakage
  }
`);

/** A mean (ARPU) in the run's currency, rounded to its minor unit for reading. */
function formatMean(value: string | null, currency: string | null): string {
  return value === null ? '—' : formatRunMoney(value, currency);
}

/**
 * The run's figures. A run that compared nothing is shown as a failure to prove anything,
 * never as 100%: accuracy over zero invoices is not a pass.
 */
export function RunSummaryCards({
  summary,
  currency,
}: {
  summary: MigrationRunSummaryFragment;
  /** The run's currency; null when its accounts have several (the figures are then shown exactly). */
  currency: string | null;
}) {
  const comparedNothing = summary.invoicesCompared === 0 || summary.invoiceAccuracy === null;
  const allMatch = !comparedNothing && summary.matching === summary.invoicesCompared;
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-3 xl:grid-cols-6" data-testid="run-summary">
      <StatCard
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
      <StatCard
        label="Matching / compared"
        testId="stat-matching"
        tone={comparedNothing ? 'bad' : 'neutral'}
        value={`${summary.matching.toLocaleString('en-US')} / ${summary.invoicesCompared.toLocaleString('en-US')}`}
        detail={`${summary.variances} variances · ${summary.missingInNew} missing in Switchboard · ${summary.missingInLegacy} missing in legacy`}
      />
      <StatCard
        label="ARPU, legacy → Switchboard"
        testId="stat-arpu"
        value={
          <span className="text-lg" title={`${summary.legacyArpu ?? '—'} → ${summary.newArpu ?? '—'}`}>
            {formatMean(summary.legacyArpu, currency)} → {formatMean(summary.newArpu, currency)}
          </span>
        }
        detail={`mean subtotal per invoiced account (${summary.legacyInvoices} legacy, ${summary.newInvoices} new invoices)`}
      />
      <StatCard
        label="ARPU preserved"
        testId="stat-arpu-preservation"
        tone={summary.arpuPreservation === null ? 'bad' : 'neutral'}
        value={formatRatio(summary.arpuPreservation)}
        detail="Switchboard ARPU / legacy ARPU"
      />
      <StatCard
        label="Total difference"
        testId="stat-total-difference"
        tone={isZero(summary.totalDifference) ? 'neutral' : 'warn'}
        value={formatDifference(summary.totalDifference, currency)}
        detail="Switchboard totals minus legacy totals"
      />
      <StatCard
        label="Leakage found"
        testId="stat-leakage"
        tone={isZero(summary.leakage) ? 'neutral' : 'warn'}
        value={formatRunMoney(summary.leakage, currency)}
        detail="what the legacy system did not bill (sum of positive differences)"
      />
    </dl>
  );
}
