'use client';

import { useState } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { outcomeLabels, outcomes } from '@/app/_components/program/labels';
import { usePeople } from '@/app/_components/program/use-people';
import { Button } from '@/app/_components/ui/button';
import { ChoiceSelect } from '@/app/_components/ui/choice-select';
import { Field, Select, TextArea, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useFormSubmission } from '@/app/_components/use-form-submission';
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

interface ConditionDraft {
  key: number;
  title: string;
  ownerId: string;
  dueOn: string;
}

/** Records the outcome; Go with conditions lists the conditions, each becoming a blocking item. */
export function DecideReviewForm({ reviewId, onDecided }: { reviewId: string; onDecided: () => void }) {
  const people = usePeople();
  const [outcome, setOutcome] = useState<GoNoGoOutcome>('GO');
  const [note, setNote] = useState('');
  const [conditions, setConditions] = useState<ConditionDraft[]>([
    { key: 0, title: '', ownerId: '', dueOn: '' },
  ]);
  const [rollbackOwnerId, setRollbackOwnerId] = useState('');
  const [pointOfNoReturn, setPointOfNoReturn] = useState('');
  const { errors, pending, submit } = useFormSubmission();
  const update = (key: number, patch: Partial<ConditionDraft>) =>
    setConditions(
      conditions.map((condition) => (condition.key === key ? { ...condition, ...patch } : condition)),
    );

  return (
    <form
      aria-label="Record the decision"
      className="space-y-3 rounded-md bg-slate-50 p-4 ring-1 ring-slate-200"
      onSubmit={async (event) => {
        event.preventDefault();
        const payload = await submit(async () => {
          const result = await graphqlRequest(DECIDE, {
            input: {
              reviewId,
              outcome,
              note: note.trim() || null,
              conditions:
                outcome === 'GO_WITH_CONDITIONS'
                  ? conditions
                      .filter((condition) => condition.title.trim() !== '')
                      .map((condition) => ({
                        title: condition.title.trim(),
                        ownerId: condition.ownerId || null,
                        dueOn: condition.dueOn || null,
                      }))
                  : null,
              rollbackOwnerId: rollbackOwnerId || null,
              pointOfNoReturn: pointOfNoReturn ? new Date(pointOfNoReturn).toISOString() : null,
            },
          });
          return result.decideGoNoGo;
        });
        if (payload) onDecided();
      }}
    >
      <h3 className="text-sm font-semibold text-slate-800">Record the decision</h3>
      <div className="grid gap-3 md:grid-cols-3">
        <Field label="Outcome" error={errors.outcome}>
          <ChoiceSelect value={outcome} choices={outcomes} labels={outcomeLabels} onChange={setOutcome} />
        </Field>
        <Field label="Rollback owner" error={errors.rollbackOwnerId}>
          <Select value={rollbackOwnerId} onChange={(event) => setRollbackOwnerId(event.target.value)}>
            <option value="">Nobody named</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Point of no return" error={errors.pointOfNoReturn}>
          <TextInput
            type="datetime-local"
            value={pointOfNoReturn}
            onChange={(event) => setPointOfNoReturn(event.target.value)}
          />
        </Field>
      </div>
      <Field label="Note" error={errors.note}>
        <TextArea rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
      </Field>
      {outcome === 'GO_WITH_CONDITIONS' && (
        <fieldset className="space-y-2">
          <legend className="mb-1 text-xs font-medium text-slate-700">Conditions</legend>
          {conditions.map((condition, index) => (
            <div key={condition.key} className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_12rem_10rem_auto]">
              <TextInput
                aria-label={`Condition ${index + 1}`}
                placeholder="e.g. Finance confirms the opening balances"
                value={condition.title}
                onChange={(event) => update(condition.key, { title: event.target.value })}
              />
              <Select
                aria-label={`Condition ${index + 1} owner`}
                value={condition.ownerId}
                onChange={(event) => update(condition.key, { ownerId: event.target.value })}
              >
                <option value="">No owner</option>
                {people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </Select>
              <TextInput
                type="date"
                aria-label={`Condition ${index + 1} due on`}
                value={condition.dueOn}
                onChange={(event) => update(condition.key, { dueOn: event.target.value })}
              />
              <Button
                variant="ghost"
                disabled={conditions.length === 1}
                onClick={() => setConditions(conditions.filter((entry) => entry.key !== condition.key))}
              >
                Remove
              </Button>
            </div>
          ))}
          <Button
            variant="secondary"
            onClick={() =>
              setConditions([
                ...conditions,
                {
                  key: Math.max(...conditions.map((entry) => entry.key)) + 1,
                  title: '',
                  ownerId: '',
                  dueOn: '',
                },
              ])
            }
          >
            Add a condition
          </Button>
          {errors.conditions && (
            <p role="alert" className="text-xs text-red-700">
              {errors.conditions}
            </p>
          )}
        </fieldset>
      )}
      <FormFooter error={errors.form} pending={pending} submit="Record decision" busy="Recording…" />
    </form>
  );
}
