import type { Dec } from '../money/decimal';

/**
 * Pricing functions take validated input; a negative quantity here is a bug upstream
 * (ingestion rejects negative quantities with a reason), so it fails loudly.
 */
export function assertQuantity(quantity: Dec): void {
  if (quantity.isNegative() || !quantity.isFinite()) {
    throw new RangeError(`Quantity must be a finite, non-negative number, got ${quantity.toString()}`);
  }
}
