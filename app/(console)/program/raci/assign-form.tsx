'use client';

import { PersonSelect } from '@/app/_components/program/person-select';
import type { ProgramFormProps } from '@/app/_components/program/program-form-props';
import type { PersonOption } from '@/app/_components/program/use-people';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { ChoiceOptions, isOneOf } from '@/app/_components/ui/choice-select';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { RaciSubjectType } from '@/app/_gql/graphql';
import { type RaciSubject, responsibilities, responsibilityLabels } from './raci-types';

const ASSIGN = graphql(`
  mutation RaciAssign($input: AssignRaciInput!) {
    assignRaci(input: $input) {
      assignment { id }
      userErrors { code field message }
    }
  }
`);

const subjectTypes: readonly RaciSubjectType[] = ['AREA', 'MILESTONE'];

/** Puts a person on a subject's RACI; a second accountable is refused unless "replace" is ticked. */
export function AssignForm({
  programId,
  subjects,
  people,
  onDone,
  onCancel,
}: ProgramFormProps & { subjects: RaciSubject[]; people: PersonOption[] }) {
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: ASSIGN,
    toVariables: (values) => {
      const [subjectType = '', subjectKey = ''] = values.text('subject').split('|');
      const responsibility = values.text('responsibility');
      const level = values.text('escalationLevel');
      return {
        input: {
          programId,
          // The selects offer only these values; their defaults stand in for a tampered one.
          subjectType: isOneOf(subjectTypes, subjectType) ? subjectType : 'AREA',
          subjectKey,
          userId: values.text('userId'),
          responsibility: isOneOf(responsibilities, responsibility) ? responsibility : 'RESPONSIBLE',
          escalationLevel: level ? Number(level) : null,
          phone: values.optionalText('phone'),
          replaceAccountable: values.checked('replaceAccountable'),
        },
      };
    },
    payload: (data) => data.assignRaci,
    onDone,
  });

  return (
    <FormPanel onSubmit={onSubmit} aria-label="Assign a person">
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
          <PersonSelect people={people} name="userId" aria-label="Person" />
        </Field>
        <Field label="Part" error={errors.responsibility}>
          <Select name="responsibility" aria-label="Part" defaultValue="RESPONSIBLE">
            <ChoiceOptions choices={responsibilities} labels={responsibilityLabels} />
          </Select>
        </Field>
        <Field label="Escalation level" error={errors.escalationLevel} hint="1 is called first">
          <TextInput name="escalationLevel" type="number" min={1} max={9} />
        </Field>
        <Field label="Phone" error={errors.phone}>
          <TextInput name="phone" type="tel" placeholder="+1 555 010 2030" />
        </Field>
        <div className="self-center">
          <Checkbox name="replaceAccountable">Replace the accountable person</Checkbox>
        </div>
      </div>
      <FormFooter error={errors.form} pending={pending} submit="Assign" busy="Saving…" onCancel={onCancel} />
    </FormPanel>
  );
}
