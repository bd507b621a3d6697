import { Dec, ZERO } from '../money/decimal';
import { type RoundingPolicy, roundCallCharge } from '../money/rounding';
import type { BillingIncrement } from './billing-increments';
import { billableSeconds } from './billing-increments';
import { type DestinationClass, type DestinationRate, normalizeNumber } from './destinations';
import type { PrefixIndex } from './prefix-index';
import { type BilledStep, billedSteps, type RateStep, uncoveredStepCost } from './rate-steps';
import { bandAt, type TimeBand } from './time-bands';

/** A rate plan's deck, compiled for rating: prefixes, time bands and their time zone. */
export interface CompiledRateDeck {
  index: PrefixIndex;
  timeZone: string;
  bands: readonly TimeBand[];
  /** Local date (YYYY-MM-DD) → the band it takes all day. */
  holidays?: ReadonlyMap<string, string>;
}

/** How one destination prices calls in one band (or outside any), every fallback applied. */
export interface CallTerms {
  ratePerMinute: Dec;
  increment: BillingIncrement;
  connectionFee: Dec;
  steps: readonly RateStep[] | null;
}

/**
 * A destination's terms in a band: each of the band's rate, connection fee, increments and
 * steps where it sets them, else the row's. A band rate without band steps on a row with
 * steps cannot occur (the deck import refuses it), so steps fall back to the row's only when
 * the band sets no rate.
 */
export function termsInBand(rate: DestinationRate, band: string | null): CallTerms {
  const bandRate = band ? rate.bandRates?.get(band) : undefined;
  const terms = band ? rate.bandTerms?.get(band) : undefined;
  return {
    ratePerMinute: bandRate ?? rate.ratePerMinute,
    increment: {
      initialSeconds: terms?.increment?.initialSeconds ?? rate.increment.initialSeconds,
      subsequentSeconds: terms?.increment?.subsequentSeconds ?? rate.increment.subsequentSeconds,
    },
    connectionFee: terms?.connectionFee ?? rate.connectionFee,
    steps: terms?.steps ?? (bandRate ? null : (rate.steps ?? null)),
  };
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
      /** Currency units per minute, unrounded (of the first step for a multi-step rate). */
      ratePerMinute: Dec;
      connectionFee: Dec;
      /** A call billed in more than one step of a multi-step rate: each step's seconds and
       *  rate, in call order; null when one rate prices every billable second. */
      steps: BilledStep[] | null;
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

/**
 * callCharge for a call billed in several steps: roundc(fee + the uncovered seconds at their
 * steps' rates / 60), the covered seconds being the call's first ones.
 */
export function steppedCallCharge(
  steps: readonly BilledStep[],
  uncovered: number,
  connectionFee: Dec,
  policy: RoundingPolicy,
): Dec {
  if (steps.every((step) => step.seconds === 0)) return ZERO;
  return roundCallCharge(connectionFee.plus(uncoveredStepCost(steps, uncovered)), policy);
}

/**
 * Rates one call: longest-prefix destination, time band (date-specific, holiday, weekday),
 * the band's terms, billable seconds (by increments or by steps), charge. `policy` is the
 * call rounding in force for the rate plan (lib/catalog/rounding-policy).
 */
export function rateCall(call: CallToRate, deck: CompiledRateDeck, policy: RoundingPolicy): CallRating {
  const number = normalizeNumber(call.destinationNumber);
  if (!number) return { status: 'unrated', reason: 'INVALID_NUMBER' };
  const rate = deck.index.match(number);
  if (!rate) return { status: 'unrated', reason: 'NO_PREFIX_MATCH' };
  const band = bandAt(call.startedAt, deck.timeZone, deck.bands, deck.holidays);
  const terms = termsInBand(rate, band);
  const rated = {
    status: 'rated' as const,
    prefix: rate.prefix,
    destination: rate.destination,
    destinationClass: rate.destinationClass,
    band,
    connectionFee: terms.connectionFee,
  };
  if (terms.steps) {
    const billed = billedSteps(call.durationSeconds, terms.steps);
    const seconds = billed.reduce((total, step) => total + step.seconds, 0);
    // A call that stays in one step is stored like any single-rate call.
    const single = billed.length === 1 ? (billed[0] as BilledStep) : null;
    return {
      ...rated,
      billableSeconds: seconds,
      ratePerMinute: single?.ratePerMinute ?? (terms.steps[0] as RateStep).ratePerMinute,
      steps: billed.length > 1 ? billed : null,
      charge: steppedCallCharge(billed, seconds, terms.connectionFee, policy),
    };
  }
  const seconds = billableSeconds(call.durationSeconds, terms.increment);
  return {
    ...rated,
    billableSeconds: seconds,
    ratePerMinute: terms.ratePerMinute,
    steps: null,
    charge: callCharge(
      { billable: seconds, uncovered: seconds },
      terms.ratePerMinute,
      terms.connectionFee,
      policy,
    ),
  };
}
