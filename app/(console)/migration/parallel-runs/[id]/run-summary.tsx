import type { ReactNode } from 'react';
import { formatRatio, isZero } from '@/app/_components/migration/decimal';
import { RunDifference, RunMoney } from '@/app/_components/migration/run-money';
import { StatCard } from '@/app/_components/ui/stat-card';
import { graphql } from '@/app/_gql';
import type { MigrationRunSummaryFragment } from '@/app/_gql/graphql';

graphql(`
  fragment MigrationRunSummary on ParallelRunSummary {
    invoicesCompared matching invoiceAccuracy legacyInvoices newInvoices variances missingInLegacy
    missingInNew currency legacyArpu newArpu arpuPreservation totalDifference leakage
    byCurrency { currency legacyArpu newArpu arpuPreservation totalDifference leakage }
  }
`);

type Figures = Pick<
  MigrationRunSummaryFragment,
  'legacyArpu' | 'newArpu' | 'arpuPreservation' | 'totalDifference' | 'leakage'
> & { currency: string | null };

/**
 * The money figures to show, each in its currency: the run's when its accounts share one
 * currency, one row per currency when they mix them (the server never adds those up), and
 * the bare zeros of a run that reconciled no account.
 */
function moneyFigures(summary: MigrationRunSummaryFragment): Figures[] {
  return summary.currency !== null || summary.byCurrency.length === 0 ? [summary] : summary.byCurrency;
}

/** A figure per currency, one line each. */
function PerCurrency({ figures, show }: { figures: Figures[]; show: (figures: Figures) => ReactNode }) {
  if (figures.length === 1 && figures[0]) return <>{show(figures[0])}</>;
  return (
    <span className="block space-y-0.5 text-base">
      {figures.map((each) => (
        <span key={each.currency} className="block">
          {show(each)}
        </span>
      ))}
    </span>
  );
}

/** An amount in its currency; a missing mean as an em dash. */
function Amount({ amount, currency }: { amount: string | null; currency: string | null }) {
  return amount === null ? '—' : <RunMoney amount={amount} currency={currency} />;
}

/**
 * The run's figures. A run that compared nothing is shown as a failure to prove anything,
 * never as 100%: accuracy over zero invoices is not a pass.
 */
export function RunSummaryCards({ summary }: { summary: MigrationRunSummaryFragment }) {
  const figures = moneyFigures(summary);
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
          <span className="text-lg">
            <PerCurrency
              figures={figures}
              show={(each) => (
                <span title={`${each.legacyArpu ?? '—'} → ${each.newArpu ?? '—'}`}>
                  <Amount amount={each.legacyArpu} currency={each.currency} /> →{' '}
                  <Amount amount={each.newArpu} currency={each.currency} />
                </span>
              )}
            />
          </span>
        }
        detail={`mean subtotal per invoiced account (${summary.legacyInvoices} legacy, ${summary.newInvoices} new invoices)`}
      />
      <StatCard
        label="ARPU preserved"
        testId="stat-arpu-preservation"
        tone={figures.some((each) => each.arpuPreservation === null) ? 'bad' : 'neutral'}
        value={
          <PerCurrency
            figures={figures}
            show={(each) =>
              figures.length === 1
                ? formatRatio(each.arpuPreservation)
                : `${each.currency} ${formatRatio(each.arpuPreservation)}`
            }
          />
        }
        detail="Switchboard ARPU / legacy ARPU"
      />
      <StatCard
        label="Total difference"
        testId="stat-total-difference"
        tone={figures.every((each) => isZero(each.totalDifference ?? '0')) ? 'neutral' : 'warn'}
        value={
          <PerCurrency
            figures={figures}
            show={(each) => <RunDifference amount={each.totalDifference ?? '0'} currency={each.currency} />}
          />
        }
        detail="Switchboard totals minus legacy totals"
      />
      <StatCard
        label="Leakage found"
        testId="stat-leakage"
        tone={figures.every((each) => isZero(each.leakage ?? '0')) ? 'neutral' : 'warn'}
        value={
          <PerCurrency
            figures={figures}
            show={(each) => <RunMoney amount={each.leakage ?? '0'} currency={each.currency} />}
          />
        }
        detail="what the legacy system did not bill (sum of positive differences)"
      />
    </dl>
  );
}
