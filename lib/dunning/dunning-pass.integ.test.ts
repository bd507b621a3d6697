import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDunningDeliveryRows } from '../../db/queries/dunning';
import { dunningDeliveries, notices } from '../../db/schema';
import { daytimeOf } from '../../seed/dunning-clock';
import { makeAccount, makeInvoice, makeOrganization, makePayment } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { createMessageTemplate } from '../comms/create-message-template';
import { addDays } from '../dates';
import { createMailer } from '../email/mailer';
import { closeSmtpServers, startSmtpServer, type TestSmtpServer } from '../email/testing/smtp-test-server';
import { runDunning } from '../payments/run-dunning';
import { createDunningPolicy } from './create-dunning-policy';
import { reportInterruptedDunningEmails, sendQueuedDunningEmails } from './deliver-dunning-emails';
import { getAccountDunning } from './get-account-dunning';
import { listDunningStages } from './list-dunning-stages';
import { pauseAccountDunning } from './pause-account-dunning';
import { previewDunning } from './preview-dunning';
import { setAccountDunningPolicy } from './set-account-dunning-policy';

const database = setUpTestDatabase();
const db = () => database.db;
const ctx = () => database.ctx();
let policyId = '';
let smtp: TestSmtpServer;

beforeAll(async () => {
  await makeOrganization(db(), { timeZone: 'America/New_York' });
  smtp = await startSmtpServer();
  const { template } = await createMessageTemplate(ctx(), {
    name: 'Overdue',
    subject: '{{accountName}}: invoice {{invoiceNumber}} is overdue',
    body: '{{amountDue}} was due on {{dueDate}}. See and pay it at {{paymentLink}}.',
  });
  const { policy, userErrors } = await createDunningPolicy(ctx(), {
    name: 'Talking',
    steps: [
      { daysAfterDue: 3, action: 'reminder', templateId: template?.id, channels: ['email', 'portal'] },
      { daysAfterDue: 10, action: 'second_reminder', templateId: template?.id, channels: ['email'] },
      { daysAfterDue: 20, action: 'final_notice', templateId: template?.id, channels: ['portal'] },
      { daysAfterDue: 30, action: 'suspend' },
    ],
  });
  if (!policy) throw new Error(userErrors.map((error) => error.message).join('; '));
  policyId = policy.id;
});
afterAll(closeSmtpServers);

// Each test works in its own year, so no test's invoices are reached by another's passes.
const dueIn = (year: number) => `${year}-03-31`;
const day = (year: number, daysAfterDue: number) => addDays(dueIn(year), daysAfterDue);

/** An account on the Talking policy with an unpaid invoice of 120.00 due on dueIn(year). */
async function overdue(year: number, fields: Parameters<typeof makeAccount>[1] = {}) {
  const account = await makeAccount(db(), {
    billingEmail: `ap-${year}-${Math.random()}@customer.example`,
    ...fields,
  });
  await setAccountDunningPolicy(ctx(), { accountId: account.id, policyId });
  const invoice = await makeInvoice(db(), {
    accountId: account.id,
    issueDate: `${year}-03-01`,
    dueDate: dueIn(year),
    total: '120.00',
  });
  return { account, invoice };
}

const takenOf = (result: Awaited<ReturnType<typeof runDunning>>, invoiceId: string) =>
  result.recorded
    .filter((event) => event.invoiceId === invoiceId && !event.skipped)
    .map((event) => event.stepName);

async function noticesOf(accountId: string) {
  return db().select().from(notices).where(eq(notices.accountId, accountId));
}

