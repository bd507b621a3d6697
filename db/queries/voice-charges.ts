import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { usageRecords } from '../schema';
import { rowsOf } from './raw-rows';
import { roundedSql, type SqlRoundingMode } from './round-sql';
import { uuidSet } from './uuid-set';

/** Included seconds for a period and the destination classes they cover (lib/rating's Allowance). */
export interface VoiceAllowance {
  seconds: number;
  classes: readonly string[];
  /**
   * Shared by every account of the same `pool.key` (a parent's pooled allowance and the
   * children billed to it): each of them lists the same shared allowances, after its own.
   */
  isShared?: boolean;
}

/** An account whose period of voice calls to charge, with its allowances in the order they are consumed. */
export interface VoiceAccount {
  accountId: string;
  allowances: readonly VoiceAllowance[];
  /**
   * The accounts sharing allowances (isShared): the same key (the payer's id), and this
   * account's place among them. Shared seconds go to the accounts in rank order, each
   * account's calls in call order. Absent: the account alone, rank 0.
   */
  pool?: { key: string; rank: number };
}

/** What a period's calls to one destination of one account add up to. */
export interface VoiceDestinationSum {
  account_id: string;
  /** One of the account's voice products (null when none of its calls named one). */
  product_id: string | null;
  destination: string;
  calls: number;
  billable_seconds: string;
  covered_seconds: string;
  /** Sum of the calls' charges, each rounded to the call decimals, exact. */
  charge: string;
  /** Seconds each (merged) pool covered, in pool order. */
  pool_covered: string[];
}

/**
 * THE rule for charging a period's voice calls after included minutes (FORMAT.md's "How the
 * legacy system billed a period", steps 3 and 4). Bill runs, the parallel run and the usage
 * summary all charge voice here and nowhere else: millions of calls are charged and summed
 * per account and destination by the database and never leave it, and no copy in TypeScript
 * can drift from what invoices say. `voice-charges.integ.test.ts` pins it against a
 * deliberately simple oracle, call by call in decimal.js, on PGlite and PostgreSQL.
 *
 * The rule, for each account and its rated voice calls started in [from, to):
 * - calls are taken in call order: started_at, then record id compared byte-wise (instants
 *   are stored to the millisecond, as JS compares them);
 * - each call's billable seconds are covered from the allowances that include its
 *   destination class (a missing class counts as 'other'), in the order given, as far as
 *   they last; a call may be partly covered;
 * - each call costs roundc(connection fee + uncovered seconds × rate per minute / 60), the
 *   fee being due even on a call covered entirely; calls without billable seconds count nowhere;
 * - a shared allowance (isShared, a parent's pool) is one balance for all the accounts of one
 *   pool key: it covers, of what the allowances before it left, the calls of the account of
 *   rank 0 first in call order, then those of rank 1, and so on. All the accounts of a pool
 *   key must be in the same request, each listing the same shared allowances after its own.
 * - a call billed in several steps of a multi-step rate (step_seconds/step_rates, set at
 *   rating) has its first seconds covered, so its uncovered seconds are its last ones, each
 *   at its step's rate: roundc(fee + Σ uncovered seconds in step × step rate / 60).
 *   lib/rating/rate-steps' uncoveredStepCost is the same rule for one call.
 *
 * How: allowance i gives each call min(what earlier allowances left uncovered, what is left
 * of it), and it is never asked for more than the uncovered seconds of the calls of its
 * classes before, so what is left of it is max(seconds − that running sum, 0): one window
 * sum per allowance. Consecutive allowances of the same classes act as one pool of their sum,
 * so they are merged first; an account's usual single pool is one window over the rows as
 * they come off usage_records_account_billing_idx, already in call order, with no sort.
 * Accounts are charged in one query per rounding and sequence of covered class sets (usually
 * one); an account without allowances joins any of them with pools of 0 seconds. A shared
 * pool's running sum is partitioned by the pool key and ordered by (rank, call order), which
 * costs a sort; pools that are not shared keep the per-account window.
 *
 * Exactness: the division by 60 is the only inexact step; PostgreSQL keeps at least 16
 * significant digits, while a quotient that is not exactly on a rounding tie is at least
 * 1/60 of a unit of the rate's last decimal away from one, so rounding it gives what
 * decimal.js gives.
 */
export async function sumVoiceChargesOfAccounts(
  db: Db,
  request: {
    accounts: readonly VoiceAccount[];
    rounding: { mode: SqlRoundingMode; callDecimals: number };
  },
  from: Date,
  to: Date,
): Promise<VoiceDestinationSum[]> {
  return (await sumVoiceChargesWithCoverage(db, request, from, to)).sums;
}

