import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors';
import { composeInvoiceEmail } from './email-invoice';
import type { InvoiceDocument } from './pdf/invoice-document';
import { sampleInvoiceDocument } from './pdf/sample-invoice-document';

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
const base = sampleInvoiceDocument();
const withInvoice = (changes: Partial<InvoiceDocument['invoice']>) =>
  sampleInvoiceDocument({ invoice: { ...base.invoice, ...changes } });

describe('composeInvoiceEmail', () => {
  it('addresses the billing email with a subject naming seller, total and due date', () => {
    const email = composeInvoiceEmail(base, pdf);
    expect(email.to).toBe('billing@acme.example');
    expect(email.subject).toBe('Invoice INV-000042 from Northwind Telecom Ltd: USD 146.27 due 2026-12-31');
    expect(email.attachments).toEqual([
      { filename: 'INV-000042.pdf', content: pdf, contentType: 'application/pdf' },
    ]);
  });

  it('says the same in the plain-text and HTML bodies', () => {
    const { text, html } = composeInvoiceEmail(base, pdf);
    for (const body of [text, html]) {
      expect(body).toContain('Hello Jane Doe,');
      expect(body).toContain('invoice INV-000042 from Northwind Telecom Ltd for Acme Widgets Inc.');
      expect(body).toContain('USD 146.27');
      expect(body).toContain('2026-12-31');
      expect(body).toContain('2026-11-01 to 2026-11-30');
      expect(body).toContain('Thank you for your business.');
    }
    expect(text).toContain('Amount due: USD 146.27');
  });

  it('escapes names and notes in the HTML body', () => {
    const doc = sampleInvoiceDocument({
      seller: { name: 'Tom & Jerry <Telecom>' },
      invoice: { ...base.invoice, note: '<script>alert("x")</script>' },
    });
    const { html, text } = composeInvoiceEmail(doc, pdf);
    expect(html).toContain('Tom &amp; Jerry &lt;Telecom&gt;');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(text).toContain('Tom & Jerry <Telecom>');
  });

  it('keeps the subject on one line whatever the seller name holds', () => {
    const doc = sampleInvoiceDocument({ seller: { name: 'Northwind\r\nBcc: victim@example.com' } });
    expect(composeInvoiceEmail(doc, pdf).subject).not.toMatch(/[\r\n]/);
  });

  it('words a credit note as one, with the invoice it credits and no due date', () => {
    const credit = withInvoice({
      kind: 'credit_note',
      number: 'CN-000007',
      creditedInvoiceNumber: 'INV-000041',
      total: '-24.00',
    });
    const email = composeInvoiceEmail(credit, pdf);
    expect(email.subject).toBe(
      'Credit note CN-000007 from Northwind Telecom Ltd: USD -24.00 for invoice INV-000041',
    );
    expect(email.text).toContain('Credits invoice: INV-000041');
    expect(email.text).not.toContain('Due date');
    expect(email.attachments[0].filename).toBe('CN-000007.pdf');
  });

  it('makes a safe file name of any invoice number', () => {
    expect(composeInvoiceEmail(withInvoice({ number: '2026/42' }), pdf).attachments[0].filename).toBe(
      '2026-42.pdf',
    );
  });

  it('refuses drafts, void invoices and accounts without a billing email', () => {
    const refusals: [InvoiceDocument, RegExp][] = [
      [withInvoice({ status: 'draft', number: null }), /draft invoice is not emailed/],
      [withInvoice({ status: 'void' }), /INV-000042 is void/],
      [
        sampleInvoiceDocument({ account: { ...base.account, billingEmail: null } }),
        /ACME-001 has no billing email/,
      ],
    ];
    for (const [doc, message] of refusals) {
      let thrown: unknown;
      try {
        composeInvoiceEmail(doc, pdf);
      } catch (error) {
        thrown = error;
      }
      expect(isAppError(thrown) && thrown.code).toBe('CONFLICT');
      expect(String(thrown)).toMatch(message);
    }
  });
});
