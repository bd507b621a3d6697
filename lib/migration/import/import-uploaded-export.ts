import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { isAppError, type UserError, userError } from '../../errors';
import { importLegacyExport, type LegacyImportReport } from './import-legacy-export';

/**
 * Imports an export sent as its files' contents (the GraphQL mutation: small exports;
 * large ones go through the CLI or the console's upload). The files are written to a
 * private temporary folder, verified against the manifest like any export, and removed.
 * A refused export (no manifest, a checksum mismatch, a file name with a path) comes back
 * as a user error.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function importUploadedExport(
  ctx: OperationContext,
  files: readonly { name: string; content: string }[],
): Promise<{ report: LegacyImportReport | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'importLegacyExport');
  const refused = (message: string) => ({
    report: null,
    userErrors: [userError('INVALID', ['input', 'files'], message)],
  });
  for (const file of files)
    if (basename(file.name) !== file.name || file.name.startsWith('.'))
      return refused(`"${file.name}" is not a plain file name.`);
  const dir = await mkdtemp(join(tmpdir(), 'switchboard-export-'));
  try {
    for (const file of files) await writeFile(join(dir, file.name), file.content);
    return { report: await importLegacyExport(ctx, dir, { sourceName: 'upload' }), userErrors: [] };
  } catch (error) {
    if (isAppError(error) && error.code === 'BAD_USER_INPUT') return refused(error.message);
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
