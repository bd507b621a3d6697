import { getCatalogById } from '../../db/queries/catalogs';
import { getRatePlanByCode, insertRatePlan } from '../../db/queries/rate-plans';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { isCurrencyCode } from '../money/currencies';
import type { RoundingMode } from '../money/rounding';
import { isTimeZone } from '../rating/time-bands';
import { codeProblem, collect, nameProblem } from './catalog-input';
import { ensureDefaultCatalog } from './default-catalog';
import type { RatePlanRecord } from './types';
import { callDecimalsProblem } from './update-rate-plan-rounding';

/**
 * Adds a rate plan; its rates come with importRateDeck.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function createRatePlan(
  { db, actor }: OperationContext,
  input: {
    catalogId?: string | null;
    code: string;
    name: string;
    currency: string;
    timeZone?: string | null;
    callRoundingMode?: RoundingMode | null;
    callDecimals?: number | null;
  },
): Promise<{ ratePlan: RatePlanRecord | null; userErrors: UserError[] }> {
  authorize(actor, 'createRatePlan');
  const timeZone = input.timeZone ?? 'UTC';
  const userErrors = collect(
    codeProblem(input.code, ['input', 'code']),
    nameProblem(input.name, ['input', 'name']),
    isCurrencyCode(input.currency)
      ? null
      : userError('INVALID', ['input', 'currency'], `"${input.currency}" is not an ISO 4217 currency.`),
    isTimeZone(timeZone)
      ? null
      : userError('INVALID', ['input', 'timeZone'], `"${timeZone}" is not an IANA time zone.`),
    callDecimalsProblem(input.callDecimals, ['input', 'callDecimals']),
  );
  if (userErrors.length > 0) return { ratePlan: null, userErrors };
  return db.transaction(async (tx) => {
    const catalog = input.catalogId
      ? await getCatalogById(tx, input.catalogId)
      : await ensureDefaultCatalog(tx);
    if (!catalog)
      return {
        ratePlan: null,
        userErrors: [userError('NOT_FOUND', ['input', 'catalogId'], 'No such catalog.')],
      };
    if (await getRatePlanByCode(tx, catalog.id, input.code)) {
      return {
        ratePlan: null,
        userErrors: [
          userError('TAKEN', ['input', 'code'], `A rate plan with code ${input.code} already exists.`),
        ],
      };
    }
    const ratePlan = await insertRatePlan(tx, {
      catalogId: catalog.id,
      code: input.code,
      name: input.name.trim(),
      currency: input.currency,
      timeZone,
      callRoundingMode: input.callRoundingMode ?? null,
      callDecimals: input.callDecimals ?? null,
    });
    return { ratePlan, userErrors: [] };
  });
}
