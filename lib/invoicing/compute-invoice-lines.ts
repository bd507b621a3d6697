import { addDays } from '../dates';
import { type Dec, sum } from '../money/decimal';
import { type RoundingMode, type RoundingPolicy, roundLineAmount } from '../money/rounding';
import { type Allowance, includedAllowance } from '../rating/allowances';
import type { DestinationClass } from '../rating/destinations';
import { applyMinimumCharge } from '../rating/minimum-charge';
import { type PriceModel, ratePrice } from '../rating/price-model';
import { overlapDays, type ProrationMethod, prorateBy } from '../rating/proration';
import type { Span } from '../rating/spans';
import { type DestinationTotals, voiceLinesOf } from '../rating/voice-lines';

/**
 * What one account is billed for one period, as pure data in and lines out: the rules of
 * FORMAT.md's "How the legacy system billed a period", which bill runs and the parallel
 * run both apply. Amounts are settled per line with the catalog's rounding policy.
 */
/** A price's own rounding of its invoice lines (prices.line_rounding_mode/line_decimals). */
export interface LineRounding {
  mode: RoundingMode | null;
  decimals: number | null;
}

export interface PeriodBillingInput {
  period: { start: string; end: string };
  currency: string;
  policy: RoundingPolicy;
  /** How partial cycles of recurring charges are prorated. */
  prorationMethod: ProrationMethod;
  subscriptions: {
    id: string;
    productCode: string;
    quantity: Dec;
    discountPercent: Dec;
    /**
     * Its recurring lines on this invoice (lib/invoicing/recurring-spans decides which), each
     * with the amount of the whole cycle at the price in force on its first billed day and,
     * where one price explains it (quantity × price exactly), that unit price.
     */
    charges: RecurringCharge[];
    start: string;
    end: string | null;
    taxCategory: string;
    /** Included minutes per unit for some destination classes, not prorated. */
    allowances: { minutesPerUnit: Dec; classes: readonly DestinationClass[] }[];
    lineRounding?: LineRounding | null;
  }[];
  oneTimeCharges: {
    id: string;
    productCode: string;
    date: string;
    quantity: Dec;
    /** Exact, unrounded; with the unit price that explains it, when one does. */
    amount: Dec;
    unitPrice: Dec | null;
    taxCategory: string;
    lineRounding?: LineRounding | null;
  }[];
  /**
   * The period's calls per destination, charged after the allowances of periodAllowances by
   * the one rule in db/queries/voice-charges (lib/invoicing/load-voice-usage loads them).
   */
  voice: {
    productCode: string;
    taxCategory: string;
    destinations: DestinationTotals[];
    lineRounding?: LineRounding | null;
  } | null;
  /**
   * The period's metered totals; `included` of it is covered by allowances
   * (lib/invoicing/usage-allowances) and the rest is priced by the product's price model.
   */
  metered: {
    productCode: string;
    quantity: Dec;
    included?: Dec;
    price: PriceModel;
    taxCategory: string;
    lineRounding?: LineRounding | null;
    /**
     * Percentage prices only: the period's transactions charged one by one, summed, unrounded
     * (db/queries/percentage-charges; lib/invoicing/load-percentage-charges loads them). The
     * price's minimum for the period still applies to the sum.
     */
    transactionCharges?: Dec;
  }[];
  taxRates: { taxCode: string; taxCategory: string; ratePercent: Dec }[];
}

export interface RecurringCharge {
  cycle: Span;
  service: Span;
  credit: boolean;
  fullAmount: Dec;
  unitPrice: Dec | null;
}

export type InvoiceLineType = 'recurring' | 'discount' | 'usage' | 'one_time' | 'tax' | 'account_credit';

