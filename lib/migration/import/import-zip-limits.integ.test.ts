import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { count } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { accounts, migrationImports } from '../../../db/schema';
import { setUpTestDatabase } from '../../../seed/set-up-test-database';
import { AppError } from '../../errors';
import type { UnzipLimits } from '../legacy-export/unzip-export';
import { smallExportFiles } from '../testing/small-export';
import { zipFiles } from '../testing/zip-files';
import { importLegacyExportAt } from './import-export-at';

/**
 * A zipped export is refused as soon as it is over a limit: too many entries, or more bytes
 * than allowed, whether its headers say so or it only shows while inflating. Nothing is
 * imported and nothing is left in the temporary folder. Small limits stand in for the real
 * ones (4 GiB, 100 entries), so no test writes gigabytes.
 */
const database = setUpTestDatabase();
const work = mkdtempSync(join(tmpdir(), 'switchboard-zip-limits-test-'));
// Extraction goes to os.tmpdir(), which follows TMPDIR: a private one shows what is left behind.
const scratch = join(work, 'tmp');
const originalTmpdir = process.env.TMPDIR;
const files = smallExportFiles(300);
const exportBytes = files.reduce((total, file) => total + Buffer.byteLength(file.content), 0);
const MiB = 1024 ** 2;
const limits: UnzipLimits = { maxBytes: exportBytes + MiB, maxEntries: 20 };

beforeAll(() => {
  mkdirSync(scratch);
  process.env.TMPDIR = scratch;
});
afterAll(() => {
  if (originalTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = originalTmpdir;
  rmSync(work, { recursive: true, force: true });
});
afterEach(() => {
  // Nothing extracted is left behind, and nothing was stored.
  expect(readdirSync(scratch)).toEqual([]);
});

async function expectNothingImported() {
  expect((await database.db.select({ n: count() }).from(migrationImports))[0]?.n).toBe(0);
  expect((await database.db.select({ n: count() }).from(accounts))[0]?.n).toBe(0);
}

/** The export with an entry of `size` zero bytes beside it: deflate shrinks it about a thousandfold. */
async function zipBomb(path: string, size: number): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const file of files) zip.addBuffer(Buffer.from(file.content), file.name);
  zip.addBuffer(Buffer.alloc(size), 'usage-archive.csv');
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(path));
  return path;
}

/** Rewrites the declared uncompressed size of `name` in its local header and the central directory. */
function understateSize(path: string, name: string, declared: number) {
  const zip = readFileSync(path);
  for (const [signature, sizeOffset, nameOffset] of [
    [0x04034b50, 22, 30],
    [0x02014b50, 24, 46],
  ] as const) {
    for (let at = 0; at + nameOffset < zip.length; at++) {
      if (zip.readUInt32LE(at) !== signature) continue;
      const nameLength = zip.readUInt16LE(at + (signature === 0x04034b50 ? 26 : 28));
      if (zip.toString('latin1', at + nameOffset, at + nameOffset + nameLength) === name)
        zip.writeUInt32LE(declared, at + sizeOffset);
    }
  }
  writeFileSync(path, zip);
}

async function refusal(path: string, given: UnzipLimits = limits): Promise<AppError> {
  const error = await importLegacyExportAt(database.ctx(), path, 'test.zip', given).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('BAD_USER_INPUT');
  return error as AppError;
}

describe('a zip over the limits', () => {
  it('is refused by its declared size before anything is inflated', async () => {
    const bomb = await zipBomb(join(work, 'bomb.zip'), 64 * MiB);
    expect(readFileSync(bomb).length).toBeLessThan(MiB);
    const error = await refusal(bomb);
    expect(error.message).toMatch(/unpacks to more than .* \(LEGACY_IMPORT_MAX_BYTES\)/);
    await expectNothingImported();
  });

  it('is refused while inflating when its header understates the size', async () => {
    const bomb = await zipBomb(join(work, 'lying-bomb.zip'), 64 * MiB);
    understateSize(bomb, 'usage-archive.csv', 1000);
    const error = await refusal(bomb);
    expect(error.message).toMatch(/"usage-archive\.csv" inflates to more than its header declares/);
    await expectNothingImported();
  });

  it('is refused for holding too many entries', async () => {
    const crowded = await zipFiles(join(work, 'crowded.zip'), [
      ...files,
      ...Array.from({ length: 30 }, (_, i) => ({ name: `notes/${i}.txt`, content: 'x' })),
    ]);
    const error = await refusal(crowded);
    expect(error.message).toMatch(/more than 20 entries \(LEGACY_IMPORT_MAX_ENTRIES\)/);
    await expectNothingImported();
  });

  it('while the export alone, zipped, imports within the same limits', async () => {
    const fine = await zipFiles(join(work, 'fine.zip'), files);
    const report = await importLegacyExportAt(database.ctx(), fine, 'fine.zip', limits);
    expect(report.files['usage.csv'].read).toBe(300);
  });
});
