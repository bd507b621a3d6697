'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormValues } from '@/app/_components/form-values';
import { formatDateTime } from '@/app/_components/format';
import { formatRatio, isValidAmount } from '@/app/_components/migration/decimal';
import { lineTypes, runTones } from '@/app/_components/migration/labels';
import { ReadOnlyNote } from '@/app/_components/migration/read-only-note';
import { RunDifference } from '@/app/_components/migration/run-money';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { Field, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';

const MIGRATION_IMPORT_RUNS = graphql(`
  query MigrationImportRuns($importId: ID!) {
    parallelRuns(importId: $importId) {
      id status createdAt createdBy error tolerances { lineType amount }
      summary { invoiceAccuracy matching invoicesCompared arpuPreservation currency totalDifference
        byCurrency { currency totalDifference } }
    }
  }
`);
const MIGRATION_START_PARALLEL_RUN = graphql(`
  mutation MigrationStartParallelRun($input: StartParallelRunInput!) {
    startParallelRun(input: $input) { parallelRun { id } userErrors { code field message } }
  }
`);

/** An import's parallel runs, latest first, and the form that starts another. */
export function ParallelRuns({
  importId,
  refresh,
  canStart,
  onStarted,
}: {
  importId: string;
  refresh: number;
  canStart: boolean;
  onStarted: () => void;
}) {
  const { data } = useGraphQLQuery(MIGRATION_IMPORT_RUNS, { importId }, refresh);
  const runs = data?.parallelRuns ?? [];
  return (
    <Card title="Parallel runs">
      <p className="mb-4 text-sm text-slate-600">
        A parallel run re-bills the legacy period in Switchboard (invoices that take no number and are never
        sent) and compares every invoice with the one the legacy system issued.
      </p>
      {runs.length > 0 && (
        <div className="mb-5">
          <Table
            head={[
              'Started',
              'Status',
              'Accuracy',
              'Matching / compared',
              'ARPU kept',
              'Total difference',
              'Tolerances',
            ]}
          >
            {runs.map((run) => (
              <tr key={run.id}>
                <Cell className="whitespace-nowrap">
                  <Link
                    href={`/migration/parallel-runs/${run.id}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {formatDateTime(run.createdAt)}
                  </Link>
                  <span className="block text-xs text-slate-500">{run.createdBy}</span>
                </Cell>
                <Cell>
                  <Badge tone={runTones[run.status]}>{run.status.toLowerCase()}</Badge>
                  {run.error && <span className="block text-xs text-red-700">{run.error}</span>}
                </Cell>
                <Cell className="tabular-nums">
                  {run.summary?.invoiceAccuracy ? (
                    formatRatio(run.summary.invoiceAccuracy)
                  ) : (
                    <Badge tone="bad">nothing compared</Badge>
                  )}
                </Cell>
                <Cell className="tabular-nums">
                  {run.summary ? `${run.summary.matching} / ${run.summary.invoicesCompared}` : '—'}
                </Cell>
                <Cell className="tabular-nums">{formatRatio(run.summary?.arpuPreservation)}</Cell>
                <Cell className="tabular-nums">
                  {/* In the run's currency; a run over several shows each currency's on its own line. */}
                  {!run.summary ? (
                    '—'
                  ) : run.summary.totalDifference !== null ? (
                    <RunDifference amount={run.summary.totalDifference} currency={run.summary.currency} />
                  ) : (
                    run.summary.byCurrency.map((each) => (
                      <span key={each.currency} className="block whitespace-nowrap">
                        <RunDifference amount={each.totalDifference} currency={each.currency} />
                      </span>
                    ))
                  )}
                </Cell>
                <Cell className="text-xs text-slate-500">
                  {run.tolerances.length === 0
                    ? 'exact to the cent'
                    : run.tolerances.map((t) => `${t.lineType} ±${t.amount}`).join(', ')}
                </Cell>
              </tr>
            ))}
          </Table>
        </div>
      )}
      {canStart ? (
        <StartRunForm importId={importId} onStarted={onStarted} />
      ) : (
        <ReadOnlyNote>Starting a parallel run is for admin and billing users.</ReadOnlyNote>
      )}
    </Card>
  );
}

/** The tolerances filled in, by line type; a blank one means lines must agree to the cent. */
function tolerancesOf(values: FormValues) {
  return lineTypes
    .map((lineType) => ({ lineType, amount: values.text(lineType) }))
    .filter((tolerance) => tolerance.amount !== '');
}

function StartRunForm({ importId, onStarted }: { importId: string; onStarted: () => void }) {
  const router = useRouter();
  const [invalid, setInvalid] = useState<string | null>(null);
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: MIGRATION_START_PARALLEL_RUN,
    toVariables: (values) => ({ input: { importId, tolerances: tolerancesOf(values) } }),
    payload: (data) => data.startParallelRun,
    onDone: (payload) => {
      if (!payload.parallelRun) return;
      onStarted();
      router.push(`/migration/parallel-runs/${payload.parallelRun.id}`);
    },
  });

  return (
    <FormPanel
      aria-label="Start a parallel run"
      onSubmit={(event) => {
        // A tolerance that is not an amount is refused before the period is re-billed.
        const bad = tolerancesOf(FormValues.of(event.currentTarget)).find(
          (tolerance) => !isValidAmount(tolerance.amount),
        );
        setInvalid(
          bad ? `The ${bad.lineType} tolerance must be an amount of 0 or more, such as 0.01.` : null,
        );
        if (bad) event.preventDefault();
        else void onSubmit(event);
      }}
    >
      <div>
        <h3 className="text-sm font-semibold text-slate-800">Start a parallel run</h3>
        <p className="mt-1 text-xs text-slate-600">
          Tolerances are optional, per line type: the largest difference (in currency units) still counted as
          a match. Left empty, lines must agree to the cent.
        </p>
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {lineTypes.map((lineType) => (
          <Field key={lineType} label={`${lineType.replace('_', '-')} tolerance`} error={errors[lineType]}>
            <TextInput name={lineType} inputMode="decimal" placeholder="0.00" />
          </Field>
        ))}
      </div>
      <div className="space-y-3">
        <FormFooter
          error={invalid ?? errors.form ?? errors.tolerances ?? errors.importId}
          pending={pending}
          submit="Start parallel run"
          busy="Re-billing the period…"
        />
        {pending && (
          <p className="text-xs text-slate-500">
            Every account of the import is billed and compared; this takes a moment.
          </p>
        )}
      </div>
    </FormPanel>
  );
}
