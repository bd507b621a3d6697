'use client';

import { useState } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { areaLabels } from '@/app/_components/program/labels';
import { usePeople } from '@/app/_components/program/use-people';
import { Field, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import type { ChecklistArea } from '@/app/_gql/graphql';
import { SAVE_CHECKLIST_ITEM } from './checklist-item-row';
import { type ItemPlan, ItemPlanFields } from './item-plan-fields';

/** An item of the project's own in one area, beside the standard ones every migration has. */
export function NewChecklistItemForm({
  programId,
  area,
  onSaved,
  onCancel,
}: {
  programId: string;
  area: ChecklistArea;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const people = usePeople();
  const [title, setTitle] = useState('');
  const [plan, setPlan] = useState<ItemPlan>({ ownerId: '', dueOn: '', blocking: false });
  const { errors, pending, submit } = useFormSubmission();

  return (
    <form
      aria-label={`New item in ${areaLabels[area]}`}
      className="mb-4 space-y-3 rounded-md bg-slate-50 p-4 ring-1 ring-slate-200"
      onSubmit={async (event) => {
        event.preventDefault();
        const payload = await submit(async () => {
          const result = await graphqlRequest(SAVE_CHECKLIST_ITEM, {
            input: {
              programId,
              area,
              title,
              ownerId: plan.ownerId || null,
              dueOn: plan.dueOn || null,
              blocking: plan.blocking,
            },
          });
          return result.saveChecklistItem;
        });
        if (payload) onSaved();
      }}
    >
      <Field label="Item" error={errors.title}>
        <TextInput
          value={title}
          required
          placeholder="Porting requests for the pilot's numbers filed"
          onChange={(event) => setTitle(event.target.value)}
        />
      </Field>
      <ItemPlanFields
        plan={plan}
        onChange={setPlan}
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
    </form>
  );
}
