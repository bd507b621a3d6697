import { describe, expect, it } from 'vitest';
import { Dec, sum } from '../../money/decimal';
import { formatAmount } from '../../money/format-money';
import { extractPageTexts } from '../testing/extract-page-texts';
import type { InvoiceDocument, InvoiceDocumentLine } from './invoice-document';
import { renderInvoicePdf } from './render-invoice-pdf';
import { manyUsageLines, sampleInvoiceDocument } from './sample-invoice-document';

async function firstPageText(doc: InvoiceDocument): Promise<string[]> {
  const [first = []] = await extractPageTexts(await renderInvoicePdf(doc));
  return first;
}

const base = sampleInvoiceDocument();

function withInvoice(changes: Partial<InvoiceDocument['invoice']>, rest: Partial<InvoiceDocument> = {}) {
  return sampleInvoiceDocument({ ...rest, invoice: { ...base.invoice, ...changes } });
}

describe('renderInvoicePdf', () => {
  it('renders a one-page PDF with the number, account, every line and the totals', async () => {
    const bytes = await renderInvoicePdf(base);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');

    const pages = await extractPageTexts(bytes);
    expect(pages).toHaveLength(1);
    const text = pages[0] ?? [];
    expect(text).toEqual(
      expect.arrayContaining([
        'Northwind Telecom Ltd',
        'Invoice',
        'INV-000042',
        'Acme Widgets Inc.',
        'Attn. Jane Doe',
        'billing@acme.example',
        'Account ACME-001',
        '2026-12-01',
        '2026-12-31',
        // The stored period ends exclusively on 2026-12-01; the reader sees its last day.
        '2026-11-01 – 2026-11-30',
        'Subtotal',
        '121.89',
        'Tax total',
        'Total',
        'USD 146.27',
        'Page 1 of 1',
      ]),
    );
    for (const line of base.lines) {
      expect(text).toContain(line.description);
      expect(text).toContain(formatAmount(line.amount, 'USD'));
    }
    expect(text.join(' ')).toContain('Thank you for your business.');
    expect(text).not.toContain('DRAFT');
    expect(text).not.toContain('VOID');
  });

  it('prints a unit price only where a line has one, unrounded, between quantity and amount', async () => {
    const doc = sampleInvoiceDocument({
      lines: [
        { description: 'Seat', quantity: '5', unitPrice: '20.00', amount: '100.00', lineType: 'recurring' },
        { description: 'SMS', quantity: '1000', unitPrice: '0.0125', amount: '12.50', lineType: 'usage' },
        {
          description: 'Calls to UK mobile',
          quantity: '312.5',
          unitPrice: null,
          amount: '28.14',
          lineType: 'usage',
        },
      ],
    });
    const text = await firstPageText(doc);
    expect(text).toContain('UNIT PRICE');
    const row = (description: string) => text.slice(text.indexOf(description), text.indexOf(description) + 4);
    expect(row('Seat')).toEqual(['Seat', '5', '20.00', '100.00']);
    expect(row('SMS')).toEqual(['SMS', '1,000', '0.0125', '12.50']);
    // No price is derived for a line that has none: quantity, then the amount.
    expect(row('Calls to UK mobile')).toEqual(['Calls to UK mobile', '312.5', '28.14', 'Subtotal']);
  });

  it('prints tax lines after the subtotal, whatever their place in the document', async () => {
    const isTax = (line: InvoiceDocumentLine) => line.lineType === 'tax';
    const taxFirst = [...base.lines.filter(isTax), ...base.lines.filter((line) => !isTax(line))];
    const text = await firstPageText({ ...base, lines: taxFirst });
    const at = (item: string) => text.indexOf(item);
    expect(at('Subtotal')).toBeGreaterThan(at('Hosted PBX seat × 5'));
    expect(at('Tax VAT20 on standard')).toBeGreaterThan(at('Subtotal'));
    expect(at('Total')).toBeGreaterThan(at('Tax VAT20 on standard'));
  });

  it('marks a draft with a DRAFT watermark and says it has no number yet', async () => {
    const draft = withInvoice({ status: 'draft', number: null, issueDate: null, dueDate: null });
    const text = await firstPageText(draft);
    expect(text).toContain('DRAFT');
    expect(text).toContain('Draft — not yet numbered');
  });

  it('marks a void invoice with a VOID watermark', async () => {
    const text = await firstPageText(withInvoice({ status: 'void' }));
    expect(text).toContain('VOID');
    expect(text).toContain('INV-000042');
  });

  it('titles a credit note and names the invoice it credits', async () => {
    const credit = withInvoice(
      {
        kind: 'credit_note',
        number: 'CN-000007',
        creditedInvoiceNumber: 'INV-000041',
        subtotal: '-20.00',
        taxTotal: '-4.00',
        total: '-24.00',
      },
      {
        lines: [
          { description: 'Credit for outage', quantity: '1', amount: '-20.00', lineType: 'credit' },
          { description: 'Tax VAT20 on standard', quantity: '-20.00', amount: '-4.00', lineType: 'tax' },
        ],
      },
    );
    const text = await firstPageText(credit);
    expect(text).toEqual(
      expect.arrayContaining(['Credit note', 'CN-000007', 'INV-000041', '-20.00', 'USD -24.00']),
    );
  });

  it('spreads 120 lines over several pages, each numbered and headed, losing none', async () => {
    const lines = manyUsageLines(120);
    const subtotal = sum(lines.map((line) => new Dec(line.amount))).toFixed(2);
    const doc = withInvoice({ subtotal, taxTotal: '0.00', total: subtotal, note: null }, { lines });
    const pages = await extractPageTexts(await renderInvoicePdf(doc));

    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((text, index) => {
      expect(text).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(text).toContain('DESCRIPTION');
      if (index > 0) expect(text).toContain('Invoice INV-000042 (continued)');
    });
    const all = pages.flat();
    for (const line of lines) {
      expect(all).toContain(line.description);
      expect(all).toContain(formatAmount(line.amount, 'USD'));
    }
    // The totals close the document, after the last line.
    expect(pages.at(-1)).toContain(`USD ${formatAmount(subtotal, 'USD')}`);
  });

  it('wraps or cuts a long description instead of running into the figures', async () => {
    const long = `Hosted PBX seat with ${'voicemail, call recording, hunt groups and IVR menus, '.repeat(6)}end`;
    const doc = sampleInvoiceDocument({
      lines: [{ description: long, quantity: '1', amount: '5.00', lineType: 'recurring' }],
    });
    const text = await firstPageText(doc);
    const pieces = text.filter((item) => item.startsWith('Hosted PBX seat') || item.includes('hunt groups'));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.length).toBeLessThanOrEqual(3);
    expect(pieces.at(-1)).toMatch(/…$/);
    expect(text).not.toContain(long);
  });

  it('does not throw on characters the standard fonts cannot encode', async () => {
    const doc = sampleInvoiceDocument({
      seller: { name: 'Zoë Łódź Telecom 🚀' },
      account: { ...base.account, name: 'Ελληνικά 東京 Škoda ✓', contactName: 'Ana 👩🏽‍💻\nNowak' },
      lines: [
        { description: 'Ünïcödé ☎ line\twith tab', quantity: '1', amount: '1.00', lineType: 'one_time' },
      ],
      invoice: { ...base.invoice, note: 'Merci — Dziękujemy 🙏\nSecond paragraph' },
    });
    const text = await firstPageText(doc);
    expect(text).toContain('Zoë Lódz Telecom');
    expect(text).toContain('? ? Škoda');
    expect(text).toContain('Ünïcödé line with tab');
    expect(text).toContain('Second paragraph');
  });
});
