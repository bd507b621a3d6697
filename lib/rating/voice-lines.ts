import { Dec } from '../money/decimal';
import { lineDecimalsOf, type RoundingPolicy, roundLineAmount, roundTo } from '../money/rounding';

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
 * What a period's calls to one destination add up to after allowances, as
 * db/queries/voice-charges sums them: enough to make its line.
 */
export interface DestinationTotals {
  destination: string;
  calls: number;
  billableSeconds: number;
  coveredSeconds: number;
  /** Sum of the calls' charges, each already rounded to the policy's call decimals. */
  charge: Dec;
}

/**
 * One line per destination, as FORMAT.md bills voice: billable minutes to 2 decimals, the
 * amount round2(sum of call charges). A line may total zero (toll-free, or fully covered by
 * an allowance). Lines come sorted by destination name.
 */
export function voiceLinesOf(
  totals: readonly DestinationTotals[],
  currency: string,
  policy: RoundingPolicy,
): VoiceLine[] {
  return [...totals]
    .sort((a, b) => (a.destination < b.destination ? -1 : a.destination > b.destination ? 1 : 0))
    .map((line) => ({
      destination: line.destination,
      calls: line.calls,
      billableSeconds: line.billableSeconds,
      billableMinutes: roundTo(new Dec(line.billableSeconds).dividedBy(60), 2, policy.mode),
      coveredSeconds: line.coveredSeconds,
      amount: roundLineAmount(line.charge, currency, policy),
      decimals: lineDecimalsOf(currency, policy),
    }));
}
