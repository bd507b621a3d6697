import { Dec, ZERO } from '../../money/decimal';
import { overlapDays } from '../../rating/proration';
import type { LegacyCatalog } from './legacy-catalog';
import { blankLine, round2 } from './line-format';
import {
  type AdvanceContext,
  discountLine,
  type RecurringBasis,
  recurringBases,
  recurringKeyOf,
  recurringLine,
} from './recurring-lines';
import { type TaxRateOverride, taxLines } from './tax-lines';
import { tieredUsageLine } from './tiered-usage';
import type {
  AccountBill,
  AccountRow,
  BillingPeriod,
  InvoiceLine,
  LegacyRounding,
  OneTimeChargeRow,
  SubscriptionRow,
  UsageRecord,
} from './types';
import { chargeVoiceCalls, type VoiceDestination, voiceLine } from './voice-usage';

export interface BillingContext {
  catalog: LegacyCatalog;
  period: BillingPeriod;
  rounding: LegacyRounding;
  /** Format v1.1: the period billed ahead and the settings; absent for v1 (arrears only). */
  advance?: AdvanceContext | null;
}

/** One account's inputs after the import rules: its subscriptions, charges and usage, in file order. */
export interface AccountInputs {
  account: AccountRow;
  subscriptions: readonly SubscriptionRow[];
  charges: readonly OneTimeChargeRow[];
  usage: readonly UsageRecord[];
}

/** An account's lines before tax, with what they were computed from (for fault injection). */
export interface RatedAccount {
  account: AccountRow;
  lines: InvoiceLine[];
  /** By recurringKeyOf (subscription and first day). */
  recurring: ReadonlyMap<string, RecurringBasis>;
  voice: readonly VoiceDestination[];
}

/**
 * FORMAT.md steps 1–5 for one account (with FORMAT-v1.1.md's step 1 when `ctx.advance` is
 * set): recurring and discount lines in subscription order,
 * one voice line per destination (by name), then SMS, data, and the one-time charges
 * dated in the period.
 */
export function rateAccount(ctx: BillingContext, inputs: AccountInputs): RatedAccount {
  const { catalog, period, rounding } = ctx;
  const lines: InvoiceLine[] = [];
  const recurring = new Map<string, RecurringBasis>();
  // v1.1: a subscription another one replaced was changed, not cancelled.
  const replaced = new Set(inputs.subscriptions.map((subscription) => subscription.replacesSubscriptionId));
  let includedMinutes = ZERO;
  for (const subscription of inputs.subscriptions) {
    const product = catalog.products.get(subscription.productCode);
    if (product?.kind !== 'recurring') continue;
    // Not prorated: a subscription active at all in the period brings its whole allowance.
    if (overlapDays({ start: subscription.startDate, end: subscription.endDate || null }, period) > 0)
      includedMinutes = includedMinutes.plus(
        new Dec(subscription.quantity).times(product.includedVoiceMinutes || '0'),
      );
    const isReplaced = replaced.has(subscription.subscriptionId);
    for (const basis of recurringBases(subscription, product, period, ctx.advance ?? null, isReplaced)) {
      const line = recurringLine(basis, rounding);
      recurring.set(recurringKeyOf(line), basis);
      lines.push(line);
      const discount = discountLine(line, basis, rounding);
      if (discount) lines.push(discount);
    }
  }

  const from = `${period.start}T00:00:00Z`;
  const to = `${period.end}T00:00:00Z`;
  // Timestamps are validated ISO 8601 UTC of one shape, so text order is time order.
  const inPeriod = inputs.usage.filter((record) => record.startedAt >= from && record.startedAt < to);
  const voiceProduct = catalog.usageProducts.get('voice');
  const voice = voiceProduct
    ? chargeVoiceCalls(
        inPeriod.filter((record) => record.usageType === 'voice'),
        catalog.decks.get(inputs.account.ratePlan),
        includedMinutes.times(60).toNumber(),
        rounding,
      )
    : [];
  if (voiceProduct) {
    for (const destination of voice) {
      lines.push(voiceLine(voiceProduct, destination.destination, destination.calls, rounding));
    }
  }
  for (const usageType of ['sms', 'data'] as const) {
    const product = catalog.usageProducts.get(usageType);
    if (!product) continue;
    const records = inPeriod.filter((record) => record.usageType === usageType);
    const line = tieredUsageLine(records, product, catalog.tiers.get(product.productCode), rounding);
    if (line) lines.push(line);
  }

  for (const charge of inputs.charges) {
    if (charge.chargeDate < period.start || charge.chargeDate >= period.end) continue;
    const product = catalog.products.get(charge.productCode);
    if (!product) continue;
    const priceText = charge.unitPrice || product.unitPrice;
    lines.push(
      blankLine({
        lineType: 'one_time',
        productCode: product.productCode,
        chargeId: charge.chargeId,
        description: product.name,
        quantity: charge.quantity,
        unitPrice: priceText,
        amount: round2(new Dec(charge.quantity).times(priceText), rounding),
      }),
    );
  }
  return { account: inputs.account, lines, recurring, voice };
}

/**
 * FORMAT.md steps 6–7: taxes on the given non-tax lines, then the totals. Null when there
 * is no line at all (no invoice). `override` makes one tax line use a wrong rate.
 */
export function finishBill(
  ctx: BillingContext,
  account: AccountRow,
  lines: readonly InvoiceLine[],
  override?: TaxRateOverride,
): AccountBill | null {
  if (lines.length === 0) return null;
  const taxes = taxLines(ctx.catalog, account.taxRegion, lines, ctx.rounding, override);
  const subtotal = lines.reduce((total, line) => total.plus(line.amount), ZERO);
  const taxTotal = taxes.reduce((total, line) => total.plus(line.amount), ZERO);
  return {
    accountId: account.accountId,
    currency: account.currency,
    lines: [...lines, ...taxes],
    subtotal,
    taxTotal,
    total: subtotal.plus(taxTotal),
  };
}

/**
 * Bills one account for the period exactly as FORMAT.md says the legacy system did.
 * Null when the account has no line (the legacy system issued no invoice).
 */
export function billAccount(ctx: BillingContext, inputs: AccountInputs): AccountBill | null {
  const rated = rateAccount(ctx, inputs);
  return finishBill(ctx, inputs.account, rated.lines);
}
