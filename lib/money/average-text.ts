import Decimal from 'decimal.js';

/**
 * The ARPU figures are printed as the shared sample prints them: a 28-significant-digit
 * quotient, or, when the division is exact, the exact value with at least two decimals
 * (1355.539827586206896551724138, 1420.14). This is Python's decimal arithmetic, which
 * produced the sample; matching it lets one checker read both.
 */
const Quotient = Decimal.clone({
  precision: 28,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
});

export function averageText(total: Decimal.Value, count: number): string {
  if (count === 0) return '0.00';
  const sum = new Quotient(total);
  const quotient = sum.dividedBy(count);
  if (quotient.times(count).equals(sum)) return quotient.toFixed(Math.max(quotient.decimalPlaces(), 2));
  return quotient.toPrecision(28);
}
