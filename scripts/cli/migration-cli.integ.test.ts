import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from '../../db/testing/test-database';
import type { FileCounts } from '../../lib/migration/import/file-tally';
import { writeSmallExport } from '../../lib/migration/testing/small-export';

/**
 * The acceptance checks' path: `switchboard import-legacy` then `switchboard parallel-run`,
 * as JSON, on the sample cut to its first 3,000 usage rows (the whole sample's agreement is
 * lib/migration/sample-small.integ.test.ts's job).
 */
const run = promisify(execFile);
const workDir = mkdtempSync(join(tmpdir(), 'switchboard-migration-cli-'));
const exportDir = writeSmallExport(join(workDir, 'export'), 3000);
const manifest = JSON.parse(readFileSync(join(exportDir, 'manifest.json'), 'utf8'));
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
  it('imports an export and reconciles it, printing the documented JSON', async () => {
    const imported = await cli('import-legacy', exportDir);
    expect(imported.importId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.keys(imported.files).sort()).toEqual(Object.keys(manifest.files).sort());
    for (const [file, counts] of Object.entries<FileCounts>(imported.files)) {
      expect(Object.keys(counts).sort(), file).toEqual([
        'conflicts',
        'duplicates',
        'imported',
        'read',
        'rejected',
      ]);
      expect(counts.read, file).toBe(manifest.files[file].rows);
      expect(counts.imported + counts.duplicates + counts.conflicts + counts.rejected, file).toBe(
        counts.read,
      );
    }
    expect(imported.unrated).toEqual(expect.any(Number));

    const result = await cli('parallel-run', '--import', imported.importId);
    expect(result.runId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.summary).toMatchObject({
      invoicesCompared: expect.any(Number),
      matching: expect.any(Number),
      invoiceAccuracy: expect.stringMatching(/^[01]\.\d{4}$/),
      legacyArpu: expect.stringMatching(/^\d+(\.\d+)?$/),
      newArpu: expect.stringMatching(/^\d+(\.\d+)?$/),
      arpuPreservation: expect.stringMatching(/^\d+\.\d{4}$/),
    });
    const byId = Object.fromEntries(
      result.accounts.map((a: { legacyAccountId: string }) => [a.legacyAccountId, a]),
    );
    expect(byId.L000024).toMatchObject({
      status: 'missing_in_new',
      newTotal: null,
      suggestedCause: 'NOT_BILLED_IN_NEW',
    });
    expect(byId.L000008).toMatchObject({
      status: 'missing_in_legacy',
      legacyTotal: null,
      suggestedCause: 'NOT_BILLED_IN_LEGACY',
    });
    for (const account of result.accounts) {
      expect(['match', 'variance', 'missing_in_legacy', 'missing_in_new']).toContain(account.status);
      expect(account.difference).toMatch(/^-?\d+\.\d{2}$/);
      for (const line of account.lines)
        expect(Object.keys(line).sort()).toEqual([
          'difference',
          'key',
          'legacyAmount',
          'lineType',
          'newAmount',
        ]);
    }
  });
});
