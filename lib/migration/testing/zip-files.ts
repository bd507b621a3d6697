import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

/** Writes files (name → content) into a zip at `path`, for tests of zipped exports. */
export async function zipFiles(
  path: string,
  files: readonly { name: string; content: string }[],
): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const file of files) zip.addBuffer(Buffer.from(file.content), file.name);
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(path));
  return path;
}
