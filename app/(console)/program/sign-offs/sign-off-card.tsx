'use client';

import { useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { SignOffStatusBadge } from '@/app/_components/program/badges';
import { decisionLabels, roleLabels, ruleLabels } from '@/app/_components/program/labels';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Field, TextArea } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { graphql } from '@/app/_gql';
import type { SignOffCardRequestFragment, SignOffDecision } from '@/app/_gql/graphql';

/** A sign-off request as its card shows it: subject, rule, approvers and the evidence it stamps. */
export const SIGN_OFF_CARD_REQUEST = graphql(`
  fragment SignOffCardRequest on SignOffRequest {
    id subjectType subjectId title rule quorum note status evidenceHash evidence
    approvers { id user { id name } role decision comment decidedBy decidedAt }
    requestedBy createdAt decidedAt invalidatedAt invalidationReason awaitingMe
  }
`);

const DECIDE = graphql(`
  mutation SignOffsDecide($input: DecideSignOffInput!) {
    decideSignOff(input: $input) {
      signOff { id status }
      userErrors { code field message }
    }
  }
`);

const subjectLabels = {
  CHECKLIST_ITEM: 'Checklist item',
  MILESTONE: 'Milestone',
  PARALLEL_RUN: 'Parallel run',
};
const decisionTones = { APPROVED: 'good', CHANGES_REQUESTED: 'warn', REJECTED: 'bad' } as const;

/** Evidence JSON indented for reading; left as sent when it does not parse. */
function prettyEvidence(evidence: string): string {
  try {
    return JSON.stringify(JSON.parse(evidence), null, 2);
  } catch {
    return evidence;
  }
}

/** One sign-off request: what it approves, who decides and how, the evidence, and in the inbox a decision form. */
export function SignOffCard({
  request,
  onDecided,
  inInbox = false,
}: {
  request: SignOffCardRequestFragment;
  onDecided: () => void;
  /** The inbox offers the decision; the full list links here by id instead. */
  inInbox?: boolean;
}) {
  return (
    <article
      id={inInbox ? undefined : request.id}
      aria-label={request.title}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm target:ring-2 target:ring-brand-500"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="text-sm font-semibold text-slate-900">{request.title}</h3>
          <p className="mt-0.5 text-xs text-slate-500">
            {subjectLabels[request.subjectType]} · requested by {request.requestedBy}{' '}
            {formatDateTime(request.createdAt)} · {ruleLabels[request.rule].toLowerCase()}
            {request.rule === 'QUORUM' && request.quorum !== null && ` (${request.quorum})`}
          </p>
        </div>
        <SignOffStatusBadge status={request.status} />
      </div>
      {request.status === 'INVALIDATED' && (
        <p
          className="mt-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200"
          data-testid="invalidation"
        >
          Invalidated {formatDateTime(request.invalidatedAt)}:{' '}
          {request.invalidationReason ?? 'the evidence changed.'} Request it again to sign off the new
          evidence.
        </p>
      )}
      {request.note && <p className="mt-2 text-sm whitespace-pre-line text-slate-700">{request.note}</p>}
      <ul className="mt-3 space-y-1 text-sm" aria-label="Approvers">
        {request.approvers.map((approver) => (
          <li key={approver.id} className="flex flex-wrap items-center gap-2 text-slate-700">
            <span className="font-medium">
              {approver.user?.name ??
                (approver.role ? `Any ${roleLabels[approver.role].toLowerCase()} user` : '—')}
            </span>
            {approver.decision ? (
              <>
                <Badge tone={decisionTones[approver.decision]}>{decisionLabels[approver.decision]}</Badge>
                <span className="text-xs text-slate-500">
                  {approver.decidedBy && `by ${approver.decidedBy} `}
                  {formatDateTime(approver.decidedAt)}
                </span>
                {approver.comment && <span className="text-xs text-slate-600">“{approver.comment}”</span>}
              </>
            ) : (
              <span className="text-xs text-slate-500">not decided</span>
            )}
          </li>
        ))}
      </ul>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-xs font-medium text-brand-700">
          Evidence · sha256 {request.evidenceHash.slice(0, 12)}…
        </summary>
        <pre className="mt-2 max-h-80 overflow-auto rounded-md bg-slate-50 p-3 text-xs text-slate-700 ring-1 ring-slate-200">
          {prettyEvidence(request.evidence)}
        </pre>
      </details>
      {inInbox && request.awaitingMe && request.status === 'PENDING' && (
        <DecideForm requestId={request.id} onDecided={onDecided} />
      )}
    </article>
  );
}

function DecideForm({ requestId, onDecided }: { requestId: string; onDecided: () => void }) {
  const [comment, setComment] = useState('');
  const [missingComment, setMissingComment] = useState(false);
  const { errors, pending, submit } = useFormSubmission();

  async function decide(decision: SignOffDecision) {
    if (decision !== 'APPROVED' && comment.trim() === '') {
      setMissingComment(true);
      return;
    }
    setMissingComment(false);
    const payload = await submit(async () => {
      const result = await graphqlRequest(DECIDE, {
        input: { requestId, decision, comment: comment.trim() || null },
      });
      return result.decideSignOff;
    });
    if (payload) onDecided();
  }

  const error = missingComment
    ? 'Say what to change or why in a comment.'
    : (errors.comment ?? errors.decision ?? errors.form);
  return (
    <FormPanel
      aria-label="Decide"
      className="mt-3"
      onSubmit={(event) => {
        event.preventDefault();
        void decide('APPROVED');
      }}
    >
      <Field label="Comment" error={error}>
        <TextArea
          rows={2}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          placeholder="Optional to approve; required to request changes or reject"
        />
      </Field>
      <FormFooter pending={pending} submit="Approve" busy="Deciding…">
        <Button variant="secondary" disabled={pending} onClick={() => void decide('CHANGES_REQUESTED')}>
          Request changes
        </Button>
        <Button variant="danger" disabled={pending} onClick={() => void decide('REJECTED')}>
          Reject
        </Button>
      </FormFooter>
    </FormPanel>
  );
}