describe('the dunning pass, reaching the customer', () => {
  it('takes each step on its day, queues its emails and posts its portal notice with the invoice filled in', async () => {
    const { account, invoice } = await overdue(2033);
    expect(takenOf(await runDunning(db(), { now: daytimeOf(day(2033, 2)) }), invoice.id)).toEqual([]);
    const first = await runDunning(db(), { now: daytimeOf(day(2033, 3)) });
    expect(takenOf(first, invoice.id)).toEqual(['Reminder']);

    const [email] = await listDunningDeliveryRows(db(), account.id);
    expect(email).toMatchObject({ recipient: account.billingEmail, status: 'queued' });
    expect(email?.subject).toBe(`${account.name}: invoice ${invoice.number} is overdue`);
    expect(email?.body).toContain('USD 120.00 was due on 2033-03-31');
    expect(email?.body).toContain(`/portal/invoices/${invoice.id}`);
    expect((await noticesOf(account.id)).map((notice) => [notice.channel, notice.title])).toEqual([
      ['portal', email?.subject],
    ]);

    // The second reminder goes by email only, the final notice to the portal only, the suspension says nothing.
    await runDunning(db(), { now: daytimeOf(day(2033, 10)) });
    await runDunning(db(), { now: daytimeOf(day(2033, 20)) });
    const suspension = await runDunning(db(), { now: daytimeOf(day(2033, 30)) });
    expect(suspension.suspendedAccountIds).toEqual([account.id]);
    expect(await listDunningDeliveryRows(db(), account.id)).toHaveLength(2);
    expect(await noticesOf(account.id)).toHaveLength(2);
  });

  it('acts only in the account’s local daytime, 09:00 to 17:00, on its local day', async () => {
    const tokyo = await overdue(2034, { timeZone: 'Asia/Tokyo' });
    const losAngeles = await overdue(2034, { timeZone: 'America/Los_Angeles' });
    const organizations = await overdue(2034); // no zone: the organization's, New York
    // 2034-04-03 01:00 UTC: 10:00 on Apr 3 in Tokyo, 18:00 on Apr 2 in Los Angeles, 21:00 on Apr 2 in New York.
    const tokyoMorning = await runDunning(db(), { now: new Date('2034-04-03T01:00:00Z') });
    expect(tokyoMorning.recorded.map((event) => [event.accountId, event.asOf])).toEqual([
      [tokyo.account.id, '2034-04-03'],
    ]);
    // 16:59 New York, 13:59 Los Angeles, 05:59 next day in Tokyo.
    const afternoon = await runDunning(db(), { now: new Date('2034-04-03T20:59:00Z') });
    expect(afternoon.recorded.map((event) => event.accountId).sort()).toEqual(
      [losAngeles.account.id, organizations.account.id].sort(),
    );
    // 17:00 sharp in New York is outside the window; nothing is left to take elsewhere.
    const evening = await overdue(2034);
    expect((await runDunning(db(), { now: new Date('2034-04-03T21:00:00Z') })).recorded).toEqual([]);
    expect(
      takenOf(await runDunning(db(), { now: new Date('2034-04-04T13:00:00Z') }), evening.invoice.id),
    ).toEqual(['Reminder']);
  });

  it('takes a step exactly once, with its messages, when passes run twice or at once', async () => {
    const { account, invoice } = await overdue(2035);
    const others = [await overdue(2035), await overdue(2035), await overdue(2035)];
    const passes = await Promise.all([1, 2, 3].map(() => runDunning(db(), { now: daytimeOf(day(2035, 4)) })));
    expect(passes.flatMap((pass) => takenOf(pass, invoice.id))).toEqual(['Reminder']);
    const mine = new Set([invoice.id, ...others.map((other) => other.invoice.id)]);
    expect(passes.flatMap((pass) => pass.recorded).filter((event) => mine.has(event.invoiceId))).toHaveLength(
      4,
    );
    await runDunning(db(), { now: daytimeOf(day(2035, 4)) });
    for (const { account: each } of [{ account }, ...others]) {
      expect(await listDunningDeliveryRows(db(), each.id)).toHaveLength(1);
      expect(await noticesOf(each.id)).toHaveLength(1);
    }
  });

  it('keeps going on a partly paid invoice and stops once it is settled', async () => {
    const { account, invoice } = await overdue(2036);
    await runDunning(db(), { now: daytimeOf(day(2036, 3)) });
    await makePayment(db(), { accountId: account.id, amount: '100.00' });
    const partly = await runDunning(db(), { now: daytimeOf(day(2036, 10)) });
    expect(takenOf(partly, invoice.id)).toEqual(['Second reminder']);
    const [latest] = await listDunningDeliveryRows(db(), account.id);
    expect(latest?.body).toContain('USD 20.00 was due');
    await makePayment(db(), { accountId: account.id, amount: '20.00' });
    expect(takenOf(await runDunning(db(), { now: daytimeOf(day(2036, 40)) }), invoice.id)).toEqual([]);
    expect((await getAccountDunning(ctx(), account.id))?.openInvoices).toEqual([]);
  });

  it('takes nothing while paused; on the end day takes only the latest step reached, the rest skipped', async () => {
    const { account, invoice } = await overdue(2037);
    await runDunning(db(), { now: daytimeOf(day(2037, 3)) });
    const paused = await pauseAccountDunning(ctx(), {
      accountId: account.id,
      until: day(2037, 25),
      reason: 'Promised to pay by wire',
    });
    expect(paused.accountDunning).toMatchObject({
      pausedUntil: day(2037, 25),
      pauseReason: 'Promised to pay by wire',
    });
    expect((await getAccountDunning(ctx(), account.id))?.openInvoices[0]).toMatchObject({
      nextStepName: 'Final notice',
      nextStepOn: day(2037, 25),
    });
    expect(takenOf(await runDunning(db(), { now: daytimeOf(day(2037, 24)) }), invoice.id)).toEqual([]);
    const back = await runDunning(db(), { now: daytimeOf(day(2037, 25)) });
    expect(back.recorded.map((event) => [event.stepName, event.skipped])).toEqual([
      ['Second reminder', true],
      ['Final notice', false],
    ]);
    // The skipped second reminder sent nothing: one reminder email, two portal notices (reminder, final notice).
    expect(await listDunningDeliveryRows(db(), account.id)).toHaveLength(1);
    expect(await noticesOf(account.id)).toHaveLength(2);
  });

  it('shows an account’s state, groups receivables by stage and previews tomorrow’s actions', async () => {
    const { account, invoice } = await overdue(2038);
    await runDunning(db(), { now: daytimeOf(day(2038, 3)) });
    const state = await getAccountDunning(ctx(), account.id);
    expect(state).toMatchObject({ policy: { name: 'Talking' }, isPolicyAssigned: true, pausedUntil: null });
    expect(state?.openInvoices).toEqual([
      expect.objectContaining({
        invoiceNumber: invoice.number,
        amountDue: '120.00',
        lastStepName: 'Reminder',
        lastStepOn: day(2038, 3),
        nextStepName: 'Second reminder',
        nextStepOn: day(2038, 10),
      }),
    ]);
    const stages = await listDunningStages(ctx(), { asOf: day(2038, 5) });
    expect(stages.find((stage) => stage.stepName === 'Reminder')).toMatchObject({
      stage: 'step',
      currency: 'USD',
    });

    const preview = await previewDunning(ctx(), { on: day(2038, 10) });
    expect(preview.actions.filter((action) => action.invoiceId === invoice.id)).toEqual([
      expect.objectContaining({ stepName: 'Second reminder', channels: ['email'], templateName: 'Overdue' }),
    ]);
    expect((await previewDunning(ctx(), { on: day(2038, 9) })).actions.map((a) => a.invoiceId)).not.toContain(
      invoice.id,
    );
  });

  it('sends each dunning email once through a real SMTP server, however many senders run', async () => {
    const { account, invoice } = await overdue(2039);
    await runDunning(db(), { now: daytimeOf(day(2039, 3)) });
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Billing <billing@northwind.example>' });
    const tallies = await Promise.all([1, 2].map(() => sendQueuedDunningEmails(db(), mailer)));
    await sendQueuedDunningEmails(db(), mailer);
    const mine = smtp.received.filter((mail) => mail.envelope.to.includes(account.billingEmail ?? ''));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.parsed.subject).toBe(`${account.name}: invoice ${invoice.number} is overdue`);
    expect(tallies.reduce((sent, tally) => sent + tally.sent, 0)).toBeGreaterThanOrEqual(1);
    const [delivery] = await db()
      .select()
      .from(dunningDeliveries)
      .where(eq(dunningDeliveries.accountId, account.id));
    expect(delivery).toMatchObject({ status: 'sent', transport: 'smtp', attempts: 1 });
    expect(delivery?.messageId).toMatch(/^<dunning-.+@northwind\.example>$/);
  });

  it('reports an email a dead sender left mid-send as outcome unknown, and never sends it again', async () => {
    const { account } = await overdue(2041);
    await runDunning(db(), { now: daytimeOf(day(2041, 3)) });
    // A sender claimed it and died before the outcome was written.
    await db()
      .update(dunningDeliveries)
      .set({ status: 'sending', attempts: 1, updatedAt: new Date('2041-01-01T00:00:00Z') })
      .where(eq(dunningDeliveries.accountId, account.id));
    expect(await reportInterruptedDunningEmails(db(), new Date('2041-01-01T00:10:00Z'))).toBe(1);
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Billing <billing@northwind.example>' });
    await sendQueuedDunningEmails(db(), mailer);
    expect(smtp.received.filter((mail) => mail.envelope.to.includes(account.billingEmail ?? ''))).toEqual([]);
    const [email] = (await getAccountDunning(ctx(), account.id))?.emails ?? [];
    expect(email).toMatchObject({ status: 'unknown', attempts: 1 });
  });

  it('does not send a queued reminder once the invoice is settled', async () => {
    const { account } = await overdue(2042);
    await runDunning(db(), { now: daytimeOf(day(2042, 3)) });
    await makePayment(db(), { accountId: account.id, amount: '120.00' });
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Billing <billing@northwind.example>' });
    expect((await sendQueuedDunningEmails(db(), mailer)).suppressed).toBe(1);
    expect(smtp.received.filter((mail) => mail.envelope.to.includes(account.billingEmail ?? ''))).toEqual([]);
    const [email] = (await getAccountDunning(ctx(), account.id))?.emails ?? [];
    expect(email).toMatchObject({ status: 'suppressed', attempts: 0 });
  });

  it('stops once a credit note settles the invoice', async () => {
    const { account, invoice } = await overdue(2043);
    expect(takenOf(await runDunning(db(), { now: daytimeOf(day(2043, 3)) }), invoice.id)).toEqual([
      'Reminder',
    ]);
    await makeInvoice(db(), {
      accountId: account.id,
      kind: 'credit_note',
      creditedInvoiceId: invoice.id,
      issueDate: day(2043, 5),
      total: '120.00',
    });
    expect(takenOf(await runDunning(db(), { now: daytimeOf(day(2043, 10)) }), invoice.id)).toEqual([]);
  });
});
