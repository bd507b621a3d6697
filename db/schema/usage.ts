import { sql } from 'drizzle-orm';
import {
  bigint,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { destinationClassEnum, usageTypeEnum } from './catalog';
import { createdAt, id, timestampMs, withinStoredCeiling } from './columns';

export const usageStatusEnum = pgEnum('usage_status', ['rated', 'unrated']);
export const ingestionSourceEnum = pgEnum('ingestion_source', ['api', 'file', 'cli', 'migration']);
export const ingestionStatusEnum = pgEnum('ingestion_status', ['running', 'completed', 'failed']);
export const ingestionProblemKindEnum = pgEnum('ingestion_problem_kind', ['conflict', 'rejected']);

/**
 * One batch or file of usage and its report. The counts always add up:
 * read = imported + duplicates + conflicts + rejected.
 */
export const ingestions = pgTable(
  'ingestions',
  {
    id: id(),
    source: ingestionSourceEnum().notNull(),
    fileName: text(),
    status: ingestionStatusEnum().notNull().default('running'),
    /** Size of the upload when known, and how much has been read: the progress bar. */
    bytesTotal: bigint({ mode: 'number' }),
    bytesRead: bigint({ mode: 'number' }).notNull().default(0),
    read: integer().notNull().default(0),
    imported: integer().notNull().default(0),
    duplicates: integer().notNull().default(0),
    conflicts: integer().notNull().default(0),
    rejected: integer().notNull().default(0),
    /** Of the imported records, how many could not be rated on arrival. */
    unrated: integer().notNull().default(0),
    error: text(),
    actorLabel: text().notNull(),
    startedAt: timestampMs().notNull().defaultNow(),
    finishedAt: timestampMs(),
  },
  (t) => [index('ingestions_started_idx').on(t.startedAt, t.id)],
);

/** A record an ingestion did not import, with where it was and why. */
export const ingestionProblems = pgTable(
  'ingestion_problems',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ingestionId: uuid()
      .notNull()
      .references(() => ingestions.id, { onDelete: 'cascade' }),
    /** File line (header is line 1) or, for a batch, the record's position from 1. */
    line: integer(),
    recordId: text(),
    kind: ingestionProblemKindEnum().notNull(),
    reason: text().notNull(),
    /** The offending row as received, truncated. */
    raw: text(),
  },
  (t) => [index('ingestion_problems_ingestion_line_idx').on(t.ingestionId, t.line)],
);

/**
 * A usage record, as received and as rated on arrival.
 *
 * The only foreign key is the account: billing depends on it. Product, rate version and
 * ingestion are references to rows the application only ever appends (products are
 * archived, versions and ingestions never deleted), and checking three more keys on every
 * row cost a third of the ingestion rate (measured: bench/ingest). `content_hash` tells a repeated id
 * with identical content (a duplicate) from one with different content (a conflict).
 * Voice records carry their charge before allowances; allowances and tiers are applied per
 * billing period.
 */
export const usageRecords = pgTable(
  'usage_records',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    recordId: text().notNull(),
    ingestionId: uuid(),
    /** The account number as the record gave it, kept even when no account matches. */
    accountRef: text().notNull(),
    accountId: uuid().references(() => accounts.id),
    usageType: usageTypeEnum().notNull(),
    /** The usage product it was priced against (found by usage type, or named by the record). */
    productId: uuid(),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    destinationNumber: text(),
    durationSeconds: integer(),
    /** Messages, MB or custom units (voice uses durationSeconds). */
    quantity: numeric(),
    /**
     * Who or what the record is about (a user, device, line), as the sender names it: what a
     * `distinct_count` product counts (active users). Optional.
     */
    subject: text(),
    contentHash: text().notNull(),
    status: usageStatusEnum().notNull(),
    unratedReason: text(),
    rateVersionId: uuid(),
    prefix: text(),
    destinationName: text(),
    destinationClass: destinationClassEnum(),
    band: text(),
    billableSeconds: integer(),
    ratePerMinute: numeric(),
    connectionFee: numeric(),
    /** Voice priced by a multi-step rate over more than one step: the billed seconds of each
     *  step in call order (adding up to billableSeconds) and its rate per minute. Null for a
     *  call at one rate (ratePerMinute). db/queries/voice-charges prices uncovered seconds with them. */
    stepSeconds: integer().array(),
    stepRates: numeric().array(),
    /** Voice: roundc(fee + billable × rate / 60) before allowances (with steps: Σ seconds × rate). */
    charge: numeric(),
    ratedAt: timestampMs(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('usage_records_record_id_key').on(t.recordId),
    // A bill run's read: an account's rated usage of one type over a period, voice in call
    // order (record ids compared byte-wise, as JS compares them), carrying every column
    // billing reads, so the run scans this index alone and charges calls in order without
    // sorting. Key columns rather than INCLUDE, which drizzle cannot express. It also serves
    // the (account, started_at) lookups of the narrower index it replaces, so ingestion
    // still maintains four indexes.
    index('usage_records_account_billing_idx').on(
      t.accountId,
      t.usageType,
      t.status,
      t.startedAt,
      sql`${t.recordId} collate "C"`,
      t.destinationClass,
      t.billableSeconds,
      t.ratePerMinute,
      t.connectionFee,
      t.destinationName,
      t.productId,
      t.quantity,
      // What distinct counts count; null on most records, so it costs the index a bit each.
      t.subject,
      t.stepSeconds,
      t.stepRates,
    ),
    // Only the unbillable queue looks records up by status.
    index('usage_records_unrated_idx').on(t.startedAt).where(sql`${t.status} = 'unrated'`),
    index('usage_records_ingestion_idx').on(t.ingestionId),
    withinStoredCeiling('usage_records_quantity_ceiling', t.quantity),
  ],
);
