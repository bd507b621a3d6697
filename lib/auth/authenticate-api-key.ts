import type { Db } from '../../db/client';
import { getApiKeyBySecretHash, touchApiKey } from '../../db/queries/api-keys';
import { AppError } from '../errors';
import type { Actor } from './actor';
import { hashApiKeySecret } from './api-key-secret';

const TOUCH_INTERVAL_MS = 60_000;

/**
 * The actor for a bearer secret.
 * @throws AppError UNAUTHENTICATED when the key is unknown or revoked.
 */
export async function authenticateApiKey(db: Db, secret: string, now: Date = new Date()): Promise<Actor> {
  const apiKey = await getApiKeyBySecretHash(db, hashApiKeySecret(secret));
  if (!apiKey) throw new AppError('UNAUTHENTICATED', 'The API key is not valid.');
  if (apiKey.revokedAt) throw new AppError('UNAUTHENTICATED', 'The API key has been revoked.');
  await touchApiKey(db, apiKey.id, now, TOUCH_INTERVAL_MS);
  return { kind: 'api_key', apiKey };
}