/**
 * sumVoiceChargesOfAccounts, and the seconds each account's allowances covered, one number
 * per allowance in the order given (what rollover records). Within consecutive allowances of
 * the same classes and sharing the earlier is used up first; a shared one's seconds are
 * attributed to the accounts of its pool key in rank order.
 */
export async function sumVoiceChargesWithCoverage(
  db: Db,
  request: {
    accounts: readonly VoiceAccount[];
    rounding: { mode: SqlRoundingMode; callDecimals: number };
  },
  from: Date,
  to: Date,
): Promise<{ sums: VoiceDestinationSum[]; coveredByAccount: Map<string, number[]> }> {
  const groups = new Map<string, Group>();
  const withoutAllowances: VoiceAccount[] = [];
  const poolsOf = new Map<string, Pool[]>();
  const laidOut = laidOutAllowances(request.accounts);
  for (const account of request.accounts) {
    const pools = mergedPools(laidOut.get(account.accountId) ?? []);
    poolsOf.set(account.accountId, pools);
    if (pools.length === 0) {
      withoutAllowances.push(account);
      continue;
    }
    const shape = pools.map((pool) => ({ classes: pool.classes, isShared: pool.isShared }));
    const key = JSON.stringify(shape);
    const group = groups.get(key) ?? { shape, pools: [] };
    group.pools.push(poolRowOf(account, pools));
    groups.set(key, group);
  }
  if (withoutAllowances.length > 0) {
    const [first] = groups.values();
    const group = first ?? { shape: [], pools: [] };
    for (const account of withoutAllowances) group.pools.push(poolRowOf(account, []));
    groups.set(JSON.stringify(group.shape), group);
  }
  const results = await Promise.all(
    [...groups.values()].map((group) => sumGroup(db, group, request.rounding, from, to)),
  );
  const sums = results.flat();
  return { sums, coveredByAccount: coverageOf(request.accounts, poolsOf, sums) };
}

interface Pool {
  seconds: number;
  classes: string[];
  isShared: boolean;
  /** Indexes of the allowances it merges in the account's own list, in order (-1: padding). */
  members: number[];
}

interface PoolRow {
  accountId: string;
  key: string;
  rank: number;
  seconds: number[];
}

interface Group {
  shape: { classes: string[]; isShared: boolean }[];
  pools: PoolRow[];
}

function poolRowOf(account: VoiceAccount, pools: readonly Pool[]): PoolRow {
  return {
    accountId: account.accountId,
    key: account.pool?.key ?? account.accountId,
    rank: account.pool?.rank ?? 0,
    seconds: pools.map((pool) => pool.seconds),
  };
}

/** An allowance at its place in a query: `index` in the account's own list, or -1 for padding. */
type PlacedAllowance = VoiceAllowance & { index: number };

/**
 * Each account's allowances as its query lays them out. Accounts sharing a pool key must
 * share a query and the column of each shared allowance, so every one of them gets the own
 * allowances of all of them (in rank order, of 0 seconds but its own) and then the shared ones.
 * @throws Error when a shared allowance comes before an own one, or members list different shared ones
 */
function laidOutAllowances(accounts: readonly VoiceAccount[]): Map<string, PlacedAllowance[]> {
  const placed = (account: VoiceAccount) => account.allowances.map((a, index) => ({ ...a, index }));
  const members = new Map<string, VoiceAccount[]>();
  for (const account of accounts) {
    const firstShared = account.allowances.findIndex((a) => a.isShared);
    if (firstShared === -1) continue;
    if (account.allowances.slice(firstShared).some((a) => !a.isShared))
      throw new Error(`Shared voice allowances of ${account.accountId} come before its own`);
    const key = account.pool?.key ?? account.accountId;
    members.set(key, [...(members.get(key) ?? []), account]);
  }
  const laidOut = new Map(accounts.map((account) => [account.accountId, placed(account)]));
  for (const account of accounts) {
    const key = account.pool?.key ?? account.accountId;
    const group = (members.get(key) ?? []).filter((m) => m.accountId !== account.accountId);
    if (!members.has(key)) continue;
    group.push(account);
    group.sort((a, b) => (a.pool?.rank ?? 0) - (b.pool?.rank ?? 0) || (a.accountId < b.accountId ? -1 : 1));
    const shared = (group[0] as VoiceAccount).allowances.filter((a) => a.isShared);
    const sharedText = JSON.stringify(shared);
    const layout: PlacedAllowance[] = [];
    for (const member of group) {
      const own = placed(member).filter((a) => !a.isShared);
      const memberShared = member.allowances.filter((a) => a.isShared);
      if (memberShared.length > 0 && JSON.stringify(memberShared) !== sharedText)
        throw new Error(`Accounts of pool ${key} list different shared voice allowances`);
      layout.push(...(member === account ? own : own.map((a) => ({ ...a, seconds: 0, index: -1 }))));
    }
    const firstShared = account.allowances.findIndex((a) => a.isShared);
    layout.push(...shared.map((a, i) => ({ ...a, index: firstShared === -1 ? -1 : firstShared + i })));
    laidOut.set(account.accountId, layout);
  }
  return laidOut;
}

