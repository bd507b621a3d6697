import type { Db } from '../../db/client';
import { sumVoiceChargesOfAccounts, type VoiceDestinationSum } from '../../db/queries/voice-charges';
import type { AccountRow } from '../../db/schema';
import { utcDayStart } from '../dates';
import { Dec } from '../money/decimal';
import { callModeOf, type RoundingPolicy } from '../money/rounding';
import type { Allowance } from '../rating/allowances';
import type { DestinationTotals } from '../rating/voice-lines';
import { periodAllowances } from './compute-invoice-lines';
import { groupBy } from './group-by';

/** An account's voice usage of a period: what its calls cost per destination, after allowances. */
export interface AccountVoice {
  productId: string;
  destinations: DestinationTotals[];
}

/**
 * The chunk's voice usage per account, charged with each account's allowances and summed per
 * destination by the database (db/queries/voice-charges holds the rule; calls never leave
 * it). Queries: one per rounding policy and sequence of covered classes in the chunk
 * (usually one).
 */
export async function loadVoiceUsage(
  db: Db,
  bases: readonly {
    account: AccountRow;
    policy: RoundingPolicy;
    periodSubscriptions: Parameters<typeof periodAllowances>[0];
  }[],
  period: { start: string; end: string },
): Promise<{ byAccount: Map<string, AccountVoice>; productIds: string[] }> {
  const byPolicy = groupBy(bases, ({ policy }) => `${callModeOf(policy)}/${policy.callDecimals}`);
  const sums = await Promise.all(
    [...byPolicy.values()].map((group) =>
      chargeVoiceOfAccounts(
        db,
        group.map(({ account, periodSubscriptions }) => ({
          accountId: account.id,
          allowances: periodAllowances(periodSubscriptions, period),
        })),
        (group[0] as (typeof group)[number]).policy,
        { from: utcDayStart(period.start), to: utcDayStart(period.end) },
      ),
    ),
  );
  const byAccount = new Map<string, AccountVoice>();
  for (const map of sums) for (const [accountId, voice] of map) byAccount.set(accountId, voice);
  const productIds = [...byAccount.values()].map((v) => v.productId).filter((id) => id !== '');
  return { byAccount, productIds };
}

/**
 * Voice of some accounts over [from, to) under one rounding policy: each account's calls
 * charged after its allowances (in the order given) and totalled per destination.
 */
export async function chargeVoiceOfAccounts(
  db: Db,
  accounts: readonly { accountId: string; allowances: readonly Allowance[] }[],
  policy: RoundingPolicy,
  range: { from: Date; to: Date },
): Promise<Map<string, AccountVoice>> {
  const rows = await sumVoiceChargesOfAccounts(
    db,
    { accounts, rounding: { mode: callModeOf(policy), callDecimals: policy.callDecimals } },
    range.from,
    range.to,
  );
  const byAccount = new Map<string, AccountVoice>();
  for (const row of rows) {
    let entry = byAccount.get(row.account_id);
    if (!entry) {
      entry = { productId: '', destinations: [] };
      byAccount.set(row.account_id, entry);
    }
    if (!entry.productId && row.product_id) entry.productId = row.product_id;
    entry.destinations.push(destinationTotalsOf(row));
  }
  return byAccount;
}

function destinationTotalsOf(row: VoiceDestinationSum): DestinationTotals {
  return {
    destination: row.destination,
    calls: row.calls,
    billableSeconds: Number(row.billable_seconds),
    coveredSeconds: Number(row.covered_seconds),
    charge: new Dec(row.charge),
  };
}
