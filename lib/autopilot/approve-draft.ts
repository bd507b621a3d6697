import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { finalizeInvoice } from '../invoicing/finalize-invoice';
import { type DraftDecisionInput, type DraftDecisionResult, decideDraft } from './decide-draft';
import type { DraftReviewState } from './types';

/**
 * Approves a draft under review: finalizes it (numbered, dated and queued for email exactly
 * as finalizeInvoice does) in the same transaction as the decision, so either both happen or
 * neither. The reason is optional.
 * User errors: NOT_FOUND, INVALID_STATE (decided by someone else, or no longer a draft).
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function approveDraft(
  context: OperationContext,
  input: DraftDecisionInput,
): Promise<DraftDecisionResult> {
  authorize(context.actor, 'approveDraft');
  return finalizeUnderReview(context, input);
}

/** The approval itself, for approveDraft and bulk approval (which passes `onlyFrom`). */
export function finalizeUnderReview(
  context: OperationContext,
  input: DraftDecisionInput,
  onlyFrom?: readonly DraftReviewState[],
): Promise<DraftDecisionResult> {
  return decideDraft(
    context,
    input,
    'approved',
    async (tx) => {
      const { userErrors } = await finalizeInvoice({ db: tx, actor: context.actor }, { id: input.invoiceId });
      return userErrors.map((error) => ({ ...error, field: ['input', 'invoiceId'] }));
    },
    onlyFrom,
  );
}
