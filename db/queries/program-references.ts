import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { checklistItems, milestones, programs } from '../schema';

// Lookups the program's registers use to check that what they link to belongs to the same
// program. Reading only; the milestones and checklist are written elsewhere.

export async function programExists(db: Db, programId: string): Promise<boolean> {
  const [row] = await db.select({ id: programs.id }).from(programs).where(eq(programs.id, programId));
  return row !== undefined;
}

/** Takes the program's row lock, so writes that check a per-program rule run one at a time. */
export async function lockProgram(db: Db, programId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.id, programId))
    .for('update');
  return row !== undefined;
}

/** Of these milestone ids, those of the program. */
export async function listMilestoneIdsOfProgram(db: Db, programId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: milestones.id })
    .from(milestones)
    .where(and(eq(milestones.programId, programId), inArray(milestones.id, [...ids])));
  return rows.map((row) => row.id);
}

/** Of these checklist item ids, those of the program. */
export async function listChecklistItemIdsOfProgram(db: Db, programId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: checklistItems.id })
    .from(checklistItems)
    .where(and(eq(checklistItems.programId, programId), inArray(checklistItems.id, [...ids])));
  return rows.map((row) => row.id);
}

/** The program's milestones as RACI subjects: id and title, by due date. */
export async function listMilestoneTitles(db: Db, programId: string) {
  return db
    .select({ id: milestones.id, title: milestones.title })
    .from(milestones)
    .where(eq(milestones.programId, programId))
    .orderBy(milestones.dueOn, milestones.title);
}
