import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { invoiceDeliveries } from '../schema';

export type NewInvoiceDelivery = typeof invoiceDeliveries.$inferInsert;

export async function insertDelivery(db: Db, delivery: NewInvoiceDelivery) {
  const [row] = await db.insert(invoiceDeliveries).values(delivery).returning();
  if (!row) throw new Error('insert into invoice_deliveries returned no row');
  return row;
}

/**
 * Marks a queued delivery `sending` and counts the attempt, in one statement that commits on
 * its own (pass the database, not a transaction), and returns it; null when another sender
 * claimed it or it is no longer queued. A claimed delivery is never claimed again: this is
 * what keeps a retried job, a second worker or a restart after a crash from sending twice.
 */
export async function claimQueuedDelivery(db: Db, id: string) {
  const [row] = await db
    .update(invoiceDeliveries)
    .set({ status: 'sending', attempts: sql`${invoiceDeliveries.attempts} + 1`, updatedAt: new Date() })
    .where(and(eq(invoiceDeliveries.id, id), eq(invoiceDeliveries.status, 'queued')))
    .returning();
  return row ?? null;
}

export async function updateDelivery(db: Db, id: string, patch: Partial<NewInvoiceDelivery>) {
  await db
    .update(invoiceDeliveries)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(invoiceDeliveries.id, id));
}

/**
 * Deliveries left `sending` since before `olderThan` by a sender that died mid-conversation
 * become `unknown` with the reason: the mail server may have the message, so they are not
 * sent again until a person decides. Returns their ids.
 */
export async function markInterruptedDeliveriesUnknown(db: Db, olderThan: Date, reason: string) {
  const rows = await db
    .update(invoiceDeliveries)
    .set({ status: 'unknown', error: reason, updatedAt: new Date() })
    .where(and(eq(invoiceDeliveries.status, 'sending'), lt(invoiceDeliveries.updatedAt, olderThan)))
    .returning({ id: invoiceDeliveries.id });
  return rows.map((row) => row.id);
}

/** Puts a delivery whose outcome is unknown back in the queue, keeping its Message-ID; null unless it was `unknown`. */
export async function requeueUnknownDelivery(db: Db, id: string) {
  const [row] = await db
    .update(invoiceDeliveries)
    .set({ status: 'queued', updatedAt: new Date() })
    .where(and(eq(invoiceDeliveries.id, id), eq(invoiceDeliveries.status, 'unknown')))
    .returning();
  return row ?? null;
}

export async function listDeliveriesOfInvoices(db: Db, invoiceIds: readonly string[]) {
  if (invoiceIds.length === 0) return [];
  return db
    .select()
    .from(invoiceDeliveries)
    .where(inArray(invoiceDeliveries.invoiceId, [...invoiceIds]))
    .orderBy(asc(invoiceDeliveries.createdAt));
}

/** Deliveries still queued that were made before `before` (their job is lost or never sent). */
export async function listStaleQueuedDeliveryIds(db: Db, before: Date) {
  const rows = await db
    .select({ id: invoiceDeliveries.id })
    .from(invoiceDeliveries)
    .where(and(eq(invoiceDeliveries.status, 'queued'), lt(invoiceDeliveries.createdAt, before)))
    .orderBy(asc(invoiceDeliveries.createdAt))
    .limit(500);
  return rows.map((row) => row.id);
}

export async function getDeliveryById(db: Db, id: string) {
  const [row] = await db.select().from(invoiceDeliveries).where(eq(invoiceDeliveries.id, id));
  return row ?? null;
}
