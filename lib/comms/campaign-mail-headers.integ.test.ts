import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listVersionsOfTemplates } from '../../db/queries/comms';
import { listDeliveriesOfInvoices } from '../../db/queries/deliveries';
import { makeAccount, makeBillRun, makeProduct, makeSubscription, makeUser } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import type { Actor } from '../auth/actor';
import type { Mailer } from '../email/mailer';
import { mailerFromEnv } from '../email/mailer-from-env';
import {
  closeSmtpServers,
  type ReceivedMail,
  startSmtpServer,
  type TestSmtpServer,
} from '../email/testing/smtp-test-server';
import { resetEnvCache } from '../env';
import { deliverInvoiceEmail } from '../invoicing/deliver-invoice-email';
import { finalizeInvoice } from '../invoicing/finalize-invoice';
import { listInvoices } from '../invoicing/invoice-queries';
import { processBillRun } from '../invoicing/process-bill-run';
import { approveCampaign } from './approve-campaign';
import { createAudience } from './create-audience';
import { createCampaign } from './create-campaign';
import { createMessageTemplate } from './create-message-template';
import { sendDueCampaignEmails } from './deliver-campaign-emails';
import { isValidUnsubscribeToken } from './recipient-values';
import { sendCampaign } from './send-campaign';
import { testSendCampaign } from './test-send-campaign';

/**
 * What inboxes are shown over a real SMTP conversation, with the mailer the server builds
 * from its settings: List-Unsubscribe with one-click on non-critical campaign mail only,
 * and MAIL_REPLY_TO as Reply-To on campaign and invoice mail alike.
 */
const database = setUpTestDatabase();
let smtp: TestSmtpServer;
let mailer: Mailer;

beforeAll(async () => {
  smtp = await startSmtpServer();
  vi.stubEnv('SMTP_URL', smtp.url);
  vi.stubEnv('MAIL_FROM', 'Northwind Billing <billing@northwind.example>');
  vi.stubEnv('MAIL_REPLY_TO', 'Northwind Accounts <accounts@northwind.example>');
  vi.stubEnv('NEXTAUTH_URL', 'https://billing.northwind.example');
  resetEnvCache();
  const configured = mailerFromEnv();
  if (!configured) throw new Error('SMTP_URL is set: a mailer is expected');
  mailer = configured;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  resetEnvCache();
  await closeSmtpServers();
});

const header = (mail: ReceivedMail | undefined, name: string) =>
  mail?.parsed.headerLines
    .filter((line) => line.key === name.toLowerCase())
    .map((line) => line.line.slice(line.line.indexOf(':') + 1).trim());

const receivedBy = (address: string) => smtp.received.filter((mail) => mail.envelope.to.includes(address));

/** Sends a campaign to the accounts of `region` (test send to `tester` first); `critical` campaigns reach unsubscribed addresses too. */
async function sendCampaignTo(region: string, tester: string, critical: boolean) {
  const db = database.db;
  const as = async () => ({
    db,
    actor: { kind: 'user', user: (await makeUser(db, { role: 'program' })).user, sessionId: null } as Actor,
  });
  const [author, approver] = [await as(), await as()];
  const { template } = await createMessageTemplate(author, {
    name: `${region} notice`,
    subject: 'Your billing moves',
    body: 'Dear {{accountName}}',
  });
  const [version] = await listVersionsOfTemplates(db, [template?.id ?? '']);
  const { audience } = await createAudience(author, { name: region, filter: { region } });
  const { campaign, userErrors } = await createCampaign(author, {
    name: region,
    templateVersionId: version?.id ?? '',
    audienceId: audience?.id ?? '',
    channels: ['email'],
    critical,
    criticalReason: critical ? 'it changes how you pay' : null,
  });
  expect(userErrors).toEqual([]);
  const campaignId = campaign?.id ?? '';
  await approveCampaign(approver, { campaignId });
  expect((await testSendCampaign(author, { campaignId, to: tester }, mailer)).userErrors).toEqual([]);
  expect((await sendCampaign(author, { campaignId })).userErrors).toEqual([]);
  await sendDueCampaignEmails(db, mailer);
}

