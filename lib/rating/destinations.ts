import type { Dec } from '../money/decimal';
import type { BillingIncrement } from './billing-increments';
import type { RateStep } from './rate-steps';

/**
 * Kinds of destination, for allowances ("1,000 domestic minutes") and reporting. A rate
 * deck row names one; FORMAT.md's `domestic` flag maps to `domestic` or `international`.
 */
export const destinationClasses = [
  'domestic',
  'international',
  'mobile',
  'toll_free',
  'premium',
  'other',
] as const;
export type DestinationClass = (typeof destinationClasses)[number];

export function isDestinationClass(value: string): value is DestinationClass {
  return (destinationClasses as readonly string[]).includes(value);
}

/** One row of a rate deck: calls to numbers starting with `prefix` cost this. */
export interface DestinationRate {
  prefix: string;
  destination: string;
  destinationClass: DestinationClass;
  /** Currency units per minute, unrounded; the rate outside any time band. */
  ratePerMinute: Dec;
  /** Rates per time band (e.g. "offpeak"); a band without one uses ratePerMinute. */
  bandRates?: ReadonlyMap<string, Dec>;
  increment: BillingIncrement;
  /** Charged once on every call with billable seconds. */
  connectionFee: Dec;
  /** A multi-step rate: prices calls instead of ratePerMinute and increment. */
  steps?: readonly RateStep[] | null;
  /** What a band changes besides its rate; anything it leaves out is the row's own. */
  bandTerms?: ReadonlyMap<string, BandTerms>;
}

/** A band's own connection fee, increments or steps on one destination. */
export interface BandTerms {
  connectionFee?: Dec | null;
  increment?: Partial<BillingIncrement> | null;
  steps?: readonly RateStep[] | null;
}

/** E.164 digits of a dialled number: "+44 20 7946-0000" → "442079460000"; null if it holds anything else. */
export function normalizeNumber(raw: string): string | null {
  const digits = raw
    .trim()
    .replace(/^\+/, '')
    .replace(/[\s\-().]/g, '');
  return /^\d{1,20}$/.test(digits) ? digits : null;
}
