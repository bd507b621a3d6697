import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsvRows } from './read-csv-rows';

const dir = mkdtempSync(join(tmpdir(), 'read-csv-rows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readCsvRows', () => {
  it('reports a row whose cell holds a NUL or a terminal escape instead of passing it on, and keeps multi-line cells', async () => {
    const path = join(dir, 'accounts.csv');
    writeFileSync(
      path,
      [
        'account_id,name,notes',
        'A-1,Acme,"two',
        'lines"',
        'A-2,Nul\u0000Corp,',
        'A-3,Esc\u001b[31mCorp,',
      ].join('\n'),
    );
    const rows = await readCsvRows(path);
    expect(rows).toEqual([
      {
        line: 3,
        cells: { account_id: 'A-1', name: 'Acme', notes: 'two\nlines' },
        text: 'A-1,Acme,"two\nlines"',
      },
      { line: 4, unreadable: 'name contains a NUL character (U+0000)' },
      { line: 5, unreadable: 'name contains a control character (U+001B)' },
    ]);
  });
});
