import Decimal from 'decimal.js';

/**
 * The one Decimal constructor for money and rates: a clone, so nothing else's global
 * Decimal settings can change our arithmetic. 40 significant digits hold any amount times
 * any rate exactly; rounding happens only where a rounding policy says so.
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof Dec>;
export type DecimalInput = Dec | string | number;

const DECIMAL_STRING = /^-?(0|[1-9]\d*|\d+)(\.\d+)?$/;

/**
 * Parses a plain decimal string ("12.5", "0.0150"). Rejects exponents, thousands
 * separators and anything else a CSV or API might carry by mistake.
 * @throws Error for anything that is not a plain decimal.
 */
export function parseDecimal(text: string): Dec {
  const trimmed = text.trim();
  if (!DECIMAL_STRING.test(trimmed)) throw new Error(`"${text}" is not a plain decimal number`);
  return new Dec(trimmed);
}

export function isPlainDecimal(text: string): boolean {
  return DECIMAL_STRING.test(text.trim());
}

export const ZERO = new Dec(0);

export function sum(values: Iterable<Dec>): Dec {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}
