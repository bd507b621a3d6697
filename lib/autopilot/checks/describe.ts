import { formatAmount, formatUnitPrice } from '../../money/format-money';

/** Money as a reviewer reads it in a finding: "1,240.00 USD". */
export function money(amount: string, currency: string): string {
  return `${formatAmount(amount, currency)} ${currency}`;
}

/** A unit price, every decimal kept: "0.0125 USD". */
export function price(amount: string, currency: string): string {
  return `${formatUnitPrice(amount, currency)} ${currency}`;
}

/** "1 record", "3 records". */
export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
