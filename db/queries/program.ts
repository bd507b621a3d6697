import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import {
  checklistItems,
  goNoGoReviews,
  goNoGoVotes,
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