export interface ComputedLine {
  lineType: InvoiceLineType;
  /** FORMAT.md's line identity: subscription, charge, destination, product or tax code + category. */
  key: string;
  productCode: string | null;
  /** Informative: seats, billable minutes, messages, MB, or the tax base. */
  quantity: Dec;
  amount: Dec;
  /**
   * Unrounded, currency units per unit: present only when the amount is exactly quantity ×
   * unitPrice rounded to the currency (whole-period recurring charges, one-time charges,
   * per-unit metered usage without a minimum top-up). Absent where no one price explains the
   * amount: prorated or discount lines, tiers, packages, flat fees, calls rated one by one, tax.
   */
  unitPrice?: Dec;
  /** For tax lines: which category they tax. */
  taxCategory: string;
  /** On a parent's invoice, the child account a line is for (its key is the child's own). */
  serviceAccount?: string;
  /** The days the line is for: a recurring charge's (or credit's) days, the usage period. */
  servicePeriod?: Span;
  /** Recurring and discount lines: the subscription billed. */
  subscriptionId?: string;
}

export interface ComputedInvoice {
  lines: ComputedLine[];
  subtotal: Dec;
  taxTotal: Dec;
  total: Dec;
}

export function computeInvoiceLines(input: PeriodBillingInput): ComputedInvoice {
  const lines = computeChargeLines(input);
  lines.push(...taxLinesFromRates(lines, input.taxRates, input.currency, input.policy));
  return totalInvoice(lines);
}

/** Every line but tax: FORMAT.md's steps 1 to 5. */
export function computeChargeLines(input: Omit<PeriodBillingInput, 'taxRates'>): ComputedLine[] {
  const { period, currency, policy } = input;
  const usagePeriod = { start: period.start, end: period.end };
  const lines: ComputedLine[] = [];

  for (const sub of input.subscriptions) {
    const roundLine = lineRounder(currency, policy, sub.lineRounding);
    for (const charge of sub.charges) {
      // With no proration nothing is given back for unused days.
      if (charge.credit && input.prorationMethod === 'none') continue;
      const share = roundLine(
        prorateBy(input.prorationMethod, charge.fullAmount, charge.service, charge.cycle, roundLine),
      );
      const recurring = charge.credit ? share.negated() : share;
      const whole = charge.service.start === charge.cycle.start && charge.service.end === charge.cycle.end;
      const billed = { servicePeriod: charge.service, subscriptionId: sub.id };
      lines.push({
        lineType: 'recurring',
        key: sub.id,
        productCode: sub.productCode,
        quantity: sub.quantity,
        amount: recurring,
        ...(whole && !charge.credit && charge.unitPrice && { unitPrice: charge.unitPrice }),
        taxCategory: sub.taxCategory,
        ...billed,
      });
      if (sub.discountPercent.greaterThan(0)) {
        lines.push({
          lineType: 'discount',
          key: sub.id,
          productCode: sub.productCode,
          quantity: sub.discountPercent,
          amount: roundLine(recurring.times(sub.discountPercent).dividedBy(100)).negated(),
          taxCategory: sub.taxCategory,
          ...billed,
        });
      }
    }
  }

  if (input.voice) {
    const voicePolicy = withLineRounding(policy, input.voice.lineRounding);
    for (const line of voiceLinesOf(input.voice.destinations, currency, voicePolicy)) {
      lines.push({
        lineType: 'usage',
        key: line.destination,
        productCode: input.voice.productCode,
        quantity: line.billableMinutes,
        amount: line.amount,
        taxCategory: input.voice.taxCategory,
        servicePeriod: usagePeriod,
      });
    }
  }

  for (const usage of input.metered) {
    // What allowances leave is priced (tiers, volume, packages apply to it); the line's
    // quantity is that chargeable quantity, and none is written when nothing is left.
    const quantity = usage.included ? usage.quantity.minus(usage.included) : usage.quantity;
    if (quantity.lessThanOrEqualTo(0) && !usage.transactionCharges?.greaterThan(0)) continue;
    const round = lineRounder(currency, policy, usage.lineRounding);
    const rated = meteredAmount(usage, quantity);
    const unitPrice = usage.price.model === 'per_unit' ? usage.price.unitPrice : null;
    lines.push({
      lineType: 'usage',
      key: usage.productCode,
      productCode: usage.productCode,
      quantity,
      amount: round(rated),
      // A minimum charge's top-up leaves the amount no longer quantity × unit price.
      ...(unitPrice && rated.equals(quantity.times(unitPrice)) && { unitPrice }),
      taxCategory: usage.taxCategory,
      servicePeriod: usagePeriod,
    });
  }

  for (const charge of input.oneTimeCharges) {
    if (charge.date < period.start || charge.date >= period.end) continue;
    const round = lineRounder(currency, policy, charge.lineRounding);
    lines.push({
      lineType: 'one_time',
      key: charge.id,
      productCode: charge.productCode,
      quantity: charge.quantity,
      amount: round(charge.amount),
      ...(charge.unitPrice && { unitPrice: charge.unitPrice }),
      servicePeriod: { start: charge.date, end: addDays(charge.date, 1) },
      taxCategory: charge.taxCategory,
    });
  }

  return lines;
}

