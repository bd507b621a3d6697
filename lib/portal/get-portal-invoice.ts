import type { Db } from '../../db/client';
import { getInvoiceBalances } from '../../db/queries/invoice-balances';
import { getInvoiceById } from '../../db/queries/invoices';
import { loadInvoiceDocument } from '../invoicing/load-invoice-document';
import { isUuid } from '../uuid';

/**
 * One of the account's issued invoices with its lines, or null when the id is not an issued
 * invoice of this account: another customer's invoice is indistinguishable from none.
 */
export async function getPortalInvoice(db: Db, accountId: string, invoiceId: string) {
  if (!isUuid(invoiceId)) return null;
  const invoice = await getInvoiceById(db, invoiceId);
  if (!invoice || invoice.accountId !== accountId || invoice.status === 'draft') return null;
  const document = await loadInvoiceDocument(db, invoiceId);
  if (!document) return null;
  const [balance] =
    document.invoice.kind === 'invoice' && document.invoice.status === 'finalized'
      ? await getInvoiceBalances(db, [invoiceId])
      : [];
  return { document, amountDue: balance?.balance ?? null };
}