describe('headers of the mail Switchboard sends', () => {
  it('gives non-critical campaign mail, test sends included, a signed List-Unsubscribe with one-click, and MAIL_REPLY_TO', async () => {
    await makeAccount(database.db, { taxRegion: 'NEWSLETTER', billingEmail: 'AP@Acme.example' });
    await sendCampaignTo('NEWSLETTER', 'pm@northwind.example', false);

    for (const address of ['ap@acme.example', 'pm@northwind.example']) {
      const [mail, ...more] = receivedBy(address);
      expect(more).toEqual([]);
      expect(header(mail, 'List-Unsubscribe-Post')).toEqual(['List-Unsubscribe=One-Click']);
      const [listUnsubscribe, ...others] = header(mail, 'List-Unsubscribe') ?? [];
      expect(others).toEqual([]);
      // One HTTPS URI and no mailto: (RFC 8058 section 3.1).
      const url = new URL(/^<(https:\/\/[^>]+)>$/.exec(listUnsubscribe ?? '')?.[1] ?? 'invalid:');
      expect(`${url.origin}${url.pathname}`).toBe('https://billing.northwind.example/api/comms/unsubscribe');
      expect(url.searchParams.get('email')).toBe(address);
      expect(isValidUnsubscribeToken(address, url.searchParams.get('token') ?? '')).toBe(true);
      // The link at the foot of the message is the same one.
      expect(mail?.parsed.text).toContain(url.toString());
      expect(mail?.parsed.replyTo?.value).toEqual([
        { name: 'Northwind Accounts', address: 'accounts@northwind.example' },
      ]);
    }
  });

  it('gives critical campaign mail no unsubscribe headers: it goes to unsubscribed addresses too', async () => {
    await makeAccount(database.db, { taxRegion: 'CRITICAL', billingEmail: 'ap@critical.example' });
    await sendCampaignTo('CRITICAL', 'pm2@northwind.example', true);

    for (const address of ['ap@critical.example', 'pm2@northwind.example']) {
      const [mail, ...more] = receivedBy(address);
      expect(more).toEqual([]);
      expect(mail?.parsed.text).toContain('it changes how you pay');
      expect(header(mail, 'List-Unsubscribe')).toEqual([]);
      expect(header(mail, 'List-Unsubscribe-Post')).toEqual([]);
      expect(mail?.parsed.replyTo?.value).toEqual([
        { name: 'Northwind Accounts', address: 'accounts@northwind.example' },
      ]);
    }
  });

  it('gives invoice mail, which is transactional, Reply-To and no unsubscribe headers', async () => {
    const db = database.db;
    const account = await makeAccount(db, { billingEmail: 'ap@invoiced.example', invoiceDelivery: 'email' });
    const product = await makeProduct(db, {
      price: { currency: 'USD', model: 'per_unit', unitPrice: '42.00', effectiveFrom: '2026-01-01' },
    });
    await makeSubscription(db, { accountId: account.id, productId: product.id });
    const run = await makeBillRun(db, {
      periodStart: '2026-10-01',
      periodEnd: '2026-11-01',
      accountIds: [account.id],
    });
    await processBillRun(db, run.id);
    const draft = (await listInvoices(database.ctx(), { filter: { billRunId: run.id } })).edges[0]?.node;
    const { invoice } = await finalizeInvoice(database.ctx(), {
      id: draft?.id ?? '',
      issueDate: '2026-11-01',
    });
    const [delivery] = await listDeliveriesOfInvoices(db, [invoice?.id ?? '']);

    expect(await deliverInvoiceEmail(db, delivery?.id ?? '', mailer)).toBe('sent');

    const [mail, ...more] = receivedBy('ap@invoiced.example');
    expect(more).toEqual([]);
    expect(mail?.parsed.subject).toContain(invoice?.number ?? 'no number');
    expect(header(mail, 'List-Unsubscribe')).toEqual([]);
    expect(header(mail, 'List-Unsubscribe-Post')).toEqual([]);
    expect(mail?.parsed.replyTo?.value).toEqual([
      { name: 'Northwind Accounts', address: 'accounts@northwind.example' },
    ]);
  });
});
