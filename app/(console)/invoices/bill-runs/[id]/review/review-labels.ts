import type { BadgeTone } from '@/app/_components/ui/badge';
import type { DraftReviewState } from '@/app/_gql/graphql';

export const reviewStateLabels: Record<DraftReviewState, string> = {
  NEEDS_REVIEW: 'Needs review',
  ON_HOLD: 'On hold',
  CLEAN: 'Clean',
  APPROVED: 'Approved',
  DISCARDED: 'Discarded',
};

export const reviewStateTones: Record<DraftReviewState, BadgeTone> = {
  NEEDS_REVIEW: 'warn',
  ON_HOLD: 'bad',
  CLEAN: 'good',
  APPROVED: 'good',
  DISCARDED: 'neutral',
};

/** What the queue shows first: drafts waiting for a person. */
export const waitingStates: DraftReviewState[] = ['NEEDS_REVIEW', 'ON_HOLD'];
