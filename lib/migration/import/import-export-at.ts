import { rm, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { AppError } from '../../errors';
import { type UnzipLimits, unzipExport } from '../legacy-export/unzip-export';
import { importLegacyExport, type LegacyImportReport } from './import-legacy-export';

/**
 * Imports the export at a path: a folder, or a zip of one (unpacked into a temporary folder
 * that is removed afterwards; within LEGACY_IMPORT_MAX_BYTES and LEGACY_IMPORT_MAX_ENTRIES
 * unless other limits are given).
 * @throws AppError as importLegacyExport, and BAD_USER_INPUT for a path that is neither, or a
 *   zip over a limit (nothing is stored then).
 */
export async function importLegacyExportAt(
  ctx: OperationContext,
  path: string,
  sourceName: string = basename(path),
  unzipLimits?: UnzipLimits,
): Promise<LegacyImportReport> {
  authorize(ctx.actor, 'importLegacyExport');
  const info = await stat(path).catch(() => null);
  if (!info) throw new AppError('BAD_USER_INPUT', `Nothing at ${path}.`);
  if (info.isDirectory()) return importLegacyExport(ctx, path, { sourceName });
  const { root, dir } = await unzipExport(path, unzipLimits);
  try {
    return await importLegacyExport(ctx, dir, { sourceName });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
