'use client';

import { useState } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { causeLabels, oneOf, varianceCauses } from '@/app/_components/migration/labels';
import type { ReconciledAccount } from '@/app/_components/migration/use-run-accounts';
import { Card } from '@/app/_components/ui/card';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import type { VarianceCause } from '@/app/_gql/graphql';
import { MIGRATION_REVIEW_VARIANCES } from './review-form';

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
  const [comment, setComment] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { errors, pending, submit } = useFormSubmission();
  const cause = chosen && open.has(chosen) ? chosen : (causes[0] ?? null);

  async function confirmAll() {
    if (!cause) return;
    setDone(null);
    const payload = await submit(async () => {
      const result = await graphqlRequest(MIGRATION_REVIEW_VARIANCES, {
        input: { runId, whereCause: cause, resolution: 'CONFIRMED', comment: comment.trim() || null },
      });
      return result.reviewVariances;
    });
    if (payload) {
      setDone(
        `${payload.accounts.length.toLocaleString('en-US')} ${causeLabels[cause].toLowerCase()} variances confirmed.`,
      );
      setComment('');
      onReviewed();
    }
  }

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
            className="flex flex-wrap items-end gap-3"
            onSubmit={(event) => {
              event.preventDefault();
              void confirmAll();
            }}
          >
            <div className="w-56">
              <Field label="Cause to confirm">
                <Select
                  value={cause ?? ''}
                  onChange={(event) => setChosen(oneOf(varianceCauses, event.target.value))}
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
                <TextInput value={comment} onChange={(event) => setComment(event.target.value)} />
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
