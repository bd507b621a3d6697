import { Dec, ZERO } from '../../money/decimal';
import { daysBetween } from '../../rating/proration';
import type { FaultCategory, PlannedFault } from './fault-plan';
import { formatAmount2, round2 } from './line-format';
import type { Prng } from './prng';
import { discountLine, recurringKeyOf, recurringLine } from './recurring-lines';
import { type BillingContext, finishBill, type RatedAccount } from './reference-biller';
import type { AccountBill, InvoiceLine, SubscriptionRow } from './types';
import { type ChargedCall, voiceLine } from './voice-usage';

/** A fault as expected.json reports it: the category and which line shows it. */
export interface FaultRecord {
  category: FaultCategory;
  line_type?: string;
  product_code?: string;
  destination?: string;
  tax_code?: string;
}

export interface InjectedFault {
  /** What the legacy system issued: null for no invoice. */
  legacy: AccountBill | null;
  record: FaultRecord;
}

/** The legacy system over-charged a destination by a quarter (a stale rate in its deck). */
const RATE_FACTOR = new Dec('1.25');
/** The legacy price list was this much above the catalog for one product. */
const PRICE_DELTA = new Dec('2.00');
/** Percentage points a tax rate was out of date by. */
const TAX_DELTA = new Dec('0.5');
/** Percentage points a wrong discount was off by. */
const DISCOUNT_DELTA = new Dec('5');

const replaceLine = (lines: readonly InvoiceLine[], from: InvoiceLine, to: InvoiceLine[]) =>
  lines.flatMap((line) => (line === from ? to : [line]));

/**
 * Perturbs an account's correct legacy bill the way a buggy legacy system would, one
 * fault per account; taxes are recomputed on the perturbed lines as the legacy system did
 * (except for a closed account it should not have billed at all, which it billed untaxed,
 * as in the shared sample). Returns null when the account offers no line the fault could
 * show on (then the account stays clean). USAGE_MISSING here is the legacy system losing
 * calls; see dropExportedCall for the other way round.
 */
export function injectFault(
  ctx: BillingContext,
  rated: RatedAccount,
  fault: PlannedFault,
  rng: Prng,
  subscriptions: readonly SubscriptionRow[],
): InjectedFault | null {
  const { rounding } = ctx;
  const finish = (lines: readonly InvoiceLine[], override?: Parameters<typeof finishBill>[3]) =>
    finishBill(ctx, rated.account, lines, override);
  const lines = rated.lines;
  switch (fault.category) {
    case 'RATE': {
      const candidates = lines.filter(
        (line) => line.lineType === 'usage' && line.destination && line.amount.gte('0.20'),
      );
      if (candidates.length === 0) return null;
      const line = rng.pick(candidates);
      const amount = round2(line.amount.times(RATE_FACTOR), rounding);
      return {
        legacy: finish(replaceLine(lines, line, [{ ...line, amount }])),
        record: {
          category: 'RATE',
          destination: line.destination,
          line_type: 'usage',
          product_code: line.productCode,
        },
      };
    }
    case 'USAGE_MISSING': {
      const candidates = rated.voice.filter(
        (destination) => !destination.domestic && destination.calls.length >= 2,
      );
      if (candidates.length === 0) return null;
      const destination = rng.pick(candidates);
      const line = lines.find((candidate) => candidate.destination === destination.destination);
      if (!line) return null;
      // The legacy system lost the last calls of the destination; international calls
      // use no allowance, so no other call's charge moves.
      let kept: ChargedCall[] = destination.calls;
      let perturbed = line;
      for (
        let drop = Math.max(1, Math.floor(destination.calls.length / 4));
        drop < destination.calls.length;
        drop++
      ) {
        kept = destination.calls.slice(0, destination.calls.length - drop);
        perturbed = voiceLine(productOf(ctx, line), destination.destination, kept, rounding);
        if (!perturbed.amount.eq(line.amount)) break;
      }
      if (perturbed.amount.eq(line.amount)) return null;
      return {
        legacy: finish(replaceLine(lines, line, [perturbed])),
        record: { category: 'USAGE_MISSING', line_type: 'usage', product_code: line.productCode },
      };
    }
    case 'RECURRING_PRICE':
    case 'PRORATION': {
      const basisOf = (line: InvoiceLine) =>
        line.lineType === 'recurring' ? rated.recurring.get(recurringKeyOf(line)) : undefined;
      const candidates = lines.filter((line) => {
        const basis = basisOf(line);
        return !!basis && (fault.category === 'RECURRING_PRICE' || basis.days < basis.periodDays);
      });
      if (candidates.length === 0) return null;
      const line = rng.pick(candidates);
      const basis = basisOf(line);
      if (!basis) return null;
      const periodDays = basis.periodDays;
      let wrong: InvoiceLine;
      if (fault.category === 'RECURRING_PRICE') {
        wrong = recurringLine(basis, rounding, {
          priceText: formatAmount2(new Dec(basis.priceText).plus(PRICE_DELTA)),
        });
      } else {
        // Half the time a whole month for a part month, half the time a 30-day month.
        wrong =
          fault.variant % 2 === 0
            ? recurringLine(basis, rounding, { days: periodDays })
            : recurringLine(basis, rounding, { days: Math.min(basis.days, 30), daysOver: 30 });
        if (wrong.amount.eq(line.amount)) wrong = recurringLine(basis, rounding, { days: periodDays });
      }
      // The legacy system took the discount off the line it computed.
      const oldDiscount = lines.find(
        (other) => other.lineType === 'discount' && recurringKeyOf(other) === recurringKeyOf(line),
      );
      const newDiscount = discountLine(wrong, basis, rounding);
      const withLine = replaceLine(lines, line, [wrong]);
      const perturbed = oldDiscount
        ? replaceLine(withLine, oldDiscount, newDiscount ? [newDiscount] : [])
        : withLine;
      return {
        legacy: finish(perturbed),
        record: { category: fault.category, line_type: 'recurring', product_code: line.productCode },
      };
    }
    case 'DISCOUNT': {
      const candidates = lines.filter((line) => line.lineType === 'discount' && !line.amount.isZero());
      if (candidates.length === 0) return null;
      const line = rng.pick(candidates);
      const basis = rated.recurring.get(recurringKeyOf(line));
      const recurring = lines.find(
        (other) => other.lineType === 'recurring' && recurringKeyOf(other) === recurringKeyOf(line),
      );
      if (!basis || !recurring) return null;
      // Half the time the discount is missing, half the time taken at the wrong percent.
      const wrongPercent = new Dec(basis.subscription.discountPercent).plus(DISCOUNT_DELTA).toString();
      const wrong = fault.variant % 2 === 0 ? null : discountLine(recurring, basis, rounding, wrongPercent);
      return {
        legacy: finish(replaceLine(lines, line, wrong ? [wrong] : [])),
        record: { category: 'DISCOUNT', line_type: 'discount', product_code: line.productCode },
      };
    }
    case 'TAX': {
      const correct = finish(lines);
      const candidates = (correct?.lines ?? []).filter(
        (line) => line.lineType === 'tax' && new Dec(line.quantity).gte(10),
      );
      if (candidates.length === 0) return null;
      const line = rng.pick(candidates);
      const ratePercent = new Dec(line.unitPrice).plus(TAX_DELTA).toFixed(4);
      return {
        legacy: finish(lines, { taxCode: line.taxCode, taxCategory: line.taxCategory, ratePercent }),
        record: { category: 'TAX', line_type: 'tax', tax_code: line.taxCode },
      };
    }
    case 'NOT_BILLED_IN_LEGACY': {
      if (lines.length === 0) return null;
      return { legacy: null, record: { category: 'NOT_BILLED_IN_LEGACY' } };
    }
    case 'NOT_BILLED_IN_NEW':
      return billClosedAccount(ctx, rated, subscriptions);
  }
}

