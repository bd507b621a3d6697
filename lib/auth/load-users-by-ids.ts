import type { Db } from '../../db/client';
import { getUsersByIds } from '../../db/queries/users';
import type { UserRecord } from './types';

/**
 * Users in the order of `ids` (null where missing), in one query: the batch function behind
 * a per-request DataLoader. Callers have already been authorised for the parent object.
 */
export async function loadUsersByIds(db: Db, ids: readonly string[]): Promise<(UserRecord | null)[]> {
  const rows = await getUsersByIds(db, ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}
