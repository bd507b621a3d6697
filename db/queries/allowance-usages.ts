import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../client';
import { allowanceUsages, invoices } from '../schema';

export type NewAllowanceUsage = typeof allowanceUsages.$inferInsert;

/**
 * What rolling-over allowances of some subscriptions did in the period that ends when
 * `periodStart` begins, on invoices that are not void: where the next period's carry comes from.
 */
export async function listAllowanceUsagesEndingOn(
  db: Db,
  subscriptionIds: readonly string[],
  periodStart: string,
) {
  if (subscriptionIds.length === 0) return [];
  return db
    .select({
      subscriptionId: allowanceUsages.subscriptionId,
      position: allowanceUsages.position,
      included: allowanceUsages.included,
      carriedIn: allowanceUsages.carriedIn,
      used: allowanceUsages.used,
    })
    .from(allowanceUsages)
    .innerJoin(invoices, eq(invoices.id, allowanceUsages.invoiceId))
    .where(
      and(
        inArray(allowanceUsages.subscriptionId, [...subscriptionIds]),
        eq(allowanceUsages.periodEnd, periodStart),
        ne(invoices.status, 'void'),
      ),
    );
}

export async function insertAllowanceUsages(db: Db, rows: readonly NewAllowanceUsage[]) {
  for (let start = 0; start < rows.length; start += 1000)
    await db.insert(allowanceUsages).values(rows.slice(start, start + 1000));
}
