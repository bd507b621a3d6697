'use client';

import { useState } from 'react';
import { FormValues } from '@/app/_components/form-values';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { ChoiceSelect, isOneOf } from '@/app/_components/ui/choice-select';
import { Field, TextArea, TextInput } from '@/app/_components/ui/field';
import { Fieldset } from '@/app/_components/ui/fieldset';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { Role, SignOffRule, SignOffSubject } from '@/app/_gql/graphql';
import { useCan } from '../permissions';
import { roleLabels, roles, ruleLabels, rules } from './labels';
import { usePeople } from './use-people';

const REQUEST = graphql(`
  mutation ProgramRequestSignOff($input: RequestSignOffInput!) {
    requestSignOff(input: $input) {
      signOff { id status }
      userErrors { code field message }
    }
  }
`);

/**
 * Asks for approval of a milestone or checklist item. Approvers are roles (anyone with the
 * role may decide) and, for admins who can list users, named people.
 */
export function RequestSignOffForm({
  subjectType,
  subjectId,
  subjectTitle,
  onRequested,
  onCancel,
}: {
  subjectType: SignOffSubject;
  subjectId: string;
  subjectTitle: string;
  onRequested: () => void;
  onCancel: () => void;
}) {
  const people = usePeople();
  // Naming people is for those who can list them (admins); everyone else names roles.
  const canListUsers = useCan()('users');
  const [rule, setRule] = useState<SignOffRule>('ALL');
  const [missing, setMissing] = useState(false);
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: REQUEST,
    toVariables: (values) => ({
      input: {
        subjectType,
        subjectId,
        title: values.optionalText('title'),
        approvers: [
          ...approverRoles(values).map((role) => ({ role })),
          ...values.all('approverUser').map((userId) => ({ userId })),
        ],
        rule,
        quorum: rule === 'QUORUM' ? Number(values.text('quorum')) : null,
        note: values.optionalText('note'),
      },
    }),
    payload: (data) => data.requestSignOff,
    onDone: onRequested,
  });

  return (
    <FormPanel
      aria-label="Request a sign-off"
      onSubmit={(event) => {
        // At least one approver, role or person, before anything is sent.
        const values = FormValues.of(event.currentTarget);
        const none = approverRoles(values).length + values.all('approverUser').length === 0;
        setMissing(none);
        if (none) event.preventDefault();
        else void onSubmit(event);
      }}
    >
      <h3 className="text-sm font-semibold text-slate-800">Request a sign-off</h3>
      <Field label="Title" error={errors.title}>
        <TextInput name="title" defaultValue={subjectTitle} />
      </Field>
      <Fieldset legend="Approver roles">
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {roles.map((role) => (
            <Checkbox key={role} name="approverRole" value={role}>
              {roleLabels[role]}
            </Checkbox>
          ))}
        </div>
      </Fieldset>
      {canListUsers && people.length > 0 && (
        <Fieldset legend="Approvers by name">
          <div className="flex max-h-32 flex-wrap gap-x-4 gap-y-1 overflow-y-auto">
            {people.map((person) => (
              <Checkbox key={person.id} name="approverUser" value={person.id}>
                {person.name}
              </Checkbox>
            ))}
          </div>
        </Fieldset>
      )}
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_8rem]">
        <Field label="Rule" error={errors.rule}>
          <ChoiceSelect value={rule} choices={rules} labels={ruleLabels} onChange={setRule} />
        </Field>
        {rule === 'QUORUM' && (
          <Field label="Quorum" error={errors.quorum}>
            <TextInput name="quorum" type="number" min={1} defaultValue="2" />
          </Field>
        )}
      </div>
      <Field label="Note" error={errors.note}>
        <TextArea name="note" rows={2} placeholder="What to look at" />
      </Field>
      <FormFooter
        error={
          missing ? 'Name at least one approver: a role or a person.' : (errors.approvers ?? errors.form)
        }
        pending={pending}
        submit="Request sign-off"
        busy="Requesting…"
        onCancel={onCancel}
      />
    </FormPanel>
  );
}

/** The roles ticked as approvers; the boxes offer only roles. */
function approverRoles(values: FormValues): Role[] {
  return values.all('approverRole').filter((role) => isOneOf(roles, role));
}
