'use client';

import Link from 'next/link';
import { useState } from 'react';
import { formatDateTime, formatDay } from '@/app/_components/format';
import { runTones } from '@/app/_components/migration/labels';
import { ReadOnlyNote } from '@/app/_components/migration/read-only-note';
import { useRunAccounts } from '@/app/_components/migration/use-run-accounts';
import { useCan } from '@/app/_components/permissions';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { ErrorText } from '@/app/_components/ui/error-text';
import { PageHeader } from '@/app/_components/ui/page-header';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import { AccountComparison } from './account-comparison';
import { AccountsTable } from './accounts-table';
import { BulkReview } from './bulk-review';
import { RunComparison } from './run-comparison';
import { RunSummaryCards } from './run-summary';

const MIGRATION_RUN_DASHBOARD = graphql(`
  query MigrationRunDashboard($id: ID!) {
    parallelRun(id: $id) {
      id status createdAt createdBy error periodStart periodEnd tolerances { lineType amount }
      summary { ...MigrationRunSummary }
      import { id sourceName parallelRuns { id createdAt status } }
    }
  }
`);

/** The reconciliation dashboard of one parallel run. */
export function RunDashboard({ id }: { id: string }) {
  const [refresh, setRefresh] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const { data, error } = useGraphQLQuery(MIGRATION_RUN_DASHBOARD, { id }, refresh);
  const { accounts, error: accountsError } = useRunAccounts(id, refresh);
  const canReview = useCan()('reviewVariances');
  const reviewed = () => setRefresh((n) => n + 1);

  if (error || !data) return <QueryStatus error={error} loading="Loading the run…" />;
  const run = data.parallelRun;
  if (!run) return <p className="text-sm text-slate-600">No parallel run with this id.</p>;
  const others = run.import.parallelRuns.filter((other) => other.id !== run.id);
  // The one currency of the run's accounts, from its summary; null over several currencies.
  const currency = run.summary?.currency ?? null;

  return (
    <>
      <PageHeader
        title="Parallel run"
        description={
          <>
            {run.import.sourceName} · period {formatDay(run.periodStart)} → {formatDay(run.periodEnd)} ·
            started by {run.createdBy} {formatDateTime(run.createdAt)} · compared{' '}
            {run.tolerances.length === 0
              ? 'exact to the cent'
              : `with tolerances ${run.tolerances.map((t) => `${t.lineType} ±${t.amount}`).join(', ')}`}{' '}
            <Badge tone={runTones[run.status]}>{run.status.toLowerCase()}</Badge>
          </>
        }
        actions={
          <Link
            href={`/migration/imports/${run.import.id}`}
            className="text-sm text-brand-700 hover:underline"
          >
            ← Import report
          </Link>
        }
      />
      <div className="space-y-6">
        {run.error && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
            The run failed: {run.error}
          </p>
        )}
        {run.summary ? (
          <RunSummaryCards summary={run.summary} />
        ) : (
          <p className="text-sm text-slate-600">No summary: the run has not completed.</p>
        )}
        {!canReview && <ReadOnlyNote>Reviewing variances is for admin and billing users.</ReadOnlyNote>}
        <ErrorText>{accountsError}</ErrorText>
        {accounts && canReview && <BulkReview runId={run.id} accounts={accounts} onReviewed={reviewed} />}
        <div className="grid gap-6 2xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
          <Card title="Accounts, largest difference first">
            {accounts ? (
              <AccountsTable
                accounts={accounts}
                currency={currency}
                selected={selected}
                onSelect={setSelected}
              />
            ) : (
              <p className="text-sm text-slate-500">Loading accounts…</p>
            )}
          </Card>
          {selected ? (
            <AccountComparison
              runId={run.id}
              legacyAccountId={selected}
              refresh={refresh}
              runCurrency={currency}
              canReview={canReview}
              onReviewed={reviewed}
              onClose={() => setSelected(null)}
            />
          ) : (
            <Card title="Side by side">
              <p className="text-sm text-slate-600">
                Open an account to see its legacy and Switchboard invoices line by line, and review its cause.
              </p>
            </Card>
          )}
        </div>
        <RunComparison run={{ id: run.id, createdAt: run.createdAt }} others={others} currency={currency} />
      </div>
    </>
  );
}
