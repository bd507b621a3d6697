import { Dec } from './decimal';

/**
 * The largest magnitude Switchboard accepts for any amount, price, rate or quantity sent to
 * it, in major units (10^12: a trillion dollars, or a trillion units). This is the one
 * setting: the GraphQL Decimal scalar, usage records and CSV imports all check against it.
 * The database refuses magnitudes of 10^15 and above on its own (db/schema/columns.ts), so
 * raise that backstop with a migration before raising this past it.
 */
export const MAX_AMOUNT = new Dec('1e12');

/** Whether a decimal's magnitude is within MAX_AMOUNT. */
export function isWithinAmountLimit(value: Dec | string): boolean {
  return new Dec(value).abs().lte(MAX_AMOUNT);
}

/** The limit as people read it, for error messages. */
export const MAX_AMOUNT_TEXT = '1,000,000,000,000';
