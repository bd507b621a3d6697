import { and, asc, desc, eq, inArray, isNull, max, or } from 'drizzle-orm';
import type { Db } from '../client';
import {
  type ChecklistItemRow,
  checklistItems,
  goNoGoReviews,
  goNoGoVotes,
  type MilestoneRow,
  milestoneDependencies,
  milestones,
  programGoals,
  programPhases,
  programs,
  signOffApprovers,
  signOffRequests,
  statusReports,
} from '../schema';

export async function getProgramById(db: Db, id: string) {
  const [row] = await db.select().from(programs).where(eq(programs.id, id));
  return row ?? null;
}

export async function getNewestProgram(db: Db) {
  const [row] = await db.select().from(programs).orderBy(desc(programs.createdAt)).limit(1);
  return row ?? null;
}

export function listProgramRows(db: Db) {
  return db.select().from(programs).orderBy(desc(programs.createdAt));
}

export function listGoalsOfProgram(db: Db, programId: string) {
  return db
    .select()
    .from(programGoals)
    .where(eq(programGoals.programId, programId))
    .orderBy(asc(programGoals.position));
}

export function listPhasesOfProgram(db: Db, programId: string) {
  return db
    .select()
    .from(programPhases)
    .where(eq(programPhases.programId, programId))
    .orderBy(asc(programPhases.startsOn));
}

export function listMilestoneRows(db: Db, programId: string) {
  return db
    .select()
    .from(milestones)
    .where(eq(milestones.programId, programId))
    .orderBy(asc(milestones.dueOn), asc(milestones.createdAt));
}

export function listDependenciesOfProgram(db: Db, programId: string) {
  return db
    .select({
      milestoneId: milestoneDependencies.milestoneId,
      dependsOnId: milestoneDependencies.dependsOnId,
    })
    .from(milestoneDependencies)
    .innerJoin(milestones, eq(milestones.id, milestoneDependencies.milestoneId))
    .where(eq(milestones.programId, programId));
}

export function listChecklistRows(db: Db, programId: string) {
  return db
    .select()
    .from(checklistItems)
    .where(eq(checklistItems.programId, programId))
    .orderBy(asc(checklistItems.area), asc(checklistItems.position));
}

export function listSignOffRows(db: Db, programId: string) {
  return db
    .select()
    .from(signOffRequests)
    .where(eq(signOffRequests.programId, programId))
    .orderBy(desc(signOffRequests.createdAt));
}

export function listApproversOfRequests(db: Db, requestIds: readonly string[]) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(signOffApprovers)
    .where(inArray(signOffApprovers.requestId, [...requestIds]))
    .orderBy(asc(signOffApprovers.id));
}

export function listReviewRows(db: Db, programId: string) {
  return db
    .select()
    .from(goNoGoReviews)
    .where(eq(goNoGoReviews.programId, programId))
    .orderBy(desc(goNoGoReviews.scheduledAt));
}

export function listVotesOfReview(db: Db, reviewId: string) {
  return db.select().from(goNoGoVotes).where(eq(goNoGoVotes.reviewId, reviewId)).orderBy(asc(goNoGoVotes.at));
}

export function listStatusReportRows(db: Db, programId: string) {
  return db
    .select()
    .from(statusReports)
    .where(eq(statusReports.programId, programId))
    .orderBy(desc(statusReports.coversUntil));
}

/** Sign-off statuses whose approval still rests on the evidence it was stamped with. */
export const liveSignOffStatuses = ['pending', 'approved', 'changes_requested'] as const;

/** A checklist item's check result, and the status that follows it. */
export async function updateChecklistItemCheck(
  db: Db,
  id: string,
  patch: Pick<ChecklistItemRow, 'checkState' | 'checkDetail' | 'status'> &
    Partial<Pick<ChecklistItemRow, 'statusBy' | 'statusAt'>>,
) {
  const [row] = await db.update(checklistItems).set(patch).where(eq(checklistItems.id, id)).returning();
  return row ?? null;
}

/** A milestone's check result, and the status that follows it. */
export async function updateMilestoneCheck(
  db: Db,
  id: string,
  patch: Pick<MilestoneRow, 'checkState' | 'checkDetail' | 'status' | 'completedAt'>,
) {
  const [row] = await db.update(milestones).set(patch).where(eq(milestones.id, id)).returning();
  return row ?? null;
}

/** Invalidates a sign-off request unless it was decided against meanwhile. */
export async function invalidateSignOffRequest(db: Db, id: string, reason: string) {
  await db
    .update(signOffRequests)
    .set({ status: 'invalidated', invalidatedAt: new Date(), invalidationReason: reason })
    .where(and(eq(signOffRequests.id, id), inArray(signOffRequests.status, [...liveSignOffStatuses])));
}

