import type { Dec } from '../money/decimal';
import type { RoundingPolicy } from '../money/rounding';
import type { DestinationClass } from './destinations';
import { callCharge } from './rate-call';

/** Included minutes for a billing period, e.g. 1,000 domestic minutes per seat × 12 seats. */
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

/** A rated call as the period sees it. */
export interface PeriodCall {
  id: string;
  startedAt: Date;
  destination: string;
  destinationClass: DestinationClass;
  billableSeconds: number;
  ratePerMinute: Dec;
  connectionFee: Dec;
}

export interface ChargedCall extends PeriodCall {
  coveredSeconds: number;
  /** After allowances, rounded to the policy's call decimals. */
  charge: Dec;
}

/** FORMAT.md's call order: by start time, then record id. */
export function compareCalls(a: PeriodCall, b: PeriodCall): number {
  const byTime = a.startedAt.getTime() - b.startedAt.getTime();
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Applies a period's allowances to its calls in call order: each call's billable seconds
 * are covered from the allowances that include its class, in the order given, as far as
 * they last (a call may be partly covered). The connection fee is charged on every call
 * with billable seconds, covered or not. The result does not depend on the order the calls
 * arrived in.
 */
export function applyAllowances(
  calls: readonly PeriodCall[],
  allowances: readonly Allowance[],
  policy: RoundingPolicy,
): ChargedCall[] {
  const remaining = allowances.map((allowance) => allowance.seconds);
  return [...calls].sort(compareCalls).map((call) => {
    let covered = 0;
    allowances.forEach((allowance, index) => {
      const left = remaining[index] ?? 0;
      if (left <= 0 || !allowance.classes.includes(call.destinationClass)) return;
      const take = Math.min(left, call.billableSeconds - covered);
      covered += take;
      remaining[index] = left - take;
    });
    const uncovered = call.billableSeconds - covered;
    const charge = callCharge(
      { billable: call.billableSeconds, uncovered },
      call.ratePerMinute,
      call.connectionFee,
      policy,
    );
    return { ...call, coveredSeconds: covered, charge };
  });
}
