'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { lastDay } from '@/app/_components/billing/invoice-list';
import { BillRunStatusBadge } from '@/app/_components/billing/status-badges';
import { formatDateTime, formatDay } from '@/app/_components/format';
import { useCan } from '@/app/_components/permissions';
import { today } from '@/app/_components/today';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { ProgressBar } from '@/app/_components/ui/progress-bar';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { BillRunStatus } from '@/app/_gql/graphql';

const BILL_RUNS_PANEL = graphql(`
  query BillRunsPanel {
    billRuns(first: 50) {
      id periodStart periodEnd issueDate status accountsTotal accountsDone invoicesCreated accountsFailed
      createdBy createdAt
    }
  }
`);

const BILL_RUNS_PANEL_CREATE = graphql(`
  mutation BillRunsPanelCreate($input: CreateBillRunInput!) {
    createBillRun(input: $input) { billRun { id } userErrors { code field message } }
  }
`);

/** Whether a run is still billing accounts. */
export const isActive = (run: { status: BillRunStatus }) =>
  run.status === 'QUEUED' || run.status === 'RUNNING';

/** Last month as [start, end): what a bill run usually covers. */
function lastMonth(): { start: string; end: string } {
  const now = new Date();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

function NewBillRunForm({ onCancel }: { onCancel: () => void }) {
  const router = useRouter();
  const period = lastMonth();
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: BILL_RUNS_PANEL_CREATE,
    toVariables: (values) => ({
      input: {
        periodStart: values.text('periodStart'),
        periodEnd: values.text('periodEnd'),
        issueDate: values.text('issueDate'),
      },
    }),
    payload: (data) => data.createBillRun,
    onDone: (payload) => {
      if (payload.billRun) router.push(`/invoices/bill-runs/${payload.billRun.id}`);
    },
  });

  return (
    <FormPanel aria-label="New bill run" onSubmit={onSubmit} className="mb-5 space-y-3">
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Period start" error={errors.periodStart}>
          <TextInput name="periodStart" type="date" defaultValue={period.start} required />
        </Field>
        <Field label="Period end (first day after)" error={errors.periodEnd}>
          <TextInput name="periodEnd" type="date" defaultValue={period.end} required />
        </Field>
        <Field
          label="Issue date"
          error={errors.issueDate}
          hint="Printed on the invoices; their payment terms start from it"
        >
          <TextInput name="issueDate" type="date" defaultValue={today()} required />
        </Field>
      </div>
      <p className="text-xs text-slate-500">
        Bills every account that is not closed into draft invoices. Each draft gets the issue date when it is
        finalized, unless it is finalized with another.
      </p>
      <FormFooter
        error={errors.form}
        pending={pending}
        submit="Start bill run"
        busy="Starting…"
        onCancel={onCancel}
      />
    </FormPanel>
  );
}

/** Bill runs, latest first, with their progress; refreshes while one is running. */
export function BillRunsPanel() {
  const can = useCan();
  const [adding, setAdding] = useState(false);
  const [tick, setTick] = useState(0);
  const { data, error } = useGraphQLQuery(BILL_RUNS_PANEL, undefined, tick);
  const runs = data?.billRuns ?? [];
  const anyActive = runs.some(isActive);
  useEffect(() => {
    if (!anyActive) return;
    const timer = setInterval(() => setTick((n) => n + 1), 3000);
    return () => clearInterval(timer);
  }, [anyActive]);

  return (
    <Card
      title="Bill runs"
      actions={
        can('createBillRun') && !adding && <Button onClick={() => setAdding(true)}>New bill run</Button>
      }
    >
      {adding && <NewBillRunForm onCancel={() => setAdding(false)} />}
      <ErrorText>{error}</ErrorText>
      {!data && !error && <p className="text-sm text-slate-500">Loading bill runs…</p>}
      {data && runs.length === 0 && (
        <p className="text-sm text-slate-500">
          No bill runs yet: start one to turn a period's charges into draft invoices.
        </p>
      )}
      {runs.length > 0 && (
        <Table
          head={[
            'Period',
            'Issue date',
            'Status',
            'Progress',
            <NumberHead key="i">Invoices</NumberHead>,
            <NumberHead key="f">Failed</NumberHead>,
            'Started',
            'By',
          ]}
        >
          {runs.map((run) => (
            <tr key={run.id}>
              <Cell className="whitespace-nowrap">
                <Link
                  href={`/invoices/bill-runs/${run.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {formatDay(run.periodStart)} – {formatDay(lastDay(run.periodEnd))}
                </Link>
              </Cell>
              <Cell className="whitespace-nowrap">
                {run.issueDate ? (
                  formatDay(run.issueDate)
                ) : (
                  <span className="text-slate-500">When finalized</span>
                )}
              </Cell>
              <Cell>
                <BillRunStatusBadge status={run.status} />
              </Cell>
              <Cell className="w-64">
                <div className="flex items-center gap-2">
                  <ProgressBar done={run.accountsDone} total={run.accountsTotal} label="Bill run progress" />
                  <span className="text-xs whitespace-nowrap text-slate-500 tabular-nums">
                    {run.accountsDone.toLocaleString('en-US')}/{run.accountsTotal.toLocaleString('en-US')}
                  </span>
                </div>
              </Cell>
              <NumberCell>{run.invoicesCreated.toLocaleString('en-US')}</NumberCell>
              <NumberCell className={run.accountsFailed > 0 ? 'text-red-700' : ''}>
                {run.accountsFailed.toLocaleString('en-US')}
              </NumberCell>
              <Cell className="whitespace-nowrap">{formatDateTime(run.createdAt)}</Cell>
              <Cell className="max-w-48 truncate">{run.createdBy}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}
