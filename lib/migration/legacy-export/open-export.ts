import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../errors';
import { type ExportFile, exportFiles, type LegacyManifest, parseManifest } from './manifest';

export interface OpenedExport {
  dir: string;
  manifest: LegacyManifest;
  manifestJson: unknown;
  /** Identifies the export's content: the same files give the same fingerprint. */
  fingerprint: string;
  path(file: ExportFile): string;
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Opens an export folder and verifies every file against the manifest's checksum before
 * anything is written (FORMAT.md): a truncated or edited file stops the import here.
 * @throws AppError BAD_USER_INPUT for a missing manifest or file, or a checksum mismatch.
 */
export async function openExport(dir: string): Promise<OpenedExport> {
  const manifestText = await readFile(join(dir, 'manifest.json'), 'utf8').catch(() => {
    throw new AppError('BAD_USER_INPUT', `No manifest.json in ${dir}: this is not a legacy export folder.`);
  });
  const manifest = parseManifest(manifestText);
  const mismatches: string[] = [];
  for (const file of exportFiles) {
    const path = join(dir, file);
    const exists = await stat(path).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!exists) {
      mismatches.push(`${file} is missing`);
      continue;
    }
    const actual = await sha256Of(path);
    if (actual !== manifest.files[file].sha256)
      mismatches.push(`${file}'s sha256 is ${actual}, the manifest says ${manifest.files[file].sha256}`);
  }
  if (mismatches.length > 0)
    throw new AppError(
      'BAD_USER_INPUT',
      `The export does not match its manifest; nothing was imported: ${mismatches.join('; ')}.`,
    );
  const fingerprint = createHash('sha256')
    .update(exportFiles.map((file) => `${file}:${manifest.files[file].sha256}`).join('\n'))
    .update(
      `\n${manifest.period.start}:${manifest.period.end}:${manifest.rounding.mode}:${manifest.rounding.callDecimals}`,
    )
    // v1.1's settings change what the files mean; a v1 export's fingerprint stays what it was.
    .update(
      manifest.version === '1'
        ? ''
        : `\n1.1:${manifest.billing.creditUnusedOnCancel}:${manifest.billing.billPartialWithNextPeriod}`,
    )
    .digest('hex');
  return {
    dir,
    manifest,
    manifestJson: JSON.parse(manifestText),
    fingerprint,
    path: (file) => join(dir, file),
  };
}
