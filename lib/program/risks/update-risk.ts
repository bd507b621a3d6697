import { getRiskById, updateRiskById } from '../../../db/queries/risks';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { userError } from '../../errors';
import { isUuid } from '../../uuid';
import {
  checkReferences,
  parseRiskFields,
  type RiskResult,
  refused,
  type UpdateRiskInput,
} from './risk-fields';

/**
 * Changes a risk's fields; what the input leaves out stays as it is.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function updateRisk(ctx: OperationContext, input: UpdateRiskInput): Promise<RiskResult> {
  authorize(ctx.actor, 'updateRisk');
  const existing = isUuid(input.id) ? await getRiskById(ctx.db, input.id) : null;
  if (!existing) return refused([userError('NOT_FOUND', ['input', 'id'], 'No risk has this id.')]);
  const { patch, userErrors } = parseRiskFields(input);
  if (userErrors.length > 0) return refused(userErrors);
  const referenceErrors = await checkReferences(ctx.db, existing.programId, patch);
  if (referenceErrors.length > 0) return refused(referenceErrors);
  if (Object.keys(patch).length === 0) return { risk: existing, userErrors: [] };
  return { risk: await updateRiskById(ctx.db, existing.id, patch), userErrors: [] };
}
