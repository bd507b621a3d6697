import { Dec, ZERO } from '../money/decimal';
import { type RoundingPolicy, roundCallCharge } from '../money/rounding';
import { billableSeconds } from './billing-increments';
import { type DestinationClass, normalizeNumber } from './destinations';
import type { PrefixIndex } from './prefix-index';
import { bandAt, type TimeBand } from './time-bands';

/** A rate plan's deck, compiled for rating: prefixes, time bands and their time zone. */
export interface CompiledRateDeck {
  index: PrefixIndex;
  timeZone: string;
  bands: readonly TimeBand[];
}

export interface CallToRate {
  durationSeconds: number;
  /** The dialled number, E.164 (a leading + and separators are tolerated). */
  destinationNumber: string;
  startedAt: Date;
}

export type UnratedReason = 'INVALID_NUMBER' | 'NO_PREFIX_MATCH';

export type CallRating =
  | {
      status: 'rated';
      prefix: string;
      destination: string;
      destinationClass: DestinationClass;
      band: string | null;
      billableSeconds: number;
      /** Currency units per minute, unrounded. */
      ratePerMinute: Dec;
      connectionFee: Dec;
      /** Before allowances, rounded to the policy's call decimals. */
      charge: Dec;
    }
  | { status: 'unrated'; reason: UnratedReason };

const SIXTY = new Dec(60);

/**
 * The charge of one call, as FORMAT.md bills it:
 * roundc(connection fee + uncovered seconds × rate per minute / 60). The connection fee is
 * due on every call with billable seconds, even one an allowance covers entirely; a call
 * with no billable seconds costs nothing. In production it prices single calls before
 * allowances (the charge stored on a usage record, the call preview); invoices and usage
 * summaries charge a period's calls after allowances in db/queries/voice-charges, the one
 * implementation of that rule, which its property test holds to this same formula.
 */
export function callCharge(
  seconds: { billable: number; uncovered: number },
  ratePerMinute: Dec,
  connectionFee: Dec,
  policy: RoundingPolicy,
): Dec {
  if (seconds.billable === 0) return ZERO;
  return roundCallCharge(connectionFee.plus(ratePerMinute.times(seconds.uncovered).dividedBy(SIXTY)), policy);
}

/** Rates one call: longest-prefix destination, time band, billable seconds, charge. */
export function rateCall(call: CallToRate, deck: CompiledRateDeck, policy: RoundingPolicy): CallRating {
  const number = normalizeNumber(call.destinationNumber);
  if (!number) return { status: 'unrated', reason: 'INVALID_NUMBER' };
  const rate = deck.index.match(number);
  if (!rate) return { status: 'unrated', reason: 'NO_PREFIX_MATCH' };
  const band = bandAt(call.startedAt, deck.timeZone, deck.bands);
  const ratePerMinute = (band ? rate.bandRates?.get(band) : undefined) ?? rate.ratePerMinute;
  const seconds = billableSeconds(call.durationSeconds, rate.increment);
  return {
    status: 'rated',
    prefix: rate.prefix,
    destination: rate.destination,
    destinationClass: rate.destinationClass,
    band,
    billableSeconds: seconds,
    ratePerMinute,
    connectionFee: rate.connectionFee,
    charge: callCharge({ billable: seconds, uncovered: seconds }, ratePerMinute, rate.connectionFee, policy),
  };
}
