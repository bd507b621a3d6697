'use client';

import { useState } from 'react';
import { outcomeLabels, outcomes } from '@/app/_components/program/labels';
import { PersonSelect } from '@/app/_components/program/person-select';
import { usePeople } from '@/app/_components/program/use-people';
import { ChoiceSelect } from '@/app/_components/ui/choice-select';
import { Field, TextArea, TextInput } from '@/app/_components/ui/field';
import { Fieldset } from '@/app/_components/ui/fieldset';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { RowListEditor, useEditableRows } from '@/app/_components/ui/row-list-editor';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { GoNoGoOutcome } from '@/app/_gql/graphql';

const DECIDE = graphql(`
  mutation GoNoGoDecide($input: DecideGoNoGoInput!) {
    decideGoNoGo(input: $input) {
      review { id }
      userErrors { code field message }
    }
  }
`);

/** Records the outcome; Go with conditions lists the conditions, each becoming a blocking item. */
export function DecideReviewForm({ reviewId, onDecided }: { reviewId: string; onDecided: () => void }) {
  const people = usePeople();
  const [outcome, setOutcome] = useState<GoNoGoOutcome>('GO');
  const conditions = useEditableRows([{ title: '', ownerId: '', dueOn: '' }], {
    title: '',
    ownerId: '',
    dueOn: '',
  });
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: DECIDE,
    toVariables: (values) => {
      const pointOfNoReturn = values.text('pointOfNoReturn');
      return {
        input: {
          reviewId,
          outcome,
          note: values.optionalText('note'),
          conditions:
            outcome === 'GO_WITH_CONDITIONS'
              ? conditions.rows
                  .filter((condition) => condition.title.trim() !== '')
                  .map((condition) => ({
                    title: condition.title.trim(),
                    ownerId: condition.ownerId || null,
                    dueOn: condition.dueOn || null,
                  }))
              : null,
          rollbackOwnerId: values.optionalText('rollbackOwnerId'),
          // datetime-local reads in the browser's time zone; the server takes an instant.
          pointOfNoReturn: pointOfNoReturn ? new Date(pointOfNoReturn).toISOString() : null,
        },
      };
    },
    payload: (data) => data.decideGoNoGo,
    onDone: onDecided,
  });

  return (
    <FormPanel aria-label="Record the decision" onSubmit={onSubmit}>
      <h3 className="text-sm font-semibold text-slate-800">Record the decision</h3>
      <div className="grid gap-3 md:grid-cols-3">
        <Field label="Outcome" error={errors.outcome}>
          <ChoiceSelect value={outcome} choices={outcomes} labels={outcomeLabels} onChange={setOutcome} />
        </Field>
        <Field label="Rollback owner" error={errors.rollbackOwnerId}>
          <PersonSelect people={people} noneLabel="Nobody named" name="rollbackOwnerId" defaultValue="" />
        </Field>
        <Field label="Point of no return" error={errors.pointOfNoReturn}>
          <TextInput name="pointOfNoReturn" type="datetime-local" />
        </Field>
      </div>
      <Field label="Note" error={errors.note}>
        <TextArea name="note" rows={2} />
      </Field>
      {outcome === 'GO_WITH_CONDITIONS' && (
        <Fieldset legend="Conditions" error={errors.conditions}>
          <RowListEditor
            rows={conditions}
            columns="sm:grid-cols-[minmax(0,1fr)_12rem_10rem_auto]"
            addLabel="Add a condition"
            minRows={1}
            renderRow={(condition, index) => (
              <>
                <TextInput
                  aria-label={`Condition ${index + 1}`}
                  placeholder="e.g. Finance confirms the opening balances"
                  value={condition.title}
                  onChange={(event) => conditions.update(condition.key, { title: event.target.value })}
                />
                <PersonSelect
                  people={people}
                  noneLabel="No owner"
                  aria-label={`Condition ${index + 1} owner`}
                  value={condition.ownerId}
                  onChange={(event) => conditions.update(condition.key, { ownerId: event.target.value })}
                />
                <TextInput
                  type="date"
                  aria-label={`Condition ${index + 1} due on`}
                  value={condition.dueOn}
                  onChange={(event) => conditions.update(condition.key, { dueOn: event.target.value })}
                />
              </>
            )}
          />
        </Fieldset>
      )}
      <FormFooter error={errors.form} pending={pending} submit="Record decision" busy="Recording…" />
    </FormPanel>
  );
}
