import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { rowsOf } from './raw-rows';
import { uuidSet } from './uuid-set';

/**
 * What the automatic checks read about drafts, a chunk at a time: each function is one
 * statement over the whole chunk, whatever its size. Dates come back as ISO text and money as
 * numeric text, never as floats.
 */

/** A draft with its account and the account's previous finalized invoice, for the checks on totals and delivery. */
export interface DraftFacts {
  invoiceId: string;
  billRunId: string;
  accountId: string;
  accountName: string;
  accountExternalId: string;
  billingEmail: string | null;
  invoiceDelivery: string;
  currency: string;
  periodStart: string;
  periodEnd: string;
  total: string;
  /** The latest finalized invoice of the account billing an earlier period, if any. */
  previousInvoiceId: string | null;
  previousNumber: string | null;
  previousTotal: string | null;
  previousCurrency: string | null;
  /** Whether any invoice of the account was ever finalized (void ones included). */
  hasIssuedInvoice: boolean;
}

/** Drafts among `invoiceIds` (rows that are no longer drafts are left out). */
export async function loadDraftFacts(db: Db, invoiceIds: readonly string[]): Promise<DraftFacts[]> {
  if (invoiceIds.length === 0) return [];
  const result = await db.execute(sql`
    select i.id as "invoiceId", i.bill_run_id as "billRunId", i.account_id as "accountId",
      a.name as "accountName", a.external_id as "accountExternalId", a.billing_email as "billingEmail",
      a.invoice_delivery::text as "invoiceDelivery", i.currency::text as currency,
      i.period_start::text as "periodStart", i.period_end::text as "periodEnd", i.total::text as total,
      p.id as "previousInvoiceId", p.number as "previousNumber", p.total::text as "previousTotal",
      p.currency::text as "previousCurrency",
      exists (select 1 from invoices e where e.account_id = i.account_id and e.kind = 'invoice'
        and e.status in ('finalized', 'void')) as "hasIssuedInvoice"
    from invoices i
    join accounts a on a.id = i.account_id
    left join lateral (
      select f.id, f.number, f.total, f.currency from invoices f
      where f.account_id = i.account_id and f.kind = 'invoice' and f.status = 'finalized'
        and f.period_start < i.period_start
      order by f.period_start desc, f.finalized_at desc
      limit 1
    ) p on true
    where i.id in ${uuidSet(invoiceIds)} and i.status = 'draft' and i.kind = 'invoice'
    order by i.id`);
  return rowsOf<DraftFacts>(result);
}

/**
 * Whether each draft's account has usage records (rated or not) in its period and in each of
 * the three periods of the same length in months before it (UTC days, as bill runs read
 * usage). Existence, not counts: an account's months of call records are never read in full.
 */
export async function findUsageOfRecentPeriods(db: Db, invoiceIds: readonly string[]) {
  if (invoiceIds.length === 0) return [];
  // One probe per usage type and status, LIMIT 1 each: with all four leading columns of the
  // billing index equal or bounded, each is a seek, not a scan of the account's history.
  const anyRecordIn = (from: SQL, to: SQL) => sql`exists (
      select 1 from unnest(enum_range(null::usage_type)) t(v) cross join unnest(enum_range(null::usage_status)) s(v)
      cross join lateral (
        select 1 from usage_records u
        where u.account_id = d.account_id and u.usage_type = t.v and u.status = s.v
          and u.started_at >= ${from} and u.started_at < ${to}
        limit 1) x)`;
  const result = await db.execute(sql`
    with p as (
      select i.id, i.account_id, i.period_start::timestamp as ps, i.period_end::timestamp as pe,
        age(i.period_end::timestamp, i.period_start::timestamp) as len
      from invoices i where i.id in ${uuidSet(invoiceIds)}
    ), d as (
      -- month arithmetic on plain timestamps, then UTC instants: no session time zone involved
      select id, account_id, ps at time zone 'UTC' as s0, (ps - len) at time zone 'UTC' as s1,
        (ps - 2 * len) at time zone 'UTC' as s2, (ps - 3 * len) at time zone 'UTC' as s3,
        pe at time zone 'UTC' as e, (ps - 3 * len)::date::text as "since"
      from p
    )
    select d.id as "invoiceId", d.since,
      ${anyRecordIn(sql`d.s0`, sql`d.e`)} as current,
      ${anyRecordIn(sql`d.s1`, sql`d.s0`)} as "back1",
      ${anyRecordIn(sql`d.s2`, sql`d.s1`)} as "back2",
      ${anyRecordIn(sql`d.s3`, sql`d.s2`)} as "back3"
    from d
    order by d.id`);
  return rowsOf<{
    invoiceId: string;
    /** First day of the earliest period looked at. */
    since: string;
    current: boolean;
    back1: boolean;
    back2: boolean;
    back3: boolean;
  }>(result);
}

