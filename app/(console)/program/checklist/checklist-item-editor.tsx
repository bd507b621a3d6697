'use client';

import { useState } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import {
  type CheckDraft,
  checkDraftOf,
  checkInputOf,
  EvidenceCheckFields,
} from '@/app/_components/program/evidence-check-fields';
import { usePeople } from '@/app/_components/program/use-people';
import { Field, TextArea } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import type { ChecklistItemRowFragment } from '@/app/_gql/graphql';
import { SAVE_CHECKLIST_ITEM } from './checklist-item-row';
import { type ItemPlan, ItemPlanFields } from './item-plan-fields';

/** Notes, owner, due date, blocking, evidence links and the live check of one item. */
export function ChecklistItemEditor({
  programId,
  item,
  onSaved,
  onCancel,
}: {
  programId: string;
  item: ChecklistItemRowFragment;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const people = usePeople();
  const [notes, setNotes] = useState(item.notes);
  const [plan, setPlan] = useState<ItemPlan>({
    ownerId: item.owner?.id ?? '',
    dueOn: item.dueOn ?? '',
    blocking: item.blocking,
  });
  const [links, setLinks] = useState(item.evidenceLinks.join('\n'));
  const [check, setCheck] = useState<CheckDraft>(checkDraftOf(item.check));
  const { errors, pending, submit } = useFormSubmission();
  const owners =
    item.owner && !people.some((person) => person.id === item.owner?.id) ? [item.owner, ...people] : people;

  return (
    <form
      aria-label="Edit item"
      className="space-y-3 rounded-md bg-slate-50 p-4 ring-1 ring-slate-200"
      onSubmit={async (event) => {
        event.preventDefault();
        const payload = await submit(async () => {
          const result = await graphqlRequest(SAVE_CHECKLIST_ITEM, {
            input: {
              id: item.id,
              programId,
              notes,
              ownerId: plan.ownerId || null,
              dueOn: plan.dueOn || null,
              blocking: plan.blocking,
              evidenceLinks: links
                .split('\n')
                .map((link) => link.trim())
                .filter(Boolean),
              ...checkInputOf(check, item.check !== null),
            },
          });
          return result.saveChecklistItem;
        });
        if (payload) onSaved();
      }}
    >
      <ItemPlanFields plan={plan} onChange={setPlan} owners={owners} errors={errors} noOwnerLabel="Nobody" />
      <Field label="Notes" error={errors.notes}>
        <TextArea rows={3} value={notes} onChange={(event) => setNotes(event.target.value)} />
      </Field>
      <Field label="Evidence links" error={errors.evidenceLinks} hint="One URL a line.">
        <TextArea rows={2} value={links} onChange={(event) => setLinks(event.target.value)} />
      </Field>
      <EvidenceCheckFields draft={check} onChange={setCheck} errors={errors} />
      <FormFooter
        error={errors.form}
        pending={pending}
        submit="Save item"
        busy="Saving…"
        onCancel={onCancel}
      />
    </form>
  );
}
