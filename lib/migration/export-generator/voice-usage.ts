import { Dec, ZERO } from '../../money/decimal';
import { type RoundingPolicy, roundTo } from '../../money/rounding';
import { billableSeconds } from '../../rating/billing-increments';
import { normalizeNumber } from '../../rating/destinations';
import type { PrefixIndex } from '../../rating/prefix-index';
import { callCharge } from '../../rating/rate-call';
import type { DeckRate } from './legacy-catalog';
import { blankLine, round2 } from './line-format';
import type { InvoiceLine, LegacyRounding, ProductRow, UsageRecord } from './types';

/** One charged call of a destination line. */
export interface ChargedCall {
  recordId: string;
  billableSeconds: number;
  coveredSeconds: number;
  /** roundc(connection fee + uncovered seconds × rate / 60). */
  charge: Dec;
}

export interface VoiceDestination {
  destination: string;
  domestic: boolean;
  calls: ChargedCall[];
}

const SIXTY = new Dec(60);

/**
 * FORMAT.md step 3: the period's calls in (started_at, record_id) order, each rated by the
 * longest prefix of the account's plan; included seconds cover domestic calls as far as
 * they last (a call may be partly covered); the connection fee is due on every call with
 * billable seconds. Calls no prefix matches are left out (the legacy system dropped them);
 * 0-second calls appear on no line. Returns the destinations by name.
 */
export function chargeVoiceCalls(
  calls: readonly UsageRecord[],
  deck: PrefixIndex | undefined,
  includedSeconds: number,
  rounding: LegacyRounding,
): VoiceDestination[] {
  const policy: RoundingPolicy = { mode: rounding.mode, callDecimals: rounding.callDecimals };
  const ordered = [...calls].sort(
    (a, b) =>
      (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0) ||
      (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0),
  );
  // Charges repeat (the same rate and uncovered seconds): computing each once keeps a
  // 2M-call export fast without changing a digit.
  const chargeCache = new Map<DeckRate, Map<number, Dec>>();
  let remaining = includedSeconds;
  const byDestination = new Map<string, VoiceDestination>();
  for (const call of ordered) {
    const number = deck ? normalizeNumber(call.destination) : null;
    const rate = number && deck ? (deck.match(number) as DeckRate | null) : null;
    if (!rate) continue;
    const billable = billableSeconds(call.durationS, rate.increment);
    if (billable === 0) continue;
    const covered = rate.destinationClass === 'domestic' ? Math.min(remaining, billable) : 0;
    remaining -= covered;
    const uncovered = billable - covered;
    let cache = chargeCache.get(rate);
    if (!cache) {
      cache = new Map();
      chargeCache.set(rate, cache);
    }
    let charge = cache.get(uncovered);
    if (!charge) {
      charge = callCharge({ billable, uncovered }, rate.ratePerMinute, rate.connectionFee, policy);
      cache.set(uncovered, charge);
    }
    let group = byDestination.get(rate.destination);
    if (!group) {
      group = { destination: rate.destination, domestic: rate.destinationClass === 'domestic', calls: [] };
      byDestination.set(rate.destination, group);
    }
    group.calls.push({ recordId: call.recordId, billableSeconds: billable, coveredSeconds: covered, charge });
  }
  return [...byDestination.values()].sort((a, b) =>
    a.destination < b.destination ? -1 : a.destination > b.destination ? 1 : 0,
  );
}

/** One usage line per destination: billable minutes (2 decimals) and round2(sum of call charges). */
export function voiceLine(
  product: ProductRow,
  destination: string,
  calls: readonly ChargedCall[],
  rounding: LegacyRounding,
): InvoiceLine {
  let seconds = 0;
  let charges = ZERO;
  for (const call of calls) {
    seconds += call.billableSeconds;
    charges = charges.plus(call.charge);
  }
  return blankLine({
    lineType: 'usage',
    productCode: product.productCode,
    destination,
    description: `Calls to ${destination}`,
    quantity: roundTo(new Dec(seconds).dividedBy(SIXTY), 2, rounding.mode).toFixed(2),
    unitPrice: '0',
    amount: round2(charges, rounding),
  });
}
