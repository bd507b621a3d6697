import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { listRunAccounts, listRunLines } from '../../db/queries/parallel-runs';
import { accounts, subscriptions, usageRecords } from '../../db/schema';
import { setUpTestDatabase } from '../../db/testing/set-up-test-database';
import { Dec } from '../money/decimal';
import { importLegacyExport, type LegacyImportReport } from './import/import-legacy-export';
import { exportFiles } from './legacy-export/manifest';
import { startParallelRun } from './parallel-run/run-parallel-run';
import type { RunSummary } from './parallel-run/summarize-run';
import { validateImport } from './validate-import';

/**
 * The acceptance check of the migration toolkit: the shared sample export, imported and
 * re-billed, must agree with what a correct migration finds in it (sample-small.expected.json):
 * every invoice to the cent, every fault with its cause, no clean account flagged, and the
 * import counts.
 */
const sampleDir = resolve(process.cwd(), '../shared/legacy-export/sample-small');
const expected = JSON.parse(readFileSync(resolve(sampleDir, '../sample-small.expected.json'), 'utf8')) as {
  faults: Record<string, { category: string; line_type?: string; destination?: string; tax_code?: string }>;
  invoices_in_both: number;
  invoices_matching_exactly: number;
  legacy_arpu: string;
  new_arpu: string;
  legacy_invoices: number;
  new_invoices: number;
  new_totals: Record<string, { subtotal: string; tax_total: string; total: string }>;
  messy: Record<string, Record<string, number>>;
};
const manifest = JSON.parse(readFileSync(resolve(sampleDir, 'manifest.json'), 'utf8')) as {
  files: Record<string, { rows: number }>;
};

const database = setUpTestDatabase();
let report: LegacyImportReport;
const importId = () => report.importId;

beforeAll(async () => {
  report = await importLegacyExport(database.ctx(), sampleDir);
}, 120_000);

describe('importing the sample export', () => {
  it('reads every row of every file and accounts for each one', () => {
    for (const file of exportFiles) {
      const counts = report.files[file];
      expect(counts.read, file).toBe(manifest.files[file]?.rows);
      expect(counts.imported + counts.duplicates + counts.conflicts + counts.rejected, file).toBe(
        counts.read,
      );
    }
  });

  it('finds the messy rows the sample was made with', () => {
    expect(report.files['accounts.csv'].rejected).toBe(expected.messy.accounts?.rejected);
    expect(report.files['subscriptions.csv'].rejected).toBe(expected.messy.subscriptions?.rejected);
    const usage = report.files['usage.csv'];
    expect(usage.conflicts).toBe(expected.messy.usage?.conflicts);
    expect(usage.duplicates).toBe(expected.messy.usage?.duplicates);
    expect(usage.rejected).toBe(expected.messy.usage?.rejected);
    expect(report.unrated).toBe(expected.messy.usage?.unratable);
  });

  it('changes nothing when the same export is imported again', async () => {
    const db = database.db;
    const before = await Promise.all([
      db.select({ n: count() }).from(accounts),
      db.select({ n: count() }).from(subscriptions),
      db.select({ n: count() }).from(usageRecords),
    ]);
    const again = await importLegacyExport(database.ctx(), sampleDir);
    expect(again.alreadyImported).toBe(true);
    expect(again.importId).toBe(report.importId);
    const after = await Promise.all([
      db.select({ n: count() }).from(accounts),
      db.select({ n: count() }).from(subscriptions),
      db.select({ n: count() }).from(usageRecords),
    ]);
    expect(after).toEqual(before);
  });
});

