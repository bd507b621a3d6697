'use client';

import { useState } from 'react';
import { formatDateTime, formatDay } from '@/app/_components/format';
import { useCan } from '@/app/_components/permissions';
import {
  itemStatusLabels,
  itemStatusTones,
  outcomeLabels,
  outcomes,
  outcomeTones,
  ragLabels,
  ragTones,
} from '@/app/_components/program/labels';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { ChoiceSelect } from '@/app/_components/ui/choice-select';
import { Field, TextArea, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { Cell, Table } from '@/app/_components/ui/table';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { GoNoGoOutcome, GoNoGoReviewCardFragment, Rag } from '@/app/_gql/graphql';
import { DecideReviewForm } from './decide-review-form';

/** A go/no-go review as its card shows it: scorecard, votes and the recorded outcome. */
export const GO_NO_GO_REVIEW_CARD = graphql(`
  fragment GoNoGoReviewCard on GoNoGoReview {
    id title scheduledAt
    scorecard { label source sourceId rag detail }
    votes { user { id name } role vote comment at }
    outcome outcomeNote
    conditions { id title status owner { id name } dueOn }
    rollbackOwner { id name }
    pointOfNoReturn decidedBy decidedAt
  }
`);

const VOTE = graphql(`
  mutation GoNoGoCastVote($input: CastGoNoGoVoteInput!) {
    castGoNoGoVote(input: $input) {
      review { id }
      userErrors { code field message }
    }
  }
`);
const rags: readonly Rag[] = ['GREEN', 'AMBER', 'RED'];

const sourceLabels: Record<string, string> = {
  checklist_item: 'Checklist',
  milestone: 'Milestone',
  kpi: 'KPI',
};

/** One review: scorecard, votes, and the outcome or the forms to vote and decide. */
export function ReviewCard({
  review,
  onChanged,
}: {
  review: GoNoGoReviewCardFragment;
  onChanged: () => void;
}) {
  const can = useCan();
  const counts = rags.map(
    (rag) => [rag, review.scorecard.filter((criterion) => criterion.rag === rag).length] as const,
  );
  return (
    <Card
      title={
        <span className="flex flex-wrap items-center gap-2">
          {review.title}
          <span className="text-xs font-normal text-slate-500">{formatDateTime(review.scheduledAt)}</span>
          {review.outcome ? (
            <Badge tone={outcomeTones[review.outcome]}>{outcomeLabels[review.outcome]}</Badge>
          ) : (
            <Badge tone="info">Not decided</Badge>
          )}
        </span>
      }
    >
      <section aria-label={`${review.title} review`} className="space-y-6">
        <div>
          <div className="mb-2 flex flex-wrap items-center gap-2">
            <h3 className="text-sm font-semibold text-slate-800">Scorecard</h3>
            {counts.map(([rag, count]) => (
              <Badge key={rag} tone={ragTones[rag]}>
                {count} {ragLabels[rag].toLowerCase()}
              </Badge>
            ))}
            <span className="text-xs text-slate-500">
              {review.outcome ? 'as it stood at the decision' : 'live until the decision'}
            </span>
          </div>
          {review.scorecard.length === 0 ? (
            <p className="text-sm text-slate-500">No criteria.</p>
          ) : (
            <Table head={['Criterion', 'From', 'RAG', 'Detail']}>
              {review.scorecard.map((criterion) => (
                <tr key={`${criterion.source}-${criterion.sourceId ?? criterion.label}`}>
                  <Cell className="font-medium text-slate-800">{criterion.label}</Cell>
                  <Cell className="text-xs whitespace-nowrap">
                    {sourceLabels[criterion.source] ?? criterion.source}
                  </Cell>
                  <Cell>
                    <Badge tone={ragTones[criterion.rag]}>{ragLabels[criterion.rag]}</Badge>
                  </Cell>
                  <Cell className="text-xs text-slate-600">{criterion.detail}</Cell>
                </tr>
              ))}
            </Table>
          )}
        </div>
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-800">Votes ({review.votes.length})</h3>
          {review.votes.length === 0 ? (
            <p className="text-sm text-slate-500">No votes yet.</p>
          ) : (
            <ul className="space-y-1.5" aria-label="Votes">
              {review.votes.map((vote) => (
                <li
                  key={`${vote.user.id}-${vote.role}`}
                  className="flex flex-wrap items-center gap-2 text-sm"
                >
                  <span className="font-medium text-slate-800">{vote.role}</span>
                  <span className="text-slate-600">({vote.user.name})</span>
                  <Badge tone={outcomeTones[vote.vote]}>{outcomeLabels[vote.vote]}</Badge>
                  {vote.comment && <span className="text-xs text-slate-600">“{vote.comment}”</span>}
                  <span className="text-xs text-slate-400">{formatDateTime(vote.at)}</span>
                </li>
              ))}
            </ul>
          )}
          {!review.outcome && can('castGoNoGoVote') && <VoteForm reviewId={review.id} onVoted={onChanged} />}
        </div>
        {review.outcome ? (
          <Outcome review={review} />
        ) : (
          can('decideGoNoGo') && <DecideReviewForm reviewId={review.id} onDecided={onChanged} />
        )}
      </section>
    </Card>
  );
}

function Outcome({ review }: { review: GoNoGoReviewCardFragment }) {
  return (
    <div className="rounded-md bg-slate-50 p-4 ring-1 ring-slate-200" data-testid="outcome">
      <h3 className="text-sm font-semibold text-slate-800">
        Decision: {review.outcome && outcomeLabels[review.outcome]}
      </h3>
      <p className="mt-1 text-xs text-slate-500">
        by {review.decidedBy ?? '—'} {formatDateTime(review.decidedAt)} · rollback owner{' '}
        {review.rollbackOwner?.name ?? '—'} · point of no return {formatDateTime(review.pointOfNoReturn)}
      </p>
      {review.outcomeNote && (
        <p className="mt-2 text-sm whitespace-pre-line text-slate-700">{review.outcomeNote}</p>
      )}
      {review.conditions.length > 0 && (
        <>
          <h4 className="mt-3 text-xs font-semibold text-slate-700">
            Conditions (blocking contingency items)
          </h4>
          <ul className="mt-1 space-y-1">
            {review.conditions.map((condition) => (
              <li key={condition.id} className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <Badge tone={itemStatusTones[condition.status]}>{itemStatusLabels[condition.status]}</Badge>
                {condition.title}
                <span className="text-xs text-slate-500">
                  {condition.owner?.name ?? 'no owner'} · due {formatDay(condition.dueOn)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function VoteForm({ reviewId, onVoted }: { reviewId: string; onVoted: () => void }) {
  const [vote, setVote] = useState<GoNoGoOutcome>('GO');
  const [comment, setComment] = useState('');
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: VOTE,
    toVariables: (values) => ({
      input: { reviewId, role: values.text('role'), vote, comment: values.optionalText('comment') },
    }),
    payload: (data) => data.castGoNoGoVote,
    onDone: () => {
      // The voter often speaks for the same function again: keep the role, clear the comment.
      setComment('');
      onVoted();
    },
  });
  return (
    <FormPanel aria-label="Cast a vote" className="mt-3" onSubmit={onSubmit}>
      <div className="grid gap-3 md:grid-cols-[12rem_12rem_minmax(0,1fr)_auto] md:items-start">
        <Field label="Speaking for" error={errors.role}>
          <TextInput name="role" placeholder="Finance" required />
        </Field>
        <Field label="Vote" error={errors.vote}>
          <ChoiceSelect value={vote} choices={outcomes} labels={outcomeLabels} onChange={setVote} />
        </Field>
        <Field label="Comment" error={errors.comment}>
          <TextArea
            name="comment"
            rows={1}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        </Field>
        <div className="space-y-2 md:pt-5">
          <FormFooter error={errors.form} pending={pending} submit="Cast vote" busy="Casting…" />
        </div>
      </div>
    </FormPanel>
  );
}
