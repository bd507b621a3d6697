'use client';

import type { FormEvent } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { Field, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { graphql } from '@/app/_gql';

const CREATE_MODULE = graphql(`
  mutation TrainingCreateModule($input: CreateTrainingModuleInput!) {
    createTrainingModule(input: $input) {
      module { id }
      userErrors { code field message }
    }
  }
`);

const ADD_TRAINEE = graphql(`
  mutation TrainingAddTrainee($input: AddTraineeInput!) {
    addTrainee(input: $input) {
      trainee { id }
      userErrors { code field message }
    }
  }
`);

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

export function AddModuleForm({
  programId,
  onDone,
  onCancel,
}: {
  programId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { errors, pending, submit } = useFormSubmission();
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const payload = await submit(async () => {
      const data = await graphqlRequest(CREATE_MODULE, {
        input: {
          programId,
          title: text(form, 'title'),
          audience: text(form, 'audience'),
          required: form.get('required') === 'on',
        },
      });
      return data.createTrainingModule;
    });
    if (payload) onDone();
  }
  return (
    <form onSubmit={onSubmit} aria-label="Add a module" className="rounded-md bg-slate-50 p-4">
      <div className="grid items-end gap-4 sm:grid-cols-4">
        <Field label="Module" error={errors.title}>
          <TextInput name="title" required placeholder="Rating and rate decks" />
        </Field>
        <Field label="Audience" error={errors.audience}>
          <TextInput name="audience" placeholder="Billing team" />
        </Field>
        <label className="flex items-center gap-2 pb-1.5 text-sm text-slate-700">
          <input type="checkbox" name="required" defaultChecked />
          Required
        </label>
        <div className="space-y-2">
          <FormFooter
            error={errors.form}
            pending={pending}
            submit="Add module"
            busy="Saving…"
            onCancel={onCancel}
          />
        </div>
      </div>
    </form>
  );
}

export function AddTraineeForm({
  programId,
  onDone,
  onCancel,
}: {
  programId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { errors, pending, submit } = useFormSubmission();
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const payload = await submit(async () => {
      const data = await graphqlRequest(ADD_TRAINEE, {
        input: {
          programId,
          name: text(form, 'name'),
          email: text(form, 'email') || null,
          team: text(form, 'team'),
        },
      });
      return data.addTrainee;
    });
    if (payload) onDone();
  }
  return (
    <form onSubmit={onSubmit} aria-label="Add a trainee" className="rounded-md bg-slate-50 p-4">
      <div className="grid items-end gap-4 sm:grid-cols-4">
        <Field label="Name" error={errors.name}>
          <TextInput name="name" required />
        </Field>
        <Field label="Email" error={errors.email}>
          <TextInput name="email" type="email" />
        </Field>
        <Field label="Team" error={errors.team}>
          <TextInput name="team" placeholder="Support" />
        </Field>
        <div className="space-y-2">
          <FormFooter
            error={errors.form}
            pending={pending}
            submit="Add trainee"
            busy="Saving…"
            onCancel={onCancel}
          />
        </div>
      </div>
    </form>
  );
}
