import type { Db } from '../../db/client';
import { getInvoiceBalances } from '../../db/queries/invoice-balances';
import { listIssuedInvoicesOfAccount } from '../../db/queries/portal';
import type { PortalInvoice } from './types';

/** How many invoices the portal lists: years of monthly bills. */
const LISTED = 120;

/**
 * The account's issued invoices and credit notes, newest first, with what is still due.
 * Drafts are the provider's work in progress and never shown.
 */
export async function listPortalInvoices(db: Db, accountId: string): Promise<PortalInvoice[]> {
  const rows = await listIssuedInvoicesOfAccount(db, accountId, LISTED);
  const payable = rows.filter((row) => row.kind === 'invoice' && row.status === 'finalized');
  const balances = new Map(
    (
      await getInvoiceBalances(
        db,
        payable.map((row) => row.id),
      )
    ).map((b) => [b.id, b.balance]),
  );
  return rows.map((invoice) => ({ invoice, amountDue: balances.get(invoice.id) ?? null }));
}
