import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from '../../db/testing/test-database';

/** The acceptance checks' path: `switchboard import-legacy` then `switchboard parallel-run`, as JSON. */
const run = promisify(execFile);
const sampleDir = resolve(process.cwd(), '../shared/legacy-export/sample-small');
const expected = JSON.parse(readFileSync(resolve(sampleDir, '../sample-small.expected.json'), 'utf8'));
const workDir = mkdtempSync(join(tmpdir(), 'switchboard-migration-cli-'));
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
let database: TestDatabase | undefined;

beforeAll(async () => {
  if (testDatabaseKind() === 'postgres') {
    database = await createTestDatabase();
    env.DATABASE_URL = database.url ?? '';
  } else {
    env.SWITCHBOARD_DATA_DIR = join(workDir, 'data');
    delete env.DATABASE_URL;
  }
});
afterAll(async () => {
  await database?.destroy();
  rmSync(workDir, { recursive: true, force: true });
});

const cli = async (...args: string[]) =>
  JSON.parse(
    (await run('node', ['bin/switchboard.mjs', ...args, '--json'], { env, maxBuffer: 64 << 20 })).stdout,
  );

describe('switchboard import-legacy and parallel-run', () => {
  it('imports the sample and reconciles it, printing the documented JSON', async () => {
    const imported = await cli('import-legacy', sampleDir);
    expect(imported.importId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.keys(imported.files).sort()).toEqual(
      Object.keys(JSON.parse(readFileSync(join(sampleDir, 'manifest.json'), 'utf8')).files).sort(),
    );
    expect(imported.files['usage.csv']).toEqual({
      read: 41036,
      imported: expect.any(Number),
      duplicates: expected.messy.usage.duplicates,
      conflicts: expected.messy.usage.conflicts,
      rejected: expected.messy.usage.rejected,
    });
    expect(imported.unrated).toBe(expected.messy.usage.unratable);

    const result = await cli('parallel-run', '--import', imported.importId);
    expect(result.runId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.summary).toMatchObject({
      invoicesCompared: expected.invoices_in_both,
      matching: expected.invoices_matching_exactly,
      invoiceAccuracy: (expected.invoices_matching_exactly / expected.invoices_in_both).toFixed(4),
      newArpu: expected.new_arpu,
    });
    const byId = Object.fromEntries(
      result.accounts.map((a: { legacyAccountId: string }) => [a.legacyAccountId, a]),
    );
    expect(byId.L000009).toMatchObject({ status: 'variance', suggestedCause: 'RATE' });
    expect(byId.L000009.lines).toEqual([
      expect.objectContaining({ lineType: 'usage', key: 'Germany - mobile' }),
      ...byId.L000009.lines.slice(1),
    ]);
    expect(byId.L000024).toMatchObject({
      status: 'missing_in_new',
      newTotal: null,
      suggestedCause: 'NOT_BILLED_IN_NEW',
    });
    expect(byId.L000008).toMatchObject({ status: 'missing_in_legacy', legacyTotal: null });
    expect(byId.L000002).toMatchObject({
      status: 'match',
      difference: '0.00',
      suggestedCause: null,
      lines: [],
    });
  }, 240_000);
});
