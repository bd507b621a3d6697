import { Readable } from 'node:stream';
import postgres from 'postgres';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { startGraphQLTestServer } from '../graphql/testing/graphql-test-server';
import { sessionCookieFor } from '../graphql/testing/sign-in';
import { systemActor } from '../lib/auth/actor';
import { createBillRun } from '../lib/invoicing/bill-runs';
import { processBillRun } from '../lib/invoicing/process-bill-run';
import { ingestUsageFile } from '../lib/usage/ingest-usage-file';
import { makeAccount, makeProduct, makeSubscription, makeUser } from '../seed/factories';
import { seededRandom } from './generate';

/**
 * bench/war-room: the `warRoom` query's latency over HTTP (the production handler on a
 * loopback port, a viewer's session) while a bill run and a usage ingestion run at the same
 * time, against its latency on the same database idle, measured in the same run. Prints
 * both and their ratio; asserts nothing (a poll every 5 s can afford a slower answer, but
 * the ratio shows whether the snapshot's aggregates compete with billing for the database).
 *
 *   npx tsx bench/war-room.ts [accounts=2000] [records=300000]   (PostgreSQL on 127.0.0.1:5432, or BENCH_DATABASE_URL)
 */
const accountCount = Number(process.argv[2] ?? 2_000);
const records = Number(process.argv[3] ?? 300_000);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const IDLE_SAMPLES = 40;
const CONTROL_QUERY = '{ viewer { kind } }';

const QUERY = `{ warRoom {
  generatedAt
  waves { wave { id status } legacyAccounts switchboardAccounts }
  accountsBySystemOfRecord { systemOfRecord accounts }
  billRunsInProgress { id status accountsTotal accountsDone invoicesCreated accountsFailed }
  latestBillRuns { id status accountsDone accountsFailed }
  ingestion { recordsLast5Minutes recordsLast60Minutes perMinuteLast5 perMinuteLast60 rejected conflicts running failed recentRejects { reason } }
  deliveries { sent failed queued }
  components { key state reason }
  openIncidents { id updateOverdue lead { id } updates { id } }
  latestStatusUpdate { body }
} }`;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** A usage file for the bench's accounts: SMS, so every record rates on arrival without a deck. */
function usageFile(count: number): ReadableStream<Uint8Array> {
  const random = seededRandom(11);
  const start = Date.UTC(2026, 8, 1);
  const lines = (function* () {
    yield 'record_id,account_id,usage_type,started_at,destination,duration_s,quantity\n';
    for (let i = 0; i < count; i += 1) {
      const account = `WR${String(Math.floor(random() * accountCount)).padStart(5, '0')}`;
      const at = new Date(start + Math.floor(random() * 29 * 86_400_000)).toISOString();
      yield `WRB-${i},${account},sms,${at},,,${1 + Math.floor(random() * 5)}\n`;
    }
  })();
  return Readable.toWeb(Readable.from(lines)) as unknown as ReadableStream<Uint8Array>;
}

const name = `switchboard_bench_war_room_${process.pid}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const database = openDatabase({ url: url.toString(), maxConnections: 10 });
const server = await startGraphQLTestServer(database.db);
try {
  await migrateDatabase(database);
  const db = database.db;
  const ctx = { db, actor: systemActor('bench') };
  console.log(`seeding ${accountCount.toLocaleString('en-US')} accounts…`);
  await makeProduct(db, {
    code: 'SMS',
    kind: 'usage',
    usageType: 'sms',
    price: { currency: 'USD', model: 'per_unit', unitPrice: '0.01', effectiveFrom: '2026-01-01' },
  });
  const seat = await makeProduct(db, {
    code: 'SEAT',
    kind: 'recurring',
    price: { currency: 'USD', model: 'per_unit', unitPrice: '20.00', effectiveFrom: '2026-01-01' },
  });
  for (let i = 0; i < accountCount; i += 1) {
    const account = await makeAccount(db, {
      externalId: `WR${String(i).padStart(5, '0')}`,
      invoiceDelivery: 'none',
    });
    await makeSubscription(db, { accountId: account.id, productId: seat.id, startDate: '2026-01-01' });
  }
  const { user } = await makeUser(db, { role: 'viewer' });
  const { cookie } = await sessionCookieFor(db, user);
  const ask = async (query = QUERY) => {
    const started = performance.now();
    const { body } = await server.request(query, { cookie });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return performance.now() - started;
  };

  // Idle: warm up, then sample.
  for (let i = 0; i < 5; i += 1) await ask();
  const idle: number[] = [];
  const idleControl: number[] = [];
  for (let i = 0; i < IDLE_SAMPLES; i += 1) {
    idle.push(await ask());
    idleControl.push(await ask(CONTROL_QUERY));
  }

  // Busy: a bill run over every account and a usage file, side by side, polled throughout.
  const { billRun } = await createBillRun(ctx, { periodStart: '2026-09-01', periodEnd: '2026-10-01' });
  if (!billRun) throw new Error('bill run refused');
  let busy = true;
  const workStarted = performance.now();
  const work = Promise.all([
    processBillRun(db, billRun.id, { concurrency: 2 }),
    ingestUsageFile(ctx, { body: usageFile(records), fileName: 'bench.csv', bytesTotal: null }),
  ]).finally(() => {
    busy = false;
  });
  // A trivial query beside each warRoom one: how much of the slowdown is the process and
  // the machine being busy (event loop, CPU) rather than the snapshot's own SQL.
  const loaded: number[] = [];
  const control: number[] = [];
  while (busy) {
    loaded.push(await ask());
    control.push(await ask(CONTROL_QUERY));
  }
  const [, report] = await work;
  const workSeconds = (performance.now() - workStarted) / 1000;

  const quiet = summary(idle);
  const underLoad = summary(loaded);
  console.log(`idle:        median ${ms(quiet.median)}, p95 ${ms(quiet.p95)} (${quiet.n} queries)`);
  console.log(
    `under load:  median ${ms(underLoad.median)}, p95 ${ms(underLoad.p95)} (${underLoad.n} queries while a ` +
      `${accountCount.toLocaleString('en-US')}-account bill run and a ${report.imported.toLocaleString('en-US')}-record ingestion ran, ${workSeconds.toFixed(1)} s)`,
  );
  console.log(`ratio (median under load / median idle): ${(underLoad.median / quiet.median).toFixed(2)}`);
  const controlQuiet = summary(idleControl);
  const controlLoaded = summary(control);
  console.log(
    `control ${CONTROL_QUERY}: idle median ${ms(controlQuiet.median)}, under load ${ms(controlLoaded.median)} ` +
      `(ratio ${(controlLoaded.median / controlQuiet.median).toFixed(2)}: the process and machine being busy)`,
  );
} finally {
  await server.close();
  await database.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