/** Stamps when the program's evidence checks last ran. */
export async function markEvidenceChecked(db: Db, programId: string, at: Date) {
  const [row] = await db
    .update(programs)
    .set({ evidenceCheckedAt: at })
    .where(eq(programs.id, programId))
    .returning();
  return row ?? null;
}

export function listSignOffRowsOfSubjects(db: Db, subjectIds: readonly string[]) {
  if (subjectIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(signOffRequests)
    .where(inArray(signOffRequests.subjectId, [...subjectIds]))
    .orderBy(desc(signOffRequests.createdAt));
}

export async function getReviewById(db: Db, id: string) {
  const [row] = await db.select().from(goNoGoReviews).where(eq(goNoGoReviews.id, id));
  return row ?? null;
}

/** The checklist items a go/no-go decision made its conditions. */
export function listConditionsOfReview(db: Db, reviewId: string) {
  return db
    .select()
    .from(checklistItems)
    .where(eq(checklistItems.reviewId, reviewId))
    .orderBy(asc(checklistItems.area), asc(checklistItems.position));
}

export async function insertReview(db: Db, row: typeof goNoGoReviews.$inferInsert) {
  const [review] = await db.insert(goNoGoReviews).values(row).returning();
  if (!review) throw new Error('insertReview: no row');
  return review;
}

/** The user's vote on a review; a second vote replaces the first. */
export async function upsertVote(db: Db, row: typeof goNoGoVotes.$inferInsert) {
  const { reviewId: _reviewId, userId: _userId, ...vote } = row;
  await db
    .insert(goNoGoVotes)
    .values(row)
    .onConflictDoUpdate({ target: [goNoGoVotes.reviewId, goNoGoVotes.userId], set: vote });
}

export async function updateReview(db: Db, id: string, patch: Partial<typeof goNoGoReviews.$inferInsert>) {
  const [row] = await db.update(goNoGoReviews).set(patch).where(eq(goNoGoReviews.id, id)).returning();
  return row ?? null;
}

/** The highest checklist position of the program; 0 when it has no item. */
export async function lastChecklistPosition(db: Db, programId: string): Promise<number> {
  const [last] = await db
    .select({ position: max(checklistItems.position) })
    .from(checklistItems)
    .where(eq(checklistItems.programId, programId));
  return last?.position ?? 0;
}

export function insertChecklistItems(db: Db, rows: (typeof checklistItems.$inferInsert)[]) {
  if (rows.length === 0) return Promise.resolve([]);
  return db.insert(checklistItems).values(rows).returning();
}

export async function insertChecklistItem(db: Db, row: typeof checklistItems.$inferInsert) {
  const [item] = await db.insert(checklistItems).values(row).returning();
  if (!item) throw new Error('insertChecklistItem: no row');
  return item;
}

export async function updateChecklistItem(
  db: Db,
  id: string,
  patch: Partial<typeof checklistItems.$inferInsert>,
) {
  const [row] = await db.update(checklistItems).set(patch).where(eq(checklistItems.id, id)).returning();
  if (!row) throw new Error('updateChecklistItem: no row');
  return row;
}

export async function getChecklistItemOfProgram(db: Db, programId: string, id: string) {
  const [row] = await db
    .select()
    .from(checklistItems)
    .where(and(eq(checklistItems.id, id), eq(checklistItems.programId, programId)));
  return row ?? null;
}

export async function insertMilestone(db: Db, row: typeof milestones.$inferInsert) {
  const [milestone] = await db.insert(milestones).values(row).returning();
  if (!milestone) throw new Error('insertMilestone: no row');
  return milestone;
}

export async function updateMilestone(db: Db, id: string, patch: Partial<typeof milestones.$inferInsert>) {
  const [row] = await db.update(milestones).set(patch).where(eq(milestones.id, id)).returning();
  if (!row) throw new Error('updateMilestone: no row');
  return row;
}

/** Replaces what a milestone depends on. */
export async function replaceDependencies(db: Db, milestoneId: string, dependsOnIds: readonly string[]) {
  await db.delete(milestoneDependencies).where(eq(milestoneDependencies.milestoneId, milestoneId));
  if (dependsOnIds.length > 0)
    await db
      .insert(milestoneDependencies)
      .values(dependsOnIds.map((dependsOnId) => ({ milestoneId, dependsOnId })));
}

export async function updateProgramCharter(db: Db, programId: string, charter: unknown) {
  const [row] = await db.update(programs).set({ charter }).where(eq(programs.id, programId)).returning();
  return row ?? null;
}

/** Replaces the charter's goals, in the order given. */
export async function replaceGoalsOfProgram(
  db: Db,
  programId: string,
  goals: Omit<typeof programGoals.$inferInsert, 'programId'>[],
) {
  await db.delete(programGoals).where(eq(programGoals.programId, programId));
  if (goals.length > 0) await db.insert(programGoals).values(goals.map((goal) => ({ ...goal, programId })));
}

export async function insertStatusReport(db: Db, row: typeof statusReports.$inferInsert) {
  const [report] = await db.insert(statusReports).values(row).returning();
  if (!report) throw new Error('insertStatusReport: no row');
  return report;
}

export async function getSignOffRequestById(db: Db, id: string) {
  const [row] = await db.select().from(signOffRequests).where(eq(signOffRequests.id, id));
  return row ?? null;
}

/** The request, locked until the transaction ends, so decisions on it run one at a time. */
export async function lockSignOffRequest(db: Db, id: string) {
  const [row] = await db.select().from(signOffRequests).where(eq(signOffRequests.id, id)).for('update');
  return row ?? null;
}

export async function updateSignOffApprover(
  db: Db,
  id: string,
  patch: Partial<typeof signOffApprovers.$inferInsert>,
) {
  await db.update(signOffApprovers).set(patch).where(eq(signOffApprovers.id, id));
}

export async function updateSignOffRequest(
  db: Db,
  id: string,
  patch: Partial<typeof signOffRequests.$inferInsert>,
) {
  const [row] = await db.update(signOffRequests).set(patch).where(eq(signOffRequests.id, id)).returning();
  return row ?? null;
}

export async function insertSignOffRequest(
  db: Db,
  request: typeof signOffRequests.$inferInsert,
  approvers: Omit<typeof signOffApprovers.$inferInsert, 'requestId'>[],
) {
  const [row] = await db.insert(signOffRequests).values(request).returning();
  if (!row) throw new Error('insertSignOffRequest: no row');
  await db.insert(signOffApprovers).values(approvers.map((approver) => ({ ...approver, requestId: row.id })));
  return row;
}

/** Pending requests with an undecided approver slot for this user or role. */
export async function listPendingRequestIdsFor(db: Db, user: { id: string; role: string }) {
  const rows = await db
    .selectDistinct({ id: signOffApprovers.requestId })
    .from(signOffApprovers)
    .innerJoin(signOffRequests, eq(signOffRequests.id, signOffApprovers.requestId))
    .where(
      and(
        eq(signOffRequests.status, 'pending'),
        isNull(signOffApprovers.decision),
        or(eq(signOffApprovers.userId, user.id), eq(signOffApprovers.role, user.role)),
      ),
    );
  return rows.map((row) => row.id);
}

export function listSignOffRowsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(signOffRequests)
    .where(inArray(signOffRequests.id, [...ids]))
    .orderBy(desc(signOffRequests.createdAt));
}

