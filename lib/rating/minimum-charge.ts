import { Dec } from '../money/decimal';
import type { RatedAmount } from './types';

const ONE = new Dec(1);

/**
 * Tops an amount up to a minimum for the period ("at least 10.00 a month"), adding the
 * difference as its own breakdown line so an invoice can show it.
 */
export function applyMinimumCharge(rated: RatedAmount, minimum: Dec | null | undefined): RatedAmount {
  if (!minimum || !rated.amount.lessThan(minimum)) return rated;
  const topUp = minimum.minus(rated.amount);
  return {
    amount: minimum,
    breakdown: [
      ...rated.breakdown,
      { label: 'Minimum charge top-up', quantity: ONE, unitPrice: topUp, amount: topUp },
    ],
  };
}
