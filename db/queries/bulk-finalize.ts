import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { accounts, billRuns, type InvoiceSnapshot, invoiceDeliveries, invoices } from '../schema';
import { rowsOf } from './raw-rows';
import { uuidSet } from './uuid-set';

/** A draft being finalized in bulk, with what finalizing reads from its account. */
export interface DraftToFinalize {
  id: string;
  accountId: string;
  externalId: string;
  name: string;
  contactName: string | null;
  billingEmail: string | null;
  invoiceDelivery: 'email' | 'portal' | 'mail' | 'none';
  paymentTermsDays: number;
}

/**
 * Locks those of the given invoices that are drafts of the bill run, in account order, with
 * their accounts' details. A draft another transaction is finalizing is waited for, and then
 * left out, being a draft no more.
 */
export async function lockDraftsOfRun(
  db: Db,
  billRunId: string,
  invoiceIds: readonly string[],
): Promise<DraftToFinalize[]> {
  if (invoiceIds.length === 0) return [];
  return rowsOf<DraftToFinalize>(
    await db.execute(sql`
      select i.id, i.account_id as "accountId", a.external_id as "externalId", a.name,
        a.contact_name as "contactName", a.billing_email as "billingEmail",
        a.invoice_delivery as "invoiceDelivery", a.payment_terms_days as "paymentTermsDays"
      from ${invoices} i join ${accounts} a on a.id = i.account_id
      where i.id in ${uuidSet(invoiceIds)} and i.bill_run_id = ${billRunId} and i.status = 'draft' and i.kind = 'invoice'
      order by a.external_id, i.id
      for update of i`),
  ).map((row) => ({ ...row, paymentTermsDays: Number(row.paymentTermsDays) }));
}

/** The next `limit` drafts of a run in account order, whatever their review: for finalizing a run's drafts all together. */
export async function listDraftIdsOfRun(db: Db, billRunId: string, limit: number): Promise<string[]> {
  const result = await db.execute(sql`
    select i.id from ${invoices} i join ${accounts} a on a.id = i.account_id
    where i.bill_run_id = ${billRunId} and i.status = 'draft' and i.kind = 'invoice'
    order by a.external_id, i.id limit ${limit}`);
  return rowsOf<{ id: string }>(result).map((row) => row.id);
}

export interface FinalizedDraft {
  id: string;
  number: string;
  issueDate: string;
  dueDate: string;
  snapshot: InvoiceSnapshot;
}

/** Writes the finalizing of many drafts in one statement; `automatically` when no person asked for it. */
export async function markDraftsFinalized(
  db: Db,
  drafts: readonly FinalizedDraft[],
  at: Date,
  automatically: boolean,
) {
  if (drafts.length === 0) return;
  await db.execute(sql`
    update ${invoices} i
    set status = 'finalized', number = d.number, issue_date = d."issueDate"::date, due_date = d."dueDate"::date,
      snapshot = d.snapshot, finalized_at = ${at.toISOString()}::timestamptz,
      finalized_automatically = ${automatically}
    from json_to_recordset(${JSON.stringify(drafts)}::json)
      as d(id uuid, number text, "issueDate" text, "dueDate" text, snapshot jsonb)
    where i.id = d.id and i.status = 'draft'`);
}

/** Records many email deliveries as queued, in one statement; returns their ids. */
export async function insertDeliveries(
  db: Db,
  deliveries: readonly { invoiceId: string; recipient: string; requestedBy: string }[],
): Promise<string[]> {
  if (deliveries.length === 0) return [];
  const rows = await db
    .insert(invoiceDeliveries)
    .values([...deliveries])
    .returning({ id: invoiceDeliveries.id });
  return rows.map((row) => row.id);
}

/** Adds to a run's count of drafts finalized in bulk. */
export async function addDraftsFinalized(db: Db, billRunId: string, count: number) {
  await db.execute(
    sql`update ${billRuns} set drafts_finalized = drafts_finalized + ${count} where id = ${billRunId}`,
  );
}
