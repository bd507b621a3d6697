import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, posix } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry } from 'yauzl';
import { getEnv } from '../../env';
import { AppError } from '../../errors';

/** How much a zipped export may unpack to; from LEGACY_IMPORT_MAX_BYTES and LEGACY_IMPORT_MAX_ENTRIES. */
export interface UnzipLimits {
  /** Bytes, all entries together, as inflated. */
  maxBytes: number;
  maxEntries: number;
}

export function legacyImportUnzipLimits(): UnzipLimits {
  const env = getEnv();
  return { maxBytes: env.LEGACY_IMPORT_MAX_BYTES, maxEntries: env.LEGACY_IMPORT_MAX_ENTRIES };
}

const bad = (message: string) => new AppError('BAD_USER_INPUT', message);

const tooManyBytes = (limits: UnzipLimits) =>
  bad(
    `The zip unpacks to more than ${formatBytes(limits.maxBytes)} (LEGACY_IMPORT_MAX_BYTES): it is not a legacy export, nothing was imported.`,
  );

/**
 * Extracts a zipped export into a fresh temporary folder and returns the folder holding its
 * manifest.json (an export zipped with its folder works as well as one zipped flat). The zip
 * is refused before anything is written when its directory lists more entries than the limit,
 * a name that would land outside the folder, or sizes adding up to more than the limit; while
 * inflating, the bytes written are counted and extraction stops as soon as they pass the
 * limit, whatever the entries declared. On any refusal the folder is removed. The caller
 * removes `root` otherwise.
 * @throws AppError BAD_USER_INPUT for a file that is not a zip, or a zip that is not an export
 *   or is over a limit (the message names which).
 */
export async function unzipExport(
  zipPath: string,
  limits: UnzipLimits = legacyImportUnzipLimits(),
): Promise<{ root: string; dir: string }> {
  const zip = await yauzl
    .openPromise(zipPath, { lazyEntries: true, autoClose: false })
    .catch((error: Error) => {
      throw bad(`The file is not a readable zip: ${error.message}`);
    });
  let root: string | null = null;
  try {
    // The end of central directory record says how many entries there are: refuse a zip
    // with too many before reading any of them.
    if (zip.entryCount > limits.maxEntries) throw tooManyEntries(limits);
    const files = await listFiles(zip, limits);
    root = await mkdtemp(join(tmpdir(), 'switchboard-zip-'));
    const manifests: string[] = [];
    const counter = { bytes: 0 };
    for (const { entry, name } of files) {
      const target = normalize(join(root, name));
      await mkdir(dirname(target), { recursive: true });
      await pipeline(
        await zip.openReadStreamPromise(entry),
        countBytes(counter, limits),
        createWriteStream(target),
      ).catch((error: Error) => {
        // yauzl's own check that an entry inflates to no more than its header says.
        if (/too many bytes/.test(error.message))
          throw bad(
            `The zip entry "${entry.fileName}" inflates to more than its header declares: it is not a legacy export, nothing was imported.`,
          );
        throw error;
      });
      if (posix.basename(name) === 'manifest.json') manifests.push(posix.dirname(name));
    }
    if (manifests.length !== 1) throw bad('The zip must hold one export: one manifest.json with its files.');
    return { root, dir: join(root, manifests[0] as string) };
  } catch (error) {
    if (root) await rm(root, { recursive: true, force: true });
    // yauzl refuses malformed entries itself (e.g. a name with "..", or an entry that
    // inflates to more than it declared).
    if (error instanceof AppError) throw error;
    throw bad(`The zip could not be read: ${(error as Error).message}`);
  } finally {
    zip.close();
  }
}

/**
 * The zip's files to extract (folders and macOS's __MACOSX extras left out), read from its
 * central directory alone: names are checked and declared sizes added up before anything is
 * inflated, so an honest zip bomb is refused at once.
 */
async function listFiles(zip: yauzl.ZipFile, limits: UnzipLimits): Promise<{ entry: Entry; name: string }[]> {
  const files: { entry: Entry; name: string }[] = [];
  let entries = 0;
  let declaredBytes = 0;
  for await (const entry of zip.eachEntry()) {
    entries += 1;
    if (entries > limits.maxEntries) throw tooManyEntries(limits);
    const name = posix.normalize(entry.fileName);
    if (name.startsWith('/') || name.startsWith('../') || name.includes('/../'))
      throw bad(`The zip entry "${entry.fileName}" points outside the export.`);
    if (name.endsWith('/') || name.startsWith('__MACOSX/')) continue;
    declaredBytes += entry.uncompressedSize;
    if (declaredBytes > limits.maxBytes) throw tooManyBytes(limits);
    files.push({ entry, name });
  }
  return files;
}

/** Passes bytes through, adding them to the running total of the whole zip; fails past the limit. */
export function countBytes(counter: { bytes: number }, limits: UnzipLimits): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      counter.bytes += chunk.length;
      if (counter.bytes > limits.maxBytes) callback(tooManyBytes(limits));
      else callback(null, chunk);
    },
  });
}

function tooManyEntries(limits: UnzipLimits): AppError {
  return bad(
    `The zip holds more than ${limits.maxEntries} entries (LEGACY_IMPORT_MAX_ENTRIES); a legacy export is a dozen files. Nothing was imported.`,
  );
}

function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const)
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  return `${bytes.toLocaleString('en-US')} bytes`;
}
