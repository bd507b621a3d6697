'use client';

import { useState } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { kpiLabels, kpis } from '@/app/_components/program/labels';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { ChoiceSelect } from '@/app/_components/ui/choice-select';
import { Field, TextArea, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { graphql } from '@/app/_gql';
import type { Kpi, ProgramCharterFragment } from '@/app/_gql/graphql';

/** The charter as it is shown and edited. */
export const PROGRAM_CHARTER = graphql(`
  fragment ProgramCharter on Charter {
    goals { id title kpi target }
    stakeholders { name role email }
    scopeIn { category item }
    scopeOut { category item }
    assumptions constraints
  }
`);

const UPDATE = graphql(`
  mutation CharterUpdate($input: UpdateCharterInput!) {
    updateCharter(input: $input) {
      program { id }
      userErrors { code field message }
    }
  }
`);

const firstGoalKpi: Kpi = 'INVOICE_ACCURACY';

type Row<T> = T & { key: number };

function keyed<T>(rows: T[]): Row<T>[] {
  return rows.map((row, key) => ({ ...row, key }));
}

/** Rows of a list being edited: add, change and remove, each row with a stable key. */
function useRows<T>(initial: T[], blank: T) {
  const [rows, setRows] = useState<Row<T>[]>(keyed(initial));
  return {
    rows,
    add: () => setRows([...rows, { ...blank, key: Math.max(-1, ...rows.map((row) => row.key)) + 1 }]),
    update: (key: number, patch: Partial<T>) =>
      setRows(rows.map((row) => (row.key === key ? { ...row, ...patch } : row))),
    remove: (key: number) => setRows(rows.filter((row) => row.key !== key)),
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Edits the whole charter and saves it with one `updateCharter`. */
export function CharterEditor({
  programId,
  charter,
  onSaved,
  onCancel,
}: {
  programId: string;
  charter: ProgramCharterFragment;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const goals = useRows(
    charter.goals.map(({ title, kpi, target }) => ({ title, kpi, target })),
    { title: '', kpi: firstGoalKpi, target: '' },
  );
  const stakeholders = useRows(
    charter.stakeholders.map(({ name, role, email }) => ({ name, role, email: email ?? '' })),
    { name: '', role: '', email: '' },
  );
  const scopeIn = useRows(charter.scopeIn, { category: '', item: '' });
  const scopeOut = useRows(charter.scopeOut, { category: '', item: '' });
  const [assumptions, setAssumptions] = useState(charter.assumptions.join('\n'));
  const [constraints, setConstraints] = useState(charter.constraints.join('\n'));
  const { errors, pending, submit } = useFormSubmission();

  const scope = (rows: { category: string; item: string }[]) =>
    rows
      .filter((row) => row.item.trim() !== '')
      .map((row) => ({ category: row.category.trim() || 'General', item: row.item.trim() }));

  return (
    <form
      aria-label="Edit charter"
      className="space-y-6"
      onSubmit={async (event) => {
        event.preventDefault();
        const payload = await submit(async () => {
          const result = await graphqlRequest(UPDATE, {
            input: {
              programId,
              goals: goals.rows
                .filter((goal) => goal.title.trim() !== '')
                .map((goal) => ({ title: goal.title.trim(), kpi: goal.kpi, target: goal.target.trim() })),
              stakeholders: stakeholders.rows
                .filter((person) => person.name.trim() !== '')
                .map((person) => ({
                  name: person.name.trim(),
                  role: person.role.trim(),
                  email: person.email.trim() || null,
                })),
              scopeIn: scope(scopeIn.rows),
              scopeOut: scope(scopeOut.rows),
              assumptions: lines(assumptions),
              constraints: lines(constraints),
            },
          });
          return result.updateCharter;
        });
        if (payload) onSaved();
      }}
    >
      <Card title="Goals">
        <div className="space-y-2">
          {goals.rows.map((goal, index) => (
            <div key={goal.key} className="grid gap-2 md:grid-cols-[minmax(0,1fr)_19rem_9rem_auto]">
              <TextInput
                aria-label={`Goal ${index + 1}`}
                placeholder="Bill every customer correctly from day one"
                value={goal.title}
                onChange={(event) => goals.update(goal.key, { title: event.target.value })}
              />
              <ChoiceSelect
                aria-label={`Goal ${index + 1} KPI`}
                value={goal.kpi}
                choices={kpis}
                labels={kpiLabels}
                onChange={(kpi) => goals.update(goal.key, { kpi })}
              />
              <TextInput
                aria-label={`Goal ${index + 1} target`}
                inputMode="decimal"
                placeholder="0.995"
                value={goal.target}
                onChange={(event) => goals.update(goal.key, { target: event.target.value })}
              />
              <Button variant="ghost" onClick={() => goals.remove(goal.key)}>
                Remove
              </Button>
            </div>
          ))}
          <p className="text-xs text-slate-500">
            Ratios as a fraction (0.995 is 99.5%); counts and amounts as numbers.
          </p>
          {errors.goals && (
            <p role="alert" className="text-xs text-red-700">
              {errors.goals}
            </p>
          )}
          <Button variant="secondary" onClick={goals.add}>
            Add a goal
          </Button>
        </div>
      </Card>
      <Card title="Stakeholders">
        <div className="space-y-2">
          {stakeholders.rows.map((person, index) => (
            <div
              key={person.key}
              className="grid gap-2 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_minmax(0,1fr)_auto]"
            >
              <TextInput
                aria-label={`Stakeholder ${index + 1} name`}
                placeholder="Name"
                value={person.name}
                onChange={(event) => stakeholders.update(person.key, { name: event.target.value })}
              />
              <TextInput
                aria-label={`Stakeholder ${index + 1} role`}
                placeholder="Role, e.g. Finance director"
                value={person.role}
                onChange={(event) => stakeholders.update(person.key, { role: event.target.value })}
              />
              <TextInput
                aria-label={`Stakeholder ${index + 1} email`}
                type="email"
                placeholder="Email (optional)"
                value={person.email}
                onChange={(event) => stakeholders.update(person.key, { email: event.target.value })}
              />
              <Button variant="ghost" onClick={() => stakeholders.remove(person.key)}>
                Remove
              </Button>
            </div>
          ))}
          {errors.stakeholders && (
            <p role="alert" className="text-xs text-red-700">
              {errors.stakeholders}
            </p>
          )}
          <Button variant="secondary" onClick={stakeholders.add}>
            Add a stakeholder
          </Button>
        </div>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        {(
          [
            ['In scope', scopeIn],
            ['Out of scope', scopeOut],
          ] as const
        ).map(([title, rows]) => (
          <Card key={title} title={title}>
            <div className="space-y-2">
              {rows.rows.map((row, index) => (
                <div key={row.key} className="grid gap-2 sm:grid-cols-[10rem_minmax(0,1fr)_auto]">
                  <TextInput
                    aria-label={`${title} ${index + 1} category`}
                    placeholder="Products"
                    value={row.category}
                    onChange={(event) => rows.update(row.key, { category: event.target.value })}
                  />
                  <TextInput
                    aria-label={`${title} ${index + 1} item`}
                    placeholder="Hosted PBX"
                    value={row.item}
                    onChange={(event) => rows.update(row.key, { item: event.target.value })}
                  />
                  <Button variant="ghost" onClick={() => rows.remove(row.key)}>
                    Remove
                  </Button>
                </div>
              ))}
              <Button variant="secondary" onClick={rows.add}>
                Add an entry
              </Button>
            </div>
          </Card>
        ))}
        <Card title="Assumptions">
          <Field label="One a line" error={errors.assumptions}>
            <TextArea rows={5} value={assumptions} onChange={(event) => setAssumptions(event.target.value)} />
          </Field>
        </Card>
        <Card title="Constraints">
          <Field label="One a line" error={errors.constraints}>
            <TextArea rows={5} value={constraints} onChange={(event) => setConstraints(event.target.value)} />
          </Field>
        </Card>
      </div>
      <FormFooter
        error={errors.form}
        pending={pending}
        submit="Save charter"
        busy="Saving…"
        onCancel={onCancel}
      />
    </form>
  );
}
