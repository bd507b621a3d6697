import { sql } from 'drizzle-orm';
import {
  char,
  check,
  date,
  index,
  numeric,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { createdAt, id, timestampMs, withinStoredCeiling } from './columns';
import { invoices } from './invoicing';

export const paymentMethodEnum = pgEnum('payment_method', [
  'manual',
  'check',
  'ach',
  'card',
  'wire',
  'credit',
]);

/**
 * Money received from a customer, in the account's currency. What its allocations do not
 * cover is the account's credit: computed from these rows, never stored a second time.
 */
export const payments = pgTable(
  'payments',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    method: paymentMethodEnum().notNull(),
    /** Settled amount: at most the currency's minor-unit decimals. */
    amount: numeric().notNull(),
    currency: char({ length: 3 }).notNull(),
    receivedDate: date({ mode: 'string' }).notNull(),
    /**
     * What the payer quoted: a check number, a remittance reference. Recording a second live
     * payment with one the account already has (trimmed, any case) needs saying so.
     */
    reference: text(),
    /** An importer's own id for the payment, so that importing it again records nothing. */
    externalId: text(),
    note: text(),
    createdBy: text().notNull(),
    createdAt: createdAt(),
    /** A voided payment and its allocations count for nothing. */
    voidedAt: timestampMs(),
  },
  (t) => [
    uniqueIndex('payments_external_id_key').on(t.externalId),
    index('payments_account_idx').on(t.accountId, t.createdAt, t.id),
    // An account's payments with a reference, as recording compares them (trimmed, case-folded).
    index('payments_account_reference_idx')
      .on(t.accountId, sql`lower(btrim(${t.reference}))`)
      .where(sql`${t.reference} is not null`),
    index('payments_created_idx').on(t.createdAt, t.id),
    check('payments_amount_positive', sql`${t.amount} > 0`),
    withinStoredCeiling('payments_amount_ceiling', t.amount),
  ],
);

/**
 * How much of a payment went to an invoice; one row per pair, added to when more of the same
 * payment is applied later. The operations keep, under row locks, the sum per payment within
 * its amount and the sum per invoice within the invoice's balance.
 */
export const paymentAllocations = pgTable(
  'payment_allocations',
  {
    id: id(),
    paymentId: uuid()
      .notNull()
      .references(() => payments.id),
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id),
    amount: numeric().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('payment_allocations_payment_invoice_key').on(t.paymentId, t.invoiceId),
    index('payment_allocations_invoice_idx').on(t.invoiceId),
    check('payment_allocations_amount_positive', sql`${t.amount} > 0`),
    withinStoredCeiling('payment_allocations_amount_ceiling', t.amount),
  ],
);

export type PaymentRow = typeof payments.$inferSelect;
export type PaymentAllocationRow = typeof paymentAllocations.$inferSelect;
