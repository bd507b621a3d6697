'use client';

import { useState } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { causeLabels, varianceCauses } from '@/app/_components/migration/labels';
import type { ReconciledAccount } from '@/app/_components/migration/use-run-accounts';
import { Button } from '@/app/_components/ui/button';
import { isOneOf } from '@/app/_components/ui/choice-select';
import { Field, Select, TextArea } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { graphql } from '@/app/_gql';
import type { VarianceCause, VarianceResolution } from '@/app/_gql/graphql';

/** Reviews one account (legacyAccountIds) or every open variance of a cause (whereCause). */
export const MIGRATION_REVIEW_VARIANCES = graphql(`
  mutation MigrationReviewVariances($input: ReviewVariancesInput!) {
    reviewVariances(input: $input) {
      accounts { legacyAccountId resolution cause }
      userErrors { code field message }
    }
  }
`);

/**
 * The cause workflow of one account: confirm the cause (or correct it), accept the difference,
 * or mark it as a defect to fix before cutover; accepting and defects need a comment.
 */
export function ReviewForm({
  runId,
  account,
  onReviewed,
}: {
  runId: string;
  account: ReconciledAccount;
  onReviewed: () => void;
}) {
  const [cause, setCause] = useState<VarianceCause>(account.cause ?? account.suggestedCause ?? 'OTHER');
  const [comment, setComment] = useState(account.comment ?? '');
  const [missingComment, setMissingComment] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { errors, pending, submit } = useFormSubmission();

  async function review(resolution: VarianceResolution) {
    setDone(null);
    if ((resolution === 'ACCEPTED' || resolution === 'DEFECT') && comment.trim() === '') {
      setMissingComment(true);
      return;
    }
    setMissingComment(false);
    const payload = await submit(async () => {
      const result = await graphqlRequest(MIGRATION_REVIEW_VARIANCES, {
        input: {
          runId,
          legacyAccountIds: [account.legacyAccountId],
          resolution,
          cause,
          comment: comment.trim() === '' ? null : comment.trim(),
        },
      });
      return result.reviewVariances;
    });
    if (payload) {
      setDone(
        resolution === 'CONFIRMED'
          ? `Cause confirmed: ${causeLabels[cause]}.`
          : resolution === 'ACCEPTED'
            ? 'Difference accepted.'
            : resolution === 'DEFECT'
              ? 'Marked as a defect to fix before cutover.'
              : 'Reopened.',
      );
      onReviewed();
    }
  }

  const error = missingComment
    ? 'Say why in a comment to accept or mark a defect.'
    : (errors.comment ?? errors.form ?? errors.cause ?? errors.resolution);
  return (
    <FormPanel
      aria-label="Review"
      onSubmit={(event) => {
        event.preventDefault();
        void review('CONFIRMED');
      }}
    >
      <h3 className="text-sm font-semibold text-slate-800">Review</h3>
      <div className="grid gap-3 md:grid-cols-[12rem_minmax(0,1fr)]">
        <Field label="Cause">
          <Select
            value={cause}
            onChange={(event) => {
              if (isOneOf(varianceCauses, event.target.value)) setCause(event.target.value);
            }}
          >
            {varianceCauses.map((value) => (
              <option key={value} value={value}>
                {causeLabels[value]}
                {value === account.suggestedCause ? ' (suggested)' : ''}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Comment">
          <TextArea
            rows={2}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            placeholder="Why, for the next reviewer (required to accept or mark a defect)"
          />
        </Field>
      </div>
      {done && (
        <p role="status" className="text-sm text-emerald-700">
          {done}
        </p>
      )}
      <div className="space-y-2">
        <FormFooter error={error} pending={pending} submit="Confirm cause" busy="Saving the review…">
          <Button variant="secondary" disabled={pending} onClick={() => void review('ACCEPTED')}>
            Accept difference
          </Button>
          <Button variant="danger" disabled={pending} onClick={() => void review('DEFECT')}>
            Mark as defect
          </Button>
          {account.resolution !== 'OPEN' && (
            <Button variant="ghost" disabled={pending} onClick={() => void review('OPEN')}>
              Reopen
            </Button>
          )}
        </FormFooter>
      </div>
    </FormPanel>
  );
}
