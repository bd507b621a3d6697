import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { invoiceLines, invoices } from '../schema';

/**
 * Each account's credit balance as its invoices (drafts and finalized, not voided) moved it:
 * the sum of their account_credit lines, carried (+) less applied (−). Accounts without any
 * are left out.
 */
export async function listAccountCreditBalances(db: Db, accountIds: readonly string[]) {
  if (accountIds.length === 0) return [];
  return db
    .select({ accountId: invoices.accountId, balance: sql<string>`sum(${invoiceLines.amount})::text` })
    .from(invoiceLines)
    .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
    .where(
      and(
        inArray(invoices.accountId, [...accountIds]),
        eq(invoiceLines.lineType, 'account_credit'),
        ne(invoices.status, 'void'),
      ),
    )
    .groupBy(invoices.accountId);
}
