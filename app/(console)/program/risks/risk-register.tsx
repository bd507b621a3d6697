'use client';

import { Fragment, useState } from 'react';
import { formatDay } from '@/app/_components/format';
import { useCan } from '@/app/_components/permissions';
import { ProgramGate } from '@/app/_components/program/program-gate';
import { usePeople } from '@/app/_components/program/use-people';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { ChoiceSelect } from '@/app/_components/ui/choice-select';
import { Field } from '@/app/_components/ui/field';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { RiskStatus } from '@/app/_gql/graphql';
import { RiskForm } from './risk-form';
import { RiskHeatMap } from './risk-heat-map';
import { riskStatuses, riskStatusLabels, scoreTone } from './risk-types';

const RISKS = graphql(`
  query RiskRegister($id: ID!, $status: RiskStatus, $overdue: Boolean) {
    riskHeatMap(programId: $id) { ...RiskHeatMapCells }
    risks(programId: $id, status: $status, reviewOverdue: $overdue) { ...RiskRegisterRow }
  }
`);

export function RiskRegister() {
  return <ProgramGate>{(program) => <Risks programId={program.id} />}</ProgramGate>;
}

function Risks({ programId }: { programId: string }) {
  const can = useCan();
  const [status, setStatus] = useState<RiskStatus | ''>('');
  const [overdue, setOverdue] = useState(false);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const { data, error, reload } = useGraphQLQuery(RISKS, {
    id: programId,
    status: status || null,
    overdue: overdue || null,
  });
  const people = usePeople((data?.risks ?? []).flatMap((risk) => (risk.owner ? [risk.owner] : [])));
  const done = () => {
    setEditing(null);
    void reload();
  };
  if (error || !data) return <QueryStatus error={error} loading="Loading risks…" />;
  return (
    <div className="space-y-6">
      {data.riskHeatMap && <RiskHeatMap map={data.riskHeatMap} />}
      <Card
        title="Register"
        actions={
          can('createRisk') &&
          editing !== 'new' && (
            <Button variant="secondary" onClick={() => setEditing('new')}>
              Add risk
            </Button>
          )
        }
      >
        {editing === 'new' && (
          <div className="mb-4">
            <RiskForm
              programId={programId}
              risk={null}
              people={people}
              onDone={done}
              onCancel={() => setEditing(null)}
            />
          </div>
        )}
        <div className="mb-4 flex flex-wrap items-end gap-4">
          <div className="w-40">
            <Field label="Status">
              <ChoiceSelect
                value={status}
                aria-label="Show status"
                choices={riskStatuses}
                labels={riskStatusLabels}
                emptyLabel="Any"
                onChange={setStatus}
              />
            </Field>
          </div>
          <div className="pb-1.5">
            <Checkbox checked={overdue} onChange={setOverdue}>
              Review overdue
            </Checkbox>
          </div>
        </div>
        {data.risks.length === 0 ? (
          <p className="text-sm text-slate-500">No risks{status || overdue ? ' match' : ' recorded yet'}.</p>
        ) : (
          <Table
            head={[<NumberHead key="s">Score</NumberHead>, 'Risk', 'P × I', 'Owner', 'Status', 'Review', '']}
          >
            {data.risks.map((risk) => (
              <Fragment key={risk.id}>
                <tr>
                  <NumberCell>
                    <Badge tone={scoreTone(risk.score)}>{risk.score}</Badge>
                  </NumberCell>
                  <Cell>
                    <span className="font-medium text-slate-900">{risk.title}</span>
                    {risk.mitigation && (
                      <span className="block text-xs text-slate-500">Mitigation: {risk.mitigation}</span>
                    )}
                  </Cell>
                  <Cell className="whitespace-nowrap tabular-nums">
                    {risk.probability} × {risk.impact}
                  </Cell>
                  <Cell>{risk.owner?.name ?? <span className="text-slate-400">nobody</span>}</Cell>
                  <Cell>
                    <Badge tone={risk.status === 'OPEN' || risk.status === 'OCCURRED' ? 'warn' : 'neutral'}>
                      {riskStatusLabels[risk.status]}
                    </Badge>
                  </Cell>
                  <Cell className="whitespace-nowrap">
                    {formatDay(risk.reviewOn)}
                    {risk.reviewOverdue && (
                      <span className="ml-2">
                        <Badge tone="bad">overdue</Badge>
                      </span>
                    )}
                  </Cell>
                  <Cell className="text-right">
                    {can('updateRisk') && editing !== risk.id && (
                      <Button variant="ghost" onClick={() => setEditing(risk.id)}>
                        Edit
                      </Button>
                    )}
                  </Cell>
                </tr>
                {editing === risk.id && (
                  <tr>
                    <td colSpan={7} className="px-3 py-3">
                      <RiskForm
                        programId={programId}
                        risk={risk}
                        people={people}
                        onDone={done}
                        onCancel={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
