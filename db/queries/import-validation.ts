import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { rowsOf } from './raw-rows';

export interface LifetimeProblemRow {
  legacy_id: string;
  account_ref: string;
  problem: string;
}

/**
 * Imported subscriptions that fall outside their account's lifetime or end before they
 * start (the source row keeps the end date as the file gave it).
 */
export async function listSubscriptionLifetimeProblems(
  db: Db,
  importId: string,
): Promise<LifetimeProblemRow[]> {
  return rowsOf<LifetimeProblemRow>(
    await db.execute(sql`
      select ms.legacy_id, a.external_id as account_ref,
        case
          when nullif(ms.raw->>'end_date', '') is not null and ms.raw->>'end_date' <= ms.raw->>'start_date'
            then 'ends (' || (ms.raw->>'end_date') || ') before it starts (' || (ms.raw->>'start_date') || ')'
          when a.opened_on is not null and s.start_date < a.opened_on
            then 'starts ' || s.start_date || ', before the account opened (' || a.opened_on || ')'
          else 'runs past the account''s closing (' || a.closed_on || ')'
        end as problem
      from migration_sources ms
      join subscriptions s on s.id = ms.entity_id
      join accounts a on a.id = s.account_id
      where ms.import_id = ${importId} and ms.entity = 'subscriptions'
        and (
          (nullif(ms.raw->>'end_date', '') is not null and ms.raw->>'end_date' <= ms.raw->>'start_date')
          or (a.opened_on is not null and s.start_date < a.opened_on)
          or (a.closed_on is not null and coalesce(s.end_date, 'infinity'::date) > a.closed_on)
        )
      order by ms.legacy_id`),
  );
}

export interface UsageLifetimeRow {
  account_ref: string;
  records: number;
  first_at: string;
  last_at: string;
}

/** Per account, the imported usage records dated outside the account's lifetime. */
export async function listUsageOutsideLifetimes(db: Db, ingestionId: string): Promise<UsageLifetimeRow[]> {
  return rowsOf<UsageLifetimeRow>(
    await db.execute(sql`
      select a.external_id as account_ref, count(*)::int as records,
        -- ISO 8601 in UTC, whatever the session's time zone and date style, so clients can parse it.
        to_char(min(u.started_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as first_at,
        to_char(max(u.started_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as last_at
      from usage_records u
      join accounts a on a.id = u.account_id
      where u.ingestion_id = ${ingestionId}
        and ((a.opened_on is not null and u.started_at < a.opened_on::timestamptz)
          or (a.closed_on is not null and u.started_at >= a.closed_on::timestamptz))
      group by a.external_id
      order by a.external_id`),
  );
}

/** Imported usage by rating outcome, and how much of it falls outside the billing period. */
export async function summarizeImportedUsage(
  db: Db,
  ingestionId: string,
  periodStart: string,
  periodEnd: string,
) {
  return rowsOf<{ status: string; reason: string | null; records: number; outside_period: number }>(
    await db.execute(sql`
      select status::text, unrated_reason as reason, count(*)::int as records,
        count(*) filter (where started_at < ${periodStart}::timestamptz or started_at >= ${periodEnd}::timestamptz)::int as outside_period
      from usage_records
      where ingestion_id = ${ingestionId}
      group by 1, 2
      order by 1, 2`),
  );
}

/** Opening balances of an import, per currency. */
export async function sumOpeningBalances(db: Db, importId: string) {
  return rowsOf<{ currency: string; accounts: number; total: string }>(
    await db.execute(sql`
      select a.currency, count(*)::int as accounts, sum(b.amount)::text as total
      from opening_balances b join accounts a on a.id = b.account_id
      where b.import_id = ${importId}
      group by a.currency
      order by a.currency`),
  );
}

/** Usage rows of an import rejected because they name something the export lacks (an account). */
export async function listUsageReferenceProblems(db: Db, ingestionId: string, limit: number) {
  return rowsOf<{ line: number | null; record_id: string | null; reason: string; total: number }>(
    await db.execute(sql`
      select line, record_id, reason, count(*) over ()::int as total
      from ingestion_problems
      where ingestion_id = ${ingestionId} and reason like 'unknown %'
      order by line
      limit ${limit}`),
  );
}
