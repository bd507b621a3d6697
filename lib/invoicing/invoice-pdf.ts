import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { loadInvoiceDocument } from './load-invoice-document';
import { renderInvoicePdf } from './pdf/render-invoice-pdf';

/**
 * An invoice's PDF and the file name to save it under ("INV-000042.pdf", or
 * "draft-<id>.pdf" before it has a number), or null when there is no such invoice.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getInvoicePdf(
  { db, actor }: OperationContext,
  invoiceId: string,
): Promise<{ fileName: string; pdf: Uint8Array<ArrayBuffer> } | null> {
  authorize(actor, 'invoice');
  const document = await loadInvoiceDocument(db, invoiceId);
  if (!document) return null;
  return {
    fileName: `${document.invoice.number ?? `draft-${invoiceId}`}.pdf`,
    pdf: await renderInvoicePdf(document),
  };
}
