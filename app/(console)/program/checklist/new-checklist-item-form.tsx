'use client';

import { useState } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { areaLabels } from '@/app/_components/program/labels';
import type { ChecklistArea } from '@/app/_components/program/types';
import { usePeople } from '@/app/_components/program/use-people';
import { Button } from '@/app/_components/ui/button';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { SAVE_ITEM, type SaveItemResult } from './checklist-item-row';

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
  const [ownerId, setOwnerId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [blocking, setBlocking] = useState(false);
  const { errors, pending, submit } = useFormSubmission();

  return (
    <form
      aria-label={`New item in ${areaLabels[area]}`}
      className="mb-4 space-y-3 rounded-md bg-slate-50 p-4 ring-1 ring-slate-200"
      onSubmit={async (event) => {
        event.preventDefault();
        const payload = await submit(async () => {
          const result = await graphqlRequest<SaveItemResult>(SAVE_ITEM, {
            input: { programId, area, title, ownerId: ownerId || null, dueOn: dueOn || null, blocking },
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
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Owner" error={errors.ownerId}>
          <Select value={ownerId} onChange={(event) => setOwnerId(event.target.value)}>
            <option value="">Nobody yet</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Due on" error={errors.dueOn}>
          <TextInput type="date" value={dueOn} onChange={(event) => setDueOn(event.target.value)} />
        </Field>
        <label className="flex items-center gap-1.5 self-end pb-1.5 text-sm text-slate-700">
          <input type="checkbox" checked={blocking} onChange={(event) => setBlocking(event.target.checked)} />
          Blocks go-live
        </label>
      </div>
      {errors.form && (
        <p role="alert" className="text-sm text-red-700">
          {errors.form}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Adding…' : 'Add item'}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
