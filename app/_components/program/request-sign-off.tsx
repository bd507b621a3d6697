'use client';

import { useState } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { ChoiceSelect } from '@/app/_components/ui/choice-select';
import { Field, TextArea, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useFormSubmission } from '@/app/_components/use-form-submission';
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
  const [title, setTitle] = useState(subjectTitle);
  const [approverRoles, setApproverRoles] = useState<Role[]>([]);
  const [approverUsers, setApproverUsers] = useState<string[]>([]);
  const [rule, setRule] = useState<SignOffRule>('ALL');
  const [quorum, setQuorum] = useState('2');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const { errors, pending, submit } = useFormSubmission();

  const toggle = <T,>(list: T[], value: T) =>
    list.includes(value) ? list.filter((entry) => entry !== value) : [...list, value];

  return (
    <form
      aria-label="Request a sign-off"
      className="space-y-3 rounded-md bg-slate-50 p-4 ring-1 ring-slate-200"
      onSubmit={async (event) => {
        event.preventDefault();
        if (approverRoles.length + approverUsers.length === 0) {
          setMissing(true);
          return;
        }
        setMissing(false);
        const payload = await submit(async () => {
          const result = await graphqlRequest(REQUEST, {
            input: {
              subjectType,
              subjectId,
              title: title.trim() || null,
              approvers: [
                ...approverRoles.map((role) => ({ role })),
                ...approverUsers.map((userId) => ({ userId })),
              ],
              rule,
              quorum: rule === 'QUORUM' ? Number(quorum) : null,
              note: note.trim() || null,
            },
          });
          return result.requestSignOff;
        });
        if (payload) onRequested();
      }}
    >
      <h3 className="text-sm font-semibold text-slate-800">Request a sign-off</h3>
      <Field label="Title" error={errors.title}>
        <TextInput value={title} onChange={(event) => setTitle(event.target.value)} />
      </Field>
      <fieldset>
        <legend className="mb-1 text-xs font-medium text-slate-700">Approver roles</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {roles.map((role) => (
            <label key={role} className="flex items-center gap-1.5 text-sm text-slate-700">
              <input
                type="checkbox"
                checked={approverRoles.includes(role)}
                onChange={() => setApproverRoles(toggle(approverRoles, role))}
              />
              {roleLabels[role]}
            </label>
          ))}
        </div>
      </fieldset>
      {canListUsers && people.length > 0 && (
        <fieldset>
          <legend className="mb-1 text-xs font-medium text-slate-700">Approvers by name</legend>
          <div className="flex max-h-32 flex-wrap gap-x-4 gap-y-1 overflow-y-auto">
            {people.map((person) => (
              <label key={person.id} className="flex items-center gap-1.5 text-sm text-slate-700">
                <input
                  type="checkbox"
                  checked={approverUsers.includes(person.id)}
                  onChange={() => setApproverUsers(toggle(approverUsers, person.id))}
                />
                {person.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_8rem]">
        <Field label="Rule" error={errors.rule}>
          <ChoiceSelect value={rule} choices={rules} labels={ruleLabels} onChange={setRule} />
        </Field>
        {rule === 'QUORUM' && (
          <Field label="Quorum" error={errors.quorum}>
            <TextInput
              type="number"
              min={1}
              value={quorum}
              onChange={(event) => setQuorum(event.target.value)}
            />
          </Field>
        )}
      </div>
      <Field label="Note" error={errors.note}>
        <TextArea
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          placeholder="What to look at"
        />
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
    </form>
  );
}
