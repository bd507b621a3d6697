import { and, asc, eq, gte, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { accounts, type InvoiceRow, invoiceLines, invoiceNumberSeries, invoices } from '../schema';
import { newestFirst, olderThan } from './keyset';
import { containsPattern } from './like-pattern';
import { rowsOf } from './raw-rows';

export type NewInvoice = typeof invoices.$inferInsert;
export type NewInvoiceLine = typeof invoiceLines.$inferInsert;

export async function accountHasInvoices(db: Db, accountId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: invoices.id })
    .from(invoices)
    .where(eq(invoices.accountId, accountId))
    .limit(1);
  return !!row;
}

/** A bill run's draft invoice, as insertInvoicesOnce stores it. */
export type NewDraftInvoice = Required<
  Pick<
    NewInvoice,
    'accountId' | 'billRunId' | 'currency' | 'periodStart' | 'periodEnd' | 'subtotal' | 'taxTotal' | 'total'
  >
>;

/**
 * Inserts draft invoices, skipping any whose account already has a live invoice for the
 * period (the partial unique index decides, so two workers can never both insert one).
 * The rows travel as one JSON parameter, so a chunk of any size is one statement within the
 * protocol's 65,535 bind parameters (json rather than jsonb: read once, it is not worth
 * converting; jsonb made binding a chunk's lines 6× slower). Returns the inserted invoices' ids and accounts.
 */
export async function insertInvoicesOnce(
  db: Db,
  rows: readonly NewDraftInvoice[],
): Promise<{ id: string; accountId: string }[]> {
  if (rows.length === 0) return [];
  const result = await db.execute(sql`
    insert into ${invoices} (account_id, bill_run_id, currency, period_start, period_end, subtotal, tax_total, total)
    select r."accountId", r."billRunId", r.currency, r."periodStart", r."periodEnd", r.subtotal, r."taxTotal", r.total
    from json_to_recordset(${JSON.stringify(rows)}::json) as r("accountId" uuid, "billRunId" uuid, currency text,
      "periodStart" date, "periodEnd" date, subtotal numeric, "taxTotal" numeric, total numeric)
    on conflict (account_id, period_start, period_end) where kind = 'invoice' and status <> 'void' do nothing
    returning id, account_id as "accountId"`);
  return rowsOf<{ id: string; accountId: string }>(result);
}

