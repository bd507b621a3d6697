import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportFiles } from '../legacy-export/manifest';

const sampleDir = resolve(process.cwd(), '../shared/legacy-export/sample-small');

/**
 * The shared sample with its usage cut to the first rows, and a manifest that tells the
 * truth about it: a quick export for tests that need an import but not the whole sample.
 */
export function smallExportFiles(
  usageRows = 2000,
  edit: (name: string, content: string) => string = (_name, content) => content,
): { name: string; content: string }[] {
  const manifest = JSON.parse(readFileSync(resolve(sampleDir, 'manifest.json'), 'utf8'));
  const files = exportFiles.map((name) => {
    let content = readFileSync(resolve(sampleDir, name), 'utf8');
    if (name === 'usage.csv')
      content = `${content
        .split('\n')
        .slice(0, usageRows + 1)
        .join('\n')}\n`;
    content = edit(name, content);
    const rows = content.split('\n').filter((line) => line.trim() !== '').length - 1;
    manifest.files[name] = { rows, sha256: createHash('sha256').update(content).digest('hex') };
    return { name: name as string, content };
  });
  return [...files, { name: 'manifest.json', content: JSON.stringify(manifest) }];
}

/** Writes the small export into a folder (created if missing) and returns the folder. */
export function writeSmallExport(
  dir: string,
  usageRows = 2000,
  edit?: (name: string, content: string) => string,
): string {
  mkdirSync(dir, { recursive: true });
  for (const file of smallExportFiles(usageRows, edit)) writeFileSync(join(dir, file.name), file.content);
  return dir;
}
