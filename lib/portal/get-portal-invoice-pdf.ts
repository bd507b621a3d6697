import type { Db } from '../../db/client';
import { renderInvoicePdf } from '../invoicing/pdf/render-invoice-pdf';
import { getPortalInvoice } from './get-portal-invoice';

/** The PDF of one of the account's issued invoices, or null as for `getPortalInvoice`. */
export async function getPortalInvoicePdf(db: Db, accountId: string, invoiceId: string) {
  const found = await getPortalInvoice(db, accountId, invoiceId);
  if (!found) return null;
  return {
    fileName: `${found.document.invoice.number ?? invoiceId}.pdf`,
    pdf: await renderInvoicePdf(found.document),
  };
}
