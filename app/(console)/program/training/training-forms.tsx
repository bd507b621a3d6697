'use client';

import type { FormEvent } from 'react';
import { graphqlRequest, type UserErrorData } from '@/app/_components/graphql-client';
import { Button } from '@/app/_components/ui/button';
import { Field, TextInput } from '@/app/_components/ui/field';
import { useFormSubmission } from '@/app/_components/use-form-submission';

type Payload = { userErrors: UserErrorData[] };
const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

function Actions({ pending, label, onCancel }: { pending: boolean; label: string; onCancel: () => void }) {
  return (
    <div className="flex items-end gap-2">
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : label}
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}

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
      const data = await graphqlRequest<{ createTrainingModule: Payload }>(
        'mutation($input: CreateTrainingModuleInput!) { createTrainingModule(input: $input) { module { id } userErrors { code field message } } }',
        {
          input: {
            programId,
            title: text(form, 'title'),
            audience: text(form, 'audience'),
            required: form.get('required') === 'on',
          },
        },
      );
      return data.createTrainingModule;
    });
    if (payload) onDone();
  }
  return (
    <form onSubmit={onSubmit} aria-label="Add a module" className="rounded-md bg-slate-50 p-4">
      <div className="grid items-end gap-4 sm:grid-cols-4">
        <Field label="Module" error={errors.title ?? errors.form}>
          <TextInput name="title" required placeholder="Rating and rate decks" />
        </Field>
        <Field label="Audience" error={errors.audience}>
          <TextInput name="audience" placeholder="Billing team" />
        </Field>
        <label className="flex items-center gap-2 pb-1.5 text-sm text-slate-700">
          <input type="checkbox" name="required" defaultChecked />
          Required
        </label>
        <Actions pending={pending} label="Add module" onCancel={onCancel} />
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
      const data = await graphqlRequest<{ addTrainee: Payload }>(
        'mutation($input: AddTraineeInput!) { addTrainee(input: $input) { trainee { id } userErrors { code field message } } }',
        {
          input: {
            programId,
            name: text(form, 'name'),
            email: text(form, 'email') || null,
            team: text(form, 'team'),
          },
        },
      );
      return data.addTrainee;
    });
    if (payload) onDone();
  }
  return (
    <form onSubmit={onSubmit} aria-label="Add a trainee" className="rounded-md bg-slate-50 p-4">
      <div className="grid items-end gap-4 sm:grid-cols-4">
        <Field label="Name" error={errors.name ?? errors.form}>
          <TextInput name="name" required />
        </Field>
        <Field label="Email" error={errors.email}>
          <TextInput name="email" type="email" />
        </Field>
        <Field label="Team" error={errors.team}>
          <TextInput name="team" placeholder="Support" />
        </Field>
        <Actions pending={pending} label="Add trainee" onCancel={onCancel} />
      </div>
    </form>
  );
}
