import type { Db } from '../../db/client';
import { getUserById } from '../../db/queries/users';
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
    if (await getUserById(db, ownerId)) return null;
  }
  return userError('NOT_FOUND', field, 'No user has this id.');
}
