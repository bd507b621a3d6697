'use client';

import Link from 'next/link';
import { useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { formatDifference } from '@/app/_components/migration/decimal';
import {
  causeLabels,
  type ReconciliationStatus,
  statusLabels,
  statusTones,
  type VarianceCause,
} from '@/app/_components/migration/types';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { Field, Select } from '@/app/_components/ui/field';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';

interface Side {
  status: ReconciliationStatus;
  difference: string;
  suggestedCause: VarianceCause | null;
}

interface RunChange {
  legacyAccountId: string;
  accountName: string | null;
  before: Side | null;
  after: Side | null;
}

const CHANGES = `query Changes($later: ID!, $earlier: ID) { parallelRun(id: $later) { changesSince(runId: $earlier) { legacyAccountId accountName before { status difference suggestedCause } after { status difference suggestedCause } } } }`;

function SideCell({ side }: { side: Side | null }) {
  if (!side) return <span className="text-xs text-slate-500">not compared</span>;
  return (
    <>
      <Badge tone={statusTones[side.status]}>{statusLabels[side.status]}</Badge>
      <span className="ml-2 tabular-nums">{formatDifference(side.difference)}</span>
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
}: {
  run: { id: string; createdAt: string };
  others: { id: string; createdAt: string; status: string }[];
}) {
  const [otherId, setOtherId] = useState<string>('');
  const other = others.find((entry) => entry.id === otherId);
  // The server compares a run with an earlier one: read the change in time order, whichever run is open.
  const otherIsEarlier = other ? other.createdAt < run.createdAt : true;
  const later = otherIsEarlier ? run : other;
  const earlier = otherIsEarlier ? other : run;
  const { data, error } = useGraphQLQuery<{ parallelRun: { changesSince: RunChange[] } | null }>(
    otherId ? CHANGES : '{ __typename }',
    otherId ? { later: later?.id, earlier: earlier?.id } : {},
  );
  const changes = otherId ? data?.parallelRun?.changesSince : undefined;

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
          {error && otherId && (
            <p role="alert" className="text-sm text-red-700">
              {error}
            </p>
          )}
          {otherId && !changes && !error && <p className="text-sm text-slate-500">Comparing…</p>}
          {changes && other && earlier && later && (
            <div data-testid="run-changes">
              <p className="mb-2 text-sm text-slate-600">
                From the run of {formatDateTime(earlier.createdAt)} to the run of{' '}
                {formatDateTime(later.createdAt)}:{' '}
                {changes.length === 0
                  ? 'no account changed.'
                  : `${changes.length} account${changes.length === 1 ? '' : 's'} changed status, difference or cause.`}{' '}
                <Link
                  href={`/migration/parallel-runs/${other.id}`}
                  className="text-brand-700 hover:underline"
                >
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
                        <SideCell side={change.before} />
                      </Cell>
                      <Cell>
                        <SideCell side={change.after} />
                      </Cell>
                    </tr>
                  ))}
                </Table>
              )}
            </div>
          )}
        </>
      )}
    </Card>
  );
}
