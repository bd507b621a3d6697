'use client';

import { useState } from 'react';
import { useCan } from '@/app/_components/permissions';
import { formatKpi } from '@/app/_components/program/format-kpi';
import { kpiLabels } from '@/app/_components/program/labels';
import { ProgramFrame } from '@/app/_components/program/program-frame';
import { useProgram } from '@/app/_components/program/use-program';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { graphql } from '@/app/_gql';
import type { ProgramCharterFragment } from '@/app/_gql/graphql';
import { CharterEditor } from './charter-editor';

const CHARTER = graphql(`
  query Charter {
    program {
      id name
      charter { ...ProgramCharter }
    }
  }
`);

/** Why the program exists: goals measured by KPIs, stakeholders, scope, assumptions and constraints. */
export function CharterConsole() {
  const [refresh, setRefresh] = useState(0);
  const [editing, setEditing] = useState(false);
  const can = useCan();
  const state = useProgram(CHARTER, undefined, refresh);

  return (
    <ProgramFrame
      title="Charter"
      description="Goals and their KPIs, stakeholders, scope, assumptions and constraints."
      state={state}
      writeOperation="updateCharter"
      actions={
        can('updateCharter') && !editing ? (
          <Button onClick={() => setEditing(true)}>Edit charter</Button>
        ) : null
      }
    >
      {(program) =>
        editing ? (
          <CharterEditor
            programId={program.id}
            charter={program.charter}
            onDone={() => {
              setEditing(false);
              setRefresh((n) => n + 1);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <CharterView charter={program.charter} />
        )
      }
    </ProgramFrame>
  );
}

function CharterView({ charter }: { charter: ProgramCharterFragment }) {
  return (
    <div className="space-y-6">
      <Card title="Goals">
        {charter.goals.length === 0 ? (
          <p className="text-sm text-slate-500">
            No goals yet: each goal names the KPI it is measured by and a target.
          </p>
        ) : (
          <Table head={['Goal', 'KPI', <NumberHead key="t">Target</NumberHead>]}>
            {charter.goals.map((goal) => (
              <tr key={goal.id}>
                <Cell className="font-medium text-slate-800">{goal.title}</Cell>
                <Cell>{kpiLabels[goal.kpi]}</Cell>
                <NumberCell>{formatKpi(goal.kpi, goal.target)}</NumberCell>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <Card title="Stakeholders">
        {charter.stakeholders.length === 0 ? (
          <p className="text-sm text-slate-500">No stakeholders listed.</p>
        ) : (
          <Table head={['Name', 'Role', 'Email']}>
            {charter.stakeholders.map((stakeholder) => (
              <tr key={`${stakeholder.name}-${stakeholder.role}`}>
                <Cell className="font-medium text-slate-800">{stakeholder.name}</Cell>
                <Cell>{stakeholder.role}</Cell>
                <Cell>{stakeholder.email ?? '—'}</Cell>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <ScopeCard title="In scope" entries={charter.scopeIn} />
        <ScopeCard title="Out of scope" entries={charter.scopeOut} />
        <ListCard title="Assumptions" entries={charter.assumptions} />
        <ListCard title="Constraints" entries={charter.constraints} />
      </div>
    </div>
  );
}

function ScopeCard({ title, entries }: { title: string; entries: ProgramCharterFragment['scopeIn'] }) {
  const categories = [...new Set(entries.map((entry) => entry.category))];
  return (
    <Card title={title}>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-500">Nothing listed.</p>
      ) : (
        <dl className="space-y-3">
          {categories.map((category) => (
            <div key={category}>
              <dt className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{category}</dt>
              <dd className="mt-1 flex flex-wrap gap-1.5">
                {entries
                  .filter((entry) => entry.category === category)
                  .map((entry) => (
                    <span
                      key={entry.item}
                      className="rounded-md bg-slate-100 px-2 py-0.5 text-sm text-slate-700"
                    >
                      {entry.item}
                    </span>
                  ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}

function ListCard({ title, entries }: { title: string; entries: string[] }) {
  return (
    <Card title={title}>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-500">Nothing listed.</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          {entries.map((entry) => (
            <li key={entry}>{entry}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}
