import { Dec, ZERO } from '../money/decimal';
import { assertQuantity } from './quantity';
import type { RatedAmount } from './types';

const PERCENT = new Dec('0.01');

/**
 * A percentage charge on transactions (payment surcharges): each record's quantity is a
 * transaction amount. Amounts are unrounded currency units.
 */
export interface PercentagePrice {
  /** Percent of each transaction's charged amount, e.g. 2.9. */
  ratePercent: Dec;
  /** Fixed fee per charged transaction. */
  transactionFee?: Dec | null;
  /** Least and most one charged transaction costs, rate and fee together. */
  transactionMinimum?: Dec | null;
  transactionMaximum?: Dec | null;
  /** The period's first N transactions are free. */
  freeTransactions?: number | null;
  /** The period's first amount of transactions is free. */
  freeAmount?: Dec | null;
}

/**
 * THE rule for percentage charges, transaction by transaction in time order through the
 * period (db/queries/percentage-charges.ts applies the same rule in SQL and its test pins
 * it against this function):
 * - the first `freeTransactions` transactions are free (they cost nothing, not even the fee);
 * - with `freeAmount`, a transaction that ends within the free amount (the running total of
 *   amounts, its own included, is at most freeAmount) is free; the one that crosses it is
 *   charged on the part above it, and later ones on their whole amount;
 * - a charged transaction costs charged amount × rate / 100 + fee, raised to the minimum
 *   and then capped at the maximum. Nothing is rounded here; the invoice line is.
 */
export function ratePercentage(amounts: readonly Dec[], price: PercentagePrice): RatedAmount {
  let total = ZERO;
  let before = ZERO;
  let charged = 0;
  amounts.forEach((amount, index) => {
    assertQuantity(amount);
    const cumulative = before.plus(amount);
    const chargedAmount = chargedPart(amount, before, cumulative, index, price);
    before = cumulative;
    if (chargedAmount === null) return;
    charged += 1;
    total = total.plus(transactionCharge(chargedAmount, price));
  });
  const free = amounts.length - charged;
  return {
    amount: total,
    breakdown: [
      {
        label: `${charged} transaction${charged === 1 ? '' : 's'} at ${price.ratePercent.toString()}%${
          price.transactionFee?.greaterThan(0) ? ` + ${price.transactionFee.toString()}` : ''
        }${free > 0 ? ` (${free} free)` : ''}`,
        quantity: new Dec(charged),
        unitPrice: charged === 0 ? ZERO : total.dividedBy(charged),
        amount: total,
      },
    ],
  };
}

/** The part of a transaction's amount that is charged, or null when the transaction is free. */
function chargedPart(
  amount: Dec,
  before: Dec,
  cumulative: Dec,
  index: number,
  price: PercentagePrice,
): Dec | null {
  if (price.freeTransactions && index < price.freeTransactions) return null;
  if (price.freeAmount) {
    if (cumulative.lessThanOrEqualTo(price.freeAmount)) return null;
    return cumulative.minus(Dec.max(before, price.freeAmount));
  }
  return amount;
}

/** One charged transaction: rate and fee, then the minimum, then the maximum. */
export function transactionCharge(chargedAmount: Dec, price: PercentagePrice): Dec {
  let charge = chargedAmount
    .times(price.ratePercent)
    .times(PERCENT)
    .plus(price.transactionFee ?? ZERO);
  if (price.transactionMinimum) charge = Dec.max(charge, price.transactionMinimum);
  if (price.transactionMaximum) charge = Dec.min(charge, price.transactionMaximum);
  return charge;
}

/** Why a percentage price cannot be used, or an empty list. */
export function percentageProblems(price: PercentagePrice): string[] {
  const problems: string[] = [];
  if (price.ratePercent.isNegative()) problems.push('The rate cannot be negative.');
  if (price.transactionFee?.isNegative()) problems.push('The transaction fee cannot be negative.');
  if (price.transactionMinimum?.isNegative()) problems.push('The transaction minimum cannot be negative.');
  if (price.transactionMaximum?.isNegative()) problems.push('The transaction maximum cannot be negative.');
  if (
    price.transactionMinimum &&
    price.transactionMaximum &&
    price.transactionMinimum.greaterThan(price.transactionMaximum)
  )
    problems.push('The transaction minimum cannot be above the maximum.');
  const freeTransactions = price.freeTransactions;
  if (
    freeTransactions !== null &&
    freeTransactions !== undefined &&
    (!Number.isInteger(freeTransactions) || freeTransactions < 0)
  )
    problems.push('Free transactions must be a whole number, 0 or more.');
  if (price.freeAmount?.isNegative()) problems.push('The free amount cannot be negative.');
  if (freeTransactions && price.freeAmount?.greaterThan(0))
    problems.push('Give free transactions or a free amount, not both.');
  return problems;
}
