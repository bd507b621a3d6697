import { Dec } from '../../money/decimal';
import { overlapDays } from '../../rating/proration';
import { blankLine, formatAmount2, HUNDRED, round2 } from './line-format';
import type { BillingPeriod, InvoiceLine, LegacyRounding, ProductRow, SubscriptionRow } from './types';

/** What a recurring line was computed from, kept so a fault can recompute it differently. */
export interface RecurringBasis {
  subscription: SubscriptionRow;
  product: ProductRow;
  seats: Dec;
  /** The subscription's price, else the catalog's, as written. */
  priceText: string;
  /** Days the subscription overlaps the period. */
  days: number;
  periodDays: number;
}

export function recurringBasis(
  subscription: SubscriptionRow,
  product: ProductRow,
  period: BillingPeriod,
  periodDays: number,
): RecurringBasis | null {
  const days = overlapDays(
    { start: subscription.startDate, end: subscription.endDate || null },
    { start: period.start, end: period.end },
  );
  if (days <= 0) return null;
  return {
    subscription,
    product,
    seats: new Dec(subscription.quantity),
    priceText: subscription.unitPrice || product.unitPrice,
    days,
    periodDays,
  };
}

/**
 * FORMAT.md step 1: round2(quantity × price × days / D), actual days. `daysOver` lets a
 * fault prorate over some other month length (the legacy bug of a 30-day month).
 */
export function recurringLine(
  basis: RecurringBasis,
  rounding: LegacyRounding,
  override: { priceText?: string; days?: number; daysOver?: number } = {},
): InvoiceLine {
  const priceText = override.priceText ?? basis.priceText;
  const days = override.days ?? basis.days;
  const over = override.daysOver ?? basis.periodDays;
  const full = basis.seats.times(priceText);
  const amount = round2(days === over ? full : full.times(days).dividedBy(over), rounding);
  return blankLine({
    lineType: 'recurring',
    productCode: basis.product.productCode,
    subscriptionId: basis.subscription.subscriptionId,
    description: basis.product.name,
    quantity: basis.subscription.quantity,
    unitPrice: priceText,
    amount,
  });
}

/** FORMAT.md step 2: −round2(recurring amount × discount_percent / 100), or null without a discount. */
export function discountLine(
  recurring: InvoiceLine,
  basis: RecurringBasis,
  rounding: LegacyRounding,
  percentText = basis.subscription.discountPercent,
): InvoiceLine | null {
  if (!percentText || !new Dec(percentText).greaterThan(0)) return null;
  const amount = round2(recurring.amount.times(percentText).dividedBy(HUNDRED), rounding).negated();
  return blankLine({
    lineType: 'discount',
    productCode: basis.product.productCode,
    subscriptionId: basis.subscription.subscriptionId,
    description: `${basis.product.name} discount ${percentText}%`,
    quantity: '1',
    unitPrice: formatAmount2(amount),
    amount,
  });
}
