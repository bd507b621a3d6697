'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { lastDay } from '@/app/_components/billing/invoice-list';
import { BillRunStatusBadge } from '@/app/_components/billing/status-badges';
import { formatDateTime, formatDay } from '@/app/_components/format';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { ErrorText } from '@/app/_components/ui/error-text';
import { PageHeader } from '@/app/_components/ui/page-header';
import { ProgressBar } from '@/app/_components/ui/progress-bar';
import { StatCard, type StatTone } from '@/app/_components/ui/stat-card';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import { isActive } from '../../bill-runs-panel';
import { BillRunResults } from './bill-run-results';
import { ChecksAndDelivery } from './checks-and-delivery';

/** How often a running bill run is asked for its progress. */
const POLL_MS = 2000;

const BILL_RUN_VIEW = graphql(`
  query BillRunView($id: ID!) {
    billRun(id: $id) {
      id periodStart periodEnd issueDate status accountsTotal accountsDone invoicesCreated accountsFailed
      error createdBy createdAt finishedAt
      schedule { id name } scheduledFor lateBySeconds autoFinalize draftsFinalized checkedAt
      draftReviewCounts { state count } emailCounts { status count }
    }
  }
`);

/** One count of the run; the e2e reads the figure by `counter-<label>`. */
function Counter({ label, value, tone }: { label: string; value: number; tone?: StatTone }) {
  return (
    <StatCard
      label={label}
      value={value.toLocaleString('en-US')}
      tone={tone}
      valueTestId={`counter-${label}`}
    />
  );
}

/** One bill run: progress polled while it runs (no reload), counters, failures and results. */
export function BillRunView({ id }: { id: string }) {
  const [tick, setTick] = useState(0);
  const [finalizing, setFinalizing] = useState(false);
  const { data, error } = useGraphQLQuery(BILL_RUN_VIEW, { id }, tick);
  const run = data?.billRun;
  const active = run ? isActive(run) : false;
  const polling = active || finalizing;
  useEffect(() => {
    if (!polling) return;
    const timer = setInterval(() => setTick((n) => n + 1), POLL_MS);
    return () => clearInterval(timer);
  }, [polling]);
  // Results reload on every poll while running, and once more when the run ends.
  const resultsKey = active ? tick : `done-${run?.status}`;

  if (error && !run) return <ErrorText>{error}</ErrorText>;
  if (!data) return <p className="text-sm text-slate-500">Loading the bill run…</p>;
  if (!run)
    return (
      <EmptyState
        title="No such bill run"
        action={
          <Link href="/invoices" className="text-brand-700 hover:underline">
            All bill runs
          </Link>
        }
      >
        The link may be wrong.
      </EmptyState>
    );
  return (
    <>
      <PageHeader
        title={`Bill run ${formatDay(run.periodStart)} – ${formatDay(lastDay(run.periodEnd))}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <BillRunStatusBadge status={run.status} />
            <span>
              Started {formatDateTime(run.createdAt)} by {run.createdBy}
              {run.finishedAt && `, finished ${formatDateTime(run.finishedAt)}`}.
            </span>
            <span data-testid="bill-run-issue-date" className="whitespace-nowrap">
              {run.issueDate
                ? `Invoices issued ${formatDay(run.issueDate)}.`
                : 'Invoices dated the day they are finalized.'}
            </span>
            <Link href="/invoices" className="text-brand-700 hover:underline">
              All bill runs
            </Link>
            <Link href={`/invoices/bill-runs/${run.id}/review`} className="text-brand-700 hover:underline">
              Review queue
            </Link>
          </span>
        }
      />
      <div className="space-y-6">
        <Card title="Progress">
          <div className="mb-4 flex items-center gap-3">
            <ProgressBar done={run.accountsDone} total={run.accountsTotal} label="Bill run progress" />
            <span
              className="text-sm whitespace-nowrap text-slate-600 tabular-nums"
              data-testid="bill-run-progress"
            >
              {run.accountsDone.toLocaleString('en-US')} of {run.accountsTotal.toLocaleString('en-US')}{' '}
              accounts
            </span>
          </div>
          <dl className="grid gap-3 sm:grid-cols-4">
            <Counter label="Accounts" value={run.accountsTotal} />
            <Counter label="Done" value={run.accountsDone} />
            <Counter label="Invoices" value={run.invoicesCreated} tone="good" />
            <Counter
              label="Failed"
              value={run.accountsFailed}
              tone={run.accountsFailed > 0 ? 'bad' : undefined}
            />
          </dl>
          {active && <p className="mt-3 text-xs text-slate-500">Updating every {POLL_MS / 1000} seconds…</p>}
          {run.error && <ErrorText className="mt-3">The run stopped: {run.error}</ErrorText>}
        </Card>
        <ChecksAndDelivery
          run={run}
          onFinalizing={(busy) => {
            setFinalizing(busy);
            if (!busy) setTick((n) => n + 1);
          }}
        />
        {run.accountsFailed > 0 && <BillRunResults billRunId={run.id} refresh={resultsKey} failedOnly />}
        <BillRunResults billRunId={run.id} refresh={resultsKey} />
      </div>
    </>
  );
}