describe('the validation report of the sample', () => {
  it('names what to look at before trusting the import', async () => {
    const report = await validateImport(database.ctx(), importId());
    expect(report?.files.every((file) => file.matchesManifest)).toBe(true);
    expect(report?.referenceProblems).toContainEqual(
      expect.objectContaining({
        file: 'subscriptions.csv',
        legacyId: 'SBAD1',
        reason: 'unknown product NO-SUCH-PRODUCT',
      }),
    );
    expect(report?.subscriptionsOutsideLifetimes.map((problem) => problem.legacyId)).toEqual(
      expect.arrayContaining(['S000024-1', 'S000024-2', 'S000024-3']),
    );
    expect(report?.unratedUsage.reduce((n, row) => n + row.records, 0)).toBe(expected.messy.usage?.unratable);
    const balances = readFileSync(resolve(sampleDir, 'balances.csv'), 'utf8').trim().split('\n').slice(1);
    const total = balances.reduce((sum, line) => sum.plus(line.split(',')[2] ?? '0'), new Dec(0));
    expect(report?.openingBalances).toEqual([
      { currency: 'USD', accounts: balances.length, total: total.toFixed(2) },
    ]);
    expect(report?.clean).toBe(false);
  });
});

describe('the parallel run of the sample', () => {
  let summary: RunSummary;
  let runId = '';
  beforeAll(async () => {
    const { parallelRun, userErrors } = await startParallelRun(database.ctx(), { importId: report.importId });
    expect(userErrors).toEqual([]);
    runId = parallelRun?.id ?? '';
    summary = parallelRun?.summary as RunSummary;
  }, 120_000);

  it('bills every account to the cent of the expected totals', async () => {
    const rows = await listRunAccounts(database.db, runId);
    const billed = Object.fromEntries(
      rows.filter((row) => row.newTotal !== null).map((row) => [row.legacyAccountId, row]),
    );
    expect(Object.keys(billed).sort()).toEqual(Object.keys(expected.new_totals).sort());
    for (const [account, totals] of Object.entries(expected.new_totals)) {
      expect(billed[account]?.newSubtotal, `${account} subtotal`).toBe(new Dec(totals.subtotal).toFixed(2));
      expect(billed[account]?.newTaxTotal, `${account} tax`).toBe(new Dec(totals.tax_total).toFixed(2));
      expect(billed[account]?.newTotal, `${account} total`).toBe(new Dec(totals.total).toFixed(2));
    }
  });

  it('finds every fault with its cause and flags no clean account', async () => {
    const rows = await listRunAccounts(database.db, runId);
    const flagged = rows.filter((row) => row.status !== 'match');
    expect(Object.fromEntries(flagged.map((row) => [row.legacyAccountId, row.suggestedCause]))).toEqual(
      Object.fromEntries(
        Object.entries(expected.faults).map(([account, fault]) => [account, fault.category]),
      ),
    );
  });

  it('points at the faulty line', async () => {
    const lines = await listRunLines(database.db, runId, Object.keys(expected.faults));
    for (const [account, fault] of Object.entries(expected.faults)) {
      if (!fault.line_type || fault.line_type === 'invoice') continue;
      const differing = lines.filter((line) => line.legacyAccountId === account && line.differs);
      expect(
        differing.some((line) => line.lineType === fault.line_type),
        `${account}: a differing ${fault.line_type} line`,
      ).toBe(true);
      if (fault.destination) expect(differing.map((line) => line.lineKey)).toContain(fault.destination);
      if (fault.tax_code)
        expect(differing.some((line) => line.lineKey.startsWith(`${fault.tax_code}/`))).toBe(true);
    }
  });

  it('summarizes the run as the expected result does', () => {
    expect(summary.invoicesCompared).toBe(expected.invoices_in_both);
    expect(summary.matching).toBe(expected.invoices_matching_exactly);
    expect(summary.legacyInvoices).toBe(expected.legacy_invoices);
    expect(summary.newInvoices).toBe(expected.new_invoices);
    expect(new Dec(summary.legacyArpu ?? '0').toFixed(10)).toBe(new Dec(expected.legacy_arpu).toFixed(10));
    expect(new Dec(summary.newArpu ?? '0').toFixed(10)).toBe(new Dec(expected.new_arpu).toFixed(10));
    expect(summary.invoiceAccuracy).toBe(
      new Dec(expected.invoices_matching_exactly).dividedBy(expected.invoices_in_both).toFixed(4),
    );
  });
});
