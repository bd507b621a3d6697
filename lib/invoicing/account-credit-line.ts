import { Dec } from '../money/decimal';
import type { ComputedLine } from './compute-invoice-lines';

/**
 * The line that settles an invoice against the account's credit balance, if one is due: an
 * invoice whose credits exceed its charges (a downgrade's unused days) ends at zero and
 * carries the excess to the balance; a later invoice takes from the balance as much as it
 * owes, never going below zero. Outside every tax base (no tax category).
 */
export function accountCreditLine(total: Dec, creditBalance: Dec): ComputedLine | null {
  const line = (amount: Dec): ComputedLine => ({
    lineType: 'account_credit',
    key: 'account-credit',
    productCode: null,
    quantity: new Dec(1),
    amount,
    taxCategory: '',
  });
  // decimal.js counts zero as positive: compare with zero instead.
  if (total.lessThan(0)) return line(total.negated());
  if (total.greaterThan(0) && creditBalance.greaterThan(0))
    return line(Dec.min(total, creditBalance).negated());
  return null;
}
