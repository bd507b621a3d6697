import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { systemActor } from '../lib/auth/actor';
import { createBillRun } from '../lib/invoicing/bill-runs';
import { processBillRun } from '../lib/invoicing/process-bill-run';
import { checkBillRun } from './billrun-checks';
import { loadBillRunData, PERIOD } from './billrun-data';

/**
 * bench/billrun: a full bill run (createBillRun, then every chunk processed in this process,
 * as the CLI does it) over 3,000 accounts and ~2M rated usage rows in PostgreSQL, against a
 * plain SQL GROUP BY over the same usage rows (per account and destination or product:
 * count, quantity, amount) in the same run. Targets: bill run ≤ 4× the GROUP BY, and with
 * --scaling, 4× the data (accounts and usage) in ≤ 4.4× the time.
 *
 *   npm run bench:billrun [-- --scale N | --scaling]   (PostgreSQL on 127.0.0.1:5432, or BENCH_DATABASE_URL)
 */
const RATIO_TARGET = 4;
const SCALING_TARGET = 4.4;
const { values } = parseArgs({
  options: { scale: { type: 'string', default: '1' }, scaling: { type: 'boolean', default: false } },
});
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Measured {
  accounts: number;
  records: number;
  baselineSeconds: number;
  billRunSeconds: number;
  ok: boolean;
}

async function measure(scale: number): Promise<Measured> {
  const accounts = Math.round(3_000 * scale);
  const records = Math.round(2_000_000 * scale);
  const name = `switchboard_bench_billrun_${process.pid}_${String(scale).replace('.', '_')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openDatabase({ url: url.toString() });
  const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  try {
    await migrateDatabase(database);
    const loadStart = performance.now();
    await loadBillRunData(database.db, sql, { accounts, records });
    console.log(
      `loaded ${accounts.toLocaleString('en-US')} accounts, ${records.toLocaleString('en-US')} usage rows (${((performance.now() - loadStart) / 1000).toFixed(0)} s, not measured)`,
    );

    // Baseline: the same usage rows grouped per account and destination (voice) or product,
    // fetched by the client. Run once untimed first so both sides start with warm caches.
    const baseline = () => sql`
      select account_id, coalesce(destination_name, product_id::text) as item, count(*) as records,
        sum(coalesce(quantity, billable_seconds)) as quantity, sum(charge) as amount
      from usage_records
      where status = 'rated' and started_at >= ${PERIOD.start}::date and started_at < ${PERIOD.end}::date
      group by account_id, coalesce(destination_name, product_id::text)`;
    await baseline();
    const baselineStart = performance.now();
    const groups = await baseline();
    const baselineSeconds = (performance.now() - baselineStart) / 1000;

    // Ours: a whole bill run, in-process.
    const billStart = performance.now();
    const { billRun } = await createBillRun(
      { db: database.db, actor: systemActor('bench') },
      { periodStart: PERIOD.start, periodEnd: PERIOD.end },
    );
    if (!billRun) throw new Error('createBillRun refused the period');
    await processBillRun(database.db, billRun.id);
    const billRunSeconds = (performance.now() - billStart) / 1000;

    const check = await checkBillRun(sql, billRun.id, PERIOD);
    const [run] = await sql<{ status: string }[]>`select status from bill_runs where id = ${billRun.id}`;
    if (run?.status !== 'completed') check.problems.push(`bill run ended ${run?.status}`);
    console.log(
      `  GROUP BY (baseline): ${baselineSeconds.toFixed(2)} s, ${groups.length.toLocaleString('en-US')} groups (${Math.round(records / baselineSeconds).toLocaleString('en-US')} rows/s)`,
    );
    console.log(
      `  bill run:            ${billRunSeconds.toFixed(2)} s, ${check.invoices.toLocaleString('en-US')} invoices, ${check.lines.toLocaleString('en-US')} lines (${Math.round(records / billRunSeconds).toLocaleString('en-US')} rows/s)`,
    );
    console.log(
      `  ratio: ${(billRunSeconds / baselineSeconds).toFixed(2)} (target ≤ ${RATIO_TARGET})  ` +
        `checks: ${check.problems.length === 0 ? `ok (invoice count, totals, ${check.spotChecked} accounts recomputed)` : 'FAILED'}`,
    );
    for (const problem of check.problems) console.log(`    ${problem}`);
    return { accounts, records, baselineSeconds, billRunSeconds, ok: check.problems.length === 0 };
  } finally {
    await sql.end();
    await database.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS');
if (values.scaling) {
  const one = await measure(1);
  const four = await measure(4);
  const timeRatio = four.billRunSeconds / one.billRunSeconds;
  const ratio1 = one.billRunSeconds / one.baselineSeconds;
  console.log(
    `scaling: 4× the data took ${timeRatio.toFixed(2)}× the time (target ≤ ${SCALING_TARGET}): ${verdict(timeRatio <= SCALING_TARGET && one.ok && four.ok)}`,
  );
  console.log(
    `1× ratio: ${ratio1.toFixed(2)} (target ≤ ${RATIO_TARGET}): ${verdict(ratio1 <= RATIO_TARGET && one.ok)}`,
  );
  process.exitCode = one.ok && four.ok ? 0 : 1;
} else {
  const result = await measure(Number(values.scale));
  const ratio = result.billRunSeconds / result.baselineSeconds;
  console.log(
    `verdict: ${verdict(ratio <= RATIO_TARGET && result.ok)} (ratio ${ratio.toFixed(2)}, target ≤ ${RATIO_TARGET})`,
  );
  process.exitCode = result.ok ? 0 : 1;
}
