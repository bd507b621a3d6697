'use client';

import { Fragment, useState } from 'react';
import { formatDay } from '@/app/_components/format';
import { useCan } from '@/app/_components/permissions';
import { CheckStateBadge, HealthBadge } from '@/app/_components/program/badges';
import {
  healthLabels,
  milestoneStatusLabels,
  milestoneStatusTones,
  phaseLabels,
  phases,
} from '@/app/_components/program/labels';
import { RequestSignOffForm } from '@/app/_components/program/request-sign-off';
import { SignOffSummaryList } from '@/app/_components/program/sign-off-summary';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Cell, Table } from '@/app/_components/ui/table';
import { graphql } from '@/app/_gql';
import type { RoadmapMilestoneFragment } from '@/app/_gql/graphql';
import { MilestoneEditor } from './milestone-editor';

/** A milestone as the roadmap lists, draws and edits it. */
export const ROADMAP_MILESTONE = graphql(`
  fragment RoadmapMilestone on Milestone {
    id standardKey phase title description owner { id name } dueOn status completedAt
    health suggestedHealth healthReasons healthOverride healthOverrideReason
    dependsOn { id title dueOn status }
    lateDependencies { id title dueOn status }
    check { ...ProgramEvidenceCheck }
    checkState checkDetail
    signOffs { ...ProgramSignOffSummary }
  }
`);

/** The milestones by phase, due date first, each with its health and why. */
export function MilestoneList({
  programId,
  milestones,
  onChanged,
}: {
  programId: string;
  milestones: RoadmapMilestoneFragment[];
  onChanged: () => void;
}) {
  const can = useCan();
  const [open, setOpen] = useState<{ id: string; form: 'edit' | 'sign-off' } | null>(null);
  const sorted = [...milestones].sort(
    (a, b) => phases.indexOf(a.phase) - phases.indexOf(b.phase) || a.dueOn.localeCompare(b.dueOn),
  );
  const done = () => {
    setOpen(null);
    onChanged();
  };

  return (
    <Card title={`Milestones (${milestones.length})`}>
      {milestones.length === 0 ? (
        <p className="text-sm text-slate-500">No milestones yet.</p>
      ) : (
        <Table head={['Milestone', 'Owner', 'Due', 'Status', 'Health', 'Depends on']}>
          {sorted.map((milestone) => (
            <Fragment key={milestone.id}>
              <tr aria-label={milestone.title} className="align-top">
                <Cell className="min-w-64 align-top">
                  <p className="font-medium text-slate-900">{milestone.title}</p>
                  <p className="text-xs text-slate-500">{phaseLabels[milestone.phase]}</p>
                  {milestone.check && (
                    <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
                      <CheckStateBadge state={milestone.checkState} />
                      <span>{milestone.checkDetail ?? milestone.check.description}</span>
                    </div>
                  )}
                  <div className="mt-1">
                    <SignOffSummaryList signOffs={milestone.signOffs} />
                  </div>
                  <div className="mt-2 flex flex-wrap gap-1.5">
                    {can('saveMilestone') && (
                      <Button
                        variant="secondary"
                        className="px-2 py-0.5 text-xs"
                        onClick={() => setOpen({ id: milestone.id, form: 'edit' })}
                      >
                        Edit
                      </Button>
                    )}
                    {can('requestSignOff') && (
                      <Button
                        variant="secondary"
                        className="px-2 py-0.5 text-xs"
                        onClick={() => setOpen({ id: milestone.id, form: 'sign-off' })}
                      >
                        Request sign-off
                      </Button>
                    )}
                  </div>
                </Cell>
                <Cell className="align-top whitespace-nowrap">{milestone.owner?.name ?? '—'}</Cell>
                <Cell className="align-top whitespace-nowrap">{formatDay(milestone.dueOn)}</Cell>
                <Cell className="align-top whitespace-nowrap">
                  <Badge tone={milestoneStatusTones[milestone.status]}>
                    {milestoneStatusLabels[milestone.status]}
                  </Badge>
                </Cell>
                <Cell className="min-w-44 align-top">
                  <span className="whitespace-nowrap" title={milestone.healthReasons.join('\n') || undefined}>
                    <HealthBadge health={milestone.health} />
                  </span>
                  {milestone.healthOverride && (
                    <p className="mt-1 text-xs text-slate-500">
                      Set by hand: {milestone.healthOverrideReason} (suggested{' '}
                      {healthLabels[milestone.suggestedHealth].toLowerCase()})
                    </p>
                  )}
                  {milestone.healthReasons.length > 0 && (
                    <ul className="mt-1 space-y-0.5 text-xs text-slate-600" data-testid="health-reasons">
                      {milestone.healthReasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  )}
                </Cell>
                <Cell className="min-w-40 align-top text-xs">
                  {milestone.dependsOn.length === 0 ? (
                    '—'
                  ) : (
                    <ul className="space-y-0.5" data-testid="dependencies">
                      {milestone.dependsOn.map((dependency) => {
                        const late = milestone.lateDependencies.some((entry) => entry.id === dependency.id);
                        return (
                          <li key={dependency.id} className={late ? 'font-medium text-red-700' : undefined}>
                            {dependency.title}
                            {late && ' · late'}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </Cell>
              </tr>
              {open?.id === milestone.id && (
                <tr>
                  <td colSpan={6} className="px-3 pb-4">
                    {open.form === 'edit' ? (
                      <MilestoneEditor
                        programId={programId}
                        milestone={milestone}
                        milestones={milestones}
                        onDone={done}
                        onCancel={() => setOpen(null)}
                      />
                    ) : (
                      <RequestSignOffForm
                        subjectType="MILESTONE"
                        subjectId={milestone.id}
                        subjectTitle={milestone.title}
                        onRequested={done}
                        onCancel={() => setOpen(null)}
                      />
                    )}
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </Table>
      )}
    </Card>
  );
}