/** Inserts invoice lines in one statement whatever their number (one JSON parameter, as above). */
export async function insertInvoiceLines(db: Db, rows: readonly NewInvoiceLine[]) {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into ${invoiceLines} (invoice_id, position, line_type, line_key, product_code, description, quantity, amount,
      unit_price, tax_category, service_start, service_end, subscription_id)
    select r."invoiceId", r.position, r."lineType"::invoice_line_type, r."lineKey", r."productCode", r.description,
      r.quantity, r.amount, r."unitPrice", r."taxCategory", r."serviceStart", r."serviceEnd", r."subscriptionId"
    from json_to_recordset(${JSON.stringify(rows)}::json) as r("invoiceId" uuid, position integer, "lineType" text,
      "lineKey" text, "productCode" text, description text, quantity numeric, amount numeric, "unitPrice" numeric,
      "taxCategory" text, "serviceStart" date, "serviceEnd" date, "subscriptionId" uuid)`);
}

export async function getInvoiceById(db: Db, id: string) {
  const [row] = await db.select().from(invoices).where(eq(invoices.id, id));
  return row ?? null;
}

export async function lockInvoice(db: Db, id: string) {
  const [row] = await db.select().from(invoices).where(eq(invoices.id, id)).for('update');
  return row ?? null;
}

export async function listLinesOfInvoices(db: Db, invoiceIds: readonly string[]) {
  if (invoiceIds.length === 0) return [];
  return db
    .select()
    .from(invoiceLines)
    .where(inArray(invoiceLines.invoiceId, [...invoiceIds]))
    .orderBy(asc(invoiceLines.invoiceId), asc(invoiceLines.position));
}

/**
 * Takes the next number of a series. The row stays locked until the transaction ends, so
 * numbers are handed out one transaction at a time and a rollback gives the number back.
 */
export async function takeNextInvoiceNumber(db: Db, kind: 'invoice' | 'credit_note'): Promise<string> {
  const result = await db.execute(sql`
    update ${invoiceNumberSeries} set next_number = next_number + 1
    where kind = ${kind}
    returning prefix, next_number - 1 as number`);
  const [row] = rowsOf<{ prefix: string; number: string | number }>(result);
  if (!row) throw new Error(`no invoice number series for ${kind}`);
  return `${row.prefix}${String(row.number).padStart(6, '0')}`;
}

/** Takes the next `count` numbers of a series at once (in order), under the same lock as one. */
export async function takeInvoiceNumbers(
  db: Db,
  kind: 'invoice' | 'credit_note',
  count: number,
): Promise<string[]> {
  if (count === 0) return [];
  const result = await db.execute(sql`
    update ${invoiceNumberSeries} set next_number = next_number + ${count}
    where kind = ${kind}
    returning prefix, next_number - ${count} as first`);
  const [row] = rowsOf<{ prefix: string; first: string | number }>(result);
  if (!row) throw new Error(`no invoice number series for ${kind}`);
  return Array.from(
    { length: count },
    (_, i) => `${row.prefix}${String(Number(row.first) + i).padStart(6, '0')}`,
  );
}

export async function updateInvoice(db: Db, id: string, patch: Partial<NewInvoice>) {
  const [row] = await db.update(invoices).set(patch).where(eq(invoices.id, id)).returning();
  if (!row) throw new Error(`invoice ${id} vanished`);
  return row;
}

export function invoicesOfBillRun(db: Db, billRunId: string) {
  return db
    .select()
    .from(invoices)
    .where(and(eq(invoices.billRunId, billRunId)))
    .orderBy(asc(invoices.createdAt));
}

export async function deleteDraftInvoice(db: Db, id: string): Promise<boolean> {
  const deleted = await db
    .delete(invoices)
    .where(and(eq(invoices.id, id), eq(invoices.status, 'draft')))
    .returning({ id: invoices.id });
  return deleted.length > 0;
}

export interface InvoiceFilter {
  accountId?: string | undefined;
  billRunId?: string | undefined;
  status?: InvoiceRow['status'] | undefined;
  kind?: InvoiceRow['kind'] | undefined;
  /** Invoice number, or the account's number or name. */
  search?: string | undefined;
  /** Billing periods starting on this day (YYYY-MM-DD). */
  periodStart?: string | undefined;
  /** Billing periods starting within [start, end) (YYYY-MM-DD each), e.g. a month's days. */
  periodStartWithin?: { start: string; end: string } | undefined;
}

/** A page of invoices, newest first, plus one to tell whether another page follows. */
export async function listInvoiceRows(
  db: Db,
  options: { limit: number; after?: { createdAt: Date; id: string } | undefined; filter: InvoiceFilter },
) {
  const { filter } = options;
  const conditions: (SQL | undefined)[] = [olderThan(invoices.createdAt, invoices.id, options.after)];
  if (filter.accountId) conditions.push(eq(invoices.accountId, filter.accountId));
  if (filter.billRunId) conditions.push(eq(invoices.billRunId, filter.billRunId));
  if (filter.status) conditions.push(eq(invoices.status, filter.status));
  if (filter.kind) conditions.push(eq(invoices.kind, filter.kind));
  if (filter.periodStart) conditions.push(eq(invoices.periodStart, filter.periodStart));
  if (filter.periodStartWithin)
    conditions.push(
      gte(invoices.periodStart, filter.periodStartWithin.start),
      lt(invoices.periodStart, filter.periodStartWithin.end),
    );
  if (filter.search) {
    const pattern = containsPattern(filter.search);
    conditions.push(
      or(
        ilike(invoices.number, pattern),
        sql`${invoices.accountId} in (select id from ${accounts} where ${or(ilike(accounts.externalId, pattern), ilike(accounts.name, pattern))})`,
      ),
    );
  }
  return db
    .select()
    .from(invoices)
    .where(and(...conditions))
    .orderBy(...newestFirst(invoices.createdAt, invoices.id))
    .limit(options.limit + 1);
}

export async function getInvoicesByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(invoices)
    .where(inArray(invoices.id, [...ids]));
}

/** Credit notes (not void) of some invoices. */
export async function listCreditNotesOfInvoices(db: Db, invoiceIds: readonly string[]) {
  if (invoiceIds.length === 0) return [];
  return db
    .select()
    .from(invoices)
    .where(
      and(
        inArray(invoices.creditedInvoiceId, [...invoiceIds]),
        eq(invoices.kind, 'credit_note'),
        sql`${invoices.status} <> 'void'`,
      ),
    )
    .orderBy(asc(invoices.createdAt));
}

/** Invoices (not credit notes) by number; drafts have none. */
export async function getInvoicesByNumbers(db: Db, numbers: readonly string[]) {
  if (numbers.length === 0) return [];
  return db
    .select()
    .from(invoices)
    .where(and(eq(invoices.kind, 'invoice'), inArray(invoices.number, [...numbers])));
}
