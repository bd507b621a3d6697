/**
 * Everything an invoice or credit note shows, as plain data: what the PDF renderer and the
 * invoice email read, so neither needs the database or GraphQL. Amounts and quantities are
 * plain decimal strings as stored in `numeric` columns ("146.27", "-12.00"), never JS numbers;
 * dates are ISO `YYYY-MM-DD`.
 */
export interface InvoiceDocument {
  seller: { name: string };
  invoice: {
    kind: InvoiceDocumentKind;
    /** Null while a draft: numbers are given on finalizing. */
    number: string | null;
    status: InvoiceDocumentStatus;
    issueDate: string | null;
    dueDate: string | null;
    periodStart: string;
    /** Exclusive, as stored (October is 2026-10-01 → 2026-11-01); printed as its last day. */
    periodEnd: string;
    /** ISO 4217 code; amounts are shown with its minor unit. */
    currency: string;
    subtotal: string;
    taxTotal: string;
    total: string;
    note: string | null;
    /** For a credit note: the number of the invoice it credits. */
    creditedInvoiceNumber?: string | null;
    /**
     * ISO 8601 timestamps dating the PDF file itself (its CreationDate and ModDate): a
     * finalized document is created when finalized and modified only by voiding, so every
     * download of it is the same bytes. A draft is created when it was made and modified
     * now. Absent: now.
     */
    createdAt?: string | null;
    finalizedAt?: string | null;
    voidedAt?: string | null;
  };
  account: {
    externalId: string;
    name: string;
    contactName: string | null;
    billingEmail: string | null;
  };
  /** In the order they are printed; tax lines are printed after the subtotal wherever they sit. */
  lines: InvoiceDocumentLine[];
}

export type InvoiceDocumentKind = 'invoice' | 'credit_note';
export type InvoiceDocumentStatus = 'draft' | 'finalized' | 'void';

export interface InvoiceDocumentLine {
  description: string;
  /** Seats, minutes, messages; for a tax line, the base it taxes. */
  quantity: string;
  /** Price per unit where the amount is exactly quantity × price (stored, never derived); else absent or null. */
  unitPrice?: string | null;
  amount: string;
  lineType: 'recurring' | 'discount' | 'usage' | 'one_time' | 'tax' | 'credit' | 'account_credit';
}

/** "Invoice" or "Credit note": how a document names itself in titles and subjects. */
export function documentTitle(kind: InvoiceDocumentKind): string {
  return kind === 'credit_note' ? 'Credit note' : 'Invoice';
}