/**
 * Records of each draft's period waiting in the unbillable queue: unrated records of its
 * account, and unrated records naming the account's number that matched no account when
 * they arrived. Only drafts with some are returned.
 */
export async function countUnratedUsageOfDrafts(db: Db, invoiceIds: readonly string[]) {
  if (invoiceIds.length === 0) return [];
  // The queue is read once over the chunk's periods (its partial index on started_at) and
  // hash-joined to the drafts, by account or, for records that matched none, by its number.
  const result = await db.execute(sql`
    with d as (
      select i.id, i.account_id, a.external_id,
        i.period_start::timestamp at time zone 'UTC' as s, i.period_end::timestamp at time zone 'UTC' as e
      from invoices i join accounts a on a.id = i.account_id
      where i.id in ${uuidSet(invoiceIds)}
    ), queue as (
      select u.account_id, u.account_ref, u.started_at, u.unrated_reason from usage_records u
      where u.status = 'unrated' and u.started_at >= (select min(s) from d) and u.started_at < (select max(e) from d)
    ), matched as (
      select d.id, q.unrated_reason from d join queue q on q.account_id = d.account_id
        and q.started_at >= d.s and q.started_at < d.e
      union all
      select d.id, q.unrated_reason from d join queue q on q.account_id is null and q.account_ref = d.external_id
        and q.started_at >= d.s and q.started_at < d.e
    )
    select id as "invoiceId", count(*) :: int as records,
      array_agg(distinct coalesce(unrated_reason, 'unknown')) as reasons
    from matched
    group by id
    order by id`);
  return rowsOf<{ invoiceId: string; records: number; reasons: string[] }>(result);
}

/**
 * Recurring lines whose unit price differs from the catalog's: the subscription's price
 * override if it has one, else the unit price the line was billed at, against the product's
 * flat amount or per-unit price in the invoice currency in force on `asOf`. Lines with
 * neither (prorated lines without an override) and catalog prices of other models are not
 * compared.
 */
export async function listPricesDifferingFromCatalog(db: Db, invoiceIds: readonly string[], asOf: string) {
  if (invoiceIds.length === 0) return [];
  const result = await db.execute(sql`
    select distinct on (l.invoice_id, l.subscription_id)
      l.invoice_id as "invoiceId", l.description, pr.code as "productCode",
      coalesce(s.unit_price, l.unit_price)::text as "billedPrice",
      coalesce(cp.unit_price, cp.amount)::text as "catalogPrice",
      (s.unit_price is not null) as "isOverride"
    from invoices i
    join invoice_lines l on l.invoice_id = i.id and l.line_type = 'recurring' and l.subscription_id is not null
    join subscriptions s on s.id = l.subscription_id
    join products pr on pr.id = s.product_id
    join lateral (
      select p.unit_price, p.amount from prices p
      where p.product_id = s.product_id and p.currency = i.currency
        and p.effective_from <= ${asOf}::date and (p.effective_to is null or p.effective_to > ${asOf}::date)
        and p.model in ('flat', 'per_unit')
      order by p.effective_from desc limit 1
    ) cp on true
    where i.id in ${uuidSet(invoiceIds)}
      and coalesce(s.unit_price, l.unit_price) is not null
      and coalesce(s.unit_price, l.unit_price) <> coalesce(cp.unit_price, cp.amount)
    order by l.invoice_id, l.subscription_id, l.position`);
  return rowsOf<{
    invoiceId: string;
    description: string;
    productCode: string;
    billedPrice: string;
    catalogPrice: string;
    isOverride: boolean;
  }>(result);
}

/**
 * Drafts without a tax line although a tax rule of their account's region, in force on the
 * period's first day (as bill runs tax) and not among the account's exemptions, covers the
 * tax category of one of their non-zero lines. One row per draft and rule.
 */
export async function listMissingTaxOfDrafts(db: Db, invoiceIds: readonly string[]) {
  if (invoiceIds.length === 0) return [];
  const result = await db.execute(sql`
    select i.id as "invoiceId", a.tax_region as region, r.tax_code as "taxCode",
      r.tax_category as "taxCategory", r.rate_percent::text as "ratePercent"
    from invoices i
    join accounts a on a.id = i.account_id and a.tax_region is not null
    join tax_rules r on r.region = a.tax_region and r.effective_from <= i.period_start
      and (r.effective_to is null or r.effective_to > i.period_start)
      and not (r.tax_code = any(a.tax_exemptions))
    where i.id in ${uuidSet(invoiceIds)}
      and not exists (select 1 from invoice_lines t where t.invoice_id = i.id and t.line_type = 'tax')
      and exists (select 1 from invoice_lines l where l.invoice_id = i.id and l.line_type <> 'tax'
        and l.tax_category = r.tax_category and l.amount <> 0)
    order by i.id, r.tax_code, r.tax_category`);
  return rowsOf<{
    invoiceId: string;
    region: string;
    taxCode: string;
    taxCategory: string;
    ratePercent: string;
  }>(result);
}
