import { and, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { auditEntries } from '../schema';
import { newestFirst, olderThan } from './keyset';

export type NewAuditEntry = typeof auditEntries.$inferInsert;

export async function insertAuditEntries(db: Db, entries: NewAuditEntry[]) {
  if (entries.length === 0) return;
  await db.insert(auditEntries).values(entries);
}

export interface AuditEntryFilter {
  operation?: string | undefined;
  actorUserId?: string | undefined;
  actorApiKeyId?: string | undefined;
  since?: Date | undefined;
  until?: Date | undefined;
}

export async function listAuditEntries(
  db: Db,
  options: { limit: number; after?: { createdAt: Date; id: string } | undefined; filter: AuditEntryFilter },
) {
  const { filter } = options;
  const conditions: (SQL | undefined)[] = [
    olderThan(auditEntries.occurredAt, auditEntries.id, options.after),
  ];
  if (filter.operation) conditions.push(eq(auditEntries.operation, filter.operation));
  if (filter.actorUserId) conditions.push(eq(auditEntries.actorUserId, filter.actorUserId));
  if (filter.actorApiKeyId) conditions.push(eq(auditEntries.actorApiKeyId, filter.actorApiKeyId));
  if (filter.since) conditions.push(gte(auditEntries.occurredAt, filter.since));
  if (filter.until) conditions.push(lt(auditEntries.occurredAt, filter.until));
  return db
    .select()
    .from(auditEntries)
    .where(and(...conditions))
    .orderBy(...newestFirst(auditEntries.occurredAt, auditEntries.id))
    .limit(options.limit + 1);
}
