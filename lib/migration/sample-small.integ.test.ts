import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { accounts, subscriptions, usageRecords } from '../../db/schema';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { Dec } from '../money/decimal';
import type { ExpectedResult } from './export-generator/expected-result';
import { importLegacyExport, type LegacyImportReport } from './import/import-legacy-export';
import { startParallelRun } from './parallel-run/run-parallel-run';
import type { RunSummary } from './parallel-run/summarize-run';
import { expectImportToAddUp, expectRunToAgree } from './testing/expect-agreement';
import { validateImport } from './validate-import';

/**
 * The acceptance check of the migration toolkit: the shared sample export, imported and
 * re-billed, must agree with what a correct migration finds in it (sample-small.expected.json):
 * every invoice to the cent, every fault with its cause, no clean account flagged, and the
 * import counts.
 */
const sampleDir = resolve(process.cwd(), '../shared/legacy-export/sample-small');
const expected = JSON.parse(
  readFileSync(resolve(sampleDir, '../sample-small.expected.json'), 'utf8'),
) as ExpectedResult & {
  messy: Record<string, Record<string, number>>;
};
const manifest = JSON.parse(readFileSync(resolve(sampleDir, 'manifest.json'), 'utf8')) as {
  files: Record<string, { rows: number }>;
};

const database = setUpTestDatabase();
let report: LegacyImportReport;

beforeAll(async () => {
  report = await importLegacyExport(database.ctx(), sampleDir);
}, 180_000);

describe('importing the sample export', () => {
  it('reads every row of every file and accounts for each one', () => {
    expectImportToAddUp(report, manifest.files);
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
    const counts = () =>
      Promise.all([
        db.select({ n: count() }).from(accounts),
        db.select({ n: count() }).from(subscriptions),
        db.select({ n: count() }).from(usageRecords),
      ]);
    const before = await counts();
    const again = await importLegacyExport(database.ctx(), sampleDir);
    expect(again).toEqual({ ...report, alreadyImported: true });
    expect(await counts()).toEqual(before);
  });
});

describe('the validation report of the sample', () => {
  it('names what to look at before trusting the import', async () => {
    const validation = await validateImport(database.ctx(), report.importId);
    expect(validation?.files.every((file) => file.matchesManifest)).toBe(true);
    expect(validation?.referenceProblems).toContainEqual(
      expect.objectContaining({
        file: 'subscriptions.csv',
        legacyId: 'SBAD1',
        reason: 'unknown product NO-SUCH-PRODUCT',
      }),
    );
    expect(validation?.subscriptionsOutsideLifetimes.map((problem) => problem.legacyId)).toEqual(
      expect.arrayContaining(['S000024-1', 'S000024-2', 'S000024-3']),
    );
    expect(validation?.unratedUsage.reduce((n, row) => n + row.records, 0)).toBe(
      expected.messy.usage?.unratable,
    );
    const balances = readFileSync(resolve(sampleDir, 'balances.csv'), 'utf8').trim().split('\n').slice(1);
    const total = balances.reduce((sum, line) => sum.plus(line.split(',')[2] ?? '0'), new Dec(0));
    expect(validation?.openingBalances).toEqual([
      { currency: 'USD', accounts: balances.length, total: total.toFixed(2) },
    ]);
    // Usage before an account opened or after it closed, with its span as ISO instants a client can parse.
    const outside = validation?.usageOutsideLifetimes ?? [];
    expect(outside.length).toBeGreaterThan(0);
    for (const entry of outside) {
      expect(entry.firstAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(entry.lastAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(entry.firstAt <= entry.lastAt).toBe(true);
    }
    expect(validation?.clean).toBe(false);
  });
});

describe('the parallel run of the sample', () => {
  it('agrees with the expected result: every invoice, every fault and its cause, the summary', async () => {
    const { parallelRun, userErrors } = await startParallelRun(database.ctx(), { importId: report.importId });
    expect(userErrors).toEqual([]);
    await expectRunToAgree(database.db, parallelRun?.id ?? '', parallelRun?.summary as RunSummary, expected);
  }, 180_000);
});
