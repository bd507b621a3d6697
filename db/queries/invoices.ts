import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { invoiceLines, invoices } from '../schema';

export type NewInvoice = typeof invoices.$inferInsert;
export type NewInvoiceLine = typeof invoiceLines.$inferInsert;

/**
 * Inserts invoices, skipping any whose account already has a live invoice for the period
 * (the partial unique index decides, so two workers can never both insert one).
 * Returns the inserted rows.
 */
export async function insertInvoicesOnce(db: Db, rows: readonly NewInvoice[]) {
  if (rows.length === 0) return [];
  return db
    .insert(invoices)
    .values([...rows])
    .onConflictDoNothing({
      target: [invoices.accountId, invoices.periodStart, invoices.periodEnd],
      where: sql`kind = 'invoice' and status <> 'void'`,
    })
    .returning();
}

export async function insertInvoiceLines(db: Db, rows: readonly NewInvoiceLine[]) {
  if (rows.length === 0) return;
  await db.insert(invoiceLines).values([...rows]);
}

export async function listLinesOfInvoices(db: Db, invoiceIds: readonly string[]) {
  if (invoiceIds.length === 0) return [];
  return db
    .select()
    .from(invoiceLines)
    .where(inArray(invoiceLines.invoiceId, [...invoiceIds]))
    .orderBy(asc(invoiceLines.invoiceId), asc(invoiceLines.position));
}

/** Invoices (not credit notes) by number; drafts have none. */
export async function getInvoicesByNumbers(db: Db, numbers: readonly string[]) {
  if (numbers.length === 0) return [];
  return db
    .select()
    .from(invoices)
    .where(and(eq(invoices.kind, 'invoice'), inArray(invoices.number, [...numbers])));
}
