import { and, eq, gt, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { userSessions } from '../schema';
import { newestFirst } from './keyset';

export async function insertUserSession(db: Db, session: typeof userSessions.$inferInsert) {
  const [row] = await db.insert(userSessions).values(session).returning();
  if (!row) throw new Error('insert into user_sessions returned no row');
  return row;
}

export async function getUserSession(db: Db, id: string) {
  const [row] = await db.select().from(userSessions).where(eq(userSessions.id, id));
  return row ?? null;
}

/** Marks a session seen, at most once per `minIntervalMs` (keeps reads from writing on every request). */
export async function touchUserSession(db: Db, id: string, now: Date, minIntervalMs: number) {
  const staleBefore = new Date(now.getTime() - minIntervalMs);
  await db
    .update(userSessions)
    .set({ lastSeenAt: now })
    .where(
      and(
        eq(userSessions.id, id),
        or(isNull(userSessions.lastSeenAt), lt(userSessions.lastSeenAt, staleBefore)),
      ),
    );
}

/** Revokes the user's live sessions (or one of them); returns how many were ended. */
export async function revokeUserSessionsOf(
  db: Db,
  options: { userId: string; sessionId?: string | undefined; revokedById: string | null; now: Date },
): Promise<number> {
  const conditions: SQL[] = [
    eq(userSessions.userId, options.userId),
    isNull(userSessions.revokedAt),
    gt(userSessions.expiresAt, options.now),
  ];
  if (options.sessionId) conditions.push(eq(userSessions.id, options.sessionId));
  const rows = await db
    .update(userSessions)
    .set({ revokedAt: options.now, revokedById: options.revokedById })
    .where(and(...conditions))
    .returning({ id: userSessions.id });
  return rows.length;
}

/** Live sessions first, newest first; at most `limit` rows. */
export async function listUserSessionsOf(db: Db, userId: string, limit: number) {
  return db
    .select()
    .from(userSessions)
    .where(eq(userSessions.userId, userId))
    .orderBy(...newestFirst(userSessions.createdAt, userSessions.id))
    .limit(limit);
}