/**
 * The legacy system kept billing a closed account's first subscription for the whole
 * period, without tax (the shape of the shared sample's L000024).
 */
function billClosedAccount(
  ctx: BillingContext,
  rated: RatedAccount,
  subscriptions: readonly SubscriptionRow[],
): InjectedFault | null {
  if (rated.lines.length > 0) return null;
  const periodDays = daysBetween(ctx.period.start, ctx.period.end);
  for (const subscription of subscriptions) {
    const product = ctx.catalog.products.get(subscription.productCode);
    if (product?.kind !== 'recurring') continue;
    const line = recurringLine(
      {
        subscription,
        product,
        seats: new Dec(subscription.quantity),
        priceText: subscription.unitPrice || product.unitPrice,
        serviceStart: ctx.period.start,
        serviceEnd: ctx.period.end,
        days: periodDays,
        periodDays,
        credit: false,
      },
      ctx.rounding,
    );
    if (line.amount.isZero()) continue;
    return {
      legacy: {
        accountId: rated.account.accountId,
        currency: rated.account.currency,
        lines: [line],
        subtotal: line.amount,
        taxTotal: ZERO,
        total: line.amount,
      },
      record: { category: 'NOT_BILLED_IN_NEW', line_type: 'invoice' },
    };
  }
  return null;
}

function productOf(ctx: BillingContext, line: InvoiceLine) {
  const product = ctx.catalog.products.get(line.productCode);
  if (!product) throw new Error(`No product ${line.productCode}`);
  return product;
}

/**
 * The other face of USAGE_MISSING: the legacy system billed a call that the export lost
 * (the shared sample's L000033 looks like this: the legacy line has more minutes). Picks
 * an international call worth at least a cent, so the destination's amount moves and no
 * allowance shifts; null when there is none.
 */
export function pickCallMissingFromExport(rated: RatedAccount, rng: Prng): string | null {
  const candidates = rated.voice
    .filter((destination) => !destination.domestic && destination.calls.length >= 2)
    .flatMap((destination) => destination.calls.filter((call) => call.charge.gte('0.01')));
  return candidates.length === 0 ? null : rng.pick(candidates).recordId;
}
