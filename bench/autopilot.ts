import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { systemActor } from '../lib/auth/actor';
import { createBillingSchedule } from '../lib/autopilot/billing-schedules';
import { followUpBillRun } from '../lib/autopilot/follow-up-bill-run';
import { startDueScheduledRuns } from '../lib/autopilot/start-due-scheduled-runs';
import { updateDraftCheckSetting } from '../lib/autopilot/update-draft-check-setting';
import { createMailer } from '../lib/email/mailer';
import { createBillRun } from '../lib/invoicing/bill-runs';
import { processBillRun } from '../lib/invoicing/process-bill-run';
import { checkBillRun } from './billrun-checks';
import { loadBillRunData, PERIOD } from './billrun-data';

/**
 * bench/autopilot: one full cycle for 3,000 accounts on PostgreSQL, as the job workers live
 * it: the schedule starts the run, the bill run makes the drafts, followUpBillRun checks them,
 * finalizes the clean ones and emails each its PDF to a local SMTP sink. Against the bill run
 * alone (createBillRun and processBillRun for the same accounts and period) in the same run,
 * on a copy of the same data (the loaded database is cloned, so both bill identical rows).
 * Targets: at least 100 invoices delivered per second over the whole cycle (schedule start
 * to the last email accepted and recorded), and the cycle within 3× the bill run alone.
 *
 * The sink (bench/smtp-sink.ts) runs in a child process and discards messages unread; it
 * shares the machine's cores with this process and PostgreSQL (there is nowhere else to run
 * it). smtp-server pauses 100 ms before its greeting on every connection, and each email is
 * its own connection: latency a remote server has too, which only concurrency hides.
 * Every account has a billing email; FIRST_INVOICE is a warning (the accounts are migrated,
 * so a first invoice is no surprise); the other checks hold what they find, and the held
 * drafts are reported, not emailed. The anniversary accounts (another schedule's) are closed,
 * so both sides bill the calendar-month payers. --email-concurrency overrides the workers'
 * default (DEFAULT_EMAIL_CONCURRENCY).
 *
 *   npm run bench:autopilot [-- --scale N] [-- --email-concurrency N]
 *   (PostgreSQL on 127.0.0.1:5432, or BENCH_DATABASE_URL)
 */
const RATE_TARGET = 100;
const RATIO_TARGET = 3;
/** When the schedule is made, and a moment just after its run for PERIOD (October) is due. */
const SCHEDULE_CREATED = new Date('2026-10-15T12:00:00Z');
const RUN_DUE = new Date('2026-11-01T06:00:01Z');
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    'email-concurrency': { type: 'string' },
  },
});
const scale = Number(values.scale);
const emailConcurrency = values['email-concurrency'] ? Number(values['email-concurrency']) : undefined;
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const urlOf = (name: string) => {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
};
const seconds = (from: number, to = performance.now()) => (to - from) / 1000;

/** The SMTP sink, in its own process: its URL, and how many messages it accepted using how much CPU. */
async function startSink() {
  const child = fork(fileURLToPath(new URL('./smtp-sink.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
  });
  const reply = <T>(key: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: Record<string, T>) => {
        if (!(key in message)) return;
        child.off('message', onMessage);
        resolve(message[key] as T);
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`the SMTP sink exited (${code})`)));
    });
  const url = await reply<string>('url');
  return {
    url,
    accepted: () => {
      const count = reply<{ messages: number; cpuSeconds: number }>('accepted');
      child.send('count');
      return count;
    },
    stop: () => child.disconnect(),
  };
}

