import type { Db } from '../../db/client';
import { getAccountById } from '../../db/queries/accounts';
import { listFindingsOfDrafts, lockDraftReview, recordDraftDecision } from '../../db/queries/draft-reviews';
import type { DraftReviewRow } from '../../db/schema';
import { actorLabel } from '../auth/actor';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { RollbackWithUserErrors, withRollbackOnUserErrors } from '../transaction';
import type { DraftReviewRecord } from './types';

export interface DraftDecisionInput {
  invoiceId: string;
  /** Why; required to hold or discard. */
  reason?: string | null | undefined;
  /**
   * The review's version the reviewer saw. When given and another decision was made since,
   * this one is refused, so two reviewers acting on one draft at once cannot both win.
   */
  version?: number | null | undefined;
}

export type DraftDecisionResult = { review: DraftReviewRecord | null; userErrors: UserError[] };

const decidedWords: Record<DraftReviewRow['state'], string> = {
  clean: 'checked clean',
  needs_review: 'flagged for review',
  on_hold: 'held',
  approved: 'approved and finalized',
  discarded: 'discarded',
};

/** "2026-12-07 10:42 UTC" */
function minuteOf(instant: Date): string {
  return `${instant.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The sentence a reviewer gets when someone else decided first: who, what, when and why. */
async function decidedAlready(db: Db, review: DraftReviewRow): Promise<UserError> {
  const account = await getAccountById(db, review.accountId);
  const by = review.decidedBy ? ` by ${review.decidedBy}` : '';
  const when = review.decidedAt ? ` at ${minuteOf(review.decidedAt)}` : '';
  const why = review.reason ? ` (${review.reason})` : '';
  return userError(
    'INVALID_STATE',
    ['input', 'invoiceId'],
    `The draft for ${account?.name ?? 'this account'} was ${decidedWords[review.state]}${by}${when}${why}.`,
  );
}

/**
 * One reviewer's decision on one draft, in one transaction with what it does (`act`):
 * the review row is locked first, so of two reviewers at once the second waits, then finds
 * the first's decision and is refused with who decided what and when. A draft already
 * approved or discarded cannot be decided again. `act` may refuse with user errors, which
 * undo everything.
 */
export async function decideDraft(
  { db, actor }: OperationContext,
  input: DraftDecisionInput,
  state: 'approved' | 'on_hold' | 'discarded',
  act: (tx: Db) => Promise<UserError[]>,
  /** Decide only a draft still in one of these states (bulk approval takes only untouched drafts). */
  onlyFrom?: readonly DraftReviewRow['state'][],
): Promise<DraftDecisionResult> {
  const reason = input.reason?.trim() || null;
  if (state !== 'approved' && !reason)
    return {
      review: null,
      userErrors: [
        userError('REQUIRED', ['input', 'reason'], 'Say why, for the audit log and the other reviewers.'),
      ],
    };
  return withRollbackOnUserErrors<DraftDecisionResult>(
    db,
    async (tx) => {
      const review = await lockDraftReview(tx, input.invoiceId);
      if (!review)
        throw new RollbackWithUserErrors([
          userError('NOT_FOUND', ['input', 'invoiceId'], 'No draft under review with this id.'),
        ]);
      const isFinal = review.state === 'approved' || review.state === 'discarded';
      const isStale =
        (input.version != null && input.version !== review.version) ||
        (onlyFrom !== undefined && !onlyFrom.includes(review.state));
      if (isFinal || isStale) throw new RollbackWithUserErrors([await decidedAlready(tx, review)]);
      const refused = await act(tx);
      if (refused.length > 0) throw new RollbackWithUserErrors(refused);
      const decided = await recordDraftDecision(tx, review.invoiceId, {
        state,
        decidedBy: actorLabel(actor),
        reason,
      });
      return {
        review: { ...decided, findings: await listFindingsOfDrafts(tx, [review.invoiceId]) },
        userErrors: [],
      };
    },
    (userErrors) => ({ review: null, userErrors }),
  );
}
