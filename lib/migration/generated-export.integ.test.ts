import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { generateLegacyExport } from './export-generator/generate-legacy-export';
import { importLegacyExport } from './import/import-legacy-export';
import { startParallelRun } from './parallel-run/run-parallel-run';
import type { RunSummary } from './parallel-run/summarize-run';
import { expectImportToAddUp, expectRunToAgree } from './testing/expect-agreement';

/**
 * The rules, not the sample: exports the generator writes with other seeds, sizes, periods
 * and rounding must be migrated just as exactly as the shared sample.
 */
const root = mkdtempSync(join(tmpdir(), 'switchboard-generated-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const variants = [
  { name: 'October, half up', options: { accounts: 60, seed: 21, usagePerAccount: 150 } },
  {
    name: 'February, half even, every other account faulty',
    options: {
      accounts: 40,
      seed: 4,
      usagePerAccount: 120,
      rounding: 'half_even',
      period: '2027-02',
      faultRate: 0.5,
    },
  },
] as const;

describe.each(variants)('a generated export ($name)', ({ options }) => {
  const database = setUpTestDatabase();
  it('imports with every row accounted for and re-bills to the expected result', async () => {
    const dir = join(root, `${options.seed}`);
    const generated = await generateLegacyExport(dir, options);
    const report = await importLegacyExport(database.ctx(), dir);
    expectImportToAddUp(report, generated.files);
    expect(report.unrated).toBe(generated.expected.messy.usage?.unratable ?? 0);
    const { parallelRun } = await startParallelRun(database.ctx(), { importId: report.importId });
    await expectRunToAgree(
      database.db,
      parallelRun?.id ?? '',
      parallelRun?.summary as RunSummary,
      generated.expected,
    );
  }, 240_000);
});
