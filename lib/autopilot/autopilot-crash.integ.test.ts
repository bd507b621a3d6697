import { type ChildProcess, spawn } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDeliveriesOfInvoices } from '../../db/queries/deliveries';
import { billRuns, invoices } from '../../db/schema';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from '../../db/testing/test-database';
import { makeAccount, makeOrganization, makeProduct, makeSubscription } from '../../seed/factories';
import { systemActor } from '../auth/actor';
import { closeSmtpServers, startSmtpServer, type TestSmtpServer } from '../email/testing/smtp-test-server';
import { reportInterruptedInvoiceEmails } from '../invoicing/deliver-invoice-email';
import { createBillingSchedule } from './billing-schedules';
import { updateDraftCheckSetting } from './update-draft-check-setting';

const ACCOUNTS = 60;
const MAIL_FROM = 'Billing <billing@autopilot-crash.example>';
/** After the schedule's due moment: 1 January 2027, 06:00 in Chicago. */
const NOW = '2027-01-01T12:30:00Z';

/**
 * `switchboard autopilot` (what the workers do: start the scheduled run, bill, check,
 * finalize the clean drafts, email them) in a child process, SIGKILLed again and again: at a
 * random moment of its work, and right after the mail server answered 250 to a message (the
 * moment a crash loses the fact that it was sent). Restarted each time, it must end with each
 * account invoiced once, one gapless series of numbers, and each email received at most once,
 * every one not known to be received reported as outcome unknown. PostgreSQL only: PGlite
 * admits one process.
 */
describe.runIf(testDatabaseKind() === 'postgres')('an autopilot cycle killed and restarted', () => {
  let database: TestDatabase;
  let smtp: TestSmtpServer;
  let running: { child: ChildProcess; killAfter: number; accepted: number } | null = null;

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpServer({
      acceptDelayMs: 3,
      onAccepted: () => {
        if (!running) return;
        running.accepted += 1;
        if (running.accepted === running.killAfter) running.child.kill('SIGKILL');
      },
    });
    const db = database.db;
    const ctx = { db, actor: systemActor('test') };
    await makeOrganization(db, { timeZone: 'America/Chicago' });
    const seat = await makeProduct(db, {
      price: { currency: 'USD', model: 'per_unit', unitPrice: '30.00', effectiveFrom: '2026-01-01' },
    });
    for (let i = 0; i < ACCOUNTS; i++) {
      const account = await makeAccount(db, {
        externalId: `KILL-${String(i).padStart(3, '0')}`,
        billingEmail: `ap-${i}@autopilot-crash.example`,
      });
      await makeSubscription(db, { accountId: account.id, productId: seat.id, startDate: '2026-11-01' });
    }
    await updateDraftCheckSetting(ctx, { code: 'FIRST_INVOICE', severity: 'warning' });
    await createBillingSchedule(
      ctx,
      { name: 'Monthly', cycle: 'calendar_month', dayOfMonth: 1, runTime: '06:00', autoFinalize: true },
      new Date('2026-12-20T00:00:00Z'),
    );
  }, 120_000);
  afterAll(async () => {
    await database?.destroy();
    await closeSmtpServers();
  });

  /**
   * Runs the command; kills it after `killAfter` accepted emails, or `killAfterStartedMs` after
   * it reports the run it started (so the kill lands in billing, checking or finalizing, however
   * fast or slow the machine and tsx's start-up are).
   */
  function runAndMaybeKill(kill: { killAfter: number; killAfterStartedMs?: number }) {
    return new Promise<'killed' | 'finished'>((resolve, reject) => {
      const child = spawn(process.execPath, ['bin/switchboard.mjs', 'autopilot', '--now', NOW], {
        env: {
          ...process.env,
          DATABASE_URL: database.url ?? '',
          SMTP_URL: smtp.url,
          MAIL_FROM,
          NODE_ENV: 'production',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      running = { child, killAfter: kill.killAfter, accepted: 0 };
      let timer: NodeJS.Timeout | null = null;
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.stdout.on('data', (chunk) => {
        if (kill.killAfterStartedMs !== undefined && !timer && String(chunk).includes('started '))
          timer = setTimeout(() => child.kill('SIGKILL'), kill.killAfterStartedMs);
      });
      child.on('exit', (code, signal) => {
        running = null;
        if (timer) clearTimeout(timer);
        if (signal === 'SIGKILL') resolve('killed');
        else if (code === 0) resolve('finished');
        else reject(new Error(`autopilot exited ${code}: ${stderr}`));
      });
    });
  }

  it('bills, numbers and emails each account once however often it is killed', async () => {
    const db = database.db;
    // First killed at a random moment of billing, checking or finalizing, then, round after
    // round, right after the server took the n-th email of the round.
    await runAndMaybeKill({ killAfter: 0, killAfterStartedMs: Math.floor(Math.random() * 200) });
    let emailKills = 0;
    for (let round = 0; round < 40; round++) {
      const outcome = await runAndMaybeKill({ killAfter: 3 + Math.floor(Math.random() * 10) });
      if (outcome === 'finished') break;
      emailKills += 1;
    }
    expect(emailKills).toBeGreaterThan(0);
    // The sweep: sends the kills cut off mid-conversation are reported, never sent again.
    await reportInterruptedInvoiceEmails(db, new Date(Date.now() + 60_000));

    const runs = await db.select().from(billRuns);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'completed', draftsFinalized: ACCOUNTS });
    const issued = await db
      .select()
      .from(invoices)
      .where(eq(invoices.billRunId, runs[0]?.id ?? ''));
    expect(issued).toHaveLength(ACCOUNTS);
    expect(new Set(issued.map((invoice) => invoice.accountId)).size).toBe(ACCOUNTS);
    const serials = issued.map((invoice) => Number(invoice.number?.replace(/\D/g, ''))).sort((a, b) => a - b);
    expect(serials).toEqual(serials.map((_, i) => (serials[0] ?? 0) + i));

    const rows = await listDeliveriesOfInvoices(
      db,
      issued.map((invoice) => invoice.id),
    );
    expect(rows).toHaveLength(ACCOUNTS);
    const receivedIds = smtp.received.map((mail) => mail.parsed.messageId);
    // At most once: no Message-ID and no recipient twice.
    expect(new Set(receivedIds).size).toBe(receivedIds.length);
    expect(new Set(smtp.received.map((mail) => mail.envelope.to[0])).size).toBe(receivedIds.length);
    for (const row of rows) {
      // Nothing skipped: each email was received, or is reported for a person to decide.
      expect(['sent', 'unknown']).toContain(row.status);
      if (row.status === 'sent') expect(receivedIds).toContain(row.messageId);
    }
    expect(receivedIds.length).toBeGreaterThanOrEqual(rows.filter((row) => row.status === 'sent').length);
  }, 300_000);
});
