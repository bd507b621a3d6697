'use client';

import Link from 'next/link';
import { useState } from 'react';
import { lateLabel } from '@/app/_components/billing/late-label';
import { formatDay } from '@/app/_components/format';
import { useCan } from '@/app/_components/permissions';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { CardWithInlineForm } from '@/app/_components/ui/card-with-inline-form';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { BillingSchedulesQuery } from '@/app/_gql/graphql';
import { ScheduleForm } from './schedule-form';
import { describeWhen } from './schedule-labels';

const SCHEDULES = graphql(`
  query BillingSchedules {
    billingSchedules {
      id name cycle dayOfMonth lastDayOfMonth runTime timeZone issueDateRule autoFinalize enabled
      audience { id name }
      nextRuns(count: 2) { dueAt periodStart periodEnd issueDate }
      recentRuns(first: 3) { id periodStart periodEnd status lateBySeconds createdAt }
    }
    audiences { id name }
  }
`);

export type Schedule = BillingSchedulesQuery['billingSchedules'][number];
export type AudienceChoice = BillingSchedulesQuery['audiences'][number];

/** The billing schedules: when each runs, what it bills next, how its last runs went; add and change them. */
export function BillingSchedules() {
  const can = useCan();
  const [refresh, setRefresh] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const schedules = useGraphQLQuery(SCHEDULES, undefined, refresh);
  const saved = () => {
    setEditing(null);
    setRefresh((n) => n + 1);
  };
  const audiences = schedules.data?.audiences ?? [];
  return (
    <CardWithInlineForm
      title="Billing schedules"
      openLabel="Add schedule"
      canOpen={can('createBillingSchedule')}
      form={(close) => (
        <ScheduleForm
          audiences={audiences}
          onCancel={close}
          onSaved={() => {
            close();
            saved();
          }}
        />
      )}
    >
      {!schedules.data && <QueryStatus error={schedules.error} loading="Loading schedules…" />}
      {schedules.data?.billingSchedules.length === 0 && (
        <EmptyState title="No schedules yet">
          Bill runs start only when someone starts them. Add a schedule to bill each month by itself.
        </EmptyState>
      )}
      {schedules.data && schedules.data.billingSchedules.length > 0 && (
        <Table head={['Schedule', 'Accounts', 'Clean drafts', 'Next run', 'Last runs', '']}>
          {schedules.data.billingSchedules.map((schedule) =>
            editing === schedule.id ? (
              <tr key={schedule.id}>
                <td colSpan={6} className="py-3">
                  <ScheduleForm
                    schedule={schedule}
                    audiences={audiences}
                    onCancel={() => setEditing(null)}
                    onSaved={saved}
                  />
                </td>
              </tr>
            ) : (
              <ScheduleRow
                key={schedule.id}
                schedule={schedule}
                onEdit={can('updateBillingSchedule') ? () => setEditing(schedule.id) : null}
              />
            ),
          )}
        </Table>
      )}
    </CardWithInlineForm>
  );
}

/** A due moment as the schedule states it: in the organization's zone, not the browser's. */
function formatInZone(iso: string, timeZone: string): string {
  return new Date(iso).toLocaleString('en-US', { timeZone, dateStyle: 'medium', timeStyle: 'short' });
}

function ScheduleRow({ schedule, onEdit }: { schedule: Schedule; onEdit: (() => void) | null }) {
  const [next] = schedule.nextRuns;
  return (
    <tr>
      <Cell>
        <div className="font-medium text-slate-900">
          {schedule.name} {!schedule.enabled && <Badge>Off</Badge>}
        </div>
        <div className="text-xs text-slate-500">{describeWhen(schedule)}</div>
      </Cell>
      <Cell>{schedule.audience ? schedule.audience.name : 'Every Switchboard-billed account'}</Cell>
      <Cell>
        {schedule.autoFinalize ? (
          <Badge tone="good">Finalized and sent</Badge>
        ) : (
          <Badge tone="neutral">Left for a person</Badge>
        )}
      </Cell>
      <Cell>
        {next ? (
          <>
            <div>{formatInZone(next.dueAt, schedule.timeZone)}</div>
            <div className="text-xs text-slate-500">
              bills {formatDay(next.periodStart)} – {formatDay(next.periodEnd)}, dated{' '}
              {formatDay(next.issueDate)}
            </div>
          </>
        ) : (
          '—'
        )}
      </Cell>
      <Cell>
        {schedule.recentRuns.length === 0
          ? 'None yet'
          : schedule.recentRuns.map((run) => (
              <div key={run.id} className="text-xs">
                <Link href={`/invoices/bill-runs/${run.id}`} className="text-brand-700 hover:underline">
                  {formatDay(run.periodStart)} – {formatDay(run.periodEnd)}
                </Link>{' '}
                {run.lateBySeconds != null && <Badge tone="warn">{lateLabel(run.lateBySeconds)}</Badge>}
              </div>
            ))}
      </Cell>
      <Cell className="text-right">
        {onEdit && (
          <Button variant="ghost" onClick={onEdit} aria-label={`Edit ${schedule.name}`}>
            Edit
          </Button>
        )}
      </Cell>
    </tr>
  );
}
