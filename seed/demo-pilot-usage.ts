import { and, eq, gte, inArray, lt, ne } from 'drizzle-orm';
import type { Db } from '../db/client';
import { usageRecords } from '../db/schema';
import { systemActor } from '../lib/auth/actor';
import { ingestUsageBatch, MAX_BATCH_RECORDS } from '../lib/usage/ingest-usage-batch';
import type { RawUsageRow } from '../lib/usage/usage-row';

/**
 * November's usage of the accounts cut over on 1 November, pushed through the batch API as
 * the provider's mediation would: most of their rated October calls, messages and data again,
 * a month later, so their first Switchboard invoice has usage on it and the portal shows last
 * month's usage.
 * Run after the cutover and before November is billed.
 */
export async function seedDemoPilotNovemberUsage(db: Db, pilotAccountRefs: readonly string[]): Promise<void> {
  const october = await db
    .select()
    .from(usageRecords)
    .where(
      and(
        inArray(usageRecords.accountRef, [...pilotAccountRefs]),
        eq(usageRecords.status, 'rated'),
        ne(usageRecords.usageType, 'custom'),
        gte(usageRecords.startedAt, new Date('2026-10-01T00:00:00Z')),
        lt(usageRecords.startedAt, new Date('2026-11-01T00:00:00Z')),
      ),
    )
    .orderBy(usageRecords.recordId);
  // Most of October's usage again (every tenth record left out, so November's invoice is not
  // October's to the cent).
  const november: RawUsageRow[] = october
    .filter((_, index) => index % 10 !== 9)
    .map((record) => ({
      record_id: `${record.recordId}-2026-11`,
      account_id: record.accountRef,
      usage_type: record.usageType,
      started_at: aMonthLater(record.startedAt).toISOString(),
      destination: record.destinationNumber,
      duration_s: record.durationSeconds,
      quantity: record.quantity,
    }));
  const ctx = { db, actor: systemActor('mediation') };
  for (let start = 0; start < november.length; start += MAX_BATCH_RECORDS)
    await ingestUsageBatch(ctx, november.slice(start, start + MAX_BATCH_RECORDS));
}

/** The same moment a month later; the 31st of a 30-day month lands on the month's last day. */
function aMonthLater(at: Date): Date {
  const next = new Date(at);
  next.setUTCMonth(at.getUTCMonth() + 1);
  if (next.getUTCDate() !== at.getUTCDate()) next.setUTCDate(0);
  return next;
}
