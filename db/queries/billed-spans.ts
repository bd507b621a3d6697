import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { invoiceLines, invoices, subscriptions } from '../schema';

/**
 * The recurring lines earlier invoices (drafts and finalized, not voided) billed for some
 * subscriptions on days in [from, to): which days each charged, or credited when negative.
 */
export async function listBilledSpansOfSubscriptions(
  db: Db,
  subscriptionIds: readonly string[],
  from: string,
  to: string,
) {
  if (subscriptionIds.length === 0) return [];
  return db
    .select({
      subscriptionId: sql<string>`${invoiceLines.subscriptionId}`,
      start: sql<string>`${invoiceLines.serviceStart}::text`,
      end: sql<string>`${invoiceLines.serviceEnd}::text`,
      credit: sql<boolean>`${invoiceLines.amount} < 0`,
    })
    .from(invoiceLines)
    .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
    .where(
      and(
        inArray(invoiceLines.subscriptionId, [...subscriptionIds]),
        eq(invoiceLines.lineType, 'recurring'),
        ne(invoices.status, 'void'),
        sql`${invoiceLines.serviceStart} < ${to}`,
        sql`${invoiceLines.serviceEnd} > ${from}`,
      ),
    );
}

/**
 * Which of some accounts Switchboard has billed recurring lines for (on any invoice not
 * voided): their earlier invoices, not the previous system's rule, say what was billed ahead.
 */
export async function listAccountsWithBilledSubscriptions(db: Db, accountIds: readonly string[]) {
  if (accountIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ accountId: subscriptions.accountId })
    .from(subscriptions)
    .where(
      and(
        inArray(subscriptions.accountId, [...accountIds]),
        sql`exists (select 1 from ${invoiceLines} join ${invoices} on ${invoices.id} = ${invoiceLines.invoiceId}
          where ${invoiceLines.subscriptionId} = ${subscriptions.id} and ${invoices.status} <> 'void')`,
      ),
    );
  return rows.map((row) => row.accountId);
}
