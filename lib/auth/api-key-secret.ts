import { createHash, randomBytes } from 'node:crypto';

const SECRET_MARKER = 'sbk_';
/** Characters of the secret kept in clear so a key can be recognised in lists and logs. */
const VISIBLE_PREFIX_LENGTH = SECRET_MARKER.length + 8;

/** A new key secret: 256 random bits, URL-safe, with a recognisable marker. */
export function generateApiKeySecret(): { secret: string; prefix: string; secretHash: string } {
  const secret = `${SECRET_MARKER}${randomBytes(32).toString('base64url')}`;
  return { secret, prefix: secret.slice(0, VISIBLE_PREFIX_LENGTH), secretHash: hashApiKeySecret(secret) };
}

/**
 * SHA-256 is enough here: the secret has 256 bits of entropy, so there is nothing to
 * brute-force, and a fast hash lets every request find its key by index.
 */
export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function looksLikeApiKeySecret(value: string): boolean {
  return value.startsWith(SECRET_MARKER) && value.length > VISIBLE_PREFIX_LENGTH;
}
