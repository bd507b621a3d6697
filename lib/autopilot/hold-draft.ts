import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type DraftDecisionInput, type DraftDecisionResult, decideDraft } from './decide-draft';

/**
 * Holds a draft: it stays a draft, out of automatic finalizing, until someone approves or
 * discards it. Holding a held draft again replaces the reason.
 * User errors: REQUIRED (reason), NOT_FOUND, INVALID_STATE (decided by someone else).
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function holdDraft(
  context: OperationContext,
  input: DraftDecisionInput,
): Promise<DraftDecisionResult> {
  authorize(context.actor, 'holdDraft');
  return decideDraft(context, input, 'on_hold', async () => []);
}
