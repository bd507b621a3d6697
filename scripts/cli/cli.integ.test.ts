import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { count } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type Db, embeddedDatabaseDir, openDatabase } from '../../db/client';
import { usageRecords } from '../../db/schema';
import { createTestDatabase, testDatabaseKind } from '../../db/testing/test-database';

const run = promisify(execFile);
const workDir = mkdtempSync(join(tmpdir(), 'switchboard-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const csv = [
  'record_id,account_id,usage_type,started_at,destination,duration_s,quantity',
  'C1,NOBODY,voice,2026-10-01T00:00:00Z,12125551234,30,',
  'C2,NOBODY,sms,2026-10-01T00:00:00Z,,,-1',
  'C1,NOBODY,voice,2026-10-01T00:00:00Z,12125551234,30,',
].join('\n');

describe('switchboard ingest-usage', () => {
  it('ingests a file into the configured database and prints the report as JSON', async () => {
    const file = join(workDir, 'usage.csv');
    writeFileSync(file, csv);
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
    let check: () => Promise<number>;
    let cleanUp = async () => {};
    if (testDatabaseKind() === 'postgres') {
      const database = await createTestDatabase();
      env.DATABASE_URL = database.url ?? '';
      check = async () => countRecords(database.db);
      cleanUp = () => database.destroy();
    } else {
      env.SWITCHBOARD_DATA_DIR = join(workDir, 'data');
      delete env.DATABASE_URL;
      check = async () => {
        const embedded = openDatabase({ dataDir: embeddedDatabaseDir(join(workDir, 'data')) });
        try {
          return await countRecords(embedded.db);
        } finally {
          await embedded.close();
        }
      };
    }
    try {
      const { stdout } = await run('node', ['bin/switchboard.mjs', 'ingest-usage', file, '--json'], { env });
      expect(JSON.parse(stdout)).toMatchObject({
        status: 'completed',
        read: 3,
        imported: 1,
        duplicates: 1,
        rejected: 1,
        unrated: 1,
      });
      expect(await check()).toBe(1);
    } finally {
      await cleanUp();
    }
  });

  it('exits non-zero with the reason for a file it cannot read', async () => {
    const file = join(workDir, 'bad.csv');
    writeFileSync(file, 'id,who\n1,2\n');
    const env = { ...process.env, SWITCHBOARD_DATA_DIR: join(workDir, 'data-bad'), DATABASE_URL: '' };
    delete (env as NodeJS.ProcessEnv).DATABASE_URL;
    await expect(run('node', ['bin/switchboard.mjs', 'ingest-usage', file], { env })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('BAD_USER_INPUT: The CSV header lacks record_id'),
    });
  });
});

async function countRecords(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(usageRecords);
  return row?.n ?? 0;
}
