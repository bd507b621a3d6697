import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { discardDraftInvoice } from '../invoicing/discard-draft-invoice';
import { type DraftDecisionInput, type DraftDecisionResult, decideDraft } from './decide-draft';

/**
 * Discards a draft under review (deletes it, as discardDraftInvoice does, so the period can
 * be billed again); its review stays, with who discarded it and why.
 * User errors: REQUIRED (reason), NOT_FOUND, INVALID_STATE (decided by someone else, or no
 * longer a draft).
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function discardDraft(
  context: OperationContext,
  input: DraftDecisionInput,
): Promise<DraftDecisionResult> {
  authorize(context.actor, 'discardDraft');
  return decideDraft(context, input, 'discarded', async (tx) => {
    const { userErrors } = await discardDraftInvoice(
      { db: tx, actor: context.actor },
      { id: input.invoiceId },
    );
    return userErrors.map((error) => ({ ...error, field: ['input', 'invoiceId'] }));
  });
}
