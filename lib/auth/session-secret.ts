import { getEnv } from '../env';

/**
 * The key that signs console session tokens. `npm start` generates one into the data
 * directory when NEXTAUTH_SECRET is not set, so only a hand-rolled start can miss it.
 * @throws Error when NEXTAUTH_SECRET is not set.
 */
export function getSessionSecret(): string {
  const secret = getEnv().NEXTAUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set (npm start generates one; see the README).');
  return secret;
}
