import type { Db } from '../../db/client';
import { insertUnsubscribe } from '../../db/queries/comms';
import { isValidUnsubscribeToken } from './recipient-values';

/** Unsubscribes an address from non-critical messages when its signed token matches; idempotent. */
export async function unsubscribe(db: Db, email: string, token: string): Promise<boolean> {
  const address = email.trim().toLowerCase();
  if (!address || !isValidUnsubscribeToken(address, token)) return false;
  await insertUnsubscribe(db, address);
  return true;
}
