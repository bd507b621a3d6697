import type { Db } from '../../db/client';
import { getAccountsByIds } from '../../db/queries/accounts';
import type { AccountRow } from '../../db/schema';

/**
 * Accounts in the order of `ids` (null where missing), in one query: the batch function
 * behind a per-request DataLoader. Callers were authorised for the parent objects.
 */
export async function loadAccountsByIds(db: Db, ids: readonly string[]): Promise<(AccountRow | null)[]> {
  const byId = new Map((await getAccountsByIds(db, ids)).map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}
