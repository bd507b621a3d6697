import { Dec } from '../money/decimal';
import { assertQuantity } from './quantity';
import type { RatedAmount } from './types';

const ONE = new Dec(1);

/** A fixed amount for the period, whatever the quantity (a platform fee, a setup fee). */
export function rateFlat(quantity: Dec, price: { amount: Dec }): RatedAmount {
  assertQuantity(quantity);
  return {
    amount: price.amount,
    breakdown: [{ label: 'Flat fee', quantity: ONE, unitPrice: price.amount, amount: price.amount }],
  };
}
