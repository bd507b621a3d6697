import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { raciAssignments, users } from '../schema';

export type NewRaciAssignment = typeof raciAssignments.$inferInsert;
export interface RaciSubjectRef {
  subjectType: string;
  subjectKey: string;
}

export async function getRaciAssignmentById(db: Db, id: string) {
  const [row] = await db.select().from(raciAssignments).where(eq(raciAssignments.id, id));
  return row ?? null;
}

/** Everyone assigned on one subject. */
export async function listAssignmentsOfSubject(db: Db, programId: string, subject: RaciSubjectRef) {
  return db
    .select()
    .from(raciAssignments)
    .where(
      and(
        eq(raciAssignments.programId, programId),
        eq(raciAssignments.subjectType, subject.subjectType),
        eq(raciAssignments.subjectKey, subject.subjectKey),
      ),
    );
}

export async function insertRaciAssignment(db: Db, assignment: NewRaciAssignment) {
  const [row] = await db.insert(raciAssignments).values(assignment).returning();
  if (!row) throw new Error('insert into raci_assignments returned no row');
  return row;
}

export async function updateRaciAssignment(
  db: Db,
  id: string,
  patch: Pick<NewRaciAssignment, 'responsibility' | 'escalationLevel' | 'phone'>,
) {
  const [row] = await db.update(raciAssignments).set(patch).where(eq(raciAssignments.id, id)).returning();
  if (!row) throw new Error(`raci assignment ${id} vanished`);
  return row;
}

export async function deleteRaciAssignment(db: Db, id: string) {
  await db.delete(raciAssignments).where(eq(raciAssignments.id, id));
}

/**
 * A program's assignments with the assignee's name and email, in a stable order: subject,
 * then accountable, responsible, consulted, informed, then escalation level.
 */
export async function listRaciAssignmentsWithUsers(db: Db, programId: string, subjectType?: string) {
  return db
    .select({ assignment: raciAssignments, name: users.name, email: users.email })
    .from(raciAssignments)
    .innerJoin(users, eq(users.id, raciAssignments.userId))
    .where(
      and(
        eq(raciAssignments.programId, programId),
        subjectType ? eq(raciAssignments.subjectType, subjectType) : undefined,
      ),
    )
    .orderBy(
      asc(raciAssignments.subjectType),
      asc(raciAssignments.subjectKey),
      asc(raciAssignments.responsibility),
      sql`${raciAssignments.escalationLevel} asc nulls last`,
      asc(users.name),
    );
}
