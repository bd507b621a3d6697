'use client';

import type { FormEvent } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import type { PersonOption } from '@/app/_components/program/use-people';
import { isOneOf } from '@/app/_components/ui/choice-select';
import { Field, Select, TextArea, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { graphql } from '@/app/_gql';
import type { RiskRegisterRowFragment } from '@/app/_gql/graphql';
import { riskStatuses } from './risk-types';

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

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const levels = [1, 2, 3, 4, 5];

/** Adds a risk, or edits one when `risk` is given. */
export function RiskForm({
  programId,
  risk,
  people,
  onDone,
  onCancel,
}: {
  programId: string;
  risk: RiskRegisterRowFragment | null;
  people: PersonOption[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { errors, pending, submit } = useFormSubmission();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const fields = {
      title: text(form, 'title'),
      description: text(form, 'description'),
      probability: Number(form.get('probability')),
      impact: Number(form.get('impact')),
      ownerId: text(form, 'ownerId') || null,
      mitigation: text(form, 'mitigation'),
      contingency: text(form, 'contingency'),
      trigger: text(form, 'trigger'),
      reviewOn: text(form, 'reviewOn') || null,
    };
    const status = text(form, 'status');
    const payload = await submit(async () => {
      if (risk) {
        const data = await graphqlRequest(UPDATE, {
          input: { id: risk.id, ...fields, status: isOneOf(riskStatuses, status) ? status : risk.status },
        });
        return data.updateRisk;
      }
      const data = await graphqlRequest(CREATE, {
        input: { programId, ...fields, status: isOneOf(riskStatuses, status) ? status : 'OPEN' },
      });
      return data.createRisk;
    });
    if (payload) onDone();
  }

  return (
    <form
      onSubmit={onSubmit}
      aria-label={risk ? 'Edit the risk' : 'Add a risk'}
      className="space-y-4 rounded-md bg-slate-50 p-4"
    >
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
          <Select name="ownerId" aria-label="Owner" defaultValue={risk?.owner?.id ?? ''}>
            <option value="">Nobody yet</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Status" error={errors.status}>
          <Select name="status" aria-label="Status" defaultValue={risk?.status ?? 'OPEN'}>
            {riskStatuses.map((status) => (
              <option key={status} value={status}>
                {status.toLowerCase()}
              </option>
            ))}
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
    </form>
  );
}
