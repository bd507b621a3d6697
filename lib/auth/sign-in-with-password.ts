import type { Db } from '../../db/client';
import { getUserByEmail } from '../../db/queries/users';
import { verifyAgainstDummy, verifyPassword } from './passwords';
import { startUserSession } from './start-user-session';
import type { SessionRecord, UserRecord } from './types';

/**
 * Checks an email and password and, when they match an active user, opens a session.
 * Returns null for every kind of failure alike, so a caller cannot tell which it was.
 */
export async function signInWithPassword(
  db: Db,
  credentials: { email: string; password: string; userAgent?: string | null | undefined },
): Promise<{ user: UserRecord; session: SessionRecord } | null> {
  const user = await getUserByEmail(db, credentials.email.trim());
  if (!user?.passwordHash || !user.isActive) {
    return verifyAgainstDummy(credentials.password).then(() => null);
  }
  if (!(await verifyPassword(user.passwordHash, credentials.password))) return null;
  const session = await startUserSession(db, { user, method: 'password', userAgent: credentials.userAgent });
  return { user, session };
}

/** For single sign-on: the identity provider vouched for the email; only known, active users get in. */
export async function signInWithIdentityProvider(
  db: Db,
  identity: { email: string; userAgent?: string | null | undefined },
): Promise<{ user: UserRecord; session: SessionRecord } | null> {
  const user = await getUserByEmail(db, identity.email.trim());
  if (!user?.isActive) return null;
  const session = await startUserSession(db, { user, method: 'oidc', userAgent: identity.userAgent });
  return { user, session };
}
