import { updateRatePlanRoundingById } from '../../db/queries/rate-plans';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import type { RoundingMode } from '../money/rounding';
import type { RatePlanRecord } from './types';

/** A user error when call decimals are not 0–10 (null: inherit the catalog's). */
export function callDecimalsProblem(
  callDecimals: number | null | undefined,
  path: string[],
): UserError | null {
  if (callDecimals === null || callDecimals === undefined) return null;
  return Number.isInteger(callDecimals) && callDecimals >= 0 && callDecimals <= 10
    ? null
    : userError(
        'INVALID',
        path,
        'Call decimals must be a whole number from 0 to 10, or empty for the catalog’s.',
      );
}

/**
 * Sets or clears a rate plan's own rounding of each call's charge, over its catalog's
 * (lib/catalog/rounding-policy says the order). Calls already rated keep their charge; bill
 * runs charge calls after allowances with the plan's rounding from then on.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function updateRatePlanRounding(
  { db, actor }: OperationContext,
  input: { ratePlanId: string; callRoundingMode?: RoundingMode | null; callDecimals?: number | null },
): Promise<{ ratePlan: RatePlanRecord | null; userErrors: UserError[] }> {
  authorize(actor, 'updateRatePlanRounding');
  const problem = callDecimalsProblem(input.callDecimals, ['input', 'callDecimals']);
  if (problem) return { ratePlan: null, userErrors: [problem] };
  const ratePlan = await updateRatePlanRoundingById(db, input.ratePlanId, {
    callRoundingMode: input.callRoundingMode ?? null,
    callDecimals: input.callDecimals ?? null,
  });
  if (!ratePlan)
    return {
      ratePlan: null,
      userErrors: [userError('NOT_FOUND', ['input', 'ratePlanId'], 'No such rate plan.')],
    };
  return { ratePlan, userErrors: [] };
}
