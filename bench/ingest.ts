import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { desc } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { ingestions } from '../db/schema';
import { makeAccount, makeApiKey, makeProduct, makeRatePlan } from '../seed/factories';
import { generateCalls, generateDeck, seededRandom } from './generate';

/**
 * bench/ingest: a generated CDR file through the real upload route of a production server
 * (`next start`) into PostgreSQL, against a raw COPY of the same file into a table of the
 * same shape and indexes, in the same run. Prints records/s and the ratio (target ≥ 0.30).
 *
 *   npx tsx bench/ingest.ts [records=1000000]   (PostgreSQL on 127.0.0.1:5432, or BENCH_DATABASE_URL)
 */
const records = Number(process.argv[2] ?? 1_000_000);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const port = 3300;
const work = mkdtempSync(join(tmpdir(), 'switchboard-bench-'));
const file = join(work, 'usage.csv');
const accounts = 1_000;

if (!existsSync('.next/BUILD_ID')) {
  console.log('building the server first…');
  if (spawnSync('npx', ['next', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

// 1. The file: voice, SMS and data over 1,000 accounts, unique ids (COPY needs them unique).
const deckRows = generateDeck(2_000);
const random = seededRandom(5);
const lines = (function* () {
  yield 'record_id,account_id,usage_type,started_at,destination,duration_s,quantity\n';
  let n = 0;
  for (const call of generateCalls(records, deckRows)) {
    const account = `BENCH${String(Math.floor(random() * accounts)).padStart(4, '0')}`;
    const at = call.startedAt.toISOString();
    const roll = random();
    if (roll < 0.85) yield `${call.id},${account},voice,${at},${call.destination},${call.durationSeconds},\n`;
    else if (roll < 0.95) yield `${call.id},${account},sms,${at},,,${1 + Math.floor(random() * 5)}\n`;
    else yield `${call.id},${account},data,${at},,,${(random() * 50).toFixed(3)}\n`;
    n += 1;
  }
  return n;
})();
await pipeline(Readable.from(lines), createWriteStream(file));
const bytes = statSync(file).size;

// 2. A fresh database with a catalog, a 2,000-prefix rate plan and the accounts.
const name = `switchboard_bench_ingest_${process.pid}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const database = openDatabase({ url: url.toString(), maxConnections: 2 });
let server: ReturnType<typeof spawn> | undefined;
try {
  await migrateDatabase(database);
  const db = database.db;
  await makeProduct(db, {
    code: 'VOICE',
    kind: 'usage',
    usageType: 'voice',
    price: { currency: 'USD', model: 'rate_deck', effectiveFrom: '2026-01-01' },
  });
  await makeProduct(db, {
    code: 'SMS',
    kind: 'usage',
    usageType: 'sms',
    price: { currency: 'USD', model: 'per_unit', unitPrice: '0.01', effectiveFrom: '2026-01-01' },
  });
  await makeProduct(db, {
    code: 'DATA',
    kind: 'usage',
    usageType: 'data',
    price: { currency: 'USD', model: 'per_unit', unitPrice: '0.02', effectiveFrom: '2026-01-01' },
  });
  const deckCsv = [
    'prefix,destination,domestic,rate_per_minute,initial_increment_s,subsequent_increment_s,connection_fee',
    ...deckRows.map(
      (r) =>
        `${r.prefix},${r.destination},${r.domestic},${r.ratePerMinute},${r.initial},${r.subsequent},${r.connectionFee}`,
    ),
  ].join('\n');
  const plan = await makeRatePlan(db, { deckCsv, effectiveFrom: '2026-01-01', timeZone: 'America/Chicago' });
  for (let i = 0; i < accounts; i++)
    await makeAccount(db, { externalId: `BENCH${String(i).padStart(4, '0')}`, ratePlanId: plan.id });
  const { secret } = await makeApiKey(db, { scope: 'read_write', modules: ['usage'] });

  // 3. Ours: the file through the HTTP route of a production server.
  if (
    await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`port ${port} is already taken: stop whatever listens there first`);
  }
  // Its own process group, so the whole tree (npx, next, next-server) stops with it.
  server = spawn('node_modules/.bin/next', ['start', '--port', String(port)], {
    detached: true,
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      NEXTAUTH_SECRET: 'bench-secret-0123456789abcdef',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    // The server's errors are the benchmark's errors too.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/api/usage/uploads`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${secret}`,
      'content-type': 'text/csv',
      'x-file-name': 'bench.csv',
      'content-length': String(bytes),
    },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  const report = await response.json();
  const oursSeconds = (performance.now() - started) / 1000;
  if (!response.ok || report.imported !== records) {
    const [ingestion] = await database.db
      .select()
      .from(ingestions)
      .orderBy(desc(ingestions.startedAt))
      .limit(1);
    throw new Error(
      `upload failed: ${JSON.stringify(report)}; ingestion ${ingestion?.status}: ${ingestion?.error}`,
    );
  }

  // 4. Baseline: COPY of the same file into a table like usage_records (same indexes).
  const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  await sql`create table copy_baseline (like usage_records including all)`;
  await sql`alter table copy_baseline alter column content_hash set default '', alter column status set default 'unrated'`;
  const copyStarted = performance.now();
  const copy =
    await sql`copy copy_baseline (record_id, account_ref, usage_type, started_at, destination_number, duration_seconds, quantity) from stdin with (format csv, header true)`.writable();
  await pipeline(createReadStream(file), copy);
  const copySeconds = (performance.now() - copyStarted) / 1000;
  await sql.end();

  const ours = records / oursSeconds;
  const raw = records / copySeconds;
  console.log(
    `records: ${records.toLocaleString('en-US')} (${(bytes / 1e6).toFixed(0)} MB), unrated ${report.unrated}`,
  );
  console.log(
    `upload route → rated rows: ${Math.round(ours).toLocaleString('en-US')} records/s (${oursSeconds.toFixed(1)} s)`,
  );
  console.log(
    `raw COPY (baseline):       ${Math.round(raw).toLocaleString('en-US')} records/s (${copySeconds.toFixed(1)} s)`,
  );
  console.log(`ratio: ${(ours / raw).toFixed(2)} (target ≥ 0.30)`);
} finally {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  await database.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
  rmSync(work, { recursive: true, force: true });
}
