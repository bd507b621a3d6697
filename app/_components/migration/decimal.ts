import Decimal from 'decimal.js';
// Relative, not `@/`: the unit tests run this file without the app's path aliases.
import { formatAmount, formatMoney } from '../../../lib/money/format-money';

/**
 * Decimal strings from the API stay exact in the console: this clone is only for comparing
 * them and reading ratios, never for rounding money (the server already settled it).
 */
const Exact = Decimal.clone({ precision: 40 });

/**
 * An amount of a parallel run as text: in its currency, as everywhere in the console
 * ("USD 1,234.50"). Without a currency (an account the import did not create, a run over
 * several currencies) the settled decimal exactly as the API sent it, rather than a guess.
 */
export function formatRunMoney(value: string, currency: string | null): string {
  return currency ? formatMoney(value, currency) : value;
}

/**
 * A difference with an explicit + so its direction reads at a glance: "USD +12.00",
 * "USD -0.07", "USD 0.00" (the sign read after rounding to the currency's minor unit).
 */
export function formatDifference(value: string, currency: string | null): string {
  const amount = currency ? formatAmount(value, currency) : value;
  // The sign of what is shown: an amount that rounds to zero reads "0.00", not "+0.00".
  const signed = new Exact(amount.replaceAll(',', '')).greaterThan(0) ? `+${amount}` : amount;
  return currency ? `${currency} ${signed}` : signed;
}

/** A ratio such as "0.9833" as "98.33%"; null (nothing to divide by) as an em dash. */
export function formatRatio(value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${new Exact(value).times(100).toDecimalPlaces(2).toFixed(2)}%`;
}

export function isZero(value: string): boolean {
  return new Exact(value).isZero();
}

/** Orders two amounts by their size, whatever their sign. */
export function absCompare(a: string, b: string): number {
  return new Exact(a).abs().comparedTo(new Exact(b).abs());
}

/** A tolerance as typed: an amount of 0 or more. */
export function isValidAmount(value: string): boolean {
  return /^\d+(\.\d+)?$/.test(value.trim());
}
