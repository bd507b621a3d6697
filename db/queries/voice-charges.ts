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
}

/** An account whose period of voice calls to charge, with its allowances in the order they are consumed. */
export interface VoiceAccount {
  accountId: string;
  allowances: readonly VoiceAllowance[];
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
 * one); an account without allowances joins any of them with pools of 0 seconds.
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
  const groups = new Map<
    string,
    { classSets: string[][]; pools: { accountId: string; seconds: number[] }[] }
  >();
  const withoutAllowances: string[] = [];
  for (const account of request.accounts) {
    const pools = mergedPools(account.allowances);
    if (pools.length === 0) {
      withoutAllowances.push(account.accountId);
      continue;
    }
    const classSets = pools.map((pool) => pool.classes);
    const key = JSON.stringify(classSets);
    const group = groups.get(key) ?? { classSets, pools: [] };
    group.pools.push({ accountId: account.accountId, seconds: pools.map((pool) => pool.seconds) });
    groups.set(key, group);
  }
  if (withoutAllowances.length > 0) {
    const [first] = groups.values();
    const group = first ?? { classSets: [], pools: [] };
    for (const accountId of withoutAllowances)
      group.pools.push({ accountId, seconds: group.classSets.map(() => 0) });
    groups.set(JSON.stringify(group.classSets), group);
  }
  const results = await Promise.all(
    [...groups.values()].map((group) => sumGroup(db, group, request.rounding, from, to)),
  );
  return results.flat();
}

/** Allowances as pools: classes deduplicated and sorted, consecutive ones of the same classes summed. */
function mergedPools(allowances: readonly VoiceAllowance[]): { seconds: number; classes: string[] }[] {
  const pools: { seconds: number; classes: string[] }[] = [];
  for (const allowance of allowances) {
    const classes = [...new Set(allowance.classes)].sort();
    const last = pools.at(-1);
    if (last && last.classes.join(',') === classes.join(',')) last.seconds += allowance.seconds;
    else pools.push({ seconds: allowance.seconds, classes });
  }
  return pools;
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

/** One query: accounts sharing the same sequence of covered class sets and the same rounding. */
async function sumGroup(
  db: Db,
  group: { classSets: string[][]; pools: { accountId: string; seconds: number[] }[] },
  rounding: { mode: SqlRoundingMode; callDecimals: number },
  from: Date,
  to: Date,
): Promise<VoiceDestinationSum[]> {
  const { classSets, pools } = group;
  const isIn = (i: number) => sql`class = any(${`{${(classSets[i] ?? []).join(',')}}`}::text[])`;
  // Each pool's seconds per account, as columns s0, s1, … of one JSON parameter.
  const poolRows = pools.map((pool) =>
    Object.fromEntries([['a', pool.accountId], ...pool.seconds.map((seconds, i) => [`s${i}`, seconds])]),
  );
  const poolColumns = sql.raw(['a uuid', ...classSets.map((_, i) => `s${i} bigint`)].join(', '));
  const n = (i: number) => sql.raw(String(i));
  // Pool 0's running sum is taken over the calls in index order, before the pools are joined
  // (a join there would cost a sort); each further pool covers what the ones before it left
  // uncovered (left_i: billable seconds no pool up to i covered).
  const later: SQL[] = [];
  for (let i = 1; i < classSets.length; i++) {
    later.push(sql`, pool_${n(i)} as (
      select q.*, left_${n(i - 1)} - covered_${n(i)} as left_${n(i)} from (
        select p.*, case when ${isIn(i)} then least(left_${n(i - 1)}, greatest(s${n(i)} - coalesce(
            sum(case when ${isIn(i)} then left_${n(i - 1)} else 0 end) over (${callOrder}), 0), 0))
          else 0 end as covered_${n(i)}
        from pool_${n(i - 1)} p) q
    )`);
  }
  const last = classSets.length - 1;
  const charge = roundedSql(sql.raw('raw_charge'), rounding.callDecimals, rounding.mode);
  const result = await db.execute(sql`
    with calls as (
      select u.account_id, u.product_id, u.started_at, u.record_id, coalesce(u.destination_name, '') as destination,
        coalesce(u.billable_seconds, 0) as billable, coalesce(u.connection_fee, 0) as fee,
        coalesce(u.rate_per_minute, 0) as rate, coalesce(u.destination_class::text, 'other') as class,
        u.step_seconds, u.step_rates
      from ${usageRecords} u
      where u.account_id = any(array${uuidSet(pools.map((p) => p.accountId))})
        and u.started_at >= ${from.toISOString()}::timestamptz and u.started_at < ${to.toISOString()}::timestamptz
        and u.usage_type = 'voice' and u.status = 'rated'
    ), pool_0 as (
      select q.*, billable - covered_0 as left_0 from (
        select c.*, p.*, ${
          classSets.length === 0
            ? sql`0`
            : sql`case when ${isIn(0)} then least(billable, greatest(p.s0 - used_before, 0)) else 0 end`
        } as covered_0
        from (
          -- billable seconds of the account's earlier calls of pool 0's classes: what pool 0 gave away
          select *, ${
            classSets.length === 0
              ? sql`0`
              : sql`coalesce(sum(case when ${isIn(0)} then billable else 0 end) over (${callOrder}), 0)`
          } as used_before
          from calls) c
        join jsonb_to_recordset(${JSON.stringify(poolRows)}::jsonb) as p(${poolColumns}) on p.a = c.account_id
        where c.billable > 0) q
    )${sql.join(later, sql``)}
    select account_id, min(product_id::text) as product_id, destination, count(*)::int as calls,
      sum(billable)::text as billable_seconds, sum(billable - left_${n(Math.max(last, 0))})::text as covered_seconds,
      sum(${charge})::text as charge
    from (select *, fee + ${uncoveredCost(sql.raw(`left_${Math.max(last, 0)}`))} / 60 as raw_charge
      from pool_${n(Math.max(last, 0))}) r
    group by account_id, destination`);
  return rowsOf<VoiceDestinationSum>(result);
}
