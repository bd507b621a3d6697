import {
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { createdAt, id, timestampMs } from './columns';
import { migrationImports } from './migration';

export const cutoverWaveStatusEnum = pgEnum('cutover_wave_status', ['planned', 'cut_over', 'rolled_back']);

/** A group of migrated accounts moved to Switchboard together (a pilot, then the rest). */
export const cutoverWaves = pgTable(
  'cutover_waves',
  {
    id: id(),
    importId: uuid()
      .notNull()
      .references(() => migrationImports.id),
    name: text().notNull(),
    /** Order of the waves of an import (the pilot first). */
    position: integer().notNull(),
    status: cutoverWaveStatusEnum().notNull().default('planned'),
    /** The day Switchboard bills from; set when the wave is cut over. */
    cutoverDate: date({ mode: 'string' }),
    /** The day the wave is planned to cut over: what customers are told before it happens. */
    plannedDate: date({ mode: 'string' }),
    /** What a rollback after Switchboard had invoiced left for the legacy system: { files: [{ name, content }] }. */
    rollbackExport: jsonb(),
    createdBy: text().notNull(),
    createdAt: createdAt(),
    cutOverAt: timestampMs(),
    rolledBackAt: timestampMs(),
  },
  (t) => [uniqueIndex('cutover_waves_import_name_key').on(t.importId, t.name)],
);

/** The accounts of a wave; an account belongs to one wave at most. */
export const cutoverWaveAccounts = pgTable(
  'cutover_wave_accounts',
  {
    waveId: uuid()
      .notNull()
      .references(() => cutoverWaves.id, { onDelete: 'cascade' }),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    /** The invoice that carried a legacy balance owed over at cutover, if any. */
    openingInvoiceId: uuid(),
    /** The account credit that carried a legacy balance in the customer's favour over, if any. */
    openingPaymentId: uuid(),
  },
  (t) => [
    primaryKey({ columns: [t.waveId, t.accountId] }),
    uniqueIndex('cutover_wave_accounts_account_key').on(t.accountId),
  ],
);

/** Every step of a cutover or rollback, for the record. */
export const cutoverEvents = pgTable(
  'cutover_events',
  {
    id: id(),
    waveId: uuid()
      .notNull()
      .references(() => cutoverWaves.id, { onDelete: 'cascade' }),
    action: text().notNull(),
    detail: jsonb().notNull(),
    actorLabel: text().notNull(),
    at: createdAt(),
  },
  (t) => [index('cutover_events_wave_idx').on(t.waveId, t.at)],
);

export type CutoverWaveRow = typeof cutoverWaves.$inferSelect;
export type CutoverEventRow = typeof cutoverEvents.$inferSelect;
