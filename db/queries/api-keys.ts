import { and, eq, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { apiKeys } from '../schema';
import { newestFirst, olderThan } from './keyset';

export async function insertApiKey(db: Db, key: typeof apiKeys.$inferInsert) {
  const [row] = await db.insert(apiKeys).values(key).returning();
  if (!row) throw new Error('insert into api_keys returned no row');
  return row;
}

export async function getApiKeyById(db: Db, id: string) {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
  return row ?? null;
}

export async function getApiKeyBySecretHash(db: Db, secretHash: string) {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.secretHash, secretHash));
  return row ?? null;
}

/** Sets revoked_at unless already revoked; returns the key as it now is. */
export async function revokeApiKeyById(db: Db, id: string, revokedById: string | null, now: Date) {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: now, revokedById })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning();
  return row ?? getApiKeyById(db, id);
}

/** Records use, at most once per `minIntervalMs` per key. */
export async function touchApiKey(db: Db, id: string, now: Date, minIntervalMs: number) {
  const staleBefore = new Date(now.getTime() - minIntervalMs);
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, staleBefore))));
}

export async function listApiKeys(
  db: Db,
  options: { limit: number; after?: { createdAt: Date; id: string } | undefined; includeRevoked: boolean },
) {
  const conditions: (SQL | undefined)[] = [olderThan(apiKeys.createdAt, apiKeys.id, options.after)];
  if (!options.includeRevoked) conditions.push(isNull(apiKeys.revokedAt));
  return db
    .select()
    .from(apiKeys)
    .where(and(...conditions))
    .orderBy(...newestFirst(apiKeys.createdAt, apiKeys.id))
    .limit(options.limit + 1);
}