/** The program and title of a checklist item or milestone. */
export async function getSubjectOfSignOff(db: Db, type: 'checklist_item' | 'milestone', id: string) {
  const table = type === 'checklist_item' ? checklistItems : milestones;
  const [row] = await db
    .select({ programId: table.programId, title: table.title })
    .from(table)
    .where(eq(table.id, id));
  return row ?? null;
}

/** The newest program reading this import's evidence. */
export async function getNewestProgramOfImport(db: Db, importId: string) {
  const [row] = await db
    .select()
    .from(programs)
    .where(eq(programs.importId, importId))
    .orderBy(desc(programs.createdAt))
    .limit(1);
  return row ?? null;
}

export async function insertProgram(db: Db, row: typeof programs.$inferInsert) {
  const [program] = await db.insert(programs).values(row).returning();
  if (!program) throw new Error('insertProgram: no row');
  return program;
}

export async function insertPhases(db: Db, rows: (typeof programPhases.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(programPhases).values(rows);
}

export async function insertGoals(db: Db, rows: (typeof programGoals.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(programGoals).values(rows);
}

/** Inserts milestones of the standard plan; returns each one's id by its standard key. */
export function insertStandardMilestones(db: Db, rows: (typeof milestones.$inferInsert)[]) {
  return db.insert(milestones).values(rows).returning({ id: milestones.id, key: milestones.standardKey });
}

export async function insertDependencies(db: Db, rows: (typeof milestoneDependencies.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(milestoneDependencies).values(rows);
}
