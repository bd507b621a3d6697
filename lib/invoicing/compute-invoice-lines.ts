import { type Dec, sum } from '../money/decimal';
import { type RoundingMode, type RoundingPolicy, roundLineAmount } from '../money/rounding';
import { type Allowance, includedAllowance } from '../rating/allowances';
import type { DestinationClass } from '../rating/destinations';
import { type PriceModel, ratePrice } from '../rating/price-model';
import { daysBetween, overlapDays, prorate } from '../rating/proration';
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
  subscriptions: {
    id: string;
    productCode: string;
    quantity: Dec;
    unitPrice: Dec;
    discountPercent: Dec;
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
    unitPrice: Dec;
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
  metered: {
    productCode: string;
    quantity: Dec;
    price: PriceModel;
    taxCategory: string;
    lineRounding?: LineRounding | null;
  }[];
  taxRates: { taxCode: string; taxCategory: string; ratePercent: Dec }[];
}

export type InvoiceLineType = 'recurring' | 'discount' | 'usage' | 'one_time' | 'tax';

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
  const periodDays = daysBetween(period.start, period.end);
  const lines: ComputedLine[] = [];

  for (const sub of input.subscriptions) {
    const round = lineRounder(currency, policy, sub.lineRounding);
    const days = overlapDays({ start: sub.start, end: sub.end }, period);
    if (days === 0) continue;
    const recurring = round(prorate(sub.quantity.times(sub.unitPrice), days, periodDays));
    lines.push({
      lineType: 'recurring',
      key: sub.id,
      productCode: sub.productCode,
      quantity: sub.quantity,
      amount: recurring,
      ...(days === periodDays && { unitPrice: sub.unitPrice }),
      taxCategory: sub.taxCategory,
    });
    if (sub.discountPercent.greaterThan(0)) {
      const discount = round(recurring.times(sub.discountPercent).dividedBy(100)).negated();
      lines.push({
        lineType: 'discount',
        key: sub.id,
        productCode: sub.productCode,
        quantity: sub.discountPercent,
        amount: discount,
        taxCategory: sub.taxCategory,
      });
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
      });
    }
  }

  for (const usage of input.metered) {
    if (usage.quantity.isZero()) continue;
    const round = lineRounder(currency, policy, usage.lineRounding);
    const rated = ratePrice(usage.price, usage.quantity).amount;
    const unitPrice = usage.price.model === 'per_unit' ? usage.price.unitPrice : null;
    lines.push({
      lineType: 'usage',
      key: usage.productCode,
      productCode: usage.productCode,
      quantity: usage.quantity,
      amount: round(rated),
      // A minimum charge's top-up leaves the amount no longer quantity × unit price.
      ...(unitPrice && rated.equals(usage.quantity.times(unitPrice)) && { unitPrice }),
      taxCategory: usage.taxCategory,
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
      amount: round(charge.quantity.times(charge.unitPrice)),
      unitPrice: charge.unitPrice,
      taxCategory: charge.taxCategory,
    });
  }

  return lines;
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