const accounts = Math.round(3_000 * scale);
const records = Math.round(2_000_000 * scale);
const names = {
  alone: `switchboard_bench_autopilot_${process.pid}_alone`,
  cycle: `switchboard_bench_autopilot_${process.pid}_cycle`,
};
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
const problems: string[] = [];
let sink: Awaited<ReturnType<typeof startSink>> | undefined;
try {
  // The data, the billing emails, the check setting and the schedule, once; then a copy.
  await admin.unsafe(`create database ${names.alone}`);
  {
    const database = openDatabase({ url: urlOf(names.alone) });
    const sql = postgres(urlOf(names.alone), { max: 1, onnotice: () => {} });
    try {
      await migrateDatabase(database);
      const loadStart = performance.now();
      await loadBillRunData(database.db, sql, { accounts, records });
      await sql`update accounts set billing_email = 'billing-' || lower(external_id) || '@customer.example'`;
      // The anniversary accounts (2%) are billed by another schedule's daily runs: closed here,
      // so the calendar-month run and the bill run alone (all open accounts) bill the same payers.
      await sql`update accounts set status = 'closed' where billing_cycle = 'anniversary' and billing_day <> 1`;
      const ctx = { db: database.db, actor: systemActor('bench') };
      const setting = await updateDraftCheckSetting(ctx, { code: 'FIRST_INVOICE', severity: 'warning' });
      const schedule = await createBillingSchedule(
        ctx,
        { name: 'Monthly', cycle: 'calendar_month', dayOfMonth: 1, runTime: '06:00', autoFinalize: true },
        SCHEDULE_CREATED,
      );
      if (setting.userErrors.length > 0 || schedule.userErrors.length > 0)
        throw new Error('the check setting or the schedule was refused');
      console.log(
        `loaded ${accounts.toLocaleString('en-US')} accounts, ${records.toLocaleString('en-US')} usage rows, copied (${seconds(loadStart).toFixed(0)} s, not measured)`,
      );
    } finally {
      await sql.end();
      await database.close();
    }
  }
  await admin.unsafe(`create database ${names.cycle} template ${names.alone}`);

  // Both sides start with warm caches: the usage rows read once, untimed.
  const warm = (sql: postgres.Sql) => sql`
    select account_id, count(*), sum(charge) from usage_records
    where started_at >= ${PERIOD.start}::date and started_at < ${PERIOD.end}::date group by account_id`;

  // The bill run alone, over every open account: those the schedule's run takes.
  let alone: { seconds: number; invoices: number };
  {
    const database = openDatabase({ url: urlOf(names.alone) });
    const sql = postgres(urlOf(names.alone), { max: 1, onnotice: () => {} });
    try {
      await warm(sql);
      const start = performance.now();
      const { billRun } = await createBillRun(
        { db: database.db, actor: systemActor('bench') },
        { periodStart: PERIOD.start, periodEnd: PERIOD.end },
      );
      if (!billRun) throw new Error('createBillRun refused the period');
      await processBillRun(database.db, billRun.id);
      alone = { seconds: seconds(start), invoices: 0 };
      const check = await checkBillRun(sql, billRun.id, PERIOD);
      alone.invoices = check.invoices;
      problems.push(...check.problems.map((problem) => `bill run alone: ${problem}`));
    } finally {
      await sql.end();
      await database.close();
    }
  }

  // The cycle: schedule → bill run → checks → finalize → PDF → email.
  sink = await startSink();
  const database = openDatabase({ url: urlOf(names.cycle) });
  const sql = postgres(urlOf(names.cycle), { max: 1, onnotice: () => {} });
  try {
    await warm(sql);
    const mailer = createMailer({ smtpUrl: sink.url, from: 'Billing <billing@bench.example>' });
    const startedAt = new Date();
    const start = performance.now();
    const started = await startDueScheduledRuns(database.db, RUN_DUE);
    const run = started[0];
    if (started.length !== 1 || !run) throw new Error(`the schedule started ${started.length} runs`);
    await processBillRun(database.db, run.id);
    const billed = performance.now();
    const cpuBefore = process.cpuUsage();
    const result = await followUpBillRun(database.db, run.id, mailer, { emailConcurrency });
    const cycleSeconds = seconds(start);
    const cpu = process.cpuUsage(cpuBefore);
    if (!result) throw new Error('followUpBillRun found no completed run');
    const { messages: accepted, cpuSeconds: sinkCpu } = await sink.accepted();

    const check = await checkBillRun(sql, run.id, PERIOD);
    problems.push(...check.problems.map((problem) => `cycle: ${problem}`));
    const [steps] = await sql<{ status: string; checked_at: Date; clean_drafts_finalized_at: Date }[]>`
      select status, checked_at, clean_drafts_finalized_at from bill_runs where id = ${run.id}`;
    const deliveries = await sql<{ status: string; n: number }[]>`
      select status, count(*)::int as n from invoice_deliveries group by status order by status`;
    const sentRows = deliveries.find((row) => row.status === 'sent')?.n ?? 0;
    if (steps?.status !== 'completed') problems.push(`the scheduled run ended ${steps?.status}`);
    if (check.invoices !== alone.invoices)
      problems.push(`the cycle made ${check.invoices} invoices, the bill run alone ${alone.invoices}`);
    if (result.clean + result.held !== check.invoices)
      problems.push(`${result.clean} clean + ${result.held} held ≠ ${check.invoices} invoices`);
    if (result.finalized !== result.clean)
      problems.push(`${result.finalized} finalized, ${result.clean} clean`);
    if (result.sent !== result.finalized || sentRows !== result.sent || accepted !== result.sent)
      problems.push(
        `emails: ${result.sent} sent, ${sentRows} deliveries recorded sent, ${accepted} accepted by the sink, ${result.finalized} finalized`,
      );
    if (deliveries.some((row) => row.status !== 'sent'))
      problems.push(`deliveries not sent: ${deliveries.map((row) => `${row.n} ${row.status}`).join(', ')}`);

    const rate = result.sent / cycleSeconds;
    const ratio = cycleSeconds / alone.seconds;
    const at = (date: Date | undefined) => ((date?.getTime() ?? Number.NaN) - startedAt.getTime()) / 1000;
    const checkedAt = at(steps?.checked_at);
    const finalizedAt = at(steps?.clean_drafts_finalized_at);
    console.log(
      `  accounts: ${accounts.toLocaleString('en-US')}, invoices made: ${check.invoices.toLocaleString('en-US')}, ` +
        `held: ${result.held}, finalized: ${result.finalized}, emails delivered: ${result.sent} (sink accepted ${accepted})`,
    );
    console.log(`  bill run alone:  ${alone.seconds.toFixed(2)} s, ${alone.invoices} invoices`);
    console.log(
      `  full cycle:      ${cycleSeconds.toFixed(2)} s (bill run ${seconds(start, billed).toFixed(2)} s, checks ${(checkedAt - seconds(start, billed)).toFixed(2)} s, ` +
        `finalize ${(finalizedAt - checkedAt).toFixed(2)} s, PDF + email ${(cycleSeconds - finalizedAt).toFixed(2)} s` +
        `${emailConcurrency ? `, email concurrency ${emailConcurrency}` : ''})`,
    );
    console.log(
      `  CPU during checks, finalize, PDF + email: this process ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s ` +
        `of ${seconds(billed, start + cycleSeconds * 1000).toFixed(1)} s, the SMTP sink ${sinkCpu.toFixed(1)} s (since it started)`,
    );
    console.log(
      `  delivered: ${rate.toFixed(1)} invoices/s (target ≥ ${RATE_TARGET}): ${verdict(rate >= RATE_TARGET)}`,
    );
    console.log(
      `  ratio to the bill run alone: ${ratio.toFixed(2)} (target ≤ ${RATIO_TARGET}): ${verdict(ratio <= RATIO_TARGET)}`,
    );
  } finally {
    await sql.end();
    await database.close();
  }
} finally {
  sink?.stop();
  for (const name of Object.values(names)) await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
console.log(
  `checks: ${problems.length === 0 ? 'ok (invoice counts, totals, spot-checked accounts, every email sent once and accepted)' : 'FAILED'}`,
);
for (const problem of problems) console.log(`    ${problem}`);
process.exitCode = problems.length === 0 ? 0 : 1;

function verdict(pass: boolean) {
  return pass ? 'PASS' : 'MISS';
}
