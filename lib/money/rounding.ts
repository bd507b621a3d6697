import type Decimal from 'decimal.js';
import { minorUnitExponent } from './currencies';
import { Dec } from './decimal';

/**
 * How a catalog rounds. `half_up` is half away from zero (the usual commercial rule),
 * `half_even` is banker's rounding, `down` truncates toward zero, `up` rounds away from zero.
 */
export const roundingModes = ['half_up', 'half_even', 'down', 'up'] as const;
export type RoundingMode = (typeof roundingModes)[number];

const decimalJsMode: Record<RoundingMode, Decimal.Rounding> = {
  half_up: Dec.ROUND_HALF_UP,
  half_even: Dec.ROUND_HALF_EVEN,
  down: Dec.ROUND_DOWN,
  up: Dec.ROUND_UP,
};

/**
 * A catalog's rounding policy, so a migration can reproduce a legacy system's arithmetic:
 * call-level charges round to `callDecimals`; invoice lines to `lineDecimals`, which
 * defaults to the currency's minor unit.
 */
export interface RoundingPolicy {
  mode: RoundingMode;
  callDecimals: number;
  lineDecimals?: number | null;
  /** Mode of call charges when it differs from `mode` (a rate plan's own). */
  callMode?: RoundingMode | null;
  /** Mode of invoice lines when it differs from `mode` (a price's own). */
  lineMode?: RoundingMode | null;
}

export const defaultRoundingPolicy: RoundingPolicy = { mode: 'half_up', callDecimals: 4, lineDecimals: null };

export function roundTo(value: Dec, decimals: number, mode: RoundingMode): Dec {
  return value.toDecimalPlaces(decimals, decimalJsMode[mode]);
}

/** A call-level charge, rounded as the policy says (FORMAT.md's `roundc`). */
export function roundCallCharge(value: Dec, policy: RoundingPolicy): Dec {
  return roundTo(value, policy.callDecimals, callModeOf(policy));
}

/** The mode call charges round with under a policy. */
export function callModeOf(policy: RoundingPolicy): RoundingMode {
  return policy.callMode ?? policy.mode;
}

/** An invoice line amount: the currency's minor unit unless the policy says otherwise (FORMAT.md's `round2`). */
export function roundLineAmount(value: Dec, currency: string, policy: RoundingPolicy): Dec {
  return roundTo(value, policy.lineDecimals ?? minorUnitExponent(currency), policy.lineMode ?? policy.mode);
}

export function isRoundingMode(value: string): value is RoundingMode {
  return (roundingModes as readonly string[]).includes(value);
}

/** Decimals of an invoice line in a currency under a policy: what amounts are shown with ("0.10", not "0.1"). */
export function lineDecimalsOf(currency: string, policy: RoundingPolicy): number {
  return policy.lineDecimals ?? minorUnitExponent(currency);
}
