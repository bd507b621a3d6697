import type { RoundingPolicy } from '../money/rounding';
import type { CatalogRecord } from './types';

/** The rounding policy a catalog bills with. */
export function roundingPolicyOf(
  catalog: Pick<CatalogRecord, 'roundingMode' | 'callDecimals' | 'lineDecimals'>,
): RoundingPolicy {
  return {
    mode: catalog.roundingMode,
    callDecimals: catalog.callDecimals,
    lineDecimals: catalog.lineDecimals,
  };
}
