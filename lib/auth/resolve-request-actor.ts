import type { Db } from '../../db/client';
import { AppError } from '../errors';
import { type Actor, anonymousActor } from './actor';
import { authenticateApiKey } from './authenticate-api-key';
import { resolveSessionActor } from './resolve-session-actor';
import { decodeSessionClaims, readSessionToken } from './session-token';

/**
 * Who sent the request: an API key in `Authorization: Bearer`, else a console session
 * cookie, else nobody. A bad key is an error (the caller meant to authenticate); a stale
 * cookie just makes the request anonymous.
 * @throws AppError UNAUTHENTICATED for a malformed, unknown or revoked bearer key.
 */
export async function resolveRequestActor(db: Db, headers: Headers, secret: string): Promise<Actor> {
  const authorization = headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1])
      throw new AppError('UNAUTHENTICATED', 'Send the API key as "Authorization: Bearer <key>".');
    return authenticateApiKey(db, match[1]);
  }
  const token = readSessionToken(headers.get('cookie'));
  if (!token) return anonymousActor;
  const claims = await decodeSessionClaims(token, secret);
  return claims ? resolveSessionActor(db, claims) : anonymousActor;
}
