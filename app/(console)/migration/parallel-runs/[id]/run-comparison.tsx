'use client';

import Link from 'next/link';
import { useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { causeLabels, statusLabels, statusTones } from '@/app/_components/migration/labels';
import { RunDifference } from '@/app/_components/migration/run-money';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field, Select } from '@/app/_components/ui/field';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { MigrationRunChangeSideFragment } from '@/app/_gql/graphql';

graphql(`
  fragment MigrationRunChangeSide on ComparisonSide {
    status difference suggestedCause
  }
`);

const MIGRATION_RUN_CHANGES = graphql(`
  query MigrationRunChanges($later: ID!, $earlier: ID) {
    parallelRun(id: $later) {
      changesSince(runId: $earlier) {
        legacyAccountId accountName
        before { ...MigrationRunChangeSide }
        after { ...MigrationRunChangeSide }
      }
    }
  }
`);

interface RunMoment {
  id: string;
  createdAt: string;
}

function SideCell({
  side,
  currency,
}: {
  side: MigrationRunChangeSideFragment | null;
  currency: string | null;
}) {
  if (!side) return <span className="text-xs text-slate-500">not compared</span>;
  return (
    <>
      <Badge tone={statusTones[side.status]}>{statusLabels[side.status]}</Badge>
      <span className="ml-2 tabular-nums">
        <RunDifference amount={side.difference} currency={currency} />
      </span>
      {side.suggestedCause && (
        <span className="block text-xs text-slate-500">{causeLabels[side.suggestedCause]}</span>
      )}
    </>
  );
}

/** Run history: pick another run of the same import and see which accounts moved between the two. */
export function RunComparison({
  run,
  others,
  currency,
}: {
  run: RunMoment;
  others: (RunMoment & { status: string })[];
  /** The run's currency, when its accounts share one. */
  currency: string | null;
}) {
  const [otherId, setOtherId] = useState<string>('');
  const other = others.find((entry) => entry.id === otherId);

  return (
    <Card title="Run history">
      {others.length === 0 ? (
        <p className="text-sm text-slate-600">
          This is the import's only parallel run. Start another from the import report after fixing a defect
          to see what it changed.
        </p>
      ) : (
        <>
          <div className="mb-4 max-w-md">
            <Field label="Compare with run">
              <Select value={otherId} onChange={(event) => setOtherId(event.target.value)}>
                <option value="">Choose another run of this import…</option>
                {others.map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {formatDateTime(entry.createdAt)} ({entry.status.toLowerCase()})
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          {other && <RunChanges key={other.id} run={run} other={other} currency={currency} />}
        </>
      )}
    </Card>
  );
}

/** The accounts that moved between two runs, read in time order whichever run is open. */
function RunChanges({ run, other, currency }: { run: RunMoment; other: RunMoment; currency: string | null }) {
  // The server compares a run with an earlier one.
  const [earlier, later] = other.createdAt < run.createdAt ? [other, run] : [run, other];
  const { data, error } = useGraphQLQuery(MIGRATION_RUN_CHANGES, { later: later.id, earlier: earlier.id });
  const changes = data?.parallelRun?.changesSince;
  if (error) return <ErrorText>{error}</ErrorText>;
  if (!changes) return <p className="text-sm text-slate-500">Comparing…</p>;
  return (
    <div data-testid="run-changes">
      <p className="mb-2 text-sm text-slate-600">
        From the run of {formatDateTime(earlier.createdAt)} to the run of {formatDateTime(later.createdAt)}:{' '}
        {changes.length === 0
          ? 'no account changed.'
          : `${changes.length.toLocaleString('en-US')} account${changes.length === 1 ? '' : 's'} changed status, difference or cause.`}{' '}
        <Link href={`/migration/parallel-runs/${other.id}`} className="text-brand-700 hover:underline">
          Open that run
        </Link>
      </p>
      {changes.length > 0 && (
        <Table head={['Account', 'Earlier run', 'Later run']}>
          {changes.map((change) => (
            <tr key={change.legacyAccountId}>
              <Cell>
                <span className="font-medium">{change.legacyAccountId}</span>
                <span className="block text-xs text-slate-500">{change.accountName}</span>
              </Cell>
              <Cell>
                <SideCell side={change.before} currency={currency} />
              </Cell>
              <Cell>
                <SideCell side={change.after} currency={currency} />
              </Cell>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
