import type { Db } from '../../db/client';
import { getInvoiceById, listLinesOfInvoices } from '../../db/queries/invoices';
import { formatDayRange } from '../dates';
import { loadInvoiceSnapshot } from './invoice-snapshot';
import type { InvoiceDocument } from './pdf/invoice-document';

/**
 * An invoice as its PDF, email and portal page show it, or null when there is no such
 * invoice. A finalized (or void) invoice shows the seller and bill-to stored when it was
 * finalized, never the live account: an issued document does not change when the account
 * does. A draft shows the account as it is now.
 */
export async function loadInvoiceDocument(db: Db, invoiceId: string): Promise<InvoiceDocument | null> {
  const invoice = await getInvoiceById(db, invoiceId);
  if (!invoice) return null;
  const [snapshot, lines, credited] = await Promise.all([
    loadInvoiceSnapshot(db, invoice),
    listLinesOfInvoices(db, [invoice.id]),
    invoice.creditedInvoiceId ? getInvoiceById(db, invoice.creditedInvoiceId) : null,
  ]);
  return {
    seller: snapshot.seller,
    invoice: {
      kind: invoice.kind,
      number: invoice.number,
      status: invoice.status,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      periodStart: invoice.periodStart,
      periodEnd: invoice.periodEnd,
      currency: invoice.currency,
      subtotal: invoice.subtotal,
      taxTotal: invoice.taxTotal,
      total: invoice.total,
      note: invoice.note,
      creditedInvoiceNumber: credited?.number ?? null,
      createdAt: invoice.createdAt.toISOString(),
      finalizedAt: invoice.finalizedAt?.toISOString() ?? null,
      voidedAt: invoice.voidedAt?.toISOString() ?? null,
    },
    account: snapshot.billTo,
    lines: lines.map((line) => ({
      // A recurring line names the days it is for: "SEAT × 5, Dec 1 – 31, 2026" beside usage of November.
      description:
        line.serviceStart && line.serviceEnd && line.lineType !== 'one_time'
          ? `${line.description}, ${formatDayRange(line.serviceStart, line.serviceEnd)}`
          : line.description,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      amount: line.amount,
      lineType: line.lineType,
    })),
  };
}
