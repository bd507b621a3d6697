import type { Db } from '../../db/client';
import { AppError } from '../errors';
import { portalContactIdOf } from '../portal/portal-session';
import { type Actor, anonymousActor } from './actor';
import { authenticateApiKey } from './authenticate-api-key';
import { resolveSessionActor } from './resolve-session-actor';
import { decodeSessionClaims, readSessionToken } from './session-token';

/**
 * Who sent the request: an API key in `Authorization: Bearer`, else a console session
 * cookie, else nobody. A bad key is an error (the caller meant to authenticate); a stale
 * cookie just makes the request anonymous. A customer's portal session is refused outright:
 * the billing API is for staff and partner apps, never for one customer's sign-in.
 * @throws AppError UNAUTHENTICATED for a malformed, unknown or revoked bearer key; FORBIDDEN
 * for a customer portal session.
 */
export async function resolveRequestActor(
  db: Db,
  headers: Headers,
  secret: string,
  // Console pages pass 'ignore': to them a customer's session is nobody, and they show the sign-in page.
  portalSession: 'refuse' | 'ignore' = 'refuse',
): Promise<Actor> {
  const authorization = headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1])
      throw new AppError('UNAUTHENTICATED', 'Send the API key as "Authorization: Bearer <key>".');
    return authenticateApiKey(db, match[1]);
  }
  const cookies = headers.get('cookie');
  const token = readSessionToken(cookies);
  const claims = token ? await decodeSessionClaims(token, secret) : null;
  if (claims) return resolveSessionActor(db, claims);
  if (portalSession === 'refuse' && (await portalContactIdOf(cookies, secret)))
    throw new AppError(
      'FORBIDDEN',
      'A customer portal sign-in cannot use the billing API; the portal shows your own account.',
    );
  return anonymousActor;
}
