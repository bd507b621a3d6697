import type { Db } from '../../db/client';
import { encodeSessionToken } from '../../lib/auth/session-token';
import { startUserSession } from '../../lib/auth/start-user-session';
import type { UserRecord } from '../../lib/auth/types';
import { TEST_SESSION_SECRET } from './graphql-test-server';

/** A Cookie header for a freshly opened console session of `user`, as next-auth would set it. */
export async function sessionCookieFor(
  db: Db,
  user: UserRecord,
): Promise<{ cookie: string; sessionId: string }> {
  const session = await startUserSession(db, { user, method: 'password' });
  const token = await encodeSessionToken(
    { userId: user.id, sessionId: session.id, email: user.email },
    TEST_SESSION_SECRET,
    12 * 3600,
  );
  return { cookie: `next-auth.session-token=${token}`, sessionId: session.id };
}
