import type { Db } from '../../db/client';
import { getUserSession, touchUserSession } from '../../db/queries/user-sessions';
import { getUserById } from '../../db/queries/users';
import { type Actor, anonymousActor } from './actor';

const TOUCH_INTERVAL_MS = 60_000;

/**
 * Turns the ids carried by a session token into an actor, or anonymous when the session
 * was revoked, has expired, or its user was deactivated since the token was issued.
 */
export async function resolveSessionActor(
  db: Db,
  claims: { userId: string; sessionId: string },
  now: Date = new Date(),
): Promise<Actor> {
  const session = await getUserSession(db, claims.sessionId);
  if (!session || session.userId !== claims.userId) return anonymousActor;
  if (session.revokedAt || session.expiresAt <= now) return anonymousActor;
  const user = await getUserById(db, session.userId);
  if (!user?.isActive) return anonymousActor;
  await touchUserSession(db, session.id, now, TOUCH_INTERVAL_MS);
  return { kind: 'user', user, sessionId: session.id };
}
