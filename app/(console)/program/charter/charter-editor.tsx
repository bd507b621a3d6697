'use client';

import { kpiLabels, kpis } from '@/app/_components/program/labels';
import type { ProgramFormProps } from '@/app/_components/program/program-form-props';
import { Card } from '@/app/_components/ui/card';
import { ChoiceSelect } from '@/app/_components/ui/choice-select';
import { Field, TextArea, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { RowListEditor, useEditableRows } from '@/app/_components/ui/row-list-editor';
import { useMutationForm } from '@/app/_components/use-mutation-form';
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

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Edits the whole charter and saves it with one `updateCharter`. */
export function CharterEditor({
  programId,
  charter,
  onDone,
  onCancel,
}: ProgramFormProps & { charter: ProgramCharterFragment }) {
  const goals = useEditableRows(
    charter.goals.map(({ title, kpi, target }) => ({ title, kpi, target })),
    { title: '', kpi: firstGoalKpi, target: '' },
  );
  const stakeholders = useEditableRows(
    charter.stakeholders.map(({ name, role, email }) => ({ name, role, email: email ?? '' })),
    { name: '', role: '', email: '' },
  );
  const scopeIn = useEditableRows(charter.scopeIn, { category: '', item: '' });
  const scopeOut = useEditableRows(charter.scopeOut, { category: '', item: '' });

  const scope = (rows: { category: string; item: string }[]) =>
    rows
      .filter((row) => row.item.trim() !== '')
      .map((row) => ({ category: row.category.trim() || 'General', item: row.item.trim() }));

  const { errors, pending, onSubmit } = useMutationForm({
    mutation: UPDATE,
    toVariables: (values) => ({
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
        assumptions: lines(values.text('assumptions')),
        constraints: lines(values.text('constraints')),
      },
    }),
    payload: (data) => data.updateCharter,
    onDone,
  });

  return (
    <form aria-label="Edit charter" className="space-y-6" onSubmit={onSubmit}>
      <Card title="Goals">
        <RowListEditor
          rows={goals}
          columns="md:grid-cols-[minmax(0,1fr)_19rem_9rem_auto]"
          addLabel="Add a goal"
          hint="Ratios as a fraction (0.995 is 99.5%); counts and amounts as numbers."
          error={errors.goals}
          renderRow={(goal, index) => (
            <>
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
            </>
          )}
        />
      </Card>
      <Card title="Stakeholders">
        <RowListEditor
          rows={stakeholders}
          columns="md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_minmax(0,1fr)_auto]"
          addLabel="Add a stakeholder"
          error={errors.stakeholders}
          renderRow={(person, index) => (
            <>
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
            </>
          )}
        />
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        {(
          [
            ['In scope', scopeIn],
            ['Out of scope', scopeOut],
          ] as const
        ).map(([title, rows]) => (
          <Card key={title} title={title}>
            <RowListEditor
              rows={rows}
              columns="sm:grid-cols-[10rem_minmax(0,1fr)_auto]"
              addLabel="Add an entry"
              renderRow={(row, index) => (
                <>
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
                </>
              )}
            />
          </Card>
        ))}
        <Card title="Assumptions">
          <Field label="One a line" error={errors.assumptions}>
            <TextArea name="assumptions" rows={5} defaultValue={charter.assumptions.join('\n')} />
          </Field>
        </Card>
        <Card title="Constraints">
          <Field label="One a line" error={errors.constraints}>
            <TextArea name="constraints" rows={5} defaultValue={charter.constraints.join('\n')} />
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
