'use client';

import type { FormEvent } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import type { PersonOption } from '@/app/_components/program/use-people';
import { isOneOf } from '@/app/_components/ui/choice-select';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { graphql } from '@/app/_gql';
import type { RaciSubjectType } from '@/app/_gql/graphql';
import { type RaciSubject, responsibilities } from './raci-types';

const ASSIGN = graphql(`
  mutation RaciAssign($input: AssignRaciInput!) {
    assignRaci(input: $input) {
      assignment { id }
      userErrors { code field message }
    }
  }
`);

const subjectTypes: readonly RaciSubjectType[] = ['AREA', 'MILESTONE'];
const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** Puts a person on a subject's RACI; a second accountable is refused unless "replace" is ticked. */
export function AssignForm({
  programId,
  subjects,
  people,
  onDone,
  onCancel,
}: {
  programId: string;
  subjects: RaciSubject[];
  people: PersonOption[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { errors, pending, submit } = useFormSubmission();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const [subjectType = '', subjectKey = ''] = text(form, 'subject').split('|');
    const responsibility = text(form, 'responsibility');
    const level = text(form, 'escalationLevel');
    // The selects offer only these values; anything else is a tampered form, not worth a request.
    if (!isOneOf(subjectTypes, subjectType) || !isOneOf(responsibilities, responsibility)) return;
    const payload = await submit(async () => {
      const data = await graphqlRequest(ASSIGN, {
        input: {
          programId,
          subjectType,
          subjectKey,
          userId: text(form, 'userId'),
          responsibility,
          escalationLevel: level ? Number(level) : null,
          phone: text(form, 'phone') || null,
          replaceAccountable: form.get('replaceAccountable') === 'on',
        },
      });
      return data.assignRaci;
    });
    if (payload) onDone();
  }

  return (
    <form onSubmit={onSubmit} aria-label="Assign a person" className="space-y-4 rounded-md bg-slate-50 p-4">
      <div className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
        <Field label="Area or milestone" error={errors.subjectKey}>
          <Select name="subject" aria-label="Area or milestone">
            {subjects.map((subject) => (
              <option
                key={`${subject.subjectType}|${subject.subjectKey}`}
                value={`${subject.subjectType}|${subject.subjectKey}`}
              >
                {subject.subjectType === 'MILESTONE' ? `Milestone: ${subject.label}` : subject.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Person" error={errors.userId}>
          <Select name="userId" aria-label="Person">
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Part" error={errors.responsibility}>
          <Select name="responsibility" aria-label="Part" defaultValue="RESPONSIBLE">
            {responsibilities.map((value) => (
              <option key={value} value={value}>
                {value.toLowerCase()}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Escalation level" error={errors.escalationLevel} hint="1 is called first">
          <TextInput name="escalationLevel" type="number" min={1} max={9} />
        </Field>
        <Field label="Phone" error={errors.phone}>
          <TextInput name="phone" type="tel" placeholder="+1 555 010 2030" />
        </Field>
        <label className="flex items-center gap-2 self-center text-sm text-slate-700">
          <input type="checkbox" name="replaceAccountable" />
          Replace the accountable person
        </label>
      </div>
      <FormFooter error={errors.form} pending={pending} submit="Assign" busy="Saving…" onCancel={onCancel} />
    </form>
  );
}
