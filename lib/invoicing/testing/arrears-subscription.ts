import type { Dec } from '../../money/decimal';
import type { PeriodBillingInput } from '../compute-invoice-lines';
import { recurringSpans } from '../recurring-spans';

type BilledSubscription = PeriodBillingInput['subscriptions'][number];

/**
 * A subscription billed in arrears on the account's periods at one unit price, as FORMAT.md
 * v1 bills every subscription: its recurring charge for `period` worked out as a bill run does.
 */
export function arrearsSubscription(
  sub: Omit<BilledSubscription, 'charges'> & { unitPrice: Dec },
  period: { start: string; end: string },
): BilledSubscription {
  const { unitPrice, ...rest } = sub;
  const spans = recurringSpans(
    { start: sub.start, end: sub.end, timing: 'in_arrears', anchorDay: null, replaced: false },
    { period, next: period },
    { creditUnusedOnCancel: true, billPartialWithNextPeriod: true },
    null,
  );
  return {
    ...rest,
    charges: spans.map((span) => ({ ...span, fullAmount: sub.quantity.times(unitPrice), unitPrice })),
  };
}
