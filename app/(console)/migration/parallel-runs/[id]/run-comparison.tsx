'use client';

import Link from 'next/link';
import { useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { formatDifference } from '@/app/_components/migration/decimal';
import { changesBetween } from '@/app/_components/migration/run-changes';
import {
  type ReconciledAccount,
  resolutionLabels,
  statusLabels,
  statusTones,
} from '@/app/_components/migration/types';
import { useRunAccounts } from '@/app/_components/migration/use-run-accounts';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { Field, Select } from '@/app/_components/ui/field';
import { Cell, Table } from '@/app/_components/ui/table';

/** Run history: pick another run of the same import and see which accounts moved. */
export function RunComparison({
  run,
  others,
  accounts,
}: {
  run: { id: string; createdAt: string };
  others: { id: string; createdAt: string; status: string }[];
  accounts: ReconciledAccount[] | null;
}) {
  const [otherId, setOtherId] = useState<string>('');
  const { accounts: otherAccounts, error } = useRunAccounts(otherId || null, 0);
  const other = others.find((entry) => entry.id === otherId);
  // Read the change in time order, whichever run the user is on.
  const otherIsEarlier = other ? other.createdAt < run.createdAt : true;
  const changes =
    accounts && otherAccounts
      ? otherIsEarlier
        ? changesBetween(otherAccounts, accounts)
        : changesBetween(accounts, otherAccounts)
      : null;

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
          {error && (
            <p role="alert" className="text-sm text-red-700">
              {error}
            </p>
          )}
          {otherId && !changes && !error && <p className="text-sm text-slate-500">Comparing…</p>}
          {changes && other && (
            <div data-testid="run-changes">
              <p className="mb-2 text-sm text-slate-600">
                From the run of {formatDateTime(otherIsEarlier ? other.createdAt : run.createdAt)} to the run
                of {formatDateTime(otherIsEarlier ? run.createdAt : other.createdAt)}:{' '}
                {changes.length === 0 ? 'no account changed.' : `${changes.length} accounts changed.`}{' '}
                <Link
                  href={`/migration/parallel-runs/${other.id}`}
                  className="text-brand-700 hover:underline"
                >
                  Open that run
                </Link>
              </p>
              {changes.length > 0 && (
                <Table
                  head={[
                    'Account',
                    'Before',
                    'After',
                    'Difference before',
                    'Difference after',
                    'Review before',
                  ]}
                >
                  {changes.map((change) => (
                    <tr key={change.legacyAccountId}>
                      <Cell>
                        <span className="font-medium">{change.legacyAccountId}</span>
                        <span className="block text-xs text-slate-500">{change.accountName}</span>
                      </Cell>
                      <Cell>
                        {change.before ? (
                          <Badge tone={statusTones[change.before.status]}>
                            {statusLabels[change.before.status]}
                          </Badge>
                        ) : (
                          'not in run'
                        )}
                      </Cell>
                      <Cell>
                        {change.after ? (
                          <Badge tone={statusTones[change.after.status]}>
                            {statusLabels[change.after.status]}
                          </Badge>
                        ) : (
                          'not in run'
                        )}
                      </Cell>
                      <Cell className="tabular-nums">{formatDifference(change.before?.difference)}</Cell>
                      <Cell className="tabular-nums">{formatDifference(change.after?.difference)}</Cell>
                      <Cell className="text-xs text-slate-500">
                        {change.before && change.before.status !== 'MATCH'
                          ? resolutionLabels[change.before.resolution]
                          : '—'}
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
