'use client';

import { EmptyState } from '@/app/_components/ui/empty-state';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import { formatDay } from '../format';
import { useCan } from '../permissions';
import { today } from '../today';

const IMPORTS = graphql(`
  query StartProgramImports {
    migrationImports(first: 50) { id sourceName status periodStart periodEnd }
  }
`);

const CREATE = graphql(`
  mutation StartProgramCreate($input: CreateProgramInput!) {
    createProgram(input: $input) {
      program { id }
      userErrors { code field message }
    }
  }
`);

/** Shown by every program page while there is no program: what one is, and a form to start it. */
export function NoProgram({ onStarted }: { onStarted: () => void }) {
  const can = useCan();
  return (
    <EmptyState
      title="No migration program yet"
      action={can('createProgram') ? <StartProgramForm onStarted={onStarted} /> : null}
    >
      A program lays out the move off the legacy system: phases and the standard milestones between the start
      and go-live, the go-live checklist, sign-offs and the go/no-go review, with health read from the
      import&apos;s parallel runs.
      {!can('createProgram') && ' Starting one is for project managers and admins.'}
    </EmptyState>
  );
}

function StartProgramForm({ onStarted }: { onStarted: () => void }) {
  const imports = useGraphQLQuery(IMPORTS);
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: CREATE,
    toVariables: (values) => ({
      input: {
        name: values.text('name'),
        importId: values.optionalText('importId'),
        startsOn: values.text('startsOn'),
        goLiveOn: values.text('goLiveOn'),
      },
    }),
    payload: (data) => data.createProgram,
    onDone: onStarted,
  });

  return (
    <form
      aria-label="Start a program"
      className="mx-auto grid max-w-2xl gap-4 text-left sm:grid-cols-2"
      onSubmit={onSubmit}
    >
      <div className="sm:col-span-2">
        <Field label="Name" error={errors.name}>
          <TextInput name="name" defaultValue="Move off the legacy billing system" required />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field
          label="Legacy import"
          error={errors.importId}
          hint="Its parallel runs and validation are the program's evidence; it can be left out for now."
        >
          <Select name="importId" defaultValue="">
            <option value="">None yet</option>
            {imports.data?.migrationImports.map((option) => (
              <option key={option.id} value={option.id}>
                {option.sourceName} · {formatDay(option.periodStart)} → {formatDay(option.periodEnd)} ·{' '}
                {option.status.toLowerCase()}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label="Starts on" error={errors.startsOn}>
        <TextInput name="startsOn" type="date" defaultValue={today()} required />
      </Field>
      <Field label="Go-live on" error={errors.goLiveOn} hint="The planned cutover day.">
        <TextInput name="goLiveOn" type="date" required />
      </Field>
      <div className="space-y-2 sm:col-span-2">
        <FormFooter error={errors.form} pending={pending} submit="Start a program" busy="Starting…" />
      </div>
    </form>
  );
}
