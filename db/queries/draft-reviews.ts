import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  accounts,
  type DraftCheckSettingRow,
  type DraftReviewRow,
  draftCheckSettings,
  draftFindings,
  draftReviews,
  invoices,
} from '../schema';
import { newestFirst, olderThan } from './keyset';
import { rowsOf } from './raw-rows';

export type NewDraftReview = typeof draftReviews.$inferInsert;
export type NewDraftFinding = typeof draftFindings.$inferInsert;
export type DraftReviewState = DraftReviewRow['state'];

export async function listDraftCheckSettingRows(db: Db) {
  return db.select().from(draftCheckSettings).orderBy(asc(draftCheckSettings.code));
}

/** Writes a check's whole setting, replacing the stored one. */
export async function saveDraftCheckSetting(db: Db, row: Omit<DraftCheckSettingRow, 'updatedAt'>) {
  const [saved] = await db
    .insert(draftCheckSettings)
    .values(row)
    .onConflictDoUpdate({
      target: draftCheckSettings.code,
      set: {
        enabled: row.enabled,
        severity: row.severity,
        thresholds: row.thresholds,
        updatedBy: row.updatedBy,
        updatedAt: sql`now()`,
      },
    })
    .returning();
  if (!saved) throw new Error('saving a draft check setting returned no row');
  return saved;
}

/** The next drafts of a run that have not been checked, in id order. */
export async function listUncheckedDraftIds(db: Db, billRunId: string, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: invoices.id })
    .from(invoices)
    .leftJoin(draftReviews, eq(draftReviews.invoiceId, invoices.id))
    .where(
      and(
        eq(invoices.billRunId, billRunId),
        eq(invoices.status, 'draft'),
        eq(invoices.kind, 'invoice'),
        isNull(draftReviews.invoiceId),
      ),
    )
    .orderBy(asc(invoices.id))
    .limit(limit);
  return rows.map((row) => row.id);
}

/**
 * Stores the reviews of a chunk with their findings. A draft already reviewed (a second
 * worker on the same run) keeps its review and gets no findings twice; returns the reviews
 * actually written.
 */
export async function insertDraftReviews(
  db: Db,
  reviews: readonly NewDraftReview[],
  findings: readonly NewDraftFinding[],
): Promise<DraftReviewRow[]> {
  if (reviews.length === 0) return [];
  const written = await db
    .insert(draftReviews)
    .values([...reviews])
    .onConflictDoNothing()
    .returning();
  const writtenIds = new Set(written.map((review) => review.invoiceId));
  const mine = findings.filter((finding) => writtenIds.has(finding.invoiceId));
  if (mine.length > 0) await db.insert(draftFindings).values(mine).onConflictDoNothing();
  return written;
}

export async function getDraftReview(db: Db, invoiceId: string) {
  const [row] = await db.select().from(draftReviews).where(eq(draftReviews.invoiceId, invoiceId));
  return row ?? null;
}

export async function lockDraftReview(db: Db, invoiceId: string) {
  const [row] = await db
    .select()
    .from(draftReviews)
    .where(eq(draftReviews.invoiceId, invoiceId))
    .for('update');
  return row ?? null;
}

/** Records a decision; the version grows by one so a decision made on the old one is refused. */
export async function recordDraftDecision(
  db: Db,
  invoiceId: string,
  decision: { state: DraftReviewState; decidedBy: string; reason: string | null },
) {
  const [row] = await db
    .update(draftReviews)
    .set({ ...decision, decidedAt: sql`now()`, version: sql`${draftReviews.version} + 1` })
    .where(eq(draftReviews.invoiceId, invoiceId))
    .returning();
  if (!row) throw new Error(`draft review ${invoiceId} vanished`);
  return row;
}

export async function listFindingsOfDrafts(db: Db, invoiceIds: readonly string[]) {
  if (invoiceIds.length === 0) return [];
  return db
    .select()
    .from(draftFindings)
    .where(inArray(draftFindings.invoiceId, [...invoiceIds]))
    .orderBy(asc(draftFindings.invoiceId), asc(draftFindings.severity), asc(draftFindings.code));
}

export interface DraftReviewFilter {
  billRunId: string;
  states?: readonly DraftReviewState[] | undefined;
  /** Only drafts with a finding of this code. */
  findingCode?: string | undefined;
}