/**
 * Allowances as pools: classes deduplicated and sorted, consecutive ones of the same classes
 * and sharing summed.
 */
function mergedPools(allowances: readonly PlacedAllowance[]): Pool[] {
  const pools: Pool[] = [];
  for (const allowance of allowances) {
    const { index } = allowance;
    const classes = [...new Set(allowance.classes)].sort();
    const isShared = allowance.isShared === true;
    const last = pools.at(-1);
    if (last && last.isShared === isShared && last.classes.join(',') === classes.join(',')) {
      last.seconds += allowance.seconds;
      last.members.push(index);
    } else pools.push({ seconds: allowance.seconds, classes, isShared, members: [index] });
  }
  return pools;
}

/** Seconds covered per allowance of each account, from the pools' covered seconds per destination. */
function coverageOf(
  accounts: readonly VoiceAccount[],
  poolsOf: ReadonlyMap<string, Pool[]>,
  sums: readonly VoiceDestinationSum[],
): Map<string, number[]> {
  const coveredByPool = new Map<string, number[]>();
  for (const row of sums) {
    const covered = coveredByPool.get(row.account_id) ?? [];
    row.pool_covered.forEach((seconds, i) => {
      covered[i] = (covered[i] ?? 0) + Number(seconds);
    });
    coveredByPool.set(row.account_id, covered);
  }
  // What is left of each shared allowance, per pool key, as accounts take it in rank order.
  const sharedLeft = new Map<string, number>();
  const byAccount = new Map<string, number[]>();
  const ordered = [...accounts].sort((a, b) => (a.pool?.rank ?? 0) - (b.pool?.rank ?? 0));
  for (const account of ordered) {
    const covered = account.allowances.map(() => 0);
    const key = account.pool?.key ?? account.accountId;
    const firstShared = account.allowances.findIndex((a) => a.isShared);
    for (const [p, pool] of (poolsOf.get(account.accountId) ?? []).entries()) {
      let toAttribute = coveredByPool.get(account.accountId)?.[p] ?? 0;
      for (const index of pool.members) {
        const allowance = account.allowances[index];
        if (!allowance) continue; // padding of 0 seconds
        const leftKey = `${key}/${index - firstShared}`;
        const left = pool.isShared ? (sharedLeft.get(leftKey) ?? allowance.seconds) : allowance.seconds;
        const take = Math.min(left, toAttribute);
        covered[index] = take;
        toAttribute -= take;
        if (pool.isShared) sharedLeft.set(leftKey, left - take);
      }
    }
    byAccount.set(account.accountId, covered);
  }
  return byAccount;
}

/**
 * What a call's `left` uncovered seconds cost per minute × 60: left × rate, or for a stepped
 * call its last `left` seconds walked back from its last step (step i gets what is left after
 * the steps after it, at most its own seconds).
 */
function uncoveredCost(left: SQL): SQL {
  return sql`case when step_seconds is null then ${left} * rate else (
      select sum(r * least(greatest(${left} - coalesce(after, 0), 0), s)) from (
        select r, s, sum(s) over (order by i desc rows between unbounded preceding and 1 preceding) as after
        from unnest(step_rates, step_seconds) with ordinality as t(r, s, i)) steps) end`;
}

/** Call order within an account, as the billing index stores it. */
const callOrder = sql.raw(`partition by account_id order by started_at, record_id collate "C"
  rows between unbounded preceding and 1 preceding`);

/** A shared pool's order: the accounts of its key in rank order, each one's calls in call order. */
const sharedOrder = sql.raw(`partition by pool_key order by pool_rank, started_at, record_id collate "C"
  rows between unbounded preceding and 1 preceding`);

