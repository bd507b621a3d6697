import { listUserSessionsOf } from '../../db/queries/user-sessions';
import type { OperationContext } from '../context';
import { authorize } from './permissions';
import type { SessionRecord } from './types';

/** The 50 most recent sessions are plenty to spot an unexpected sign-in. */
const SESSION_LIST_LIMIT = 50;

/**
 * A user's most recent console sessions, newest first.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admins only)
 */
export async function listUserSessions(
  { db, actor }: OperationContext,
  userId: string,
): Promise<SessionRecord[]> {
  authorize(actor, 'userSessions');
  return listUserSessionsOf(db, userId, SESSION_LIST_LIMIT);
}

export function isSessionLive(session: SessionRecord, now: Date = new Date()): boolean {
  return !session.revokedAt && session.expiresAt > now;
}