/** A page of a run's reviews, newest checked first, plus one to tell whether another follows. */
export async function listDraftReviewRows(
  db: Db,
  options: { limit: number; after?: { createdAt: Date; id: string } | undefined; filter: DraftReviewFilter },
) {
  const { filter } = options;
  const conditions: (SQL | undefined)[] = [
    eq(draftReviews.billRunId, filter.billRunId),
    olderThan(draftReviews.checkedAt, draftReviews.invoiceId, options.after),
  ];
  if (filter.states && filter.states.length > 0)
    conditions.push(inArray(draftReviews.state, [...filter.states]));
  if (filter.findingCode)
    conditions.push(
      sql`exists (select 1 from ${draftFindings} f where f.invoice_id = ${draftReviews.invoiceId} and f.code = ${filter.findingCode})`,
    );
  return db
    .select()
    .from(draftReviews)
    .where(and(...conditions))
    .orderBy(...newestFirst(draftReviews.checkedAt, draftReviews.invoiceId))
    .limit(options.limit + 1);
}

/** How many drafts of a run are in each review state. */
export async function countDraftReviewsByState(db: Db, billRunId: string) {
  return db
    .select({ state: draftReviews.state, count: sql<number>`count(*)::int` })
    .from(draftReviews)
    .where(eq(draftReviews.billRunId, billRunId))
    .groupBy(draftReviews.state);
}

/**
 * Drafts of a run waiting for review whose HOLD findings are all of `code` (at least one):
 * what "approve all with only this finding" approves. Held drafts (a person's decision) are
 * left alone.
 */
export async function listDraftsHeldOnlyBy(db: Db, billRunId: string, code: string): Promise<string[]> {
  const result = await db.execute(sql`
    select r.invoice_id as id from draft_reviews r
    where r.bill_run_id = ${billRunId} and r.state = 'needs_review'
      and exists (select 1 from draft_findings f where f.invoice_id = r.invoice_id and f.severity = 'hold' and f.code = ${code})
      and not exists (select 1 from draft_findings f where f.invoice_id = r.invoice_id and f.severity = 'hold' and f.code <> ${code})
    order by r.invoice_id`);
  return rowsOf<{ id: string }>(result).map((row) => row.id);
}

/**
 * The next drafts of a run its checks found clean and nobody has decided on yet: what
 * autopilot finalizes without a person. In account order (the order their numbers are taken in), still drafts.
 */
export async function listCleanDraftIds(db: Db, billRunId: string, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: draftReviews.invoiceId })
    .from(draftReviews)
    .innerJoin(invoices, eq(invoices.id, draftReviews.invoiceId))
    .innerJoin(accounts, eq(accounts.id, invoices.accountId))
    .where(
      and(
        eq(draftReviews.billRunId, billRunId),
        eq(draftReviews.state, 'clean'),
        eq(invoices.status, 'draft'),
      ),
    )
    .orderBy(asc(accounts.externalId), asc(draftReviews.invoiceId))
    .limit(limit);
  return rows.map((row) => row.id);
}

/**
 * Claims clean drafts for autopilot's finalizing: marks their reviews approved in one
 * statement and returns the ids it marked. Call it first in the finalizing transaction and
 * finalize exactly those: the update locks the reviews, so a reviewer holding one of them
 * meanwhile either committed first (the draft is not returned) or waits and then finds it
 * approved (and is told so).
 */
export async function recordAutomaticApprovals(
  db: Db,
  invoiceIds: readonly string[],
  decidedBy = 'system:autopilot',
): Promise<string[]> {
  if (invoiceIds.length === 0) return [];
  const updated = await db
    .update(draftReviews)
    .set({ state: 'approved', decidedBy, decidedAt: sql`now()`, version: sql`${draftReviews.version} + 1` })
    .where(and(inArray(draftReviews.invoiceId, [...invoiceIds]), eq(draftReviews.state, 'clean')))
    .returning({ invoiceId: draftReviews.invoiceId });
  return updated.map((row) => row.invoiceId);
}

/** Per bill run, its drafts' reviews by state, for many runs in one statement. */
export async function countDraftReviewsOfRuns(db: Db, billRunIds: readonly string[]) {
  if (billRunIds.length === 0) return [];
  return db
    .select({
      billRunId: draftReviews.billRunId,
      state: draftReviews.state,
      count: sql<number>`count(*)::int`,
    })
    .from(draftReviews)
    .where(inArray(draftReviews.billRunId, [...billRunIds]))
    .groupBy(draftReviews.billRunId, draftReviews.state)
    .orderBy(draftReviews.state);
}