/** One query: accounts sharing the same sequence of covered class sets and sharing, and the same rounding. */
async function sumGroup(
  db: Db,
  group: Group,
  rounding: { mode: SqlRoundingMode; callDecimals: number },
  from: Date,
  to: Date,
): Promise<VoiceDestinationSum[]> {
  const { shape, pools } = group;
  const isIn = (i: number) => sql`class = any(${`{${(shape[i]?.classes ?? []).join(',')}}`}::text[])`;
  const orderOf = (i: number) => (shape[i]?.isShared ? sharedOrder : callOrder);
  // Each pool's seconds per account, as columns s0, s1, … of one JSON parameter, with the
  // account's pool key and rank.
  const poolRows = pools.map((pool) =>
    Object.fromEntries([
      ['a', pool.accountId],
      ['pool_key', pool.key],
      ['pool_rank', pool.rank],
      ...pool.seconds.map((seconds, i) => [`s${i}`, seconds]),
    ]),
  );
  const poolColumns = sql.raw(
    ['a uuid', 'pool_key uuid', 'pool_rank int', ...shape.map((_, i) => `s${i} bigint`)].join(', '),
  );
  const n = (i: number) => sql.raw(String(i));
  // Pool 0's running sum is taken over the calls in index order, before the pools are joined
  // (a join there would cost a sort), unless it is shared; each further pool covers what the
  // ones before it left uncovered (left_i: billable seconds no pool up to i covered).
  const later: SQL[] = [];
  for (let i = 1; i < shape.length; i++) {
    later.push(sql`, pool_${n(i)} as (
      select q.*, left_${n(i - 1)} - covered_${n(i)} as left_${n(i)} from (
        select p.*, case when ${isIn(i)} then least(left_${n(i - 1)}, greatest(s${n(i)} - coalesce(
            sum(case when ${isIn(i)} then left_${n(i - 1)} else 0 end) over (${orderOf(i)}), 0), 0))
          else 0 end as covered_${n(i)}
        from pool_${n(i - 1)} p) q
    )`);
  }
  const last = Math.max(shape.length - 1, 0);
  const charge = roundedSql(sql.raw('raw_charge'), rounding.callDecimals, rounding.mode);
  const calls = sql`calls as (
      select u.account_id, u.product_id, u.started_at, u.record_id, coalesce(u.destination_name, '') as destination,
        coalesce(u.billable_seconds, 0) as billable, coalesce(u.connection_fee, 0) as fee,
        coalesce(u.rate_per_minute, 0) as rate, coalesce(u.destination_class::text, 'other') as class,
        u.step_seconds, u.step_rates
      from ${usageRecords} u
      where u.account_id = any(array${uuidSet(pools.map((p) => p.accountId))})
        and u.started_at >= ${from.toISOString()}::timestamptz and u.started_at < ${to.toISOString()}::timestamptz
        and u.usage_type = 'voice' and u.status = 'rated'
    )`;
  const joinPools = sql`join jsonb_to_recordset(${JSON.stringify(poolRows)}::jsonb) as p(${poolColumns}) on p.a = c.account_id`;
  const pool0 =
    shape.length === 0
      ? sql`pool_0 as (
      select q.*, billable - covered_0 as left_0 from (
        select c.*, p.*, 0 as covered_0 from calls c ${joinPools} where c.billable > 0) q
    )`
      : shape[0]?.isShared
        ? sql`pool_0 as (
      select q.*, billable - covered_0 as left_0 from (
        select j.*, case when ${isIn(0)} then least(billable, greatest(s0 - coalesce(
            sum(case when ${isIn(0)} then billable else 0 end) over (${sharedOrder}), 0), 0)) else 0 end as covered_0
        from (select c.*, p.* from calls c ${joinPools} where c.billable > 0) j) q
    )`
        : sql`pool_0 as (
      select q.*, billable - covered_0 as left_0 from (
        select c.*, p.*, case when ${isIn(0)} then least(billable, greatest(p.s0 - used_before, 0)) else 0 end as covered_0
        from (
          -- billable seconds of the account's earlier calls of pool 0's classes: what pool 0 gave away
          select *, coalesce(sum(case when ${isIn(0)} then billable else 0 end) over (${callOrder}), 0) as used_before
          from calls) c
        ${joinPools}
        where c.billable > 0) q
    )`;
  const poolCovered =
    shape.length === 0
      ? sql`array[]::text[]`
      : sql`array[${sql.join(
          shape.map((_, i) => sql`sum(covered_${n(i)})::text`),
          sql`, `,
        )}]`;
  const result = await db.execute(sql`
    with ${calls}, ${pool0}${sql.join(later, sql``)}
    select account_id, min(product_id::text) as product_id, destination, count(*)::int as calls,
      sum(billable)::text as billable_seconds, sum(billable - left_${n(last)})::text as covered_seconds,
      sum(${charge})::text as charge, ${poolCovered} as pool_covered
    from (select *, fee + ${uncoveredCost(sql.raw(`left_${last}`))} / 60 as raw_charge from pool_${n(last)}) r
    group by account_id, destination`);
  return rowsOf<VoiceDestinationSum>(result);
}
