import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { timestampMs } from './columns';

/** HOLD keeps a draft for a person to review; WARNING is shown but lets it through. */
export const draftCheckSeverityEnum = pgEnum('draft_check_severity', ['hold', 'warning']);

/**
 * How one automatic check of drafts is set up, keyed by its code (lib/autopilot/checks). A
 * check without a row runs with its defaults; saving a setting writes the whole row.
 */
export const draftCheckSettings = pgTable('draft_check_settings', {
  code: text().primaryKey(),
  enabled: boolean().notNull(),
  severity: draftCheckSeverityEnum().notNull(),
  /** The check's thresholds by name, as exact decimal strings (e.g. `{ "percent": "25" }`). */
  thresholds: jsonb().$type<Record<string, string>>().notNull(),
  updatedBy: text().notNull(),
  updatedAt: timestampMs().notNull().defaultNow(),
});

/**
 * Where a draft is in review: `clean` (no HOLD finding; finalized automatically),
 * `needs_review` (a HOLD finding), `on_hold` (a person held it), `approved` (finalized by a
 * person or by autopilot), `discarded`.
 */
export const draftReviewStateEnum = pgEnum('draft_review_state', [
  'clean',
  'needs_review',
  'on_hold',
  'approved',
  'discarded',
]);

/**
 * The review of one draft of a bill run, written when its checks ran. No foreign key to the
 * invoice: a discarded draft is deleted, and its review stays as the record of who
 * discarded it and why. `version` grows with every decision, so two reviewers acting on the
 * same version cannot both win.
 */
export const draftReviews = pgTable(
  'draft_reviews',
  {
    invoiceId: uuid().primaryKey(),
    billRunId: uuid().notNull(),
    accountId: uuid().notNull(),
    state: draftReviewStateEnum().notNull(),
    checkedAt: timestampMs().notNull().defaultNow(),
    decidedBy: text(),
    decidedAt: timestampMs(),
    reason: text(),
    version: integer().notNull().default(1),
  },
  (t) => [index('draft_reviews_bill_run_idx').on(t.billRunId, t.state, t.checkedAt, t.invoiceId)],
);

/** What one check found on one draft, in words a person reads, with the figures it used. */
export const draftFindings = pgTable(
  'draft_findings',
  {
    invoiceId: uuid().notNull(),
    billRunId: uuid().notNull(),
    code: text().notNull(),
    severity: draftCheckSeverityEnum().notNull(),
    message: text().notNull(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [
    primaryKey({ columns: [t.invoiceId, t.code] }),
    index('draft_findings_bill_run_code_idx').on(t.billRunId, t.code),
  ],
);

export type DraftCheckSettingRow = typeof draftCheckSettings.$inferSelect;
export type DraftReviewRow = typeof draftReviews.$inferSelect;
export type DraftFindingRow = typeof draftFindings.$inferSelect;
