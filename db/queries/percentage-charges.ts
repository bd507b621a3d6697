import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { usageRecords } from '../schema';
import { rowsOf } from './raw-rows';
import { uuidSet } from './uuid-set';

/** A percentage price one account's records of one product are charged by (decimals as text). */
export interface PercentagePriceOfAccount {
  accountId: string;
  productId: string;
  ratePercent: string;
  transactionFee: string | null;
  transactionMinimum: string | null;
  transactionMaximum: string | null;
  freeTransactions: number | null;
  freeAmount: string | null;
}

/** What a period's transactions of one product came to on one account. */
export interface PercentageChargeSum {
  account_id: string;
  product_id: string;
  transactions: number;
  /** Sum of the transaction amounts (record quantities), exact. */
  amount: string;
  /** Sum of the transactions' charges, unrounded and exact. */
  charge: string;
}

/**
 * Charges a period's transactions under percentage prices with lib/rating/percentage.ts's
 * rule (its JSDoc states it; percentage-charges.integ.test.ts pins this query against it):
 * one query for a chunk of accounts, whatever their number of transactions, none of which
 * leaves the database.
 *
 * Why SQL rather than loading the records: the free transactions and the free amount depend
 * on each record's place in the period (its row number and the running total of the amounts
 * before it), which one window pass per account and product gives in linear time after the
 * sort; the charge of each is numeric multiplication and addition (the rate is applied as
 * × rate × 0.01, never divided), which PostgreSQL does exactly, so the sums are exact.
 * Records are taken in time order: started_at, then record id compared byte-wise, as voice.
 */
export async function sumPercentageChargesOfAccounts(
  db: Db,
  prices: readonly PercentagePriceOfAccount[],
  from: Date,
  to: Date,
): Promise<PercentageChargeSum[]> {
  if (prices.length === 0) return [];
  const priceRows = prices.map((p) => ({
    a: p.accountId,
    p: p.productId,
    rate: p.ratePercent,
    fee: p.transactionFee ?? '0',
    mn: p.transactionMinimum,
    mx: p.transactionMaximum,
    n: p.freeTransactions ?? 0,
    f: p.freeAmount,
  }));
  const result = await db.execute(sql`
    with transactions as (
      select u.account_id, u.product_id, coalesce(u.quantity, 0) as amount, x.rate, x.fee, x.mn, x.mx, x.f,
        row_number() over w as position,
        coalesce(sum(coalesce(u.quantity, 0)) over (w rows between unbounded preceding and 1 preceding), 0) as before,
        x.n
      from ${usageRecords} u
      join jsonb_to_recordset(${JSON.stringify(priceRows)}::jsonb)
        as x(a uuid, p uuid, rate numeric, fee numeric, mn numeric, mx numeric, n int, f numeric)
        on x.a = u.account_id and x.p = u.product_id
      where u.account_id = any(array${uuidSet([...new Set(prices.map((p) => p.accountId))])})
        and u.usage_type in ('sms', 'data', 'custom') and u.status = 'rated'
        and u.started_at >= ${from.toISOString()}::timestamptz and u.started_at < ${to.toISOString()}::timestamptz
      window w as (partition by u.account_id, u.product_id order by u.started_at, u.record_id collate "C")
    ), charged as (
      select account_id, product_id, amount, rate, fee, mn, mx,
        case
          when position <= n then null
          when f is null then amount
          when before + amount <= f then null
          else before + amount - greatest(before, f)
        end as charged_amount
      from transactions
    )
    select account_id, product_id::text as product_id, count(*)::int as transactions, sum(amount)::text as amount,
      coalesce(sum(case when charged_amount is null then 0
        -- least/greatest skip a null bound: no minimum, no maximum
        else least(greatest(charged_amount * rate * 0.01 + fee, mn), mx) end), 0)::text as charge
    from charged
    group by account_id, product_id`);
  return rowsOf<PercentageChargeSum>(result);
}
