'use client';

import type { FormEvent } from 'react';
import { graphqlRequest, type UserErrorData } from '@/app/_components/graphql-client';
import type { PersonOption } from '@/app/_components/program/use-people';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { type RiskData, riskStatuses } from './risk-types';

type Payload = { risk: { id: string } | null; userErrors: UserErrorData[] };
const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const levels = [1, 2, 3, 4, 5];
const textArea =
  'block w-full rounded-md border-0 bg-white px-2.5 py-1.5 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-500 focus:outline-none';

/** Adds a risk, or edits one when `risk` is given. */
export function RiskForm({
  programId,
  risk,
  people,
  onDone,
  onCancel,
}: {
  programId: string;
  risk: RiskData | null;
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
      status: text(form, 'status'),
    };
    const name = risk ? 'updateRisk' : 'createRisk';
    const payload = await submit(async () => {
      const data = await graphqlRequest<Record<string, Payload>>(
        `mutation($input: ${risk ? 'UpdateRiskInput' : 'CreateRiskInput'}!) { ${name}(input: $input) { risk { id } userErrors { code field message } } }`,
        { input: risk ? { id: risk.id, ...fields } : { programId, ...fields } },
      );
      return data[name] as Payload;
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
            <textarea name={name} defaultValue={value} rows={2} className={textArea} />
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
