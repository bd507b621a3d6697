'use client';

import { useState } from 'react';
import {
  type CheckDraft,
  checkDraftOf,
  checkInputOf,
  EvidenceCheckFields,
} from '@/app/_components/program/evidence-check-fields';
import type { ProgramFormProps } from '@/app/_components/program/program-form-props';
import { usePeople } from '@/app/_components/program/use-people';
import { Field, TextArea } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import type { ChecklistItemRowFragment } from '@/app/_gql/graphql';
import { SAVE_CHECKLIST_ITEM } from './checklist-item-row';
import { ItemPlanFields, itemPlanOf } from './item-plan-fields';

/** Notes, owner, due date, blocking, evidence links and the evidence check of one item. */
export function ChecklistItemEditor({
  programId,
  item,
  onDone,
  onCancel,
}: ProgramFormProps & { item: ChecklistItemRowFragment }) {
  const people = usePeople();
  const [check, setCheck] = useState<CheckDraft>(checkDraftOf(item.check));
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: SAVE_CHECKLIST_ITEM,
    toVariables: (values) => ({
      input: {
        id: item.id,
        programId,
        notes: values.text('notes'),
        ...itemPlanOf(values),
        evidenceLinks: values
          .text('evidenceLinks')
          .split('\n')
          .map((link) => link.trim())
          .filter(Boolean),
        ...checkInputOf(check, item.check !== null),
      },
    }),
    payload: (data) => data.saveChecklistItem,
    onDone,
  });
  const owners =
    item.owner && !people.some((person) => person.id === item.owner?.id) ? [item.owner, ...people] : people;

  return (
    <FormPanel aria-label="Edit item" onSubmit={onSubmit}>
      <ItemPlanFields
        plan={{ ownerId: item.owner?.id ?? '', dueOn: item.dueOn ?? '', blocking: item.blocking }}
        owners={owners}
        errors={errors}
        noOwnerLabel="Nobody"
      />
      <Field label="Notes" error={errors.notes}>
        <TextArea name="notes" rows={3} defaultValue={item.notes} />
      </Field>
      <Field label="Evidence links" error={errors.evidenceLinks} hint="One URL a line.">
        <TextArea name="evidenceLinks" rows={2} defaultValue={item.evidenceLinks.join('\n')} />
      </Field>
      <EvidenceCheckFields draft={check} onChange={setCheck} errors={errors} />
      <FormFooter
        error={errors.form}
        pending={pending}
        submit="Save item"
        busy="Saving…"
        onCancel={onCancel}
      />
    </FormPanel>
  );
}
