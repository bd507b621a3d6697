'use client';

import Link from 'next/link';
import { useState } from 'react';
import { formatDay } from '@/app/_components/format';
import { useCan } from '@/app/_components/permissions';
import { HealthBadge } from '@/app/_components/program/badges';
import { areaLabels, milestoneStatusLabels, milestoneStatusTones } from '@/app/_components/program/labels';
import { ProgramFrame } from '@/app/_components/program/program-frame';
import { useProgram } from '@/app/_components/program/use-program';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { StatCard } from '@/app/_components/ui/stat-card';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { ProgramStatusReportFragment } from '@/app/_gql/graphql';
import { KpiTable } from './_overview/kpi-table';
import { DraftStatusUpdate, LatestStatusReport } from './_overview/status-update';

/** Blocking items listed here; the rest are a click away in the checklist. */
const SHOWN_BLOCKERS = 8;

const OVERVIEW = graphql(`
  query ProgramOverview {
    program {
      id name health healthReasons
      import { id sourceName }
      nextMilestones(first: 5) { id title dueOn status health healthReasons owner { id name } }
      blockingItems { id title area dueOn overdue owner { id name } }
      kpis { ...ProgramKpiValue }
      statusReports { ...ProgramStatusReport }
      statusReportDraft
    }
  }
`);

const AWAITING_ME = graphql(`
  query ProgramOverviewAwaitingMe {
    mySignOffRequests { id }
  }
`);

/** The program at a glance: health, what is next, what blocks, the KPIs, and this week's update. */
export function ProgramOverview() {
  const [refresh, setRefresh] = useState(0);
  const state = useProgram(OVERVIEW, undefined, refresh);
  const inbox = useGraphQLQuery(AWAITING_ME, undefined, refresh);
  const awaiting = inbox.data?.mySignOffRequests.length ?? null;
  const can = useCan();

  return (
    <ProgramFrame
      title="Migration program"
      description="Health, next milestones, blockers and KPIs, read from the billing data."
      state={state}
      writeOperation="saveStatusReport"
    >
      {(program) => (
        <div className="space-y-6">
          <dl className="grid gap-4 md:grid-cols-3">
            <StatCard
              label="Overall health"
              testId="program-health"
              value={<HealthBadge health={program.health} />}
              detail={
                program.healthReasons.length === 0 ? (
                  'Milestones on schedule, nothing blocking overdue, KPIs on target.'
                ) : (
                  <ul className="space-y-1">
                    {program.healthReasons.slice(0, 4).map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                    {program.healthReasons.length > 4 && (
                      <li className="text-slate-500">and {program.healthReasons.length - 4} more</li>
                    )}
                  </ul>
                )
              }
            />
            <StatCard
              label="Sign-offs awaiting me"
              testId="awaiting-me"
              value={awaiting === null ? '…' : awaiting.toLocaleString('en-US')}
              detail={
                <Link href="/program/sign-offs" className="text-brand-700 hover:underline">
                  Open the inbox →
                </Link>
              }
            />
            <StatCard
              label="Evidence from"
              value={
                program.import ? (
                  <Link
                    href={`/migration/imports/${program.import.id}`}
                    className="block truncate text-sm font-medium text-brand-700 hover:underline"
                  >
                    {program.import.sourceName}
                  </Link>
                ) : (
                  <span className="block text-sm font-normal text-slate-600">
                    No legacy import tied to the program yet.
                  </span>
                )
              }
              detail="Parallel runs and validation of this import feed the checks."
            />
          </dl>
          <div className="grid gap-6 xl:grid-cols-2">
            <Card
              title="Next milestones"
              actions={
                <Link href="/program/roadmap" className="text-xs text-brand-700 hover:underline">
                  Roadmap →
                </Link>
              }
            >
              {program.nextMilestones.length === 0 ? (
                <p className="text-sm text-slate-500">Every milestone is done.</p>
              ) : (
                <ul className="divide-y divide-slate-100" aria-label="Next milestones">
                  {program.nextMilestones.map((milestone) => (
                    <li key={milestone.id} className="py-2 first:pt-0 last:pb-0">
                      <div className="flex flex-wrap items-center gap-2">
                        <span className="text-sm font-medium text-slate-900">{milestone.title}</span>
                        <HealthBadge health={milestone.health} />
                        <Badge tone={milestoneStatusTones[milestone.status]}>
                          {milestoneStatusLabels[milestone.status]}
                        </Badge>
                      </div>
                      <p className="text-xs text-slate-500">
                        Due {formatDay(milestone.dueOn)} · {milestone.owner?.name ?? 'no owner'}
                        {milestone.healthReasons.length > 0 && ` · ${milestone.healthReasons.join('; ')}`}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <Card
              title={`Blocking items (${program.blockingItems.length})`}
              actions={
                <Link href="/program/checklist" className="text-xs text-brand-700 hover:underline">
                  Checklist →
                </Link>
              }
            >
              {program.blockingItems.length === 0 ? (
                <p className="text-sm text-slate-500">Nothing blocks go-live.</p>
              ) : (
                <ul className="divide-y divide-slate-100" aria-label="Blocking items">
                  {program.blockingItems.slice(0, SHOWN_BLOCKERS).map((item) => (
                    <li key={item.id} className="py-2 first:pt-0 last:pb-0">
                      <div className="flex flex-wrap items-center gap-2">
                        <span className="text-sm font-medium text-slate-900">{item.title}</span>
                        {item.overdue && <Badge tone="bad">Overdue</Badge>}
                      </div>
                      <p className="text-xs text-slate-500">
                        {areaLabels[item.area]} · due {formatDay(item.dueOn)} ·{' '}
                        {item.owner?.name ?? 'no owner'}
                      </p>
                    </li>
                  ))}
                  {program.blockingItems.length > SHOWN_BLOCKERS && (
                    <li className="pt-2 text-xs">
                      <Link href="/program/checklist" className="text-brand-700 hover:underline">
                        {program.blockingItems.length - SHOWN_BLOCKERS} more in the checklist →
                      </Link>
                    </li>
                  )}
                </ul>
              )}
            </Card>
          </div>
          <Card
            title="KPIs against target"
            actions={
              <Link href="/program/charter" className="text-xs text-brand-700 hover:underline">
                Charter goals →
              </Link>
            }
          >
            <KpiTable kpis={program.kpis} />
          </Card>
          {can('saveStatusReport') ? (
            <div className="grid gap-6 xl:grid-cols-2">
              <DraftStatusUpdate
                programId={program.id}
                draft={program.statusReportDraft}
                onSaved={() => setRefresh((n) => n + 1)}
              />
              <LatestStatusReport report={latest(program.statusReports)} />
            </div>
          ) : (
            <LatestStatusReport report={latest(program.statusReports)} />
          )}
        </div>
      )}
    </ProgramFrame>
  );
}

/** The newest report, whatever order the list comes in. */
function latest(reports: ProgramStatusReportFragment[]): ProgramStatusReportFragment | undefined {
  return reports.reduce<ProgramStatusReportFragment | undefined>(
    (newest, report) => (!newest || report.createdAt > newest.createdAt ? report : newest),
    undefined,
  );
}
