'use client';

import { useState } from 'react';
import { causeLabels, varianceCauses } from '@/app/_components/migration/labels';
import type { ReconciledAccount } from '@/app/_components/migration/use-run-accounts';
import { Card } from '@/app/_components/ui/card';
import { isOneOf } from '@/app/_components/ui/choice-select';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import type { VarianceCause, VarianceResolution } from '@/app/_gql/graphql';
import { MIGRATION_REVIEW_VARIANCES } from './review-form';

const confirmed: VarianceResolution = 'CONFIRMED';

/** Open variances per cause, and one action that confirms every open variance of a cause at once. */
export function BulkReview({
  runId,
  accounts,
  onReviewed,
}: {
  runId: string;
  accounts: ReconciledAccount[];
  onReviewed: () => void;
}) {
  const open = new Map<VarianceCause, number>();
  for (const account of accounts) {
    const cause = account.cause ?? account.suggestedCause;
    if (account.status !== 'MATCH' && account.resolution === 'OPEN' && cause)
      open.set(cause, (open.get(cause) ?? 0) + 1);
  }
  const causes = varianceCauses.filter((cause) => open.has(cause));
  const [chosen, setChosen] = useState<VarianceCause | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const cause = chosen && open.has(chosen) ? chosen : (causes[0] ?? null);
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: MIGRATION_REVIEW_VARIANCES,
    toVariables: (values) => ({
      input: { runId, whereCause: cause, resolution: confirmed, comment: values.optionalText('comment') },
    }),
    payload: (data) => data.reviewVariances,
    onDone: (payload, form) => {
      if (cause)
        setDone(
          `${payload.accounts.length.toLocaleString('en-US')} ${causeLabels[cause].toLowerCase()} variances confirmed.`,
        );
      form.reset();
      onReviewed();
    },
  });

  return (
    <Card title="Open variances by cause">
      {causes.length === 0 ? (
        <p className="text-sm text-slate-600" role="status">
          {done ?? 'No open variances: every difference of this run has been reviewed.'}
        </p>
      ) : (
        <>
          <ul className="mb-4 flex flex-wrap gap-2 text-sm" data-testid="open-by-cause">
            {causes.map((entry) => (
              <li
                key={entry}
                className="rounded-full bg-amber-50 px-3 py-1 text-amber-900 ring-1 ring-amber-200"
              >
                {causeLabels[entry]} <strong className="tabular-nums">{open.get(entry)}</strong>
              </li>
            ))}
          </ul>
          <form
            aria-label="Confirm a cause"
            className="flex flex-wrap items-end gap-3"
            onSubmit={(event) => {
              setDone(null);
              void onSubmit(event);
            }}
          >
            <div className="w-56">
              <Field label="Cause to confirm">
                <Select
                  value={cause ?? ''}
                  onChange={(event) =>
                    setChosen(isOneOf(varianceCauses, event.target.value) ? event.target.value : null)
                  }
                >
                  {causes.map((entry) => (
                    <option key={entry} value={entry}>
                      {causeLabels[entry]} ({open.get(entry)} open)
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            <div className="min-w-64 flex-1">
              <Field label="Comment (optional)">
                <TextInput name="comment" />
              </Field>
            </div>
            <div className="space-y-2">
              <FormFooter
                error={errors.form ?? errors.whereCause ?? errors.comment}
                pending={pending}
                submit={
                  cause
                    ? `Confirm all ${open.get(cause)} ${causeLabels[cause].toLowerCase()} variances`
                    : 'Confirm'
                }
                busy="Confirming…"
              />
            </div>
          </form>
          {done && (
            <p role="status" className="mt-2 text-sm text-emerald-700">
              {done}
            </p>
          )}
        </>
      )}
    </Card>
  );
}
