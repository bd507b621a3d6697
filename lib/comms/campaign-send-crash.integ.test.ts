import { spawn } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listVersionsOfTemplates } from '../../db/queries/comms';
import { campaignDeliveries, campaigns } from '../../db/schema';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from '../../db/testing/test-database';
import { sendCampaignEmailsCommand } from '../../scripts/cli/send-campaign-emails-command';
import { makeAccount, makeUser } from '../../seed/factories';
import { type Actor, systemActor } from '../auth/actor';
import { createMailer } from '../email/mailer';
import { closeSmtpServers, startSmtpServer, type TestSmtpServer } from '../email/testing/smtp-test-server';
import { approveCampaign } from './approve-campaign';
import { createAudience } from './create-audience';
import { createCampaign } from './create-campaign';
import { createMessageTemplate } from './create-message-template';
import { reportInterruptedSends } from './deliver-campaign-emails';
import { sendCampaign } from './send-campaign';
import { testSendCampaign } from './test-send-campaign';

const RECIPIENTS = 30;

/**
 * Starts `switchboard send-campaign-emails` and SIGKILLs it a few milliseconds after it
 * reports its n-th sent message: mostly while the next message is in the SMTP conversation.
 */
function sendAndKill(env: Record<string, string>, kill: { afterSent: number; delayMs: number }) {
  return new Promise<'killed' | 'finished'>((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/switchboard.mjs', 'send-campaign-emails'], {
      env: { ...process.env, ...env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let sent = 0;
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.on('data', (data: Buffer) => {
      sent += data
        .toString()
        .split('\n')
        .filter((line) => line.startsWith('sent ')).length;
      if (!timer && sent >= kill.afterSent) timer = setTimeout(() => child.kill('SIGKILL'), kill.delayMs);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`send-campaign-emails exited ${code}: ${stderr}`));
    });
  });
}

describe.runIf(testDatabaseKind() === 'postgres')('a campaign send killed with SIGKILL mid-send', () => {
  let database: TestDatabase;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpServer({ acceptDelayMs: 15 });
  }, 60_000);
  afterAll(async () => {
    await database?.destroy();
    await closeSmtpServers();
  });

  it('never sends a message twice, and reports the one whose outcome the crash lost', async () => {
    const db = database.db;
    const as = async (role: 'program') => ({
      db,
      actor: { kind: 'user', user: (await makeUser(db, { role })).user, sessionId: null } as Actor,
    });
    const [author, approver] = [await as('program'), await as('program')];
    for (let i = 0; i < RECIPIENTS; i++)
      await makeAccount(db, {
        name: `Crash ${i}`,
        taxRegion: 'CRASH',
        billingEmail: `customer-${i}@crash.example`,
      });
    const { template } = await createMessageTemplate(author, {
      name: 'Notice',
      subject: 'Your billing is moving',
      body: 'Dear {{accountName}}',
    });
    const [version] = await listVersionsOfTemplates(db, [template?.id ?? '']);
    const { audience } = await createAudience(author, { name: 'Crash', filter: { region: 'CRASH' } });
    const { campaign } = await createCampaign(author, {
      name: 'Crash test',
      templateVersionId: version?.id ?? '',
      audienceId: audience?.id ?? '',
      channels: ['email'],
    });
    const campaignId = campaign?.id ?? '';
    await approveCampaign(approver, { campaignId });
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'billing@crash.example' });
    await testSendCampaign(author, { campaignId, to: 'pm@crash.example' }, mailer);
    expect((await sendCampaign(author, { campaignId })).userErrors).toEqual([]);

    const env = { DATABASE_URL: database.url ?? '', SMTP_URL: smtp.url, MAIL_FROM: 'billing@crash.example' };
    let kills = 0;
    for (let round = 0; round < 30; round++) {
      const outcome = await sendAndKill(env, {
        afterSent: 6 + Math.floor(Math.random() * 6),
        delayMs: Math.floor(Math.random() * 20),
      });
      if (outcome === 'finished') break;
      kills += 1;
    }
    expect(kills).toBeGreaterThan(0);
    // With the workers off, the command itself says what a crash left mid-conversation.
    const stillSending = (
      await db.select().from(campaignDeliveries).where(eq(campaignDeliveries.status, 'sending'))
    ).length;
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    try {
      await sendCampaignEmailsCommand({ db, actor: systemActor('test') }, false);
    } finally {
      log.mockRestore();
    }
    if (stillSending > 0) expect(lines.join('\n')).toMatch(`${stillSending} message`);
    // What the crashes left mid-conversation is reported as unknown, never sent again.
    const interrupted = await reportInterruptedSends(db, new Date(Date.now() + 60_000));
    expect(interrupted).toBeLessThanOrEqual(kills);

    const received = smtp.received
      .flatMap((mail) => mail.envelope.to)
      .filter((to) => to.endsWith('@crash.example'));
    const customers = received.filter((to) => to.startsWith('customer-'));
    expect(new Set(customers).size).toBe(customers.length);
    const rows = await db
      .select({ recipient: campaignDeliveries.recipient, status: campaignDeliveries.status })
      .from(campaignDeliveries)
      .where(eq(campaignDeliveries.campaignId, campaignId));
    const customerRows = rows.filter((row) => row.recipient.startsWith('customer-'));
    expect(customerRows).toHaveLength(RECIPIENTS);
    expect(new Set(customerRows.map((row) => row.status))).toEqual(
      new Set(
        customerRows.map((row) => row.status).filter((status) => status === 'sent' || status === 'unknown'),
      ),
    );
    const sent = customerRows.filter((row) => row.status === 'sent').map((row) => row.recipient);
    for (const recipient of sent) expect(customers).toContain(recipient);
    expect(customerRows.filter((row) => row.status === 'unknown')).toHaveLength(interrupted);
    // A campaign never says sent over messages whose outcome is unknown.
    const [finished] = await db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    expect(finished?.status).toBe(interrupted > 0 ? 'sent_with_failures' : 'sent');
  }, 240_000);
});
