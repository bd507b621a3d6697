import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, timestampMs } from './columns';
import { invoices } from './invoicing';

export const deliveryStatusEnum = pgEnum('delivery_status', ['queued', 'sent', 'failed']);
export const deliveryTransportEnum = pgEnum('delivery_transport', ['smtp', 'outbox']);

/**
 * One sending of an invoice or credit note by email. Queued in the transaction that
 * finalizes it (or by a re-send), sent by a job that claims the row, so a retried job never
 * sends twice. Without SMTP_URL the message goes to the outbox instead of a mail server.
 */
export const invoiceDeliveries = pgTable(
  'invoice_deliveries',
  {
    id: id(),
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id),
    recipient: text().notNull(),
    status: deliveryStatusEnum().notNull().default('queued'),
    transport: deliveryTransportEnum(),
    subject: text(),
    /** The mail server's id for the message. */
    messageId: text(),
    attempts: integer().notNull().default(0),
    error: text(),
    requestedBy: text().notNull(),
    createdAt: createdAt(),
    sentAt: timestampMs(),
  },
  (t) => [
    index('invoice_deliveries_invoice_idx').on(t.invoiceId, t.createdAt),
    index('invoice_deliveries_queued_idx').on(t.createdAt).where(sql`${t.status} = 'queued'`),
  ],
);

export type InvoiceDeliveryRow = typeof invoiceDeliveries.$inferSelect;
