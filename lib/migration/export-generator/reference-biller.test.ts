import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportColumns } from '../legacy-export/export-columns';
import { invoiceCells } from './export-rows';
import { formatAmount2 } from './line-format';
import { readExport } from './read-export';
import { billAccount } from './reference-biller';

/**
 * The reference biller against the shared sample export: re-billing the sample's inputs
 * (after the import rules) gives the expected new totals of every account to the cent, and
 * the legacy system's own invoices, line for line, for every account without a fault.
 */
const sampleDir = resolve(process.cwd(), '../shared/legacy-export/sample-small');
const expected = JSON.parse(readFileSync(resolve(sampleDir, '../sample-small.expected.json'), 'utf8')) as {
  faults: Record<string, unknown>;
  new_totals: Record<string, { subtotal: string; tax_total: string; total: string }>;
  messy: unknown;
};
const sample = readExport(sampleDir);
const ctx = { catalog: sample.catalog, period: sample.period, rounding: sample.rounding };
const bills = new Map([...sample.inputs].map(([id, inputs]) => [id, billAccount(ctx, inputs)]));

describe('reference legacy biller on sample-small', () => {
  it('reads the sample with the messy rows the expected result counts', () => {
    expect(sample.messy).toEqual(expected.messy);
  });

  it('reproduces the expected new totals of every account to the cent', () => {
    const totals: Record<string, { subtotal: string; tax_total: string; total: string }> = {};
    for (const [id, bill] of bills) {
      if (!bill) continue;
      totals[id] = {
        subtotal: formatAmount2(bill.subtotal),
        tax_total: formatAmount2(bill.taxTotal),
        total: formatAmount2(bill.total),
      };
    }
    expect(totals).toEqual(expected.new_totals);
  });

  it('reproduces the legacy invoice and its lines, byte for byte, of every account without a fault', () => {
    const header = exportColumns['invoice_lines.csv'];
    const linesOf = new Map<string, string[][]>();
    for (const line of sample.invoiceLines) {
      const list = linesOf.get(line.invoice_id ?? '') ?? [];
      list.push(header.map((column) => line[column] ?? ''));
      linesOf.set(line.invoice_id ?? '', list);
    }
    const legacyByAccount = new Map(sample.invoices.map((invoice) => [invoice.account_id, invoice]));
    let compared = 0;
    for (const [accountId, bill] of bills) {
      if (accountId in expected.faults) continue;
      const legacy = legacyByAccount.get(accountId);
      expect(!!legacy, accountId).toBe(!!bill);
      if (!legacy || !bill) continue;
      const ours = invoiceCells(legacy.invoice_id ?? '', bill, sample.period);
      expect(ours.invoice, accountId).toEqual(
        exportColumns['invoices.csv'].map((column) => legacy[column] ?? ''),
      );
      expect(ours.lines, accountId).toEqual(linesOf.get(legacy.invoice_id ?? ''));
      compared += 1;
    }
    expect(compared).toBe(46);
  });
});
