import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationImports } from '../../../db/schema';
import { setUpTestDatabase } from '../../../seed/set-up-test-database';
import { smallExportFiles } from '../testing/small-export';
import { zipFiles } from '../testing/zip-files';
import { importLegacyExportAt } from './import-export-at';

/** An export arrives as a folder or a zip of one (flat, or with its folder inside). */
const database = setUpTestDatabase();
const work = mkdtempSync(join(tmpdir(), 'switchboard-zip-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const files = smallExportFiles(300);

describe('importing a zipped export', () => {
  it('refuses what is not a zip, or a zip that escapes its folder, writing nothing', async () => {
    const notZip = join(work, 'not.zip');
    writeFileSync(notZip, 'hello');
    await expect(importLegacyExportAt(database.ctx(), notZip)).rejects.toThrow(/not a readable zip/);
    // yazl will not write a name with "..", so the name is patched into the finished zip.
    const escaping = await zipFiles(join(work, 'escape.zip'), [
      ...files,
      { name: 'AA/evil.txt', content: 'x' },
    ]);
    const patched = readFileSync(escaping).toString('latin1').replaceAll('AA/evil.txt', '../evil.txt');
    writeFileSync(escaping, Buffer.from(patched, 'latin1'));
    await expect(importLegacyExportAt(database.ctx(), escaping)).rejects.toThrow(
      /outside the export|invalid relative path/,
    );
    const tampered = await zipFiles(
      join(work, 'tampered.zip'),
      files.map((f) =>
        f.name === 'accounts.csv' ? { ...f, content: f.content.replace('Blue Ridge', 'Red Ridge') } : f,
      ),
    );
    await expect(importLegacyExportAt(database.ctx(), tampered)).rejects.toThrow(/accounts\.csv's sha256/);
    expect((await database.db.select({ n: count() }).from(migrationImports))[0]?.n).toBe(0);
  });

  it('imports a zip of the export folder, and recognises the same export zipped flat', async () => {
    const nested = await zipFiles(
      join(work, 'nested.zip'),
      files.map((f) => ({ ...f, name: `export-2026-10/${f.name}` })),
    );
    const report = await importLegacyExportAt(database.ctx(), nested, 'nested.zip');
    expect(report.alreadyImported).toBe(false);
    expect(report.files['usage.csv'].read).toBe(300);
    const flat = await zipFiles(join(work, 'flat.zip'), files);
    const again = await importLegacyExportAt(database.ctx(), flat);
    expect(again).toMatchObject({ importId: report.importId, alreadyImported: true });
  });
});
