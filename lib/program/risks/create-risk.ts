import { insertRisk } from '../../../db/queries/risks';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { userError } from '../../errors';
import { checkProgram } from '../register-checks';
import {
  type CreateRiskInput,
  checkReferences,
  parseRiskFields,
  type RiskResult,
  refused,
} from './risk-fields';

/**
 * Adds a risk to a program's register. Title, probability and impact are required; it
 * starts open unless a status is given.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function createRisk(ctx: OperationContext, input: CreateRiskInput): Promise<RiskResult> {
  authorize(ctx.actor, 'createRisk');
  const { patch, userErrors } = parseRiskFields(input);
  if (!patch.title && !userErrors.some((e) => e.field?.[1] === 'title'))
    userErrors.push(userError('REQUIRED', ['input', 'title'], 'Give the risk a title.'));
  for (const level of ['probability', 'impact'] as const)
    if (input[level] == null)
      userErrors.push(userError('REQUIRED', ['input', level], `Rate the ${level} from 1 to 5.`));
  const missingProgram = await checkProgram(ctx.db, input.programId);
  if (missingProgram) userErrors.unshift(missingProgram);
  if (userErrors.length > 0) return refused(userErrors);
  const referenceErrors = await checkReferences(ctx.db, input.programId, patch);
  if (referenceErrors.length > 0) return refused(referenceErrors);
  const risk = await insertRisk(ctx.db, {
    ...patch,
    programId: input.programId,
    title: patch.title ?? '',
    probability: patch.probability ?? 0,
    impact: patch.impact ?? 0,
  });
  return { risk, userErrors: [] };
}
