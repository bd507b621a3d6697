import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, timestampMs } from './columns';
import { invoices } from './invoicing';

export const deliveryStatusEnum = pgEnum('delivery_status', [
  'queued',
  'sent',
  'failed',
  /** Claimed and being handed to the mail server: never claimed again, so never sent twice. */
  'sending',
  /**
   * The mail server may or may not have it: the sender died mid-conversation, or the
   * connection dropped after the message body was sent. Sent again only when a person says so.
   */
  'unknown',
  /** The mail server refused it for good (a 5xx reply); the reply is in `error`. */
  'bounced',
]);
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
    /**
     * The message's Message-ID header, fixed when the delivery is first claimed
     * ("<invoice-{invoiceId}.{deliveryId}@{domain}>"), so a resend carries the same one.
     */
    messageId: text(),
    attempts: integer().notNull().default(0),
    error: text(),
    requestedBy: text().notNull(),
    createdAt: createdAt(),
    /** When the status last changed: how the sweep tells a send cut short from one in progress. */
    updatedAt: timestampMs(),
    sentAt: timestampMs(),
  },
  (t) => [
    index('invoice_deliveries_invoice_idx').on(t.invoiceId, t.createdAt),
    index('invoice_deliveries_queued_idx').on(t.createdAt).where(sql`${t.status} = 'queued'`),
  ],
);

export type InvoiceDeliveryRow = typeof invoiceDeliveries.$inferSelect;