/** A metered line's unrounded amount: by its price on the total, or its transactions' charges. */
function meteredAmount(usage: PeriodBillingInput['metered'][number], chargeable: Dec): Dec {
  if (usage.price.model !== 'percentage') return ratePrice(usage.price, chargeable).amount;
  if (!usage.transactionCharges)
    throw new Error(`${usage.productCode}: a percentage price needs its transactions' charges`);
  return applyMinimumCharge({ amount: usage.transactionCharges, breakdown: [] }, usage.price.minimumCharge)
    .amount;
}

/** The invoice's policy with a price's own line rounding over it (lib/catalog/rounding-policy's order). */
function withLineRounding(
  policy: RoundingPolicy,
  lineRounding: LineRounding | null | undefined,
): RoundingPolicy {
  if (!lineRounding) return policy;
  return {
    ...policy,
    lineMode: lineRounding.mode ?? policy.lineMode ?? null,
    lineDecimals: lineRounding.decimals ?? policy.lineDecimals ?? null,
  };
}

function lineRounder(
  currency: string,
  policy: RoundingPolicy,
  lineRounding: LineRounding | null | undefined,
) {
  const linePolicy = withLineRounding(policy, lineRounding);
  return (amount: Dec) => roundLineAmount(amount, currency, linePolicy);
}

/**
 * The included minutes of a period, in the order they are consumed: those of every
 * subscription that overlaps it, whole and not prorated (FORMAT.md step 3).
 */
export function periodAllowances(
  subscriptions: readonly Pick<
    PeriodBillingInput['subscriptions'][number],
    'start' | 'end' | 'quantity' | 'allowances'
  >[],
  period: { start: string; end: string },
): Allowance[] {
  return subscriptions.flatMap((sub) =>
    overlapDays({ start: sub.start, end: sub.end }, period) === 0
      ? []
      : sub.allowances.map((allowance) =>
          includedAllowance(allowance.minutesPerUnit, sub.quantity, allowance.classes),
        ),
  );
}

/** FORMAT.md's step 6: one tax line per rate whose category has a non-zero base. */
export function taxLinesFromRates(
  billed: readonly ComputedLine[],
  taxRates: PeriodBillingInput['taxRates'],
  currency: string,
  policy: RoundingPolicy,
): ComputedLine[] {
  const lines: ComputedLine[] = [];
  for (const tax of taxRates) {
    const base = sum(
      billed.filter((line) => line.taxCategory === tax.taxCategory).map((line) => line.amount),
    );
    if (base.isZero()) continue;
    lines.push({
      lineType: 'tax',
      key: `${tax.taxCode}/${tax.taxCategory}`,
      productCode: null,
      quantity: base,
      amount: roundLineAmount(base.times(tax.ratePercent).dividedBy(100), currency, policy),
      taxCategory: tax.taxCategory,
    });
  }
  return lines;
}

/** Step 7: subtotal, tax and total of the rounded lines. */
export function totalInvoice(lines: ComputedLine[]): ComputedInvoice {
  const subtotal = sum(lines.filter((line) => line.lineType !== 'tax').map((line) => line.amount));
  const taxTotal = sum(lines.filter((line) => line.lineType === 'tax').map((line) => line.amount));
  return { lines, subtotal, taxTotal, total: subtotal.plus(taxTotal) };
}
