import type { Db } from '../../db/client';
import { unsubscribes } from '../../db/schema';
import { isValidUnsubscribeToken } from './recipient-values';

/** Unsubscribes an address from non-critical messages when its signed token matches; idempotent. */
export async function unsubscribe(db: Db, email: string, token: string): Promise<boolean> {
  const address = email.trim().toLowerCase();
  if (!address || !isValidUnsubscribeToken(address, token)) return false;
  await db.insert(unsubscribes).values({ email: address }).onConflictDoNothing();
  return true;
}
