import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';

/** A problem when `ownerId` names no user; null when it is absent or fine. */
export async function checkOwner(
  db: Db,
  ownerId: string | null | undefined,
  field: string[],
): Promise<UserError | null> {
  if (!ownerId) return null;
  if (isUuid(ownerId)) {
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, ownerId));
    if (user) return null;
  }
  return userError('NOT_FOUND', field, 'No user has this id.');
}
