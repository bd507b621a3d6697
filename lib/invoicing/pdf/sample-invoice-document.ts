import type { InvoiceDocument, InvoiceDocumentLine } from './invoice-document';

/**
 * A finalized invoice as tests and previews need one: two charges, a discount, usage and
 * one tax line whose figures add up. `overrides` replace whole sections.
 */
export function sampleInvoiceDocument(overrides: Partial<InvoiceDocument> = {}): InvoiceDocument {
  return {
    seller: { name: 'Northwind Telecom Ltd' },
    invoice: {
      kind: 'invoice',
      number: 'INV-000042',
      status: 'finalized',
      issueDate: '2026-12-01',
      dueDate: '2026-12-31',
      periodStart: '2026-11-01',
      periodEnd: '2026-12-01',
      currency: 'USD',
      subtotal: '121.89',
      taxTotal: '24.38',
      total: '146.27',
      note: 'Thank you for your business. Payment by bank transfer to the account on your contract.',
      creditedInvoiceNumber: null,
    },
    account: {
      externalId: 'ACME-001',
      name: 'Acme Widgets Inc.',
      contactName: 'Jane Doe',
      billingEmail: 'billing@acme.example',
    },
    lines: [
      {
        description: 'Hosted PBX seat × 5',
        quantity: '5',
        unitPrice: '20.00',
        amount: '100.00',
        lineType: 'recurring',
      },
      { description: 'Hosted PBX seat discount 10%', quantity: '10', amount: '-10.00', lineType: 'discount' },
      { description: 'Calls to UK mobile', quantity: '312.5', amount: '28.14', lineType: 'usage' },
      {
        description: 'Number porting × 1',
        quantity: '1',
        unitPrice: '3.75',
        amount: '3.75',
        lineType: 'one_time',
      },
      { description: 'Tax VAT20 on standard', quantity: '121.89', amount: '24.38', lineType: 'tax' },
    ],
    ...overrides,
  };
}

/** `count` usage lines with distinct descriptions and amounts, so each can be found again in the output. */
export function manyUsageLines(count: number): InvoiceDocumentLine[] {
  return Array.from({ length: count }, (_, index) => ({
    description: `Calls to destination ${String(index + 1).padStart(3, '0')}`,
    quantity: String(10 + index),
    amount: `${1000 + index}.25`,
    lineType: 'usage' as const,
  }));
}
