import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listStaleQueuedDeliveryIds } from '../../db/queries/deliveries';
import { dunningEvents, invoiceDeliveries, invoices, notices } from '../../db/schema';
import { makeAccount, makeOrganization, makeProduct, makeSubscription } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { createMessageTemplate } from '../comms/create-message-template';
import { addDays } from '../dates';
import { createDunningPolicy } from '../dunning/create-dunning-policy';
import { sendQueuedDunningEmails } from '../dunning/deliver-dunning-emails';
import { createMailer } from '../email/mailer';
import { closeSmtpServers, startSmtpServer, type TestSmtpServer } from '../email/testing/smtp-test-server';
import { deliverInvoiceEmails } from '../invoicing/deliver-invoice-emails';
import { processBillRun } from '../invoicing/process-bill-run';
import { recordPayment } from '../payments/record-payment';
import { runDunning } from '../payments/run-dunning';
import { approveDraftsWithOnlyFinding } from './approve-drafts-with-only-finding';
import { createBillingSchedule } from './billing-schedules';
import { followUpBillRun } from './follow-up-bill-run';
import { startDueScheduledRuns } from './start-due-scheduled-runs';
import { updateDraftCheckSetting } from './update-draft-check-setting';

/**
 * Two monthly cycles for 240 accounts with the clock moved forward day by day, as the job
 * workers would live them: the schedule starts each run on its day, the drafts are checked,
 * the clean ones finalized and emailed to a real SMTP server, the held ones wait for a person,
 * and dunning reminds those who do not pay on the right days until a payment stops it. Every
 * count is exact: each invoice once, each email once, each reminder once.
 */
const database = setUpTestDatabase();
const db = () => database.db;
const ctx = () => database.ctx();
let smtp: TestSmtpServer;

const REGULAR = 225;
/** Without a billing email: held by NO_BILLING_EMAIL every cycle. */
const NO_EMAIL = 10;
/** 600 seats, 12,000.00 a month: held by TOTAL_ABOVE, approved by a person in the first cycle. */
const LARGE = 5;
const ACCOUNTS = REGULAR + NO_EMAIL + LARGE;
const ids = { regular: [] as string[], noEmail: [] as string[], large: [] as string[] };

beforeAll(async () => {
  await makeOrganization(db(), { timeZone: 'America/Chicago' });
  smtp = await startSmtpServer();
  const seat = await makeProduct(db(), {
    code: 'AUTO-SEAT',
    price: { currency: 'USD', model: 'per_unit', unitPrice: '20.00', effectiveFrom: '2026-01-01' },
  });
  for (let i = 0; i < ACCOUNTS; i++) {
    const kind = i < REGULAR ? 'regular' : i < REGULAR + NO_EMAIL ? 'noEmail' : 'large';
    const account = await makeAccount(db(), {
      externalId: `AUTO-${String(i).padStart(3, '0')}`,
      billingEmail: kind === 'noEmail' ? null : `ap-${i}@customer.example`,
    });
    await makeSubscription(db(), {
      accountId: account.id,
      productId: seat.id,
      quantity: kind === 'large' ? '600' : '1',
      startDate: '2026-11-01',
    });
    ids[kind].push(account.id);
  }
  // Every account is new to Switchboard: its first invoice is reported, not held.
  await updateDraftCheckSetting(ctx(), { code: 'FIRST_INVOICE', severity: 'warning' });
  const template = async (name: string, subject: string) =>
    (
      await createMessageTemplate(ctx(), {
        name,
        subject,
        body: '{{amountDue}} was due on {{dueDate}}. Pay it at {{paymentLink}}.',
      })
    ).template?.id;
  const reminder = await template('Reminder', 'Reminder: invoice {{invoiceNumber}} is overdue');
  const finalNotice = await template('Final notice', 'Final notice: invoice {{invoiceNumber}}');
  const { policy, userErrors } = await createDunningPolicy(ctx(), {
    name: 'Five and fifteen days',
    isDefault: true,
    steps: [
      { daysAfterDue: 5, action: 'reminder', templateId: reminder, channels: ['email'] },
      { daysAfterDue: 15, action: 'final_notice', templateId: finalNotice, channels: ['email', 'portal'] },
    ],
  });
  if (!policy) throw new Error(userErrors.map((error) => error.message).join('; '));
  await createBillingSchedule(
    ctx(),
    { name: 'Monthly', cycle: 'calendar_month', dayOfMonth: 1, runTime: '06:00', autoFinalize: true },
    new Date('2026-12-15T12:00:00Z'),
  );
}, 120_000);
afterAll(closeSmtpServers);

const mailer = () => createMailer({ smtpUrl: smtp.url, from: 'Billing <billing@autopilot.example>' });

/** One look of the workers at `now`: schedules, runs, their follow-up, queued emails, dunning. */
async function workersAt(now: Date) {
  for (const run of await startDueScheduledRuns(db(), now)) {
    await processBillRun(db(), run.id);
    await followUpBillRun(db(), run.id, mailer());
  }
  await deliverInvoiceEmails(db(), await listStaleQueuedDeliveryIds(db(), new Date()), mailer());
  await runDunning(db(), { now });
  await sendQueuedDunningEmails(db(), mailer());
}

