'use client';

import Link from 'next/link';
import { type ReactNode, useEffect, useState } from 'react';
import { lastDay } from '@/app/_components/billing/invoice-list';
import { BillRunStatusBadge } from '@/app/_components/billing/status-badges';
import { enumLabel, formatDateTime, formatDay, formatTime } from '@/app/_components/format';
import { useCan } from '@/app/_components/permissions';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { PageHeader } from '@/app/_components/ui/page-header';
import { ProgressBar } from '@/app/_components/ui/progress-bar';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { StatCard } from '@/app/_components/ui/stat-card';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type {
  ComponentState,
  CutoverWaveStatus,
  IncidentSeverity,
  WarRoomBillRunFragment,
  WarRoomViewQuery,
} from '@/app/_gql/graphql';
import {
  ComponentStateForm,
  IncidentUpdateForm,
  OpenIncidentForm,
  StatusUpdateForm,
  TakeLeadButton,
} from './war-room-forms';

/** How often the war room asks for a fresh picture; the page itself never reloads. */
export const POLL_MS = 5000;

/** A bill run as the war room follows it. */
export const WAR_ROOM_BILL_RUN = graphql(`
  fragment WarRoomBillRun on BillRun {
    id periodStart periodEnd status accountsTotal accountsDone invoicesCreated accountsFailed createdAt
  }
`);

const WAR_ROOM_VIEW = graphql(`
  query WarRoomView {
    warRoom {
      generatedAt
      waves { wave { id name status cutoverDate } legacyAccounts switchboardAccounts }
      accountsBySystemOfRecord { systemOfRecord accounts }
      billRunsInProgress { ...WarRoomBillRun }
      latestBillRuns { ...WarRoomBillRun }
      ingestion {
        recordsLast5Minutes recordsLast60Minutes perMinuteLast5 perMinuteLast60 rejected conflicts running failed
        recentRejects { line recordId reason }
      }
      deliveries { sent failed queued }
      components { key name state reason isManual }
      openIncidents {
        id title severity status componentKey updateCadenceMinutes updateOverdue nextUpdateDueAt openedAt openedBy
        lastUpdateAt lead { id name } updates { id status body author at }
      }
      latestStatusUpdate { body author at }
    }
  }
`);

type Incident = WarRoomViewQuery['warRoom']['openIncidents'][number];

const stateTones = { OPERATIONAL: 'good', DEGRADED: 'warn', DOWN: 'bad' } as const satisfies Record<
  ComponentState,
  string
>;
const stateDots: Record<ComponentState, string> = {
  OPERATIONAL: 'bg-emerald-500',
  DEGRADED: 'bg-amber-500',
  DOWN: 'bg-red-600',
};
const severityTones = { SEV1: 'bad', SEV2: 'bad', SEV3: 'warn', SEV4: 'neutral' } as const satisfies Record<
  IncidentSeverity,
  string
>;
const waveTones = { PLANNED: 'neutral', CUT_OVER: 'good', ROLLED_BACK: 'warn' } as const satisfies Record<
  CutoverWaveStatus,
  string
>;

const count = (n: number) => n.toLocaleString('en-US');
const rate = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

