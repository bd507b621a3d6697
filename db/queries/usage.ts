import { and, asc, count, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { accounts, ingestionProblems, ingestions, products, usageRecords } from '../schema';
import { newestFirst, olderThan } from './keyset';
import { rowsOf } from './raw-rows';
import { uuidSet } from './uuid-set';

export type NewIngestion = typeof ingestions.$inferInsert;
export type NewIngestionProblem = typeof ingestionProblems.$inferInsert;

export async function insertIngestion(db: Db, ingestion: NewIngestion) {
  const [row] = await db.insert(ingestions).values(ingestion).returning();
  if (!row) throw new Error('insert into ingestions returned no row');
  return row;
}

export async function getIngestionById(db: Db, id: string) {
  const [row] = await db.select().from(ingestions).where(eq(ingestions.id, id));
  return row ?? null;
}

export interface IngestionCounts {
  read: number;
  imported: number;
  duplicates: number;
  conflicts: number;
  rejected: number;
  unrated: number;
}

/** Adds one chunk's counts (and progress) to an ingestion. */
export async function addToIngestion(db: Db, id: string, counts: IngestionCounts, bytesRead: number | null) {
  await db
    .update(ingestions)
    .set({
      read: sql`${ingestions.read} + ${counts.read}`,
      imported: sql`${ingestions.imported} + ${counts.imported}`,
      duplicates: sql`${ingestions.duplicates} + ${counts.duplicates}`,
      conflicts: sql`${ingestions.conflicts} + ${counts.conflicts}`,
      rejected: sql`${ingestions.rejected} + ${counts.rejected}`,
      unrated: sql`${ingestions.unrated} + ${counts.unrated}`,
      ...(bytesRead === null ? {} : { bytesRead }),
    })
    .where(eq(ingestions.id, id));
}

export async function finishIngestion(
  db: Db,
  id: string,
  outcome: { status: 'completed' | 'failed'; error?: string | null },
) {
  const [row] = await db
    .update(ingestions)
    .set({ status: outcome.status, error: outcome.error ?? null, finishedAt: new Date() })
    .where(eq(ingestions.id, id))
    .returning();
  return row ?? null;
}

export async function listIngestionRows(
  db: Db,
  options: { limit: number; after?: { createdAt: Date; id: string } | undefined },
) {
  return db
    .select()
    .from(ingestions)
    .where(olderThan(ingestions.startedAt, ingestions.id, options.after))
    .orderBy(...newestFirst(ingestions.startedAt, ingestions.id))
    .limit(options.limit + 1);
}

export async function insertIngestionProblems(db: Db, problems: NewIngestionProblem[]) {
  for (let start = 0; start < problems.length; start += 1000) {
    await db.insert(ingestionProblems).values(problems.slice(start, start + 1000));
  }
}

export async function listProblemsOfIngestion(db: Db, ingestionId: string, limit: number) {
  return db
    .select()
    .from(ingestionProblems)
    .where(eq(ingestionProblems.ingestionId, ingestionId))
    .orderBy(asc(ingestionProblems.line), asc(ingestionProblems.id))
    .limit(limit);
}

/** Content hashes of the records already stored under these ids. */
export async function findStoredUsageHashes(
  db: Db,
  recordIds: readonly string[],
): Promise<Map<string, string>> {
  if (recordIds.length === 0) return new Map();
  const result = await db.execute(
    sql`select record_id, content_hash from usage_records where record_id in (select json_array_elements_text(${JSON.stringify(recordIds)}::json))`,
  );
  return new Map(
    rowsOf<{ record_id: string; content_hash: string }>(result).map((row) => [
      row.record_id,
      row.content_hash,
    ]),
  );
}

/** What rating decides about a record, as stored: decimals as strings, instants as ISO strings. */
export interface UsageRatingColumns {
  account_id: string | null;
  product_id: string | null;
  status: 'rated' | 'unrated';
  unrated_reason: string | null;
  rate_version_id: string | null;
  prefix: string | null;
  destination_name: string | null;
  destination_class: string | null;
  band: string | null;
  billable_seconds: number | null;
  rate_per_minute: string | null;
  connection_fee: string | null;
  /** Multi-step calls only (usage_records.step_seconds/step_rates); absent or null otherwise. */
  step_seconds?: number[] | null;
  step_rates?: string[] | null;
  charge: string | null;
  rated_at: string | null;
}

/** A usage row ready to store: what was received, and how it was rated. */
export interface UsageRowToStore extends UsageRatingColumns {
  record_id: string;
  ingestion_id: string | null;
  account_ref: string;
  usage_type: string;
  started_at: string;
  destination_number: string | null;
  duration_seconds: number | null;
  quantity: string | null;
  subject: string | null;
  content_hash: string;
}

/**
 * Stores many usage rows in one statement: the rows travel as a single JSON parameter
 * (json_to_recordset), which works alike on PGlite and postgres.js and costs one round
 * trip per chunk. Ids already stored are skipped; returns the ids actually inserted.
 */
export async function insertUsageRows(db: Db, rows: readonly UsageRowToStore[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const result = await db.execute(sql`
    insert into usage_records (record_id, ingestion_id, account_ref, account_id, usage_type, product_id, started_at,
      destination_number, duration_seconds, quantity, content_hash, status, unrated_reason, rate_version_id, prefix,
      destination_name, destination_class, band, billable_seconds, rate_per_minute, connection_fee, charge, rated_at, subject,
      step_seconds, step_rates)
    select r.a, r.b, r.c, r.d, r.e::usage_type, r.f, r.g, r.h, r.i, r.j, r.k, r.l::usage_status, r.m, r.n, r.o, r.p,
      r.q::destination_class, r.r, r.s, r.t, r.u, r.v, r.w, r.x, r.y, r.z
    from json_to_recordset(${JSON.stringify(rows.map(wireRow))}::json) as r(a text, b uuid, c text, d uuid, e text,
      f uuid, g timestamptz, h text, i integer, j numeric, k text, l text, m text, n uuid, o text, p text, q text,
      r text, s integer, t numeric, u numeric, v numeric, w timestamptz, x text, y integer[], z numeric[])
    on conflict (record_id) do nothing
    returning record_id`);
  return new Set(rowsOf<{ record_id: string }>(result).map((row) => row.record_id));
}

/**
 * A row as it travels to `insertUsageRows`: one-letter keys in column order, and no null
 * ones (json_to_recordset reads a missing key as null). Parsing the JSON was 40% of the
 * insert on PostgreSQL, and full column names with every null made 770 bytes a record;
 * this makes about half that, and the insert a tenth cheaper.
 */
function wireRow(row: UsageRowToStore) {
  return {
    a: row.record_id,
    b: row.ingestion_id ?? undefined,
    c: row.account_ref,
    d: row.account_id ?? undefined,
    e: row.usage_type,
    f: row.product_id ?? undefined,
    g: row.started_at,
    h: row.destination_number ?? undefined,
    i: row.duration_seconds ?? undefined,
    j: row.quantity ?? undefined,
    k: row.content_hash,
    l: row.status,
    m: row.unrated_reason ?? undefined,
    n: row.rate_version_id ?? undefined,
    o: row.prefix ?? undefined,
    p: row.destination_name ?? undefined,
    q: row.destination_class ?? undefined,
    r: row.band ?? undefined,
    s: row.billable_seconds ?? undefined,
    t: row.rate_per_minute ?? undefined,
    u: row.connection_fee ?? undefined,
    v: row.charge ?? undefined,
    w: row.rated_at ?? undefined,
    x: row.subject ?? undefined,
    y: row.step_seconds ?? undefined,
    z: row.step_rates ?? undefined,
  };
}

export async function getAccountsByExternalIds(db: Db, externalIds: readonly string[]) {
  if (externalIds.length === 0) return [];
  return db
    .select()
    .from(accounts)
    .where(inArray(accounts.externalId, [...externalIds]));
}

/** Active usage products of some catalogs. */
export async function listUsageProductsOfCatalogs(db: Db, catalogIds: readonly string[]) {
  if (catalogIds.length === 0) return [];
  return db
    .select()
    .from(products)
    .where(
      and(
        inArray(products.catalogId, [...catalogIds]),
        eq(products.kind, 'usage'),
        eq(products.isActive, true),
      ),
    )
    .orderBy(asc(products.code));
}

export interface UsageRecordFilter {
  accountId?: string | undefined;
  status?: 'rated' | 'unrated' | undefined;
  usageType?: (typeof usageRecords.$inferSelect)['usageType'] | undefined;
  unratedReason?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  ingestionId?: string | undefined;
}

function usageConditions(filter: UsageRecordFilter): (SQL | undefined)[] {
  return [
    filter.accountId ? eq(usageRecords.accountId, filter.accountId) : undefined,
    filter.status ? eq(usageRecords.status, filter.status) : undefined,
    filter.usageType ? eq(usageRecords.usageType, filter.usageType) : undefined,
    filter.unratedReason ? eq(usageRecords.unratedReason, filter.unratedReason) : undefined,
    filter.from ? gte(usageRecords.startedAt, filter.from) : undefined,
    filter.to ? lt(usageRecords.startedAt, filter.to) : undefined,
    filter.ingestionId ? eq(usageRecords.ingestionId, filter.ingestionId) : undefined,
  ];
}

/** Newest calls first; the cursor is the row's numeric id. */
export async function listUsageRecordRows(
  db: Db,
  options: { limit: number; beforeId?: number | undefined; filter: UsageRecordFilter },
) {
  const conditions = usageConditions(options.filter);
  if (options.beforeId !== undefined) conditions.push(lt(usageRecords.id, options.beforeId));
  return db
    .select()
    .from(usageRecords)
    .where(and(...conditions))
    .orderBy(desc(usageRecords.id))
    .limit(options.limit + 1);
}

/** Unrated records by reason: the unbillable queue's summary. */
export async function countUnratedByReason(db: Db) {
  return db
    .select({ reason: usageRecords.unratedReason, n: count() })
    .from(usageRecords)
    .where(eq(usageRecords.status, 'unrated'))
    .groupBy(usageRecords.unratedReason)
    .orderBy(desc(count()));
}

export { usageConditions };

/** Records to re-rate, in id order after `afterId`. */
export async function listUsageForRerating(
  db: Db,
  options: { afterId: number; limit: number; filter: UsageRecordFilter },
) {
  return db
    .select()
    .from(usageRecords)
    .where(and(sql`${usageRecords.id} > ${options.afterId}`, ...usageConditions(options.filter)))
    .orderBy(asc(usageRecords.id))
    .limit(options.limit);
}

/** A stored record's new rating. */
export interface UsageRerating extends UsageRatingColumns {
  id: number;
}

/** Writes new ratings onto stored records, one statement per chunk. */
export async function updateUsageRatings(db: Db, rows: readonly UsageRerating[]) {
  if (rows.length === 0) return;
  await db.execute(sql`
    update usage_records u set account_id = r.account_id, product_id = r.product_id, status = r.status::usage_status,
      unrated_reason = r.unrated_reason, rate_version_id = r.rate_version_id, prefix = r.prefix,
      destination_name = r.destination_name, destination_class = r.destination_class::destination_class, band = r.band,
      billable_seconds = r.billable_seconds, rate_per_minute = r.rate_per_minute, connection_fee = r.connection_fee,
      charge = r.charge, rated_at = r.rated_at, step_seconds = r.step_seconds, step_rates = r.step_rates
    from json_to_recordset(${JSON.stringify(rows)}::json) as r(id bigint, account_id uuid, product_id uuid, status text,
      unrated_reason text, rate_version_id uuid, prefix text, destination_name text, destination_class text, band text,
      billable_seconds integer, rate_per_minute numeric, connection_fee numeric, charge numeric, rated_at timestamptz,
      step_seconds integer[], step_rates numeric[])
    where u.id = r.id`);
}

export async function countUnratedOfAccount(db: Db, accountId: string, from: Date, to: Date) {
  const [row] = await db
    .select({ n: count() })
    .from(usageRecords)
    .where(
      and(
        eq(usageRecords.accountId, accountId),
        eq(usageRecords.status, 'unrated'),
        gte(usageRecords.startedAt, from),
        lt(usageRecords.startedAt, to),
      ),
    );
  return row?.n ?? 0;
}

/** A metered product's quantity for one account and period, as the product's rules make it. */
export interface AggregatedQuantity {
  accountId: string;
  productId: string;
  aggregation: 'sum' | 'max' | 'last' | 'distinct_count' | 'p95';
  /** Records that went into it. */
  records: number;
  /** Exact, as PostgreSQL's numeric text; null only when the records carry no quantity. */
  quantity: string | null;
}

/**
 * The period's quantity of each metered (non-voice) product of some accounts, from their
 * rated records in [from, to), by each product's rules (lib/rating/usage-aggregation.ts
 * states them and is the oracle of this query's property test): every record's quantity
 * rounded to its product's block (exactly, by its remainder), then summed, or its peak, the
 * last (by started_at, then record id byte-wise), the distinct subjects counted, or the 95th
 * percentile by nearest rank (`percentile_disc(0.95)`: the first value whose cumulative
 * share reaches 0.95, i.e. rank ceil(0.95 × n)). Two queries per chunk of accounts, the
 * first a look-up of the few products with rules: plain sums cost what they did; the
 * records of products with rules are read a second time from the index, and `last`,
 * `distinct_count` and `p95` sort their own product's records (n log n of those alone).
 */
export async function aggregateQuantitiesOfAccounts(
  db: Db,
  accountIds: readonly string[],
  from: Date,
  to: Date,
): Promise<AggregatedQuantity[]> {
  if (accountIds.length === 0) return [];
  const inPeriod = sql`u.account_id = any(array${uuidSet(accountIds)})
        -- Named rather than <> 'voice', so the billing index seeks to them instead of reading voice too.
        and u.usage_type in ('sms', 'data', 'custom')
        and u.status = 'rated'
        and u.started_at >= ${from.toISOString()}::timestamptz and u.started_at < ${to.toISOString()}::timestamptz
        and u.product_id is not null`;
  // Products whose records need more than a plain sum are few; knowing them first keeps the
  // plain sums (most records, and all of them where no product has rules) as cheap as they
  // were: grouped by hashing, off the billing index, with no join, case or sort.
  const ruled = rowsOf<{ id: string }>(
    await db.execute(
      sql`select id from products where kind = 'usage' and (aggregation <> 'sum' or record_rounding is not null)`,
    ),
  ).map((row) => row.id);
  const sums = sql`
    select u.account_id, u.product_id, 'sum' as aggregation, count(*)::int as records, sum(u.quantity)::text as quantity
    from usage_records u
    where ${inPeriod} and u.product_id <> all(array${uuidSet(ruled)})
    group by u.account_id, u.product_id`;
  const result = await db.execute(
    ruled.length === 0
      ? sums
      : sql`${sums}
    union all
    select account_id, product_id, aggregation::text, count(*)::int,
      (case aggregation
        when 'sum' then sum(quantity)
        when 'max' then max(quantity)
        when 'last' then (array_agg(quantity order by started_at desc, record_id collate "C" desc)
          filter (where aggregation = 'last'))[1]
        when 'distinct_count' then count(distinct subject) filter (where aggregation = 'distinct_count')
        when 'p95' then percentile_disc(0.95) within group (order by quantity) filter (where aggregation = 'p95')
      end)::text
    from (
      select u.account_id, u.product_id, u.started_at, u.record_id, u.subject, p.aggregation,
        case
          when p.record_rounding is null or m.remainder = 0 then u.quantity
          when p.record_rounding = 'down' then u.quantity - m.remainder
          when p.record_rounding = 'up' or 2 * m.remainder >= p.record_rounding_block
            then u.quantity - m.remainder + p.record_rounding_block
          else u.quantity - m.remainder
        end as quantity
      from usage_records u
      join products p on p.id = u.product_id
      cross join lateral (select mod(u.quantity, p.record_rounding_block) as remainder) m
      where ${inPeriod} and u.product_id = any(array${uuidSet(ruled)})
    ) r
    group by account_id, product_id, aggregation`,
  );
  return rowsOf<{
    account_id: string;
    product_id: string;
    aggregation: AggregatedQuantity['aggregation'];
    records: number;
    quantity: string | null;
  }>(result).map((row) => ({
    accountId: row.account_id,
    productId: row.product_id,
    aggregation: row.aggregation,
    records: Number(row.records),
    quantity: row.quantity,
  }));
}
