'use client';

import { type FormEvent, useState } from 'react';
import { FormValues } from '@/app/_components/form-values';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { Money } from '@/app/_components/money';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field, TextArea } from '@/app/_components/ui/field';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { DraftReviewState } from '@/app/_gql/graphql';

const DRAFT_REVIEW_DETAIL = graphql(`
  query DraftReviewDetail($invoiceId: ID!) {
    draftComparison(invoiceId: $invoiceId) {
      draft { id total currency periodStart periodEnd }
      previousInvoice { id number total currency periodStart }
      totalDifference
      lines { key description lineType previousAmount draftAmount difference }
    }
  }
`);

const DRAFT_REVIEW_APPROVE = graphql(`
  mutation DraftReviewApprove($input: DraftDecisionInput!) {
    approveDraft(input: $input) { review { invoiceId state } userErrors { code field message } }
  }
`);
const DRAFT_REVIEW_HOLD = graphql(`
  mutation DraftReviewHold($input: DraftDecisionInput!) {
    holdDraft(input: $input) { review { invoiceId state } userErrors { code field message } }
  }
`);
const DRAFT_REVIEW_DISCARD = graphql(`
  mutation DraftReviewDiscard($input: DraftDecisionInput!) {
    discardDraft(input: $input) { review { invoiceId state } userErrors { code field message } }
  }
`);

type Decision = 'approve' | 'hold' | 'discard';

/** One held draft beside the account's previous invoice, line by line, with the reviewer's decision. */
export function DraftReviewDetail({
  invoiceId,
  accountName,
  state,
  version,
  onDecided,
}: {
  invoiceId: string;
  accountName: string;
  state: DraftReviewState;
  version: number;
  onDecided: () => void;
}) {
  const { data, error } = useGraphQLQuery(DRAFT_REVIEW_DETAIL, { invoiceId });
  const { errors, pending, submit } = useFormSubmission();
  const [decision, setDecision] = useState<Decision>('approve');
  const comparison = data?.draftComparison;
  const isOpen = state === 'NEEDS_REVIEW' || state === 'ON_HOLD' || state === 'CLEAN';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { invoiceId, version, reason: FormValues.of(event.currentTarget).optionalText('reason') };
    const payload = await submit(async () => {
      if (decision === 'approve') return (await graphqlRequest(DRAFT_REVIEW_APPROVE, { input })).approveDraft;
      if (decision === 'hold') return (await graphqlRequest(DRAFT_REVIEW_HOLD, { input })).holdDraft;
      return (await graphqlRequest(DRAFT_REVIEW_DISCARD, { input })).discardDraft;
    });
    if (payload) onDecided();
  }

  return (
    <Card title={`${accountName}: draft beside the previous invoice`} label="Draft comparison">
      {!comparison ? (
        <QueryStatus
          error={error}
          loading={data ? 'This draft is no longer a draft.' : 'Loading the comparison…'}
        />
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-600" data-testid="previous-invoice">
            {comparison.previousInvoice
              ? `Previous invoice ${comparison.previousInvoice.number}, period from ${comparison.previousInvoice.periodStart}.`
              : 'The account has no previous invoice: this is its first.'}
          </p>
          <Table
            head={[
              'Line',
              <NumberHead key="previous">Previous</NumberHead>,
              <NumberHead key="draft">This draft</NumberHead>,
              <NumberHead key="difference">Difference</NumberHead>,
            ]}
          >
            {comparison.lines.map((line) => (
              <tr key={`${line.key}-${line.previousAmount}-${line.draftAmount}`} data-testid="compared-line">
                <Cell>{line.description}</Cell>
                <NumberCell>
                  {line.previousAmount === null ? (
                    '—'
                  ) : (
                    <Money amount={line.previousAmount} currency={comparison.draft.currency} />
                  )}
                </NumberCell>
                <NumberCell>
                  {line.draftAmount === null ? (
                    '—'
                  ) : (
                    <Money amount={line.draftAmount} currency={comparison.draft.currency} />
                  )}
                </NumberCell>
                <NumberCell>
                  <Money amount={line.difference} currency={comparison.draft.currency} signed />
                </NumberCell>
              </tr>
            ))}
            <tr className="font-semibold">
              <Cell>Total</Cell>
              <NumberCell>
                {comparison.previousInvoice ? (
                  <Money
                    amount={comparison.previousInvoice.total}
                    currency={comparison.previousInvoice.currency}
                  />
                ) : (
                  '—'
                )}
              </NumberCell>
              <NumberCell>
                <Money amount={comparison.draft.total} currency={comparison.draft.currency} />
              </NumberCell>
              <NumberCell>
                <Money amount={comparison.totalDifference} currency={comparison.draft.currency} signed />
              </NumberCell>
            </tr>
          </Table>
        </>
      )}
      {isOpen && (
        <form className="mt-5 space-y-3" onSubmit={onSubmit} aria-label="Decide on the draft">
          <Field label="Reason (required to hold or discard; kept in the audit log)" error={errors.reason}>
            <TextArea name="reason" rows={2} />
          </Field>
          {(errors.form || errors.invoiceId) && <ErrorText>{errors.form ?? errors.invoiceId}</ErrorText>}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={pending} onClick={() => setDecision('approve')}>
              Approve and send
            </Button>
            <Button type="submit" variant="secondary" disabled={pending} onClick={() => setDecision('hold')}>
              Hold
            </Button>
            <Button type="submit" variant="danger" disabled={pending} onClick={() => setDecision('discard')}>
              Discard
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
