import type { Db } from '../../db/client';
import { getInvoiceBalances } from '../../db/queries/invoice-balances';
import { getInvoiceById } from '../../db/queries/invoices';
import { listIssuedInvoicesOfAccount } from '../../db/queries/portal';
import type { InvoiceRow } from '../../db/schema';
import { loadInvoiceDocument } from '../invoicing/load-invoice-document';
import { renderInvoicePdf } from '../invoicing/pdf/render-invoice-pdf';
import { isUuid } from '../uuid';

export interface PortalInvoice {
  invoice: InvoiceRow;
  /** What is still to pay on a finalized invoice; null for credit notes and void invoices. */
  amountDue: string | null;
}

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

/** The PDF of one of the account's issued invoices, or null as for `getPortalInvoice`. */
export async function getPortalInvoicePdf(db: Db, accountId: string, invoiceId: string) {
  const found = await getPortalInvoice(db, accountId, invoiceId);
  if (!found) return null;
  return {
    fileName: `${found.document.invoice.number ?? invoiceId}.pdf`,
    pdf: await renderInvoicePdf(found.document),
  };
}
