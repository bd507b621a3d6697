import type { Db } from '../../db/client';
import { getAccountById } from '../../db/queries/accounts';
import { getInvoiceById, listLinesOfInvoices } from '../../db/queries/invoices';
import { getOrganizationRow } from '../../db/queries/organization';
import type { InvoiceDocument } from './pdf/invoice-document';

/** An invoice as its PDF and email show it, or null when there is no such invoice. */
export async function loadInvoiceDocument(db: Db, invoiceId: string): Promise<InvoiceDocument | null> {
  const invoice = await getInvoiceById(db, invoiceId);
  if (!invoice) return null;
  const [account, lines, organization, credited] = await Promise.all([
    getAccountById(db, invoice.accountId),
    listLinesOfInvoices(db, [invoice.id]),
    getOrganizationRow(db),
    invoice.creditedInvoiceId ? getInvoiceById(db, invoice.creditedInvoiceId) : null,
  ]);
  if (!account) throw new Error(`invoice ${invoice.id} has no account`);
  return {
    seller: { name: organization?.name ?? 'Switchboard' },
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
    },
    account: {
      externalId: account.externalId,
      name: account.name,
      contactName: account.contactName,
      billingEmail: account.billingEmail,
    },
    lines: lines.map((line) => ({
      description: line.description,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      amount: line.amount,
      lineType: line.lineType,
    })),
  };
}
