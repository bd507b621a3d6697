import { addDays } from '../../dates';
import { Dec } from '../../money/decimal';
import { daysBetween } from '../../rating/proration';
import { blankLine, formatAmount2, HUNDRED, round2 } from './line-format';
import type {
  AdvanceBilling,
  BillingPeriod,
  InvoiceLine,
  LegacyRounding,
  ProductRow,
  SubscriptionRow,
} from './types';

/** What a recurring line was computed from, kept so a fault can recompute it differently. */
export interface RecurringBasis {
  subscription: SubscriptionRow;
  product: ProductRow;
  seats: Dec;
  /** The subscription's price, else the catalog's, as written. */
  priceText: string;
  /** The days the line is for, [serviceStart, serviceEnd), inside one period. */
  serviceStart: string;
  serviceEnd: string;
  /** Days of the line, and of the period they are a share of (the invoice's, or the next one). */
  days: number;
  periodDays: number;
  /** v1.1: days billed ahead and no longer due, given back. */
  credit: boolean;
}

/** The v1.1 side of a bill: the period billed ahead and the export's settings. */
export interface AdvanceContext extends AdvanceBilling {
  next: BillingPeriod;
}

/** The days [start, end) of `a` and `b` together, or null. Dates are YYYY-MM-DD, so text order is date order. */
function overlap(a: { start: string; end: string }, b: { start: string; end: string }) {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start < end ? { start, end } : null;
}

/** An end date far enough away to stand for "open". */
const OPEN = '9999-12-31';

/**
 * The recurring lines of one subscription on the invoice of `period`, in invoice order.
 *
 * In arrears (v1, and v1.1 products billed in arrears): the days it overlaps the period.
 *
 * In advance (v1.1): the legacy system billed each period ahead on the invoice before it,
 * for subscriptions active on its first day (or, without billPartialWithNextPeriod, from
 * their start), not knowing end dates yet. So the invoice of `period` carries, for
 * `period`: the days from a mid-period start that no invoice billed yet (only with
 * billPartialWithNextPeriod), and a credit for the days billed ahead after the end of an
 * ended subscription (always for a replaced one, for a cancelled one only with
 * creditUnusedOnCancel); then, for the next period, its charge billed ahead.
 */
export function recurringBases(
  subscription: SubscriptionRow,
  product: ProductRow,
  period: BillingPeriod,
  advance: AdvanceContext | null,
  replaced: boolean,
): RecurringBasis[] {
  const life = { start: subscription.startDate, end: subscription.endDate || OPEN };
  const basis = (cycle: BillingPeriod, span: { start: string; end: string }, credit = false) => ({
    subscription,
    product,
    seats: new Dec(subscription.quantity),
    priceText: subscription.unitPrice || product.unitPrice,
    serviceStart: span.start,
    serviceEnd: span.end,
    days: daysBetween(span.start, span.end),
    periodDays: daysBetween(cycle.start, cycle.end),
    credit,
  });
  const inPeriod = overlap(life, period);
  if (!advance || product.billingTiming !== 'advance') return inPeriod ? [basis(period, inPeriod)] : [];

  const bases: RecurringBasis[] = [];
  // What the previous invoice billed ahead for this period.
  let billedFrom: string | null = null;
  if (life.end > period.start) {
    if (life.start <= period.start) billedFrom = period.start;
    else if (!advance.billPartialWithNextPeriod && life.start < period.end) billedFrom = life.start;
  }
  if (advance.billPartialWithNextPeriod && life.start > period.start && inPeriod)
    bases.push(basis(period, inPeriod));
  if (billedFrom !== null && life.end < period.end && (replaced || advance.creditUnusedOnCancel)) {
    const from = life.end > billedFrom ? life.end : billedFrom;
    bases.push(basis(period, { start: from, end: period.end }, true));
  }
  // The next period, billed ahead: end dates are not known yet, unless it ended before it.
  const { next } = advance;
  if (life.end > next.start) {
    if (life.start <= next.start) bases.push(basis(next, next));
    else if (!advance.billPartialWithNextPeriod && life.start < next.end)
      bases.push(basis(next, { start: life.start, end: next.end }));
  }
  return bases;
}

/** A recurring or discount line's identity in v1.1: its subscription and first day. */
export const recurringKeyOf = (line: { subscriptionId: string; serviceStart: string }) =>
  `${line.subscriptionId}@${line.serviceStart}`;

/**
 * FORMAT.md step 1: round2(quantity × price × days / D), actual days, negated for a credit.
 * `daysOver` lets a fault prorate over some other month length (the legacy bug of a 30-day month).
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
    description: basis.credit ? `${basis.product.name} (unused days)` : basis.product.name,
    quantity: basis.subscription.quantity,
    unitPrice: priceText,
    amount: basis.credit ? amount.negated() : amount,
    serviceStart: basis.serviceStart,
    serviceEnd: basis.serviceEnd,
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
    serviceStart: recurring.serviceStart,
    serviceEnd: recurring.serviceEnd,
  });
}

/**
 * The period billed ahead: as many calendar months as the period when it runs from a 1st to
 * a 1st (October → November), else as many days.
 */
export function nextPeriodOf(period: BillingPeriod): BillingPeriod {
  const months = monthsBetween(period);
  if (months === null)
    return { start: period.end, end: addDays(period.end, daysBetween(period.start, period.end)) };
  const next = new Date(`${period.end}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + months);
  return { start: period.end, end: next.toISOString().slice(0, 10) };
}

/** Whole calendar months from the 1st to the 1st, or null. */
function monthsBetween(period: BillingPeriod): number | null {
  if (!period.start.endsWith('-01') || !period.end.endsWith('-01')) return null;
  const [y1, m1] = period.start.split('-').map(Number) as [number, number];
  const [y2, m2] = period.end.split('-').map(Number) as [number, number];
  return (y2 - y1) * 12 + (m2 - m1);
}
