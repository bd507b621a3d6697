import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { trainees, trainingCompletions, trainingModules } from '../schema';

export async function insertTrainingModule(
  db: Db,
  module: Omit<typeof trainingModules.$inferInsert, 'position'>,
) {
  // Appended after the program's last module.
  const [row] = await db
    .insert(trainingModules)
    .values({
      ...module,
      position: sql`(select coalesce(max(${trainingModules.position}), 0) + 1 from ${trainingModules} where ${trainingModules.programId} = ${module.programId})`,
    })
    .returning();
  if (!row) throw new Error('insert into training_modules returned no row');
  return row;
}

export async function insertTrainee(db: Db, trainee: typeof trainees.$inferInsert) {
  const [row] = await db.insert(trainees).values(trainee).returning();
  if (!row) throw new Error('insert into trainees returned no row');
  return row;
}

export async function getTrainingModuleById(db: Db, id: string) {
  const [row] = await db.select().from(trainingModules).where(eq(trainingModules.id, id));
  return row ?? null;
}

export async function getTraineeById(db: Db, id: string) {
  const [row] = await db.select().from(trainees).where(eq(trainees.id, id));
  return row ?? null;
}

export async function listTrainingModules(db: Db, programId: string) {
  return db
    .select()
    .from(trainingModules)
    .where(eq(trainingModules.programId, programId))
    .orderBy(asc(trainingModules.position));
}

export async function listTrainees(db: Db, programId: string) {
  return db
    .select()
    .from(trainees)
    .where(eq(trainees.programId, programId))
    .orderBy(asc(trainees.team), asc(trainees.name), asc(trainees.id));
}

export async function listTrainingCompletions(db: Db, programId: string) {
  return db
    .select({
      traineeId: trainingCompletions.traineeId,
      moduleId: trainingCompletions.moduleId,
      completedOn: trainingCompletions.completedOn,
      recordedBy: trainingCompletions.recordedBy,
    })
    .from(trainingCompletions)
    .innerJoin(trainees, eq(trainees.id, trainingCompletions.traineeId))
    .where(eq(trainees.programId, programId));
}

/** Records a completion, or moves the date of one already recorded. */
export async function upsertTrainingCompletion(db: Db, row: typeof trainingCompletions.$inferInsert) {
  const [saved] = await db
    .insert(trainingCompletions)
    .values(row)
    .onConflictDoUpdate({
      target: [trainingCompletions.traineeId, trainingCompletions.moduleId],
      set: { completedOn: row.completedOn, recordedBy: row.recordedBy },
    })
    .returning();
  if (!saved) throw new Error('upsert into training_completions returned no row');
  return saved;
}

/** Removes a completion; whether there was one. */
export async function deleteTrainingCompletion(db: Db, traineeId: string, moduleId: string) {
  const removed = await db
    .delete(trainingCompletions)
    .where(and(eq(trainingCompletions.traineeId, traineeId), eq(trainingCompletions.moduleId, moduleId)))
    .returning({ traineeId: trainingCompletions.traineeId });
  return removed.length > 0;
}

/** The counts behind "training complete": required modules, trainees, completions of required modules. */
export async function countTrainingProgress(db: Db, programId: string) {
  const [modules] = await db
    .select({ n: count() })
    .from(trainingModules)
    .where(and(eq(trainingModules.programId, programId), eq(trainingModules.required, true)));
  const [people] = await db.select({ n: count() }).from(trainees).where(eq(trainees.programId, programId));
  const [done] = await db
    .select({ n: count() })
    .from(trainingCompletions)
    .innerJoin(trainees, eq(trainees.id, trainingCompletions.traineeId))
    .innerJoin(trainingModules, eq(trainingModules.id, trainingCompletions.moduleId))
    .where(
      and(
        eq(trainees.programId, programId),
        eq(trainingModules.programId, programId),
        eq(trainingModules.required, true),
      ),
    );
  return { requiredModules: modules?.n ?? 0, trainees: people?.n ?? 0, completed: done?.n ?? 0 };
}
