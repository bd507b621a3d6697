import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { AppError } from '../../errors';

/** Exports are a dozen files; a zip with many more entries is not one. */
const MAX_ENTRIES = 100;
/** 3,000 accounts with ~2M usage rows are ~140 MB; leave room, refuse zip bombs. */
const MAX_UNCOMPRESSED_BYTES = 4 * 1024 ** 3;

const bad = (message: string) => new AppError('BAD_USER_INPUT', message);

/**
 * Extracts a zipped export into a fresh temporary folder and returns the folder holding its
 * manifest.json (an export zipped with its folder works as well as one zipped flat). Entry
 * names that would land outside the folder are refused. The caller removes `root`.
 * @throws AppError BAD_USER_INPUT for a file that is not a zip, or a zip that is not an export.
 */
export async function unzipExport(zipPath: string): Promise<{ root: string; dir: string }> {
  const root = await mkdtemp(join(tmpdir(), 'switchboard-zip-'));
  try {
    const zip = await yauzl
      .openPromise(zipPath, { lazyEntries: true, autoClose: false })
      .catch((error: Error) => {
        throw bad(`The file is not a readable zip: ${error.message}`);
      });
    let entries = 0;
    let bytes = 0;
    const manifests: string[] = [];
    try {
      for await (const entry of zip.eachEntry()) {
        entries += 1;
        if (entries > MAX_ENTRIES)
          throw bad(`The zip holds more than ${MAX_ENTRIES} entries: it is not a legacy export.`);
        const name = posix.normalize(entry.fileName);
        if (name.startsWith('/') || name.startsWith('../') || name.includes('/../'))
          throw bad(`The zip entry "${entry.fileName}" points outside the export.`);
        if (name.endsWith('/') || name.startsWith('__MACOSX/')) continue;
        bytes += entry.uncompressedSize;
        if (bytes > MAX_UNCOMPRESSED_BYTES)
          throw bad('The zip unpacks to more than 4 GiB: it is not a legacy export.');
        const target = normalize(join(root, name));
        await mkdir(dirname(target), { recursive: true });
        await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(target));
        if (posix.basename(name) === 'manifest.json') manifests.push(posix.dirname(name));
      }
    } catch (error) {
      // yauzl refuses malformed entries itself (e.g. a name with "..").
      if (error instanceof AppError) throw error;
      throw bad(`The zip could not be read: ${(error as Error).message}`);
    } finally {
      zip.close();
    }
    if (manifests.length !== 1) throw bad('The zip must hold one export: one manifest.json with its files.');
    return { root, dir: join(root, manifests[0] as string) };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}
