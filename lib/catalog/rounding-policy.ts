import type { RoundingPolicy } from '../money/rounding';
import type { CatalogRecord, PriceRecord, RatePlanRecord } from './types';

/**
 * The rounding policy in force, resolved from the most specific level down; each setting
 * (mode, decimals) is taken from the first level that sets it:
 * - a call's charge (FORMAT.md's roundc, and each call's charge in db/queries/voice-charges):
 *   the rate plan's callRoundingMode / callDecimals → the catalog's roundingMode / callDecimals
 *   (the catalog always has both; a new catalog starts at half_up, 4 decimals);
 * - an invoice line: the price's lineRoundingMode / lineDecimals → the catalog's roundingMode /
 *   lineDecimals → the currency's minor unit (decimals only; see roundLineAmount). A voice
 *   line takes the voice product's price in force at the period's start;
 * - tax lines and invoice totals: the catalog's, whatever the prices say.
 * So a plan can round each call up to the cent while its catalog rounds lines half-even.
 */
export function roundingPolicyOf(
  catalog: Pick<CatalogRecord, 'roundingMode' | 'callDecimals' | 'lineDecimals'>,
  overrides: {
    ratePlan?: Pick<RatePlanRecord, 'callRoundingMode' | 'callDecimals'> | null | undefined;
    price?: Pick<PriceRecord, 'lineRoundingMode' | 'lineDecimals'> | null | undefined;
  } = {},
): RoundingPolicy {
  const { ratePlan, price } = overrides;
  return {
    mode: catalog.roundingMode,
    callDecimals: ratePlan?.callDecimals ?? catalog.callDecimals,
    lineDecimals: price?.lineDecimals ?? catalog.lineDecimals,
    callMode: ratePlan?.callRoundingMode ?? null,
    lineMode: price?.lineRoundingMode ?? null,
  };
}
