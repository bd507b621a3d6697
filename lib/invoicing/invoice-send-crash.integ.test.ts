import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDeliveryById, listDeliveriesOfInvoices } from '../../db/queries/deliveries';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from '../../db/testing/test-database';
import { makeAccount, makeBillRun, makeProduct, makeSubscription } from '../../seed/factories';
import { systemActor } from '../auth/actor';
import { createMailer } from '../email/mailer';
import { closeSmtpServers, startSmtpServer, type TestSmtpServer } from '../email/testing/smtp-test-server';
import { deliverInvoiceEmail, reportInterruptedInvoiceEmails } from './deliver-invoice-email';
import { finalizeInvoice } from './finalize-invoice';
import { listInvoices } from './invoice-queries';
import { processBillRun } from './process-bill-run';
import { resendInvoiceEmail } from './resend-invoice-email';

const ACCOUNTS = 16;
const MAIL_FROM = 'Billing <billing@crash.example>';

/**
 * `switchboard send-invoice-emails` in a child process (PGlite admits one process, so this
 * runs on PostgreSQL only). The SMTP server kills it with SIGKILL right after answering 250
 * to its n-th message of the round: the moment a crash loses the fact that the email was sent.
 */
describe.runIf(testDatabaseKind() === 'postgres')('invoice emails whose sender is killed mid-send', () => {
  let database: TestDatabase;
  let smtp: TestSmtpServer;
  /** Where a person's resends go, after the crashes. */
  let later: TestSmtpServer;
  let running: { child: ChildProcess; killAfter: number; accepted: number } | null = null;

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpServer({
      acceptDelayMs: 5,
      refuseRecipient: (address) => address.address.startsWith('bounce-'),
      dropAfterData: (to) => to.some((address) => address.startsWith('drop-')),
      onAccepted: () => {
        if (!running) return;
        running.accepted += 1;
        if (running.accepted === running.killAfter) running.child.kill('SIGKILL');
      },
    });
    later = await startSmtpServer();
  }, 60_000);
  afterAll(async () => {
    await database?.destroy();
    await closeSmtpServers();
  });

  function sendAndMaybeKill(killAfter: number) {
    return new Promise<'killed' | 'finished'>((resolve, reject) => {
      const child = spawn(process.execPath, ['bin/switchboard.mjs', 'send-invoice-emails'], {
        env: {
          ...process.env,
          DATABASE_URL: database.url ?? '',
          SMTP_URL: smtp.url,
          MAIL_FROM,
          NODE_ENV: 'production',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      running = { child, killAfter, accepted: 0 };
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.stdout.resume();
      child.on('exit', (code, signal) => {
        running = null;
        if (signal === 'SIGKILL') resolve('killed');
        // 1: some emails failed, bounced to unknown or ended unknown; the rows say which.
        else if (code === 0 || code === 1) resolve('finished');
        else reject(new Error(`send-invoice-emails exited ${code}: ${stderr}`));
      });
    });
  }

  it('receives every email at most once, reports each one not received with its reason, and a resend keeps the Message-ID', async () => {
    const db = database.db;
    const ctx = { db, actor: systemActor('test') };
    const product = await makeProduct(db, {
      price: { currency: 'USD', model: 'per_unit', unitPrice: '10.00', effectiveFrom: '2026-01-01' },
    });
    const accountIds: string[] = [];
    for (let i = 0; i < ACCOUNTS; i++) {
      // Every fifth address is refused with 550, every seventh has its connection dropped after DATA.
      const mailbox = i % 5 === 4 ? 'bounce' : i % 7 === 6 ? 'drop' : 'ap';
      const account = await makeAccount(db, {
        billingEmail: `${mailbox}-${i}@crash.example`,
        invoiceDelivery: 'email',
      });
      await makeSubscription(db, { accountId: account.id, productId: product.id });
      accountIds.push(account.id);
    }
    const run = await makeBillRun(db, { periodStart: '2026-10-01', periodEnd: '2026-11-01', accountIds });
    await processBillRun(db, run.id);
    const drafts = (await listInvoices(ctx, { filter: { billRunId: run.id }, first: 100 })).edges;
    expect(drafts).toHaveLength(ACCOUNTS);
    for (const { node } of drafts) await finalizeInvoice(ctx, { id: node.id, issueDate: '2026-11-01' });
    const invoiceIds = drafts.map(({ node }) => node.id);
    expect(await listDeliveriesOfInvoices(db, invoiceIds)).toHaveLength(ACCOUNTS);

    let kills = 0;
    for (let round = 0; round < 30; round++) {
      const outcome = await sendAndMaybeKill(1 + Math.floor(Math.random() * 3));
      if (outcome === 'finished') break;
      kills += 1;
    }
    expect(kills).toBeGreaterThan(0);
    // The sweep: what the kills left mid-conversation is reported, never sent again.
    const interrupted = await reportInterruptedInvoiceEmails(db, new Date(Date.now() + 60_000));
    expect(interrupted).toBeLessThanOrEqual(kills);

    const rows = await listDeliveriesOfInvoices(db, invoiceIds);
    const received = smtp.received.filter((mail) => mail.envelope.to[0]?.endsWith('@crash.example'));
    const receivedIds = received.map((mail) => mail.parsed.messageId);
    // At most once: no recipient and no Message-ID twice.
    expect(new Set(receivedIds).size).toBe(received.length);
    expect(new Set(received.map((mail) => mail.envelope.to[0])).size).toBe(received.length);
    for (const row of rows) {
      expect(['sent', 'bounced', 'unknown']).toContain(row.status);
      expect(row.messageId).toBe(`<invoice-${row.invoiceId}.${row.id}@crash.example>`);
      const got = receivedIds.includes(row.messageId ?? '');
      if (row.status === 'sent') expect(got).toBe(true);
      // Everything not received is reported with its reason.
      if (!got) expect(row.status === 'bounced' || row.status === 'unknown').toBe(true);
      if (row.status !== 'sent') expect(row.error).toBeTruthy();
      if (row.recipient.startsWith('bounce-')) expect(row).toMatchObject({ status: 'bounced', attempts: 1 });
      if (row.recipient.startsWith('drop-')) expect(row.status).toBe('unknown');
    }
    expect(rows.filter((row) => row.status === 'unknown').length).toBe(
      interrupted +
        rows.filter((row) => row.recipient.startsWith('drop-') && row.error?.includes('Connection closed'))
          .length,
    );

    // The case a transaction held through the conversation got wrong: the server took the
    // email, the kill lost the record of it. Reported as unknown, not sent again.
    const takenThenKilled = rows.filter(
      (row) => row.status === 'unknown' && receivedIds.includes(row.messageId ?? ''),
    );
    expect(takenThenKilled.length).toBeGreaterThan(0);

    // A person decides to resend each unknown one: the copy carries the first one's Message-ID.
    const mailer = createMailer({ smtpUrl: later.url, from: MAIL_FROM });
    for (const row of rows.filter((each) => each.status === 'unknown')) {
      expect((await resendInvoiceEmail(ctx, { emailId: row.id })).userErrors).toEqual([]);
      expect(await deliverInvoiceEmail(db, row.id, mailer)).toBe('sent');
      const copy = later.received.find((mail) => mail.envelope.to[0] === row.recipient);
      expect(copy?.parsed.messageId).toBe(row.messageId);
      expect((await getDeliveryById(db, row.id))?.status).toBe('sent');
    }
  }, 240_000);
});
