import Decimal from 'decimal.js';
import type { Db } from '../db/client';
import { insertUsageRows } from '../db/queries/usage';
import type { VoiceAllowance } from '../db/queries/voice-charges';
import { makeAccount } from './factories';

/**
 * For tests of db/queries/voice-charges: rated calls written straight into usage_records, and
 * an oracle that charges them the plain way, one call after the other in decimal.js, so the
 * database's windowed rule can be checked against something written independently of it.
 */
export interface RatedCall {
  accountId: string;
  recordId: string;
  startedAt: Date;
  destination: string | null;
  destinationClass: 'domestic' | 'international' | 'mobile' | 'toll_free' | 'premium' | 'other' | null;
  billableSeconds: number | null;
  /** Currency units per minute, unrounded. */
  ratePerMinute: string | null;
  connectionFee: string | null;
  /** A call billed in several steps: each step's billable seconds (adding up to
   *  billableSeconds) and rate per minute, in call order. */
  steps?: { seconds: number; ratePerMinute: string }[] | null;
}

export async function insertRatedCalls(db: Db, calls: readonly RatedCall[]) {
  for (let start = 0; start < calls.length; start += 1000) {
    await insertUsageRows(
      db,
      calls.slice(start, start + 1000).map((call) => ({
        record_id: call.recordId,
        ingestion_id: null,
        account_ref: call.accountId,
        account_id: call.accountId,
        usage_type: 'voice',
        product_id: null,
        started_at: call.startedAt.toISOString(),
        destination_number: null,
        duration_seconds: call.billableSeconds,
        quantity: null,
        subject: null,
        content_hash: call.recordId,
        status: 'rated',
        unrated_reason: null,
        rate_version_id: null,
        prefix: null,
        destination_name: call.destination,
        destination_class: call.destinationClass,
        band: null,
        billable_seconds: call.billableSeconds,
        rate_per_minute: call.ratePerMinute,
        connection_fee: call.connectionFee,
        step_seconds: call.steps?.map((step) => step.seconds) ?? null,
        step_rates: call.steps?.map((step) => step.ratePerMinute) ?? null,
        charge: null,
        rated_at: null,
      })),
    );
  }
}

export interface OracleLine {
  calls: number;
  billableSeconds: number;
  coveredSeconds: number;
  charge: Decimal;
}

const Exact = Decimal.clone({ precision: 60 });
const modes = {
  half_up: Decimal.ROUND_HALF_UP,
  half_even: Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
} as const;

/**
 * Each account's calls in [from, to), per destination: walk the calls in start order (ties by
 * record id, byte-wise), let every allowance covering the call's class give what it has left,
 * in the order given, and charge round(fee + uncovered × rate / 60). Calls of 0 (or no)
 * billable seconds count nowhere. A shared allowance (isShared) is one balance for all the
 * accounts of a pool key (`poolOf`): their calls are walked account by account in rank
 * order, so the account of rank 0 takes from it first.
 */
export function oracleVoiceCharges(
  calls: readonly RatedCall[],
  allowancesOf: (accountId: string) => readonly VoiceAllowance[],
  rounding: { mode: keyof typeof modes; callDecimals: number },
  range: { from: Date; to: Date },
  poolOf: (accountId: string) => { key: string; rank: number } | undefined = () => undefined,
): Map<string, Map<string, OracleLine>> {
  const byAccount = new Map<string, Map<string, OracleLine>>();
  const left = new Map<string, number>();
  const pool = (accountId: string) => poolOf(accountId) ?? { key: accountId, rank: 0 };
  const ordered = calls
    .filter((call) => call.startedAt >= range.from && call.startedAt < range.to)
    .sort((a, b) => {
      const [pa, pb] = [pool(a.accountId), pool(b.accountId)];
      if (pa.key !== pb.key) return pa.key < pb.key ? -1 : 1;
      if (pa.rank !== pb.rank) return pa.rank - pb.rank;
      if (a.accountId !== b.accountId) return a.accountId < b.accountId ? -1 : 1;
      return a.startedAt.getTime() !== b.startedAt.getTime()
        ? a.startedAt.getTime() - b.startedAt.getTime()
        : Buffer.compare(Buffer.from(a.recordId), Buffer.from(b.recordId));
    });
  for (const call of ordered) {
    const billable = call.billableSeconds ?? 0;
    if (billable === 0) continue;
    const allowances = allowancesOf(call.accountId);
    const firstShared = allowances.findIndex((a) => a.isShared);
    let covered = 0;
    for (const [i, allowance] of allowances.entries()) {
      if (!allowance.classes.includes(call.destinationClass ?? 'other')) continue;
      const key = allowance.isShared
        ? `${pool(call.accountId).key}/shared/${i - firstShared}`
        : `${call.accountId}/${i}`;
      const remaining = left.get(key) ?? allowance.seconds;
      const take = Math.min(remaining, billable - covered);
      covered += take;
      left.set(key, remaining - take);
    }
    const charge = new Exact(call.connectionFee ?? 0)
      .plus(uncoveredPerMinute(call, billable - covered).div(60))
      .toDecimalPlaces(rounding.callDecimals, modes[rounding.mode]);
    const lines = byAccount.get(call.accountId) ?? new Map<string, OracleLine>();
    byAccount.set(call.accountId, lines);
    const destination = call.destination ?? '';
    const line = lines.get(destination) ?? {
      calls: 0,
      billableSeconds: 0,
      coveredSeconds: 0,
      charge: new Exact(0),
    };
    lines.set(destination, {
      calls: line.calls + 1,
      billableSeconds: line.billableSeconds + billable,
      coveredSeconds: line.coveredSeconds + covered,
      charge: line.charge.plus(charge),
    });
  }
  return byAccount;
}

/**
 * Uncovered seconds × rate: covered seconds are a call's first ones, so with steps the
 * uncovered ones are taken from the last second backwards, second by second.
 */
function uncoveredPerMinute(call: RatedCall, uncovered: number): Decimal {
  if (!call.steps) return new Exact(call.ratePerMinute ?? 0).times(uncovered);
  const perSecond = call.steps.flatMap((step) => Array<string>(step.seconds).fill(step.ratePerMinute));
  return perSecond
    .slice(perSecond.length - uncovered)
    .reduce((total, rate) => total.plus(rate), new Exact(0));
}

/**
 * An account for each key (a legacy export's account id, say) with the key's calls stored as
 * its rated voice usage; returns each key's account id.
 */
export async function storeCallsOfKeys(
  db: Db,
  callsByKey: ReadonlyMap<string, readonly Omit<RatedCall, 'accountId'>[]>,
): Promise<Map<string, string>> {
  const idOf = new Map<string, string>();
  const calls: RatedCall[] = [];
  for (const [key, keyCalls] of callsByKey) {
    const account = await makeAccount(db, { externalId: `VOICE-${key}` });
    idOf.set(key, account.id);
    for (const call of keyCalls) calls.push({ ...call, accountId: account.id });
  }
  await insertRatedCalls(db, calls);
  return idOf;
}
