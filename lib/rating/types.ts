import type { Dec } from '../money/decimal';

/**
 * One tier of a tiered price. A tier covers quantities from `from` (inclusive) up to the
 * next tier's `from` (exclusive); the first tier starts at 0. Prices are unrounded,
 * currency units per unit; `flatFee` is charged once when any quantity reaches the tier.
 */
export interface Tier {
  from: Dec;
  unitPrice: Dec;
  flatFee?: Dec | null;
}

/** One line of how an amount was reached, e.g. "1,000 units at 0.01 in tier 1". */
export interface BreakdownLine {
  label: string;
  quantity: Dec;
  unitPrice: Dec;
  amount: Dec;
  /** Index of the tier this line comes from, when the model has tiers. */
  tierIndex?: number;
}

/** An unrounded amount with its breakdown; the lines' amounts add up to `amount`. */
export interface RatedAmount {
  amount: Dec;
  breakdown: BreakdownLine[];
}
