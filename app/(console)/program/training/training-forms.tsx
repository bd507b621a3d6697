'use client';

import type { ProgramFormProps } from '@/app/_components/program/program-form-props';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { Field, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { useMutationForm } from '@/app/_components/use-mutation-form';
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

export function AddModuleForm({ programId, onDone, onCancel }: ProgramFormProps) {
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: CREATE_MODULE,
    toVariables: (values) => ({
      input: {
        programId,
        title: values.text('title'),
        audience: values.text('audience'),
        required: values.checked('required'),
      },
    }),
    payload: (data) => data.createTrainingModule,
    onDone,
  });
  return (
    <FormPanel onSubmit={onSubmit} aria-label="Add a module">
      <div className="grid items-end gap-4 sm:grid-cols-4">
        <Field label="Module" error={errors.title}>
          <TextInput name="title" required placeholder="Rating and rate decks" />
        </Field>
        <Field label="Audience" error={errors.audience}>
          <TextInput name="audience" placeholder="Billing team" />
        </Field>
        <div className="pb-1.5">
          <Checkbox name="required" defaultChecked>
            Required
          </Checkbox>
        </div>
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
    </FormPanel>
  );
}

export function AddTraineeForm({ programId, onDone, onCancel }: ProgramFormProps) {
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: ADD_TRAINEE,
    toVariables: (values) => ({
      input: {
        programId,
        name: values.text('name'),
        email: values.optionalText('email'),
        team: values.text('team'),
      },
    }),
    payload: (data) => data.addTrainee,
    onDone,
  });
  return (
    <FormPanel onSubmit={onSubmit} aria-label="Add a trainee">
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
    </FormPanel>
  );
}
