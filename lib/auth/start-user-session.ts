import type { Db } from '../../db/client';
import { insertUserSession } from '../../db/queries/user-sessions';
import { updateUserById } from '../../db/queries/users';
import { getEnv } from '../env';
import type { SessionRecord, UserRecord } from './types';

/** Opens a console session row; its id travels in the session token. */
export async function startUserSession(
  db: Db,
  options: {
    user: UserRecord;
    method: 'password' | 'oidc';
    userAgent?: string | null | undefined;
    now?: Date;
  },
): Promise<SessionRecord> {
  const now = options.now ?? new Date();
  const maxAgeMs = sessionMaxAgeSeconds() * 1000;
  const session = await insertUserSession(db, {
    userId: options.user.id,
    method: options.method,
    expiresAt: new Date(now.getTime() + maxAgeMs),
    userAgent: options.userAgent?.slice(0, 500) ?? null,
    lastSeenAt: now,
  });
  await updateUserById(db, options.user.id, { lastSignInAt: now });
  return session;
}

/** Console sessions last at most 12 hours (SESSION_MAX_AGE_HOURS may shorten it). */
export function sessionMaxAgeSeconds(): number {
  return Math.round(getEnv().SESSION_MAX_AGE_HOURS * 3600);
}
