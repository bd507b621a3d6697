import type { Dec } from '../money/decimal';
import { assertQuantity } from './quantity';
import type { RatedAmount } from './types';

/** Every unit at one price: seats, devices, numbers, messages. */
export function ratePerUnit(quantity: Dec, price: { unitPrice: Dec }): RatedAmount {
  assertQuantity(quantity);
  const amount = quantity.times(price.unitPrice);
  return { amount, breakdown: [{ label: 'Per unit', quantity, unitPrice: price.unitPrice, amount }] };
}
