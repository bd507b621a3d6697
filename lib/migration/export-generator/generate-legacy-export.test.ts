import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dec, ZERO } from '../../money/decimal';
import type { ExpectedResult } from './expected-result';
import { invoiceCells } from './export-rows';
import { faultCategories } from './fault-plan';
import { type GeneratedExport, generateLegacyExport } from './generate-legacy-export';
import { formatAmount2 } from './line-format';
import { readExport } from './read-export';
import { billAccount } from './reference-biller';

/**
 * A small generated export checked from the outside: read back with the import rules and
 * re-billed by the reference biller, it must say exactly what its expected.json says.
 */
/** Reading an export back and re-billing it takes a second or two; a busy machine, more. */
const HEAVY_TEST_MS = 60_000;
const OPTIONS = { accounts: 40, seed: 11, usagePerAccount: 200 } as const;
let root: string;
let halfUp: GeneratedExport;
let halfEven: GeneratedExport;
let advance: GeneratedExport;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'legacy-export-'));
  halfUp = await generateLegacyExport(join(root, 'a'), OPTIONS);
  await generateLegacyExport(join(root, 'b'), OPTIONS);
  halfEven = await generateLegacyExport(join(root, 'even'), { ...OPTIONS, rounding: 'half_even' });
  await generateLegacyExport(join(root, 'february'), {
    accounts: 25,
    seed: 3,
    usagePerAccount: 60,
    period: '2027-02',
  });
  advance = await generateLegacyExport(join(root, 'v11'), { ...OPTIONS, advanceShare: 0.5 });
  await generateLegacyExport(join(root, 'v11-strict'), {
    accounts: 30,
    seed: 5,
    usagePerAccount: 40,
    period: '2027-02',
    advanceShare: 1,
    creditUnusedOnCancel: false,
    billPartialWithNextPeriod: false,
  });
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

function checkSelfConsistent(dir: string) {
  const written = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as ExpectedResult;
  const data = readExport(dir);

  for (const [file, { rows, sha256 }] of Object.entries(data.manifest.files)) {
    const bytes = readFileSync(join(dir, file));
    expect(createHash('sha256').update(bytes).digest('hex'), file).toBe(sha256);
    expect(parse(bytes, { columns: true }).length, file).toBe(rows);
  }
  expect(written.usage_rows_in_file).toBe(data.manifest.files['usage.csv']?.rows);
  expect(written.messy).toEqual(data.messy);
  expect(written.accounts).toBe(data.accounts.length);

  const linesOf = new Map<string, Record<string, string>[]>();
  for (const line of data.invoiceLines) {
    linesOf.set(line.invoice_id ?? '', [...(linesOf.get(line.invoice_id ?? '') ?? []), line]);
  }
  for (const invoice of data.invoices) {
    const lines = linesOf.get(invoice.invoice_id ?? '') ?? [];
    const sumOf = (isTax: boolean) =>
      lines
        .filter((line) => (line.line_type === 'tax') === isTax)
        .reduce((sum, line) => sum.plus(line.amount ?? 0), ZERO);
    expect(formatAmount2(sumOf(false)), invoice.invoice_id).toBe(invoice.subtotal);
    expect(formatAmount2(sumOf(true)), invoice.invoice_id).toBe(invoice.tax_total);
    expect(formatAmount2(new Dec(invoice.subtotal ?? 0).plus(invoice.tax_total ?? 0))).toBe(invoice.total);
    expect(lines.map((line) => line.line_no)).toEqual(lines.map((_, at) => String(at + 1)));
  }

  const ctx = { catalog: data.catalog, period: data.period, rounding: data.rounding, advance: data.advance };
  const legacyByAccount = new Map(data.invoices.map((invoice) => [invoice.account_id ?? '', invoice]));
  const newTotals: ExpectedResult['new_totals'] = {};
  let inBoth = 0;
  let matching = 0;
  for (const [accountId, inputs] of data.inputs) {
    const bill = billAccount(ctx, inputs);
    const legacy = legacyByAccount.get(accountId);
    if (bill) {
      newTotals[accountId] = {
        subtotal: formatAmount2(bill.subtotal),
        tax_total: formatAmount2(bill.taxTotal),
        total: formatAmount2(bill.total),
      };
    }
    if (!bill && !legacy) continue;
    if (!bill || !legacy) {
      expect(accountId in written.faults, `${accountId} billed on one side only`).toBe(true);
      continue;
    }
    inBoth += 1;
    const ours = invoiceCells(legacy.invoice_id ?? '', bill, data.period, data.advance?.next ?? null);
    const theirs = (linesOf.get(legacy.invoice_id ?? '') ?? []).map((line) => Object.values(line));
    const same = JSON.stringify(ours.lines) === JSON.stringify(theirs);
    if (same) matching += 1;
    expect(same, `${accountId} matches its legacy invoice unless faulted`).toBe(
      !(accountId in written.faults),
    );
  }
  expect(newTotals).toEqual(written.new_totals);
  expect(inBoth).toBe(written.invoices_in_both);
  expect(matching).toBe(written.invoices_matching_exactly);
  expect(data.invoices.length).toBe(written.legacy_invoices);
  expect(Object.keys(newTotals).length).toBe(written.new_invoices);
  return written;
}

