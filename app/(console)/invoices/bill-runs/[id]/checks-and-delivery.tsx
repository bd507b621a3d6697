'use client';

import Link from 'next/link';
import { emailTones } from '@/app/_components/billing/email-status';
import { lateLabel } from '@/app/_components/billing/late-label';
import { enumLabel, formatDateTime } from '@/app/_components/format';
import { useCan } from '@/app/_components/permissions';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { BillRunViewQuery } from '@/app/_gql/graphql';
import { reviewStateLabels, reviewStateTones } from './review/review-labels';

const FINALIZE_CLEAN = graphql(`
  mutation FinalizeCleanDrafts($billRunId: ID!) {
    finalizeCleanDrafts(billRunId: $billRunId) { finalized userErrors { code field message } }
  }
`);

type Run = NonNullable<BillRunViewQuery['billRun']>;

/**
 * What followed the run: who started it (a schedule, on time or late), how its drafts came
 * out of the checks, how many went out and how their emails stand; and, for the clean drafts
 * still waiting, "finalize and send" in one action, its progress polled with the run.
 */
export function ChecksAndDelivery({
  run,
  onFinalizing,
}: {
  run: Run;
  /** Told when the bulk action starts and ends, so the page polls the run's progress meanwhile. */
  onFinalizing: (busy: boolean) => void;
}) {
  const can = useCan();
  const clean = run.draftReviewCounts.find((count) => count.state === 'CLEAN')?.count ?? 0;
  const waiting = run.draftReviewCounts
    .filter((count) => count.state === 'NEEDS_REVIEW' || count.state === 'ON_HOLD')
    .reduce((sum, count) => sum + count.count, 0);
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: FINALIZE_CLEAN,
    toVariables: () => {
      onFinalizing(true);
      return { billRunId: run.id };
    },
    payload: (data) => {
      onFinalizing(false);
      return data.finalizeCleanDrafts;
    },
  });
  return (
    <Card title="Checks and delivery">
      <div className="space-y-3 text-sm text-slate-700">
        <p data-testid="bill-run-origin">
          {run.schedule ? (
            <>
              Started by the schedule{' '}
              <Link href="/settings/billing" className="text-brand-700 hover:underline">
                {run.schedule.name}
              </Link>
              {run.scheduledFor && <>, due {formatDateTime(run.scheduledFor)}</>}
              {run.lateBySeconds != null ? (
                <>
                  {' '}
                  <Badge tone="warn">{lateLabel(run.lateBySeconds)}</Badge> the server was not running when it
                  was due.
                </>
              ) : (
                '.'
              )}{' '}
              {run.autoFinalize
                ? 'Its clean drafts are finalized and sent without anyone.'
                : 'Its drafts wait for a person.'}
            </>
          ) : (
            `Started by ${run.createdBy}. Its drafts wait for a person.`
          )}
        </p>
        <div className="flex flex-wrap items-center gap-2" data-testid="bill-run-reviews">
          <span className="font-medium">Drafts:</span>
          {run.checkedAt === null && <span className="text-slate-500">not checked yet</span>}
          {run.draftReviewCounts.map((count) => (
            <Badge key={count.state} tone={reviewStateTones[count.state]}>
              {count.count.toLocaleString('en-US')} {reviewStateLabels[count.state].toLowerCase()}
            </Badge>
          ))}
          {waiting > 0 && (
            <Link href={`/invoices/bill-runs/${run.id}/review`} className="text-brand-700 hover:underline">
              Review {waiting.toLocaleString('en-US')} held
            </Link>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-2" data-testid="bill-run-emails">
          <span className="font-medium">Finalized in bulk:</span>
          <span className="tabular-nums">{run.draftsFinalized.toLocaleString('en-US')}</span>
          <span className="ml-3 font-medium">Emails:</span>
          {run.emailCounts.length === 0 && <span className="text-slate-500">none yet</span>}
          {run.emailCounts.map((count) => (
            <Badge key={count.status} tone={emailTones[count.status]}>
              {count.count.toLocaleString('en-US')} {enumLabel(count.status).toLowerCase()}
            </Badge>
          ))}
        </div>
        {clean > 0 && run.status === 'COMPLETED' && can('finalizeCleanDrafts') && (
          <form onSubmit={onSubmit} aria-label="Finalize clean drafts">
            <FormFooter
              error={errors.form ?? errors.billRunId}
              pending={pending}
              submit={`Finalize and send ${clean.toLocaleString('en-US')} clean draft${clean === 1 ? '' : 's'}`}
              busy={`Finalizing… ${run.draftsFinalized.toLocaleString('en-US')} so far`}
            />
          </form>
        )}
      </div>
    </Card>
  );
}