function BillRunRow({ run }: { run: WarRoomBillRunFragment }) {
  return (
    <li className="py-3" data-testid={`war-room-bill-run-${run.id}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Link
          href={`/invoices/bill-runs/${run.id}`}
          className="text-sm font-medium text-brand-700 hover:underline"
        >
          {formatDay(run.periodStart)} – {formatDay(lastDay(run.periodEnd))}
        </Link>
        <BillRunStatusBadge status={run.status} />
      </div>
      <div className="mt-2 flex items-center gap-3">
        <ProgressBar
          done={run.accountsDone}
          total={run.accountsTotal}
          label={`Bill run ${run.id} progress`}
        />
        <span
          className="text-xs whitespace-nowrap text-slate-600 tabular-nums"
          data-testid="war-room-run-progress"
        >
          {count(run.accountsDone)} of {count(run.accountsTotal)}
        </span>
      </div>
      <p className="mt-1 text-xs text-slate-500 tabular-nums">
        {count(run.invoicesCreated)} invoices ·{' '}
        <span className={run.accountsFailed > 0 ? 'font-medium text-red-700' : undefined}>
          {count(run.accountsFailed)} failed
        </span>
      </p>
    </li>
  );
}

function IncidentCard({
  incident,
  canUpdate,
  canLead,
  viewerId,
  onChanged,
}: {
  incident: Incident;
  canUpdate: boolean;
  canLead: boolean;
  viewerId: string;
  onChanged: () => void;
}) {
  const last = incident.updates.at(-1);
  return (
    <li className="py-4" data-testid="war-room-incident">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={severityTones[incident.severity]}>{incident.severity.replace('SEV', 'Sev ')}</Badge>
        <h3 className="text-sm font-semibold text-slate-900">{incident.title}</h3>
        <Badge tone="info">{enumLabel(incident.status)}</Badge>
        {incident.updateOverdue && (
          <span role="status">
            <Badge tone="bad">Update overdue</Badge>
          </span>
        )}
      </div>
      <p className="mt-1 text-xs text-slate-500">
        {incident.componentKey && <>{enumLabel(incident.componentKey.toUpperCase())} · </>}
        Lead: {incident.lead?.name ?? 'nobody yet'} · opened {formatDateTime(incident.openedAt)} by{' '}
        {incident.openedBy} · an update every {count(incident.updateCadenceMinutes)} min,{' '}
        {incident.updateOverdue ? (
          <span className="font-medium text-red-700">was due {formatDateTime(incident.nextUpdateDueAt)}</span>
        ) : (
          <>next due {formatDateTime(incident.nextUpdateDueAt)}</>
        )}
      </p>
      {last && (
        <p className="mt-2 text-sm text-slate-700">
          <span className="font-medium">{enumLabel(last.status)}:</span> {last.body}{' '}
          <span className="text-xs text-slate-500">
            — {last.author}, {formatDateTime(last.at)}
          </span>
        </p>
      )}
      {canLead && incident.lead?.id !== viewerId && (
        <div className="mt-2">
          <TakeLeadButton incidentId={incident.id} viewerId={viewerId} onDone={onChanged} />
        </div>
      )}
      {canUpdate && (
        <IncidentUpdateForm
          incidentId={incident.id}
          title={incident.title}
          status={incident.status}
          onDone={onChanged}
        />
      )}
    </li>
  );
}

/**
 * The war room: the live picture during cutover, polled every 5 seconds without reloading
 * the page. `extraCards` are cards other areas contribute beside the incidents (the point
 * of contact matrix, fed by its own query, goes there).
 */
export function WarRoomView({ viewerId, extraCards }: { viewerId: string; extraCards?: ReactNode }) {
  const can = useCan();
  const [tick, setTick] = useState(0);
  const { data, error, reload } = useGraphQLQuery(WAR_ROOM_VIEW, undefined, tick);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), POLL_MS);
    return () => clearInterval(timer);
  }, []);
  const refresh = () => void reload();

  if (!data) return <QueryStatus error={error} loading="Loading the war room…" />;
  const room = data.warRoom;
  const bySystem = Object.fromEntries(
    room.accountsBySystemOfRecord.map((row) => [row.systemOfRecord, row.accounts]),
  );
  const worst = room.components.some((c) => c.state === 'DOWN')
    ? 'DOWN'
    : room.components.some((c) => c.state === 'DEGRADED')
      ? 'DEGRADED'
      : 'OPERATIONAL';

  return (
    <div className="space-y-6">
      <PageHeader
        title="War room"
        description={
          <>
            The live picture during cutover. Updated{' '}
            <span data-testid="war-room-updated-at">{formatTime(room.generatedAt)}</span>, every{' '}
            {POLL_MS / 1000} seconds.
            {error && <span className="ml-2 text-red-700">Last refresh failed: {error}</span>}
          </>
        }
        actions={
          <Badge tone={stateTones[worst]}>
            {worst === 'OPERATIONAL'
              ? 'All systems operational'
              : `Systems ${enumLabel(worst).toLowerCase()}`}
          </Badge>
        }
      />

      <Card title="Latest status update">
        {room.latestStatusUpdate ? (
          <div data-testid="war-room-status-update">
            <p className="text-sm text-slate-900">{room.latestStatusUpdate.body}</p>
            <p className="mt-1 text-xs text-slate-500">
              {room.latestStatusUpdate.author}, {formatDateTime(room.latestStatusUpdate.at)}
            </p>
          </div>
        ) : (
          <p className="text-sm text-slate-500">No status update posted yet.</p>
        )}
        {can('postStatusUpdate') && <StatusUpdateForm onDone={refresh} />}
      </Card>

      <Card title="Components">
        <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {room.components.map((component) => (
            <li
              key={component.key}
              className="rounded-md border border-slate-200 px-3 py-2.5"
              data-testid={`component-${component.key}`}
            >
              <div className="flex items-center justify-between gap-2">
                <span className="flex items-center gap-2 text-sm font-medium text-slate-900">
                  <span className={`h-2.5 w-2.5 rounded-full ${stateDots[component.state]}`} aria-hidden />
                  {component.name}
                </span>
                <span className="flex items-center gap-1">
                  {component.isManual && <Badge>Set by hand</Badge>}
                  <Badge tone={stateTones[component.state]}>{enumLabel(component.state)}</Badge>
                </span>
              </div>
              <p className="mt-1 text-xs text-slate-600">{component.reason}</p>
            </li>
          ))}
        </ul>
        {can('setComponentState') && (
          <div className="mt-4 border-t border-slate-100 pt-4">
            <ComponentStateForm components={room.components} onDone={refresh} />
          </div>
        )}
      </Card>

      <div className="grid gap-6 xl:grid-cols-3">
        <div className="space-y-6 xl:col-span-2">
          <Card title={`Open incidents (${room.openIncidents.length})`}>
            {room.openIncidents.length === 0 ? (
              <p className="text-sm text-slate-500">No open incident.</p>
            ) : (
              <ul className="-my-4 divide-y divide-slate-100">
                {room.openIncidents.map((incident) => (
                  <IncidentCard
                    key={incident.id}
                    incident={incident}
                    canUpdate={can('postIncidentUpdate')}
                    canLead={can('assignIncidentLead')}
                    viewerId={viewerId}
                    onChanged={refresh}
                  />
                ))}
              </ul>
            )}
          </Card>
          {can('openIncident') && (
            <Card title="Open an incident">
              <OpenIncidentForm components={room.components} viewerId={viewerId} onDone={refresh} />
            </Card>
          )}
          <Card title="Cutover waves">
            <dl className="mb-4 grid grid-cols-2 gap-3">
              <StatCard
                compact
                label="Accounts billed by Switchboard"
                value={count(bySystem.SWITCHBOARD ?? 0)}
                testId="sor-switchboard"
              />
              <StatCard
                compact
                label="Accounts billed by legacy"
                value={count(bySystem.LEGACY ?? 0)}
                testId="sor-legacy"
              />
            </dl>
            {room.waves.length === 0 ? (
              <p className="text-sm text-slate-500">No cutover wave yet.</p>
            ) : (
              <Table
                head={[
                  'Wave',
                  'Status',
                  'Cutover date',
                  <NumberHead key="s">On Switchboard</NumberHead>,
                  <NumberHead key="l">On legacy</NumberHead>,
                ]}
              >
                {room.waves.map(({ wave, legacyAccounts, switchboardAccounts }) => (
                  <tr key={wave.id}>
                    <Cell className="font-medium text-slate-900">{wave.name}</Cell>
                    <Cell>
                      <Badge tone={waveTones[wave.status]}>{enumLabel(wave.status)}</Badge>
                    </Cell>
                    <Cell>{formatDay(wave.cutoverDate)}</Cell>
                    <NumberCell>{count(switchboardAccounts)}</NumberCell>
                    <NumberCell>{count(legacyAccounts)}</NumberCell>
                  </tr>
                ))}
              </Table>
            )}
          </Card>
        </div>

        <div className="space-y-6">
          <Card title="Bill runs">
            <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">In progress</h3>
            {room.billRunsInProgress.length === 0 ? (
              <p className="mt-1 text-sm text-slate-500">None running.</p>
            ) : (
              <ul className="divide-y divide-slate-100" data-testid="war-room-runs-in-progress">
                {room.billRunsInProgress.map((run) => (
                  <BillRunRow key={run.id} run={run} />
                ))}
              </ul>
            )}
            <h3 className="mt-4 text-xs font-semibold tracking-wide text-slate-500 uppercase">Latest</h3>
            {room.latestBillRuns.length === 0 ? (
              <p className="mt-1 text-sm text-slate-500">No bill run yet.</p>
            ) : (
              <ul className="divide-y divide-slate-100" data-testid="war-room-latest-runs">
                {room.latestBillRuns.map((run) => (
                  <BillRunRow key={run.id} run={run} />
                ))}
              </ul>
            )}
          </Card>

          <Card title="Usage ingestion">
            <dl className="grid grid-cols-2 gap-3">
              <StatCard
                compact
                label="Records/min, last 5 min"
                value={rate(room.ingestion.perMinuteLast5)}
                testId="ingest-rate-5"
              />
              <StatCard
                compact
                label="Records/min, last hour"
                value={rate(room.ingestion.perMinuteLast60)}
                testId="ingest-rate-60"
              />
              <StatCard
                compact
                label="Rejected, last hour"
                value={count(room.ingestion.rejected)}
                tone={room.ingestion.rejected > 0 ? 'warn' : 'neutral'}
              />
              <StatCard
                compact
                label="Failed ingestions"
                value={count(room.ingestion.failed)}
                tone={room.ingestion.failed > 0 ? 'bad' : 'neutral'}
              />
            </dl>
            <p className="mt-2 text-xs text-slate-500">
              {count(room.ingestion.recordsLast60Minutes)} records in the last hour ·{' '}
              {count(room.ingestion.running)} running · {count(room.ingestion.conflicts)} conflicts
            </p>
            {room.ingestion.recentRejects.length > 0 && (
              <ul className="mt-2 space-y-1 text-xs text-slate-600">
                {room.ingestion.recentRejects.map((reject, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a short list rebuilt on every poll
                  <li key={index}>
                    {reject.recordId ?? `line ${reject.line ?? '?'}`}: {reject.reason}
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card title="Invoice delivery, last 24 h">
            <dl className="grid grid-cols-3 gap-3">
              <StatCard compact label="Sent" value={count(room.deliveries.sent)} tone="good" />
              <StatCard
                compact
                label="Failed"
                value={count(room.deliveries.failed)}
                tone={room.deliveries.failed > 0 ? 'bad' : 'neutral'}
              />
              <StatCard compact label="Queued now" value={count(room.deliveries.queued)} />
            </dl>
          </Card>

          {extraCards}
        </div>
      </div>
    </div>
  );
}