describe('generateLegacyExport', () => {
  it(
    'writes a self-consistent export: manifest, invoice totals, expected.json = the biller re-run',
    () => {
      checkSelfConsistent(join(root, 'a'));
    },
    HEAVY_TEST_MS,
  );

  it('injects a fault of every category', () => {
    const categories = new Set(Object.values(halfUp.expected.faults).map((fault) => fault.category));
    expect([...categories].sort()).toEqual([...faultCategories].sort());
    expect(Object.keys(halfUp.expected.faults)).toHaveLength(8);
  });

  it('has every kind of messy row', () => {
    expect(halfUp.expected.messy.usage).toEqual({
      duplicates: expect.any(Number),
      conflicts: expect.any(Number),
      rejected: 8,
      unratable: expect.any(Number),
    });
    expect(halfUp.expected.messy.accounts).toEqual({ duplicates: 1, conflicts: 1, rejected: 3 });
    expect(halfUp.expected.messy.subscriptions).toEqual({ duplicates: 1, conflicts: 1, rejected: 3 });
  });

  it(
    'is deterministic: the same seed writes the same bytes',
    () => {
      const files = readdirSync(join(root, 'a')).sort();
      expect(readdirSync(join(root, 'b')).sort()).toEqual(files);
      for (const file of files) {
        expect(readFileSync(join(root, 'b', file)).equals(readFileSync(join(root, 'a', file))), file).toBe(
          true,
        );
      }
    },
    HEAVY_TEST_MS,
  );

  it(
    'bills half_even where half_up and half_even differ, and stays self-consistent',
    () => {
      const written = checkSelfConsistent(join(root, 'even'));
      expect(written.rounding.mode).toBe('half_even');
      const differing = Object.keys(halfUp.expected.new_totals).filter(
        (account) =>
          halfUp.expected.new_totals[account]?.total !== halfEven.expected.new_totals[account]?.total,
      );
      expect(differing.length).toBeGreaterThan(0);
    },
    HEAVY_TEST_MS,
  );

  it(
    'bills a 28-day month just as consistently',
    () => {
      const written = checkSelfConsistent(join(root, 'february'));
      expect(written.period).toEqual({ start: '2027-02-01', end: '2027-03-01' });
    },
    HEAVY_TEST_MS,
  );

  it(
    'writes v1.1 exports just as self-consistently, with advance billing, credits and every fault',
    () => {
      const written = checkSelfConsistent(join(root, 'v11'));
      checkSelfConsistent(join(root, 'v11-strict'));
      const manifest = JSON.parse(readFileSync(join(root, 'v11', 'manifest.json'), 'utf8'));
      expect(manifest.version).toBe(1.1);
      expect(manifest.billing).toEqual({
        credit_unused_on_cancel: true,
        bill_partial_with_next_period: true,
      });
      const products = parse(readFileSync(join(root, 'v11', 'products.csv')), { columns: true }) as Record<
        string,
        string
      >[];
      expect(products.filter((row) => row.billing_timing === 'advance')).toHaveLength(3);
      const lines = parse(readFileSync(join(root, 'v11', 'invoice_lines.csv')), { columns: true }) as Record<
        string,
        string
      >[];
      const recurring = lines.filter((line) => line.line_type === 'recurring');
      expect(recurring.every((line) => line.service_start && line.service_end)).toBe(true);
      expect(recurring.some((line) => line.amount?.startsWith('-'))).toBe(true);
      expect(recurring.some((line) => (line.service_start ?? '') >= written.period.end)).toBe(true);
      const categories = new Set(Object.values(advance.expected.faults).map((fault) => fault.category));
      expect([...categories].sort()).toEqual([...faultCategories].sort());
    },
    HEAVY_TEST_MS,
  );

  it('writes the shared sample catalog byte for byte', () => {
    const sampleDir = resolve(process.cwd(), '../shared/legacy-export/sample-small');
    for (const file of ['products.csv', 'price_tiers.csv', 'rate_decks.csv', 'tax_rates.csv']) {
      expect(readFileSync(join(root, 'a', file), 'utf8'), file).toBe(
        readFileSync(join(sampleDir, file), 'utf8'),
      );
    }
  });
});
