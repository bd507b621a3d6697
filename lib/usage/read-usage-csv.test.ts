import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { IncomingRow } from './ingest-usage';
import { readUsageCsv } from './read-usage-csv';

async function readAll(csv: string): Promise<IncomingRow[]> {
  const rows: IncomingRow[] = [];
  for await (const row of readUsageCsv(Readable.from([csv]))) rows.push(row);
  return rows;
}

describe('readUsageCsv', () => {
  it('yields every record with its file line, header being line 1', async () => {
    const rows = await readAll(
      'record_id,account_id,usage_type,started_at,destination,duration_s,quantity\nA,L1,voice,2026-10-01T00:00:00Z,1212,30,\n\nB,L1,sms,2026-10-01T00:00:00Z,,,3\n',
    );
    expect(rows.map((row) => [row.line, 'raw' in row ? row.raw.record_id : null])).toEqual([
      [2, 'A'],
      [4, 'B'],
    ]);
  });

  it('reads an optional subject column', async () => {
    const rows = await readAll(
      'record_id,account_id,usage_type,started_at,quantity,product_code,subject\nA,L1,custom,2026-10-01T00:00:00Z,1,USERS,alice\nB,L1,custom,2026-10-01T00:00:00Z,1,USERS,\n',
    );
    expect(rows.map((row) => ('raw' in row ? row.raw.subject : null))).toEqual(['alice', '']);
  });

  it('reports an unreadable record and carries on', async () => {
    const rows = await readAll(
      'record_id,account_id,usage_type,started_at,quantity\nA,L1,sms,2026-10-01T00:00:00Z,1\nB,"L1,sms,2026-10-01T00:00:00Z,1\nC,L1,sms,2026-10-01T00:00:00Z,2\n',
    );
    // The stray quote costs its own line only: C, after it, is read.
    expect(rows.map((row) => ('malformed' in row ? `bad:${row.line}` : row.raw.record_id))).toEqual([
      'A',
      'bad:3',
      'C',
    ]);
    expect(rows[1]).toMatchObject({
      malformed: expect.stringMatching(/^unreadable CSV record: Quote Not Closed/),
    });
  });

  it('follows the bytes parsed so far, for the progress bar', async () => {
    const header = 'record_id,account_id,usage_type,started_at,quantity\n';
    const first = 'A,L1,sms,2026-10-01T00:00:00Z,1\n';
    const second = 'B,L1,sms,2026-10-01T00:00:00Z,22\n';
    const progress = { bytes: 0 };
    const seen: number[] = [];
    for await (const _row of readUsageCsv(Readable.from([header, first, second]), progress))
      seen.push(progress.bytes);
    expect(seen).toEqual([header.length + first.length, header.length + first.length + second.length]);
  });

  it('refuses a file whose header lacks the required columns', async () => {
    await expect(readAll('id,account\n1,2\n')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('keeps memory flat on a large stream (rows are yielded as they are read)', async () => {
    let produced = 0;
    const source = Readable.from(
      (function* () {
        yield 'record_id,account_id,usage_type,started_at,quantity\n';
        for (let i = 0; i < 50_000; i++) {
          produced += 1;
          yield `R${i},L1,sms,2026-10-01T00:00:00Z,1\n`;
        }
      })(),
    );
    let seen = 0;
    for await (const row of readUsageCsv(source)) {
      seen += 1;
      // The reader never runs far ahead of the consumer.
      if ('raw' in row) expect(produced - seen).toBeLessThan(20_000);
    }
    expect(seen).toBe(50_000);
  });
});
