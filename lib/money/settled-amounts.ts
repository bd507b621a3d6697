import { minorUnitExponent } from './currencies';
import { type Dec, isPlainDecimal, parseDecimal } from './decimal';
import { isWithinAmountLimit, MAX_AMOUNT_TEXT } from './limits';

/**
 * Settled amounts are money that changed hands (a payment, what it paid of an invoice):
 * never more decimals than the currency's minor unit. They are checked, not rounded: a
 * payment of 10.005 USD is a typing mistake to report, not a cent to invent.
 */
export function settledAmountProblem(text: string, currency: string): string | null {
  if (!isPlainDecimal(text)) return `"${text}" is not a plain decimal amount.`;
  const amount = parseDecimal(text);
  if (!amount.isPositive() || amount.isZero())
    return `The amount must be more than zero, not ${text.trim()}.`;
  if (!isWithinAmountLimit(amount))
    return `The amount ${text.trim()} is beyond the largest accepted, ${MAX_AMOUNT_TEXT}.`;
  const decimals = minorUnitExponent(currency);
  if (amount.decimalPlaces() > decimals) {
    return `${currency} amounts have at most ${decimals} decimal${decimals === 1 ? '' : 's'}; ${text.trim()} has more.`;
  }
  return null;
}

/**
 * An amount as text with at least the currency's minor-unit decimals ("100.00", not "100").
 * Never rounds: totals and balances are exact sums and keep any extra decimals they have.
 */
export function formatAmount(value: Dec, currency: string): string {
  return value.toFixed(Math.max(value.decimalPlaces(), minorUnitExponent(currency)));
}
