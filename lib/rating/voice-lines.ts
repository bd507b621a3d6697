import { Dec, sum } from '../money/decimal';
import { lineDecimalsOf, type RoundingPolicy, roundLineAmount, roundTo } from '../money/rounding';
import type { ChargedCall } from './allowances';

/** One voice line of a period: a destination with its calls, minutes and amount. */
export interface VoiceLine {
  destination: string;
  calls: number;
  billableSeconds: number;
  /** Billable seconds / 60 to 2 decimals: informative, like FORMAT.md's line quantity. */
  billableMinutes: Dec;
  coveredSeconds: number;
  /** round2(sum of the calls' charges). */
  amount: Dec;
  /** Decimals the amount is settled to (the currency's minor unit unless the policy says otherwise). */
  decimals: number;
}

/**
 * Groups a period's charged calls into one line per destination name, as FORMAT.md does:
 * calls without billable seconds appear on no line; a line may total zero (toll-free, or
 * fully covered by an allowance). Lines come sorted by destination name.
 */
export function summarizeVoiceCalls(
  calls: readonly ChargedCall[],
  currency: string,
  policy: RoundingPolicy,
): VoiceLine[] {
  const byDestination = new Map<string, ChargedCall[]>();
  for (const call of calls) {
    if (call.billableSeconds === 0) continue;
    const group = byDestination.get(call.destination);
    if (group) group.push(call);
    else byDestination.set(call.destination, [call]);
  }
  return [...byDestination.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([destination, group]) => {
      const billableSeconds = group.reduce((total, call) => total + call.billableSeconds, 0);
      return {
        destination,
        calls: group.length,
        billableSeconds,
        billableMinutes: roundTo(new Dec(billableSeconds).dividedBy(60), 2, policy.mode),
        coveredSeconds: group.reduce((total, call) => total + call.coveredSeconds, 0),
        amount: roundLineAmount(sum(group.map((call) => call.charge)), currency, policy),
        decimals: lineDecimalsOf(currency, policy),
      };
    });
}