async function pay(accountIds: readonly string[], receivedDate: string) {
  const open = await db()
    .select()
    .from(invoices)
    .where(and(inArray(invoices.accountId, [...accountIds]), eq(invoices.status, 'finalized')));
  for (const invoice of open) {
    const { userErrors } = await recordPayment(ctx(), {
      accountId: invoice.accountId,
      method: 'ach',
      amount: invoice.total,
      currency: invoice.currency,
      receivedDate,
      reference: `PAY-${invoice.number}`,
    });
    expect(userErrors).toEqual([]);
  }
}

const received = (subject: RegExp) => smtp.received.filter((mail) => subject.test(mail.parsed.subject ?? ''));

describe('billing on autopilot for two cycles', () => {
  it('bills, checks, finalizes, emails and duns each account exactly as due', async () => {
    // Each day from 31 December to 20 February, twice: at 06:30 and at noon in Chicago.
    for (let day = '2026-12-31'; day <= '2027-02-20'; day = addDays(day, 1)) {
      if (day === '2027-01-02') {
        // A person approves the large accounts' drafts after reading why they were held.
        const [run] = await startDueScheduledRuns(db(), new Date('2027-01-01T12:00:00Z'));
        expect(run).toBeUndefined();
        const cycle1 = await db().select().from(invoices).where(eq(invoices.periodStart, '2026-12-01'));
        const result = await approveDraftsWithOnlyFinding(ctx(), {
          billRunId: cycle1[0]?.billRunId ?? '',
          code: 'TOTAL_ABOVE',
          reason: 'Agreed volume: 600 seats',
        });
        expect(result).toMatchObject({ approved: LARGE, userErrors: [] });
      }
      // Half the regular accounts pay before the due date, a fifth after the reminder; the rest never.
      if (day === '2027-01-20') await pay(ids.regular.slice(0, 150), day);
      if (day === '2027-02-08') await pay(ids.regular.slice(150, 200), day);
      await workersAt(new Date(`${day}T12:30:00Z`));
      await workersAt(new Date(`${day}T18:00:00Z`));
    }

    // Each cycle: one invoice per account; clean ones finalized by the schedule, held ones still drafts.
    const all = await db().select().from(invoices).where(eq(invoices.kind, 'invoice'));
    expect(all).toHaveLength(2 * ACCOUNTS);
    const byCycle = (start: string) => all.filter((invoice) => invoice.periodStart === start);
    for (const start of ['2026-12-01', '2027-01-01']) {
      const cycle = byCycle(start);
      expect(new Set(cycle.map((invoice) => invoice.accountId)).size).toBe(ACCOUNTS);
      expect(cycle.filter((invoice) => invoice.finalizedAutomatically)).toHaveLength(REGULAR);
      expect(
        cycle
          .filter((invoice) => invoice.status === 'draft')
          .map((invoice) => invoice.accountId)
          .sort(),
      ).toEqual((start === '2026-12-01' ? ids.noEmail : [...ids.noEmail, ...ids.large]).sort());
    }
    const numbers = all.flatMap((invoice) => (invoice.number ? [invoice.number] : []));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(byCycle('2026-12-01').find((invoice) => invoice.finalizedAutomatically)).toMatchObject({
      issueDate: '2027-01-01',
      dueDate: '2027-01-31',
    });

    // Emails: each finalized invoice once, to its account, none twice.
    const invoiceMails = received(/^Invoice /);
    expect(invoiceMails).toHaveLength(REGULAR + LARGE + REGULAR);
    const mailedNumbers = invoiceMails.map((mail) => mail.parsed.subject?.match(/INV-\d+/)?.[0]);
    expect(new Set(mailedNumbers).size).toBe(invoiceMails.length);
    const deliveries = await db().select().from(invoiceDeliveries);
    expect(deliveries.map((delivery) => delivery.status)).toEqual(deliveries.map(() => 'sent'));

    // Dunning on the cycle-1 invoices (due 31 January): a reminder on 5 February to the 75
    // regular and 5 large accounts that had not paid, and a final notice on 15 February to the
    // 30 that never paid; nothing to those who paid, nothing twice. Cycle 2 is not due yet.
    const events = await db().select().from(dunningEvents);
    const taken = (action: string) => events.filter((event) => event.action === action && !event.skipped);
    expect(taken('reminder')).toHaveLength(75 + LARGE);
    expect(taken('final_notice')).toHaveLength(25 + LARGE);
    expect(new Set(taken('reminder').map((event) => event.asOf))).toEqual(new Set(['2027-02-05']));
    expect(new Set(taken('final_notice').map((event) => event.asOf))).toEqual(new Set(['2027-02-15']));
    const paidEarly = new Set(ids.regular.slice(0, 150));
    expect(events.filter((event) => paidEarly.has(event.accountId))).toEqual([]);
    const dunningMails = [...received(/^Reminder: /), ...received(/^Final notice: /)];
    expect(received(/^Reminder: /)).toHaveLength(75 + LARGE);
    expect(received(/^Final notice: /)).toHaveLength(25 + LARGE);
    expect(new Set(dunningMails.map((mail) => `${mail.parsed.subject} ${mail.envelope.to}`)).size).toBe(
      dunningMails.length,
    );
    const portalNotices = await db().select().from(notices).where(inArray(notices.accountId, ids.large));
    expect(portalNotices).toHaveLength(LARGE);
  }, 600_000);
});
