import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { accounts, auditEntries, migrationImports, usageRecords } from '../../../db/schema';
import { setUpTestDatabase } from '../../../seed/set-up-test-database';
import { writeSmallExport } from '../testing/small-export';
import { importLegacyExport } from './import-legacy-export';

/**
 * Two imports of one export started at the same moment (two people uploading it, a retried
 * request): one writes it, the other answers as a re-import does, "imported before, nothing
 * changed", and nothing is written twice. On PostgreSQL the two really overlap; PGlite has one
 * connection, so there the transactions take turns and this checks the same outcome.
 */
const database = setUpTestDatabase();
const work = mkdtempSync(join(tmpdir(), 'switchboard-import-twice-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('importing the same export twice at once', () => {
  it('stores it once and tells the second import it was imported already', async () => {
    const dir = writeSmallExport(join(work, 'export'), 200);
    const results = await Promise.allSettled([
      importLegacyExport(database.ctx(), dir),
      importLegacyExport(database.ctx(), dir),
    ]);
    const reports = results.map((result) => {
      if (result.status === 'rejected') throw result.reason;
      return result.value;
    });
    const stored = reports.filter((report) => !report.alreadyImported);
    const answered = reports.filter((report) => report.alreadyImported);
    expect(stored).toHaveLength(1);
    expect(answered).toEqual([{ ...stored[0], alreadyImported: true }]);

    const db = database.db;
    expect(await db.select({ id: migrationImports.id }).from(migrationImports)).toEqual([
      { id: stored[0]?.importId },
    ]);
    const [accountCount] = await db.select({ n: count() }).from(accounts);
    expect(accountCount?.n).toBe(stored[0]?.files['accounts.csv'].imported);
    const [usageCount] = await db.select({ n: count() }).from(usageRecords);
    expect(usageCount?.n).toBe(stored[0]?.files['usage.csv'].imported);
    const audits = await db
      .select({ result: auditEntries.result })
      .from(auditEntries)
      .where(eq(auditEntries.operation, 'importLegacyExport'));
    expect(audits.map((entry) => entry.result)).toEqual(['ok', 'ok']);
  });
});
