import { minorUnitExponent } from './currencies';
import { parseDecimal } from './decimal';

/**
 * Groups the integer digits of a plain decimal string in threes ("-1234567.50" →
 * "-1,234,567.50"). Works on the digits themselves, so no amount ever passes through a float.
 */
function groupThousands(fixed: string): string {
  const negative = fixed.startsWith('-');
  const unsigned = negative ? fixed.slice(1) : fixed;
  const [integer = '0', fraction] = unsigned.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** toFixed can write "-0.00" for a tiny negative or negative zero: an amount of zero has no sign. */
function withoutNegativeZero(fixed: string): string {
  return /^-[0.]+$/.test(fixed) ? fixed.slice(1) : fixed;
}

/**
 * An amount as a person reads it, with the currency's minor unit and thousands separators:
 * "1234.5" in USD is "1,234.50", in JPY "1,235", in KWD "1,234.500". Amounts with more
 * decimals than the currency has (unsettled values) are rounded half away from zero.
 * @throws Error when `amount` is not a plain decimal string or `currency` is unknown.
 */
export function formatAmount(amount: string, currency: string): string {
  const decimals = minorUnitExponent(currency);
  return groupThousands(withoutNegativeZero(parseDecimal(amount).toFixed(decimals)));
}

/**
 * An unrounded price per unit, with at least the currency's minor unit and every further
 * decimal it has, never rounded: "40" in USD is "40.00", "0.0125" stays "0.0125".
 * @throws Error when `price` is not a plain decimal string or `currency` is unknown.
 */
export function formatUnitPrice(price: string, currency: string): string {
  const value = parseDecimal(price);
  const decimals = Math.max(minorUnitExponent(currency), value.decimalPlaces());
  return groupThousands(withoutNegativeZero(value.toFixed(decimals)));
}

/** An amount with its currency code in front: "USD 1,234.50", "USD -12.00". */
export function formatMoney(amount: string, currency: string): string {
  return `${currency} ${formatAmount(amount, currency)}`;
}

/**
 * A quantity (seats, minutes, messages) with thousands separators and as many decimals as
 * it has, without trailing zeros: "1500.000" → "1,500", "0.0150" → "0.015".
 * @throws Error when `quantity` is not a plain decimal string.
 */
export function formatQuantity(quantity: string): string {
  return groupThousands(withoutNegativeZero(parseDecimal(quantity).toFixed()));
}
