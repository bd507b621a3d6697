import { getCatalogById } from '../../db/queries/catalogs';
import { getRatePlanById, getVersionInForce } from '../../db/queries/rate-plans';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { AppError } from '../errors';
import { type CallRating, rateCall } from '../rating/rate-call';
import { localDate } from '../rating/time-bands';
import { loadCompiledDeck } from './compiled-deck';
import { roundingPolicyOf } from './rounding-policy';
import type { RatePlanVersionRecord } from './types';

export type CallPreviewResult = { rating: CallRating; version: RatePlanVersionRecord | null };

/**
 * How one call would be rated under a rate plan: destination, band, billable seconds and
 * charge before allowances. Nothing is stored.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT (negative or fractional duration)
 */
export async function previewCall(
  { db, actor }: OperationContext,
  input: { ratePlanId: string; destinationNumber: string; durationSeconds: number; startedAt: Date },
): Promise<CallPreviewResult> {
  authorize(actor, 'callPreview');
  if (!Number.isInteger(input.durationSeconds) || input.durationSeconds < 0) {
    throw new AppError('BAD_USER_INPUT', 'The duration must be whole, non-negative seconds.', {
      field: 'durationSeconds',
    });
  }
  const plan = await getRatePlanById(db, input.ratePlanId);
  if (!plan) throw new AppError('NOT_FOUND', 'No such rate plan.');
  const catalog = await getCatalogById(db, plan.catalogId);
  if (!catalog) throw new AppError('NOT_FOUND', 'The rate plan has no catalog.');
  const version = await getVersionInForce(db, plan.id, localDate(input.startedAt, plan.timeZone));
  if (!version) return { rating: { status: 'unrated', reason: 'NO_PREFIX_MATCH' }, version: null };
  const deck = await loadCompiledDeck(db, plan, version);
  return { rating: rateCall(input, deck, roundingPolicyOf(catalog, { ratePlan: plan })), version };
}
