import { desc } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { listProblemsOfIngestion } from '../../db/queries/usage';
import { ingestions } from '../../db/schema';
import { makeAccount, makeProduct } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { ingestUsageFile } from './ingest-usage-file';

/**
 * Hardening findings 3 and 6 for CDR/CSV uploads: a file that is not UTF-8 is refused with a
 * sentence saying so and its ingestion ends FAILED (never left RUNNING); a NUL, an over-long
 * id, a row with a field too many and a header naming a column twice are reported, not
 * stored or silently repaired.
 */
const database = setUpTestDatabase();
const HEADER = 'record_id,account_id,usage_type,started_at,quantity';

beforeAll(async () => {
  await makeProduct(database.db, {
    code: 'SMS',
    kind: 'usage',
    usageType: 'sms',
    price: { currency: 'USD', model: 'per_unit', unitPrice: '0.01', effectiveFrom: '2026-01-01' },
  });
  await makeAccount(database.db, { externalId: 'FILE-1' });
});

function upload(bytes: Uint8Array<ArrayBuffer>, fileName = 'cdrs.csv') {
  return ingestUsageFile(database.ctx(), {
    body: new Blob([bytes]).stream(),
    fileName,
    bytesTotal: bytes.byteLength,
  });
}

const utf8 = (lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);

async function latestIngestion() {
  const [row] = await database.db.select().from(ingestions).orderBy(desc(ingestions.startedAt)).limit(1);
  return row;
}

describe('usage files that are not UTF-8', () => {
  it('refuses a UTF-16LE file before reading a row and ends its ingestion FAILED with a sentence', async () => {
    const text = `\ufeff${HEADER}\nu16-1,FILE-1,sms,2026-11-02T10:00:00Z,1\n`;
    const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
    await expect(upload(bytes)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: /UTF-16/ });
    const ingestion = await latestIngestion();
    expect(ingestion).toMatchObject({ status: 'failed', imported: 0 });
    expect(ingestion?.error).toMatch(/save it as "CSV UTF-8"/);
  });

  it('refuses a file with Latin-1 bytes, naming the line, instead of storing U+FFFD', async () => {
    const latin1 = Buffer.concat([
      Buffer.from(`${HEADER}\nlat-1,FILE-1,sms,2026-11-02T10:00:00Z,1\nlat-2,`),
      Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]), // "Müller" in Latin-1
      Buffer.from(',sms,2026-11-02T10:00:00Z,1\n'),
    ]);
    await expect(upload(new Uint8Array(latin1))).rejects.toMatchObject({ message: /Line 3 is not UTF-8/ });
    const ingestion = await latestIngestion();
    expect(ingestion?.status).toBe('failed');
    expect(ingestion?.error).toMatch(/Line 3 is not UTF-8/);
  });

  it('accepts UTF-8 with a byte order mark', async () => {
    const report = await upload(utf8([`\ufeff${HEADER}`, 'bom-1,FILE-1,sms,2026-11-02T10:00:00Z,1']));
    expect(report).toMatchObject({ status: 'completed', imported: 1 });
  });
});

describe('rows and headers that would be silently repaired', () => {
  it('rejects a row with a NUL or an over-long id with its line, and the ingestion completes', async () => {
    const report = await upload(
      utf8([
        HEADER,
        'nul-ok,FILE-1,sms,2026-11-02T10:00:00Z,1',
        'nul-\u0000,FILE-1,sms,2026-11-02T10:00:00Z,1',
        'nul-acct,FILE\u00001,sms,2026-11-02T10:00:00Z,1',
        `long-acct,${'A'.repeat(100_000)},sms,2026-11-02T10:00:00Z,1`,
        'ctrl\u001b[31m,FILE-1,sms,2026-11-02T10:00:00Z,1',
      ]),
    );
    expect(report).toMatchObject({ status: 'completed', read: 5, imported: 1, rejected: 4 });
    const problems = await listProblemsOfIngestion(database.db, report.ingestionId, 10);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [3, 'record_id contains a NUL character (U+0000)'],
      [4, 'account_id contains a NUL character (U+0000)'],
      [5, 'account_id is longer than 200 characters'],
      [6, 'record_id contains a control character (U+001B)'],
    ]);
    // What a refused row held is kept for the reader, made storable.
    expect(problems[0]?.raw).toContain('nul-\u2400');
  });

  it('rejects a row with more or fewer fields than the header, with its line and reason', async () => {
    const report = await upload(
      utf8([
        HEADER,
        'fields-ok,FILE-1,sms,2026-11-02T10:00:00Z,1',
        'fields-more,FILE-1,sms,2026-11-02T10:00:00Z,1,surplus',
        'fields-fewer,FILE-1,sms,2026-11-02T10:00:00Z',
      ]),
    );
    expect(report).toMatchObject({ status: 'completed', imported: 1, rejected: 2 });
    const problems = await listProblemsOfIngestion(database.db, report.ingestionId, 10);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [3, 'the line has 6 fields where the header has 5'],
      [4, 'the line has 4 fields where the header has 5'],
    ]);
  });

  it('refuses a header that names a column twice, and one that lacks a required column', async () => {
    await expect(
      upload(
        utf8([
          'record_id,account_id,usage_type,started_at,quantity,quantity',
          'x,FILE-1,sms,2026-11-02T10:00:00Z,1,2',
        ]),
      ),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: /names quantity more than once/ });
    await expect(
      upload(utf8(['record_id,usage_type,started_at', 'x,sms,2026-11-02T10:00:00Z'])),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: /lacks account_id/,
    });
    expect((await latestIngestion())?.status).toBe('failed');
  });
});
