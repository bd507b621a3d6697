/** The invoice page's data. */
export const INVOICE_QUERY = `query($id: ID!) { invoice(id: $id) {
  id kind status number currency periodStart periodEnd issueDate dueDate subtotal taxTotal total note
  amountDue pdfUrl createdAt finalizedAt voidedAt
  account { id externalId name billingEmail }
  billTo { externalId name }
  billRun { id issueDate }
  creditedInvoice { id number }
  creditNotes { id number status total issueDate note }
  lines { id lineType description quantity unitPrice amount taxCategory productCode }
  payments { amount payment { id receivedDate method reference } }
  emails { id recipient status transport subject messageId attempts error requestedBy createdAt sentAt }
} }`;

export type InvoiceStatus = 'DRAFT' | 'FINALIZED' | 'VOID';

export type EmailStatus = 'QUEUED' | 'SENDING' | 'SENT' | 'FAILED' | 'UNKNOWN' | 'BOUNCED';

export interface InvoiceLineData {
  id: string;
  lineType: 'RECURRING' | 'DISCOUNT' | 'USAGE' | 'ONE_TIME' | 'TAX' | 'CREDIT';
  description: string;
  quantity: string;
  /** Unrounded; null where no one price explains the amount. */
  unitPrice: string | null;
  amount: string;
  taxCategory: string;
  productCode: string | null;
}

export interface InvoiceData {
  id: string;
  kind: 'INVOICE' | 'CREDIT_NOTE';
  status: InvoiceStatus;
  number: string | null;
  currency: string;
  periodStart: string;
  periodEnd: string;
  issueDate: string | null;
  dueDate: string | null;
  subtotal: string;
  taxTotal: string;
  total: string;
  note: string | null;
  amountDue: string | null;
  pdfUrl: string;
  createdAt: string;
  finalizedAt: string | null;
  voidedAt: string | null;
  account: { id: string; externalId: string; name: string; billingEmail: string | null };
  /** As the invoice prints it: fixed when finalized, the account's current details on a draft. */
  billTo: { externalId: string; name: string };
  billRun: { id: string; issueDate: string | null } | null;
  creditedInvoice: { id: string; number: string | null } | null;
  creditNotes: {
    id: string;
    number: string | null;
    status: InvoiceStatus;
    total: string;
    issueDate: string | null;
    note: string | null;
  }[];
  lines: InvoiceLineData[];
  payments: {
    amount: string;
    payment: { id: string; receivedDate: string; method: string; reference: string | null };
  }[];
  emails: {
    id: string;
    recipient: string;
    status: EmailStatus;
    transport: string | null;
    subject: string | null;
    messageId: string | null;
    attempts: number;
    error: string | null;
    requestedBy: string;
    createdAt: string;
    sentAt: string | null;
  }[];
}
