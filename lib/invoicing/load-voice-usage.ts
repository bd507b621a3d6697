import type { Db } from '../../db/client';
import {
  sumVoiceChargesWithCoverage,
  type VoiceAccount,
  type VoiceDestinationSum,
} from '../../db/queries/voice-charges';
import type { AccountRow } from '../../db/schema';
import { utcDayStart } from '../dates';
import { Dec } from '../money/decimal';
import { callModeOf, type RoundingPolicy } from '../money/rounding';
import type { DestinationTotals } from '../rating/voice-lines';
import { groupBy } from './group-by';

/** An account's voice usage of a period: what its calls cost per destination, after allowances. */
export interface AccountVoice {
  productId: string;
  destinations: DestinationTotals[];
}

/**
 * The chunk's voice usage per account, charged with each account's allowances (as
 * lib/invoicing/usage-allowances lists them, pooled ones shared) and summed per destination
 * by the database (db/queries/voice-charges holds the rule; calls never leave it), with the
 * seconds each allowance covered. Queries: one per rounding policy and sequence of covered
 * classes in the chunk (usually one); the accounts sharing a pool must share a policy.
 */
export async function loadVoiceUsage(
  db: Db,
  bases: readonly { account: AccountRow; policy: RoundingPolicy; voice: VoiceAccount }[],
  period: { start: string; end: string },
): Promise<{
  byAccount: Map<string, AccountVoice>;
  productIds: string[];
  coveredByAccount: Map<string, number[]>;
}> {
  const byPolicy = groupBy(bases, ({ policy }) => `${callModeOf(policy)}/${policy.callDecimals}`);
  const sums = await Promise.all(
    [...byPolicy.values()].map((group) =>
      chargeVoiceWithCoverage(
        db,
        group.map(({ voice }) => voice),
        (group[0] as (typeof group)[number]).policy,
        { from: utcDayStart(period.start), to: utcDayStart(period.end) },
      ),
    ),
  );
  const byAccount = new Map<string, AccountVoice>();
  const coveredByAccount = new Map<string, number[]>();
  for (const result of sums) {
    for (const [accountId, voice] of result.byAccount) byAccount.set(accountId, voice);
    for (const [accountId, covered] of result.coveredByAccount) coveredByAccount.set(accountId, covered);
  }
  const productIds = [...byAccount.values()].map((v) => v.productId).filter((id) => id !== '');
  return { byAccount, productIds, coveredByAccount };
}

/**
 * Voice of some accounts over [from, to) under one rounding policy: each account's calls
 * charged after its allowances (in the order given) and totalled per destination.
 */
export async function chargeVoiceOfAccounts(
  db: Db,
  accounts: readonly VoiceAccount[],
  policy: RoundingPolicy,
  range: { from: Date; to: Date },
): Promise<Map<string, AccountVoice>> {
  return (await chargeVoiceWithCoverage(db, accounts, policy, range)).byAccount;
}

async function chargeVoiceWithCoverage(
  db: Db,
  accounts: readonly VoiceAccount[],
  policy: RoundingPolicy,
  range: { from: Date; to: Date },
): Promise<{ byAccount: Map<string, AccountVoice>; coveredByAccount: Map<string, number[]> }> {
  const { sums: rows, coveredByAccount } = await sumVoiceChargesWithCoverage(
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
  return { byAccount, coveredByAccount };
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
