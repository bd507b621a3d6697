import { getRatePlanById, getVersionInForce, listAllEntriesOfVersion } from '../../db/queries/rate-plans';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { todayIso } from '../dates';
import { AppError } from '../errors';
import { dateProblem } from './catalog-input';
import { rateDeckToCsv } from './rate-deck-csv';
import type { StoredBandTerms, StoredRateStep } from './types';

/**
 * The deck in force on `date` as CSV, in the format importRateDeck reads.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, NOT_FOUND (plan, or no version on that date), BAD_USER_INPUT (date)
 */
export async function exportRateDeck(
  { db, actor }: OperationContext,
  args: { ratePlanId: string; date?: string | null },
): Promise<string> {
  authorize(actor, 'exportRateDeck');
  const plan = await getRatePlanById(db, args.ratePlanId);
  if (!plan) throw new AppError('NOT_FOUND', 'No such rate plan.');
  const date = args.date ?? todayIso();
  if (dateProblem(date, ['date']))
    throw new AppError('BAD_USER_INPUT', `"${date}" is not a date (YYYY-MM-DD).`, { field: 'date' });
  const version = await getVersionInForce(db, plan.id, date);
  if (!version) throw new AppError('NOT_FOUND', `${plan.code} has no rates in force on ${date}.`);
  const entries = await listAllEntriesOfVersion(db, version.id);
  return rateDeckToCsv(
    entries.map((entry) => ({
      prefix: entry.prefix,
      destination: entry.destination,
      destinationClass: entry.destinationClass,
      ratePerMinute: entry.ratePerMinute,
      bandRates: entry.bandRates as Record<string, string>,
      initialIncrementSeconds: entry.initialIncrementSeconds,
      subsequentIncrementSeconds: entry.subsequentIncrementSeconds,
      connectionFee: entry.connectionFee,
      bandTerms: entry.bandTerms as Record<string, StoredBandTerms>,
      rateSteps: entry.rateSteps as StoredRateStep[] | null,
    })),
  );
}
