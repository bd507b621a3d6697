import { char, index, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ratePlans } from './catalog';
import { createdAt, id, updatedAt } from './columns';

export const accountStatusEnum = pgEnum('account_status', ['active', 'suspended', 'closed']);

/**
 * A customer account: what usage is rated and billed against. Billing cycles, contacts,
 * hierarchy and payment terms arrive with invoicing.
 */
export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    /** The provider's own (or the legacy system's) account number; usage refers to it. */
    externalId: text().notNull(),
    name: text().notNull(),
    currency: char({ length: 3 }).notNull(),
    ratePlanId: uuid().references(() => ratePlans.id),
    status: accountStatusEnum().notNull().default('active'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('accounts_external_id_key').on(t.externalId),
    index('accounts_created_idx').on(t.createdAt, t.id),
  ],
);

export type AccountRow = typeof accounts.$inferSelect;
