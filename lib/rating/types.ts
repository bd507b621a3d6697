import type { Dec } from '../money/decimal';

/**
 * One tier of a tiered price, written as Stripe, Lago and Orb write them: a tier covers the
 * quantities above the previous tier's `upTo` (0 for the first) up to its own `upTo`,
 * inclusive; `upTo` null is the last, open tier. Graduated pricing prices the units in
 * (previous upTo, upTo] at each tier; volume pricing picks the first tier whose upTo is at
 * least the total. Prices are unrounded, currency units per unit; `flatFee` is charged once
 * when the quantity enters the tier (graduated) or lands in it (volume).
 */
export interface Tier {
  upTo: Dec | null;
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
