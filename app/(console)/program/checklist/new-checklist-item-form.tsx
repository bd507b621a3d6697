'use client';

import { areaLabels } from '@/app/_components/program/labels';
import type { ProgramFormProps } from '@/app/_components/program/program-form-props';
import { usePeople } from '@/app/_components/program/use-people';
import { Field, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import type { ChecklistArea } from '@/app/_gql/graphql';
import { SAVE_CHECKLIST_ITEM } from './checklist-item-row';
import { ItemPlanFields, itemPlanOf } from './item-plan-fields';

/** An item of the project's own in one area, beside the standard ones every migration has. */
export function NewChecklistItemForm({
  programId,
  area,
  onDone,
  onCancel,
}: ProgramFormProps & { area: ChecklistArea }) {
  const people = usePeople();
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: SAVE_CHECKLIST_ITEM,
    toVariables: (values) => ({
      input: { programId, area, title: values.text('title'), ...itemPlanOf(values) },
    }),
    payload: (data) => data.saveChecklistItem,
    onDone,
  });

  return (
    <FormPanel aria-label={`New item in ${areaLabels[area]}`} className="mb-4" onSubmit={onSubmit}>
      <Field label="Item" error={errors.title}>
        <TextInput name="title" required placeholder="Porting requests for the pilot's numbers filed" />
      </Field>
      <ItemPlanFields
        plan={{ ownerId: '', dueOn: '', blocking: false }}
        owners={people}
        errors={errors}
        noOwnerLabel="Nobody yet"
      />
      <FormFooter
        error={errors.form}
        pending={pending}
        submit="Add item"
        busy="Adding…"
        onCancel={onCancel}
      />
    </FormPanel>
  );
}
