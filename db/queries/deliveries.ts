import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import type { Db } from '../client';
import { invoiceDeliveries } from '../schema';

export type NewInvoiceDelivery = typeof invoiceDeliveries.$inferInsert;

export async function insertDelivery(db: Db, delivery: NewInvoiceDelivery) {
  const [row] = await db.insert(invoiceDeliveries).values(delivery).returning();
  if (!row) throw new Error('insert into invoice_deliveries returned no row');
  return row;
}

/**
 * Locks a delivery that is still queued, for the sender; null when another sender holds it
 * or it was sent (or given up) already. This is what keeps a retried job from sending twice.
 */
export async function claimQueuedDelivery(db: Db, id: string) {
  const [row] = await db
    .select()
    .from(invoiceDeliveries)
    .where(and(eq(invoiceDeliveries.id, id), eq(invoiceDeliveries.status, 'queued')))
    .for('update', { skipLocked: true });
  return row ?? null;
}

export async function updateDelivery(db: Db, id: string, patch: Partial<NewInvoiceDelivery>) {
  await db.update(invoiceDeliveries).set(patch).where(eq(invoiceDeliveries.id, id));
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
