import type { Dec } from '../money/decimal';
import type { DestinationClass } from './destinations';

/**
 * Included minutes for a billing period, e.g. 1,000 domestic minutes per seat × 12 seats.
 * Calls are charged after allowances by one rule only, in the database
 * (db/queries/voice-charges: call order, allowances consumed in the order given, partial
 * cover, connection fee always due); this module only says how much is included.
 */
export interface Allowance {
  /** Included billable seconds for the period (minutes × 60). */
  seconds: number;
  /** Destination classes it covers. */
  classes: readonly DestinationClass[];
}

/** A subscription's allowance for a period: minutes per unit × units, whole seconds, not prorated. */
export function includedAllowance(
  minutesPerUnit: Dec,
  units: Dec | string,
  classes: readonly DestinationClass[],
): Allowance {
  return { seconds: minutesPerUnit.times(units).times(60).floor().toNumber(), classes };
}
