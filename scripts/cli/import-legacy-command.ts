import type { OperationContext } from '../../lib/context';
import { importLegacyExportAt } from '../../lib/migration/import/import-export-at';

/** `import-legacy <dir|zip>`: verifies and imports a legacy export, then prints its per-file report. */
export async function importLegacyCommand(
  ctx: OperationContext,
  dir: string,
  json: boolean,
): Promise<number> {
  const report = await importLegacyExportAt(ctx, dir, dir);
  if (json) {
    console.log(
      JSON.stringify({
        importId: report.importId,
        files: report.files,
        unrated: report.unrated,
        alreadyImported: report.alreadyImported,
      }),
    );
    return 0;
  }
  console.log(
    `import ${report.importId}${report.alreadyImported ? ' (imported before: nothing changed)' : ''}`,
  );
  for (const [file, c] of Object.entries(report.files))
    console.log(
      `  ${file.padEnd(22)} read ${c.read}, imported ${c.imported}, duplicates ${c.duplicates}, conflicts ${c.conflicts}, rejected ${c.rejected}`,
    );
  console.log(`  unrated usage: ${report.unrated}`);
  return 0;
}
