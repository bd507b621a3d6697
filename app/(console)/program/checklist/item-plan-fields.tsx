'use client';

import { Field, Select, TextInput } from '@/app/_components/ui/field';

export interface ItemPlan {
  ownerId: string;
  dueOn: string;
  blocking: boolean;
}

/** Who owns a checklist item, when it is due and whether it blocks go-live: shared by the add and edit forms. */
export function ItemPlanFields({
  plan,
  onChange,
  owners,
  errors,
  noOwnerLabel,
}: {
  plan: ItemPlan;
  onChange: (plan: ItemPlan) => void;
  owners: readonly { id: string; name: string }[];
  errors: Record<string, string | undefined>;
  noOwnerLabel: string;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <Field label="Owner" error={errors.ownerId}>
        <Select value={plan.ownerId} onChange={(event) => onChange({ ...plan, ownerId: event.target.value })}>
          <option value="">{noOwnerLabel}</option>
          {owners.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Due on" error={errors.dueOn}>
        <TextInput
          type="date"
          value={plan.dueOn}
          onChange={(event) => onChange({ ...plan, dueOn: event.target.value })}
        />
      </Field>
      <label className="flex items-center gap-1.5 self-end pb-1.5 text-sm text-slate-700">
        <input
          type="checkbox"
          checked={plan.blocking}
          onChange={(event) => onChange({ ...plan, blocking: event.target.checked })}
        />
        Blocks go-live
      </label>
    </div>
  );
}
