'use client';

import type { FormValues } from '@/app/_components/form-values';
import { PersonSelect } from '@/app/_components/program/person-select';
import type { ProgramFormProps } from '@/app/_components/program/program-form-props';
import type { PersonOption } from '@/app/_components/program/use-people';
import { ChoiceOptions, isOneOf } from '@/app/_components/ui/choice-select';
import { Field, Select, TextArea, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { RiskRegisterRowFragment, RiskStatus } from '@/app/_gql/graphql';
import { riskStatuses, riskStatusLabels } from './risk-types';

/** A risk as the register lists it and this form edits it. */
export const RISK_REGISTER_ROW = graphql(`
  fragment RiskRegisterRow on Risk {
    id title description probability impact score owner { id name email }
    mitigation contingency trigger reviewOn reviewOverdue status
  }
`);

const CREATE = graphql(`
  mutation RiskFormCreate($input: CreateRiskInput!) {
    createRisk(input: $input) {
      risk { id }
      userErrors { code field message }
    }
  }
`);

const UPDATE = graphql(`
  mutation RiskFormUpdate($input: UpdateRiskInput!) {
    updateRisk(input: $input) {
      risk { id }
      userErrors { code field message }
    }
  }
`);

const levels = [1, 2, 3, 4, 5];

/** What the add and edit forms both send: the risk's fields as the form holds them. */
function riskFields(values: FormValues) {
  return {
    title: values.text('title'),
    description: values.text('description'),
    probability: Number(values.text('probability')),
    impact: Number(values.text('impact')),
    ownerId: values.optionalText('ownerId'),
    mitigation: values.text('mitigation'),
    contingency: values.text('contingency'),
    trigger: values.text('trigger'),
    reviewOn: values.optionalText('reviewOn'),
  };
}

/** The status the form picked; the select offers only statuses, so `fallback` stands in for a tampered value. */
function riskStatus(values: FormValues, fallback: RiskStatus): RiskStatus {
  const status = values.text('status');
  return isOneOf(riskStatuses, status) ? status : fallback;
}

/** Adds a risk, or edits one when `risk` is given. */
export function RiskForm({
  programId,
  risk,
  people,
  onDone,
  onCancel,
}: ProgramFormProps & { risk: RiskRegisterRowFragment | null; people: PersonOption[] }) {
  return risk ? (
    <EditRiskForm risk={risk} people={people} onDone={onDone} onCancel={onCancel} />
  ) : (
    <AddRiskForm programId={programId} people={people} onDone={onDone} onCancel={onCancel} />
  );
}

function AddRiskForm({ programId, people, onDone, onCancel }: ProgramFormProps & { people: PersonOption[] }) {
  const form = useMutationForm({
    mutation: CREATE,
    toVariables: (values) => ({
      input: { programId, ...riskFields(values), status: riskStatus(values, 'OPEN') },
    }),
    payload: (data) => data.createRisk,
    onDone,
  });
  return <RiskFields form={form} risk={null} people={people} onCancel={onCancel} />;
}

function EditRiskForm({
  risk,
  people,
  onDone,
  onCancel,
}: Omit<ProgramFormProps, 'programId'> & { risk: RiskRegisterRowFragment; people: PersonOption[] }) {
  const form = useMutationForm({
    mutation: UPDATE,
    toVariables: (values) => ({
      input: { id: risk.id, ...riskFields(values), status: riskStatus(values, risk.status) },
    }),
    payload: (data) => data.updateRisk,
    onDone,
  });
  return <RiskFields form={form} risk={risk} people={people} onCancel={onCancel} />;
}

function RiskFields({
  form: { errors, pending, onSubmit },
  risk,
  people,
  onCancel,
}: {
  form: ReturnType<typeof useMutationForm>;
  risk: RiskRegisterRowFragment | null;
  people: PersonOption[];
  onCancel: () => void;
}) {
  return (
    <FormPanel onSubmit={onSubmit} aria-label={risk ? 'Edit the risk' : 'Add a risk'}>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <Field label="Title" error={errors.title}>
            <TextInput
              name="title"
              defaultValue={risk?.title}
              required
              placeholder="Legacy vendor ends support early"
            />
          </Field>
        </div>
        <Field label="Probability (1 rare – 5 almost certain)" error={errors.probability}>
          <Select name="probability" aria-label="Probability" defaultValue={risk?.probability ?? 3}>
            {levels.map((level) => (
              <option key={level}>{level}</option>
            ))}
          </Select>
        </Field>
        <Field label="Impact (1 negligible – 5 severe)" error={errors.impact}>
          <Select name="impact" aria-label="Impact" defaultValue={risk?.impact ?? 3}>
            {levels.map((level) => (
              <option key={level}>{level}</option>
            ))}
          </Select>
        </Field>
        <Field label="Owner" error={errors.ownerId}>
          <PersonSelect
            people={people}
            noneLabel="Nobody yet"
            name="ownerId"
            aria-label="Owner"
            defaultValue={risk?.owner?.id ?? ''}
          />
        </Field>
        <Field label="Status" error={errors.status}>
          <Select name="status" aria-label="Status" defaultValue={risk?.status ?? 'OPEN'}>
            <ChoiceOptions choices={riskStatuses} labels={riskStatusLabels} />
          </Select>
        </Field>
        <Field label="Review on" error={errors.reviewOn}>
          <TextInput name="reviewOn" type="date" defaultValue={risk?.reviewOn ?? ''} />
        </Field>
        <Field label="Trigger" error={errors.trigger}>
          <TextInput name="trigger" defaultValue={risk?.trigger} placeholder="The sign it is happening" />
        </Field>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        {(
          [
            ['description', 'Description', risk?.description],
            ['mitigation', 'Mitigation', risk?.mitigation],
            ['contingency', 'Contingency', risk?.contingency],
          ] as const
        ).map(([name, label, value]) => (
          <Field key={name} label={label} error={errors[name]}>
            <TextArea name={name} defaultValue={value} rows={2} />
          </Field>
        ))}
      </div>
      <FormFooter
        error={errors.form}
        pending={pending}
        submit={risk ? 'Save risk' : 'Add risk'}
        busy="Saving…"
        onCancel={onCancel}
      />
    </FormPanel>
  );
}
