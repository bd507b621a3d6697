import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { listRunLines } from '../../db/queries/parallel-runs';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { generateLegacyExport } from './export-generator/generate-legacy-export';
import { importLegacyExport } from './import/import-legacy-export';
import { startParallelRun } from './parallel-run/run-parallel-run';
import type { RunSummary } from './parallel-run/summarize-run';
import { expectImportToAddUp, expectRunToAgree } from './testing/expect-agreement';

/**
 * Format v1.1 (FORMAT-v1.1.md): exports whose legacy system billed a share of the recurring
 * products in advance, with mid-period starts, changes and cancellations, must import with
 * every row accounted for and re-bill, line by line, to what the generator's independent
 * reference biller says, faults found with their causes.
 */
const root = mkdtempSync(join(tmpdir(), 'switchboard-generated-v11-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const variants = [
  {
    name: '300 accounts, half the recurring products in advance, October',
    options: { accounts: 300, seed: 31, usagePerAccount: 30, advanceShare: 0.5 },
  },
  {
    name: 'February, half even, no credit on cancel, a partial first period billed alone, all in advance',
    options: {
      accounts: 60,
      seed: 8,
      usagePerAccount: 30,
      rounding: 'half_even',
      period: '2027-02',
      faultRate: 0.4,
      advanceShare: 1,
      creditUnusedOnCancel: false,
      billPartialWithNextPeriod: false,
    },
  },
] as const;

describe.each(variants)('a generated v1.1 export ($name)', ({ options }) => {
  const database = setUpTestDatabase();
  it('imports with every row accounted for and re-bills to the expected result, line by line', async () => {
    const dir = join(root, `${options.seed}`);
    const generated = await generateLegacyExport(dir, options);
    const report = await importLegacyExport(database.ctx(), dir);
    expectImportToAddUp(report, generated.files);
    expect(report.files['subscriptions.csv'].rejected).toBe(generated.expected.messy.subscriptions?.rejected);
    expect(report.unrated).toBe(generated.expected.messy.usage?.unratable ?? 0);
    const { parallelRun } = await startParallelRun(database.ctx(), { importId: report.importId });
    await expectRunToAgree(
      database.db,
      parallelRun?.id ?? '',
      parallelRun?.summary as RunSummary,
      generated.expected,
    );

    // The export really exercises advance billing: credits, and charges of the next period.
    const lines = parse(readFileSync(join(dir, 'invoice_lines.csv')), { columns: true }) as Record<
      string,
      string
    >[];
    const recurring = lines.filter((line) => line.line_type === 'recurring');
    expect(recurring.some((line) => line.amount?.startsWith('-'))).toBe(true);
    expect(recurring.some((line) => (line.service_start ?? '') >= generated.expected.period.end)).toBe(true);
    // Every clean account's recurring lines pair up one to one, the credits too.
    const accounts = Object.keys(generated.expected.new_totals).filter(
      (account) => !(account in generated.expected.faults),
    );
    const runLines = await listRunLines(database.db, parallelRun?.id ?? '', accounts);
    const recurringRunLines = runLines.filter((line) => line.lineType === 'recurring');
    expect(recurringRunLines.length).toBeGreaterThan(0);
    for (const line of recurringRunLines) {
      expect(line.legacyAmount, `${line.legacyAccountId} ${line.lineKey}`).toBe(line.newAmount);
      expect(line.lineKey).toMatch(/@\d{4}-\d{2}-\d{2}$/);
    }
  }, 600_000);
});
