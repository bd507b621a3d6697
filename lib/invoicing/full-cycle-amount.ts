import type { Dec } from '../money/decimal';
import { type PriceModel, ratePrice } from '../rating/price-model';

/**
 * What a quantity costs for a whole cycle, exact, and the unit price to print beside it when
 * one explains it: quantity × unit price equals the amount exactly (per-unit and flat prices,
 * an override, tiers that come out even). 3 units of a graduated 1.25-then-1.00 price cost
 * 3.25 and print no unit price, rather than 1.0833…3 to 40 digits; a partial cycle prorates
 * the 3.25 itself, never a rounded unit price multiplied back.
 */
export function fullCycleAmount(
  quantity: Dec,
  price: { override: Dec } | { model: PriceModel },
): { amount: Dec; unitPrice: Dec | null } {
  if ('override' in price) return { amount: quantity.times(price.override), unitPrice: price.override };
  const { model } = price;
  if (model.model === 'per_unit')
    return { amount: quantity.times(model.unitPrice), unitPrice: model.unitPrice };
  if (model.model === 'flat') return { amount: quantity.times(model.amount), unitPrice: model.amount };
  const amount = ratePrice(model, quantity).amount;
  return { amount, unitPrice: exactUnitPrice(amount, quantity) };
}

/** amount ÷ quantity when it is exact and short (at most 10 decimals), else null. */
export function exactUnitPrice(amount: Dec, quantity: Dec): Dec | null {
  if (quantity.isZero()) return null;
  const unit = amount.dividedBy(quantity);
  return unit.decimalPlaces() <= 10 && unit.times(quantity).equals(amount) ? unit : null;
}
