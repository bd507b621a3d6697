'use client';

import { useState } from 'react';
import { useCan } from '@/app/_components/permissions';
import { ProgramFrame } from '@/app/_components/program/program-frame';
import { useProgram } from '@/app/_components/program/use-program';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Field, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import { ReviewCard } from './review-card';

const GO_NO_GO = graphql(`
  query GoNoGo {
    program {
      id name
      goNoGoReviews { ...GoNoGoReviewCard }
    }
  }
`);

const CREATE = graphql(`
  mutation GoNoGoCreateReview($input: CreateGoNoGoReviewInput!) {
    createGoNoGoReview(input: $input) {
      review { id }
      userErrors { code field message }
    }
  }
`);

/** Go/no-go reviews: the live scorecard, the votes and the recorded outcome. */
export function GoNoGoConsole() {
  const [refresh, setRefresh] = useState(0);
  const [creating, setCreating] = useState(false);
  const can = useCan();
  const state = useProgram(GO_NO_GO, undefined, refresh);
  const changed = () => setRefresh((n) => n + 1);

  return (
    <ProgramFrame
      title="Go/no-go"
      description="The final review before cutover: a scorecard from the checklist, milestones and KPIs, the votes of each function, and the decision."
      state={state}
      writeOperation="castGoNoGoVote"
      actions={
        can('createGoNoGoReview') && !creating ? (
          <Button onClick={() => setCreating(true)}>Schedule a review</Button>
        ) : null
      }
    >
      {(program) => (
        <div className="space-y-6">
          {creating && (
            <CreateReviewForm
              programId={program.id}
              onCreated={() => {
                setCreating(false);
                changed();
              }}
              onCancel={() => setCreating(false)}
            />
          )}
          {program.goNoGoReviews.length === 0 && !creating ? (
            <EmptyState title="No go/no-go review yet">
              Schedule the review once cutover is in sight: its scorecard reads the blocking checklist items,
              the milestones and the KPIs live until the decision is recorded.
            </EmptyState>
          ) : (
            program.goNoGoReviews.map((review) => (
              <ReviewCard key={review.id} review={review} onChanged={changed} />
            ))
          )}
        </div>
      )}
    </ProgramFrame>
  );
}

function CreateReviewForm({
  programId,
  onCreated,
  onCancel,
}: {
  programId: string;
  onCreated: () => void;
  onCancel: () => void;
}) {
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: CREATE,
    toVariables: (values) => ({
      input: {
        programId,
        title: values.text('title'),
        // datetime-local reads in the browser's time zone; the server takes an instant.
        scheduledAt: new Date(values.text('scheduledAt')).toISOString(),
      },
    }),
    payload: (data) => data.createGoNoGoReview,
    onDone: onCreated,
  });
  return (
    <Card title="Schedule a review">
      <form
        aria-label="Schedule a review"
        className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_16rem_auto] sm:items-start"
        onSubmit={onSubmit}
      >
        <Field label="Title" error={errors.title}>
          <TextInput name="title" defaultValue="Final go/no-go" required />
        </Field>
        <Field label="Scheduled at" error={errors.scheduledAt}>
          <TextInput name="scheduledAt" type="datetime-local" required />
        </Field>
        <div className="space-y-2 sm:pt-5">
          <FormFooter
            error={errors.form}
            pending={pending}
            submit="Schedule"
            busy="Scheduling…"
            onCancel={onCancel}
          />
        </div>
      </form>
    </Card>
  );
}
