'use client';

import type { FormValues } from '@/app/_components/form-values';
import { PersonSelect } from '@/app/_components/program/person-select';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { Field, TextInput } from '@/app/_components/ui/field';

export interface ItemPlan {
  ownerId: string;
  dueOn: string;
  blocking: boolean;
}

/** The owner, due date and blocking flag as `ItemPlanFields` submitted them, blanks as null. */
export function itemPlanOf(values: FormValues) {
  return {
    ownerId: values.optionalText('ownerId'),
    dueOn: values.optionalText('dueOn'),
    blocking: values.checked('blocking'),
  };
}

/** Who owns a checklist item, when it is due and whether it blocks go-live: shared by the add and edit forms. */
export function ItemPlanFields({
  plan,
  owners,
  errors,
  noOwnerLabel,
}: {
  plan: ItemPlan;
  owners: readonly { id: string; name: string }[];
  errors: Record<string, string | undefined>;
  noOwnerLabel: string;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <Field label="Owner" error={errors.ownerId}>
        <PersonSelect people={owners} noneLabel={noOwnerLabel} name="ownerId" defaultValue={plan.ownerId} />
      </Field>
      <Field label="Due on" error={errors.dueOn}>
        <TextInput name="dueOn" type="date" defaultValue={plan.dueOn} />
      </Field>
      <div className="self-end pb-1.5">
        <Checkbox name="blocking" defaultChecked={plan.blocking}>
          Blocks go-live
        </Checkbox>
      </div>
    </div>
  );
}
