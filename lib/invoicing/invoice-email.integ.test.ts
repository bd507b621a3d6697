import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAccountById } from '../../db/queries/accounts';
import { claimQueuedDelivery, getDeliveryById, listDeliveriesOfInvoices } from '../../db/queries/deliveries';
import { makeAccount, makeBillRun, makeProduct, makeSubscription } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { updateAccount } from '../accounts/save-account';
import { createMailer } from '../email/mailer';
import { closeSmtpServers, startSmtpServer, type TestSmtpServer } from '../email/testing/smtp-test-server';
import {
  deliverInvoiceEmail,
  INTERRUPTED_REASON,
  MAX_DELIVERY_ATTEMPTS,
  reportInterruptedInvoiceEmails,
} from './deliver-invoice-email';
import { finalizeInvoice } from './finalize-invoice';
import { listInvoices } from './invoice-queries';
import { processBillRun } from './process-bill-run';
import { resendInvoiceEmail } from './resend-invoice-email';
import { sendInvoice } from './send-invoice';

const database = setUpTestDatabase();
let smtp: TestSmtpServer;
/** Answers 451 (try later) to every recipient. */
let busy: TestSmtpServer;
/** Reads every message to its final "." and drops the connection without a reply. */
let dropping: TestSmtpServer;
let productId = '';

beforeAll(async () => {
  smtp = await startSmtpServer({ refuseRecipient: (address) => address.address.startsWith('bounce') });
  busy = await startSmtpServer({ refuseRecipient: () => true, refusalCode: 451 });
  dropping = await startSmtpServer({ dropAfterData: () => true });
  productId = (
    await makeProduct(database.db, {
      price: { currency: 'USD', model: 'per_unit', unitPrice: '42.00', effectiveFrom: '2026-01-01' },
    })
  ).id;
});
afterAll(closeSmtpServers);

const mailer = (server = smtp) =>
  createMailer({ smtpUrl: server.url, from: 'Billing <billing@northwind.example>' });

/** A finalized invoice for a new account with these delivery settings. */
async function finalizedFor(fields: Parameters<typeof makeAccount>[1]) {
  const account = await makeAccount(database.db, fields);
  await makeSubscription(database.db, { accountId: account.id, productId });
  const run = await makeBillRun(database.db, {
    periodStart: '2026-10-01',
    periodEnd: '2026-11-01',
    accountIds: [account.id],
  });
  await processBillRun(database.db, run.id);
  const draft = (await listInvoices(database.ctx(), { filter: { billRunId: run.id } })).edges[0]?.node;
  const { invoice } = await finalizeInvoice(database.ctx(), { id: draft?.id ?? '', issueDate: '2026-11-01' });
  if (!invoice) throw new Error('not finalized');
  return invoice;
}

describe('emailing invoices', () => {
  it('queues an email on finalizing and sends it once over SMTP, PDF attached, however often it is retried', async () => {
    const invoice = await finalizedFor({ billingEmail: 'ap@acme.example', invoiceDelivery: 'email' });
    const [delivery] = await listDeliveriesOfInvoices(database.db, [invoice.id]);
    expect(delivery).toMatchObject({ status: 'queued', recipient: 'ap@acme.example' });

    const before = smtp.received.length;
    const outcomes = await Promise.all(
      [1, 2, 3].map(() => deliverInvoiceEmail(database.db, delivery?.id ?? '', mailer())),
    );
    expect(outcomes.filter((outcome) => outcome === 'sent')).toHaveLength(1);
    expect(await deliverInvoiceEmail(database.db, delivery?.id ?? '', mailer())).toBe('skipped');
    const received = smtp.received.slice(before);
    expect(received).toHaveLength(1);
    expect(received[0]?.envelope.to).toEqual(['ap@acme.example']);
    // Derived from what it is, on MAIL_FROM's domain: the same on every attempt.
    expect(received[0]?.parsed.messageId).toBe(`<invoice-${invoice.id}.${delivery?.id}@northwind.example>`);
    expect(received[0]?.parsed.subject).toContain(invoice.number ?? 'no number');
    expect(received[0]?.parsed.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      [`${invoice.number}.pdf`, 'application/pdf'],
    ]);
    expect(await getDeliveryById(database.db, delivery?.id ?? '')).toMatchObject({
      status: 'sent',
      transport: 'smtp',
    });
  });

  it('queues nothing for accounts that take invoices another way', async () => {
    const invoice = await finalizedFor({ billingEmail: 'ap@portal.example', invoiceDelivery: 'portal' });
    expect(await listDeliveriesOfInvoices(database.db, [invoice.id])).toEqual([]);
  });

  it('takes a 550 as a bounce at once, keeps the reply, and marks the billing address as bouncing until it changes', async () => {
    const invoice = await finalizedFor({ billingEmail: 'bounce@acme.example', invoiceDelivery: 'email' });
    const [delivery] = await listDeliveriesOfInvoices(database.db, [invoice.id]);
    expect(await deliverInvoiceEmail(database.db, delivery?.id ?? '', mailer())).toBe('bounced');
    expect(await deliverInvoiceEmail(database.db, delivery?.id ?? '', mailer())).toBe('skipped');
    expect(await getDeliveryById(database.db, delivery?.id ?? '')).toMatchObject({
      status: 'bounced',
      attempts: 1,
      error: expect.stringContaining('550 Mailbox bounce@acme.example unavailable'),
    });
    const bounced = await getAccountById(database.db, invoice.accountId);
    expect(bounced?.billingEmailBouncedAt).toBeInstanceOf(Date);
    expect(bounced?.billingEmailBounceReply).toBe('550 Mailbox bounce@acme.example unavailable');

    // A re-send to another address that bounces says nothing about the billing address.
    await updateAccount(database.ctx(), invoice.accountId, { billingEmail: 'ap@acme.example' });
    expect(await getAccountById(database.db, invoice.accountId)).toMatchObject({
      billingEmailBouncedAt: null,
      billingEmailBounceReply: null,
    });
    const { delivery: other } = await sendInvoice(database.ctx(), {
      id: invoice.id,
      to: 'bounce2@acme.example',
    });
    expect(await deliverInvoiceEmail(database.db, other?.id ?? '', mailer())).toBe('bounced');
    expect((await getAccountById(database.db, invoice.accountId))?.billingEmailBouncedAt).toBeNull();
  });

  it('retries a 4xx refusal, then gives up as failed with the reason', async () => {
    const invoice = await finalizedFor({ billingEmail: 'ap@busy.example', invoiceDelivery: 'email' });
    const [delivery] = await listDeliveriesOfInvoices(database.db, [invoice.id]);
    const outcomes = [];
    for (let attempt = 0; attempt < MAX_DELIVERY_ATTEMPTS; attempt++)
      outcomes.push(await deliverInvoiceEmail(database.db, delivery?.id ?? '', mailer(busy)));
    expect(outcomes).toEqual([...Array(MAX_DELIVERY_ATTEMPTS - 1).fill('retry'), 'failed']);
    expect(await getDeliveryById(database.db, delivery?.id ?? '')).toMatchObject({
      status: 'failed',
      attempts: MAX_DELIVERY_ATTEMPTS,
      error: expect.stringContaining('451'),
    });
    expect(busy.received).toHaveLength(0);
  });

  it('reports a connection dropped after the message was sent as outcome unknown, and a resend reuses its Message-ID', async () => {
    const invoice = await finalizedFor({ billingEmail: 'ap@dropped.example', invoiceDelivery: 'email' });
    const [delivery] = await listDeliveriesOfInvoices(database.db, [invoice.id]);
    const id = delivery?.id ?? '';
    expect(await deliverInvoiceEmail(database.db, id, mailer(dropping))).toBe('unknown');
    // Never retried on its own: not by the job, not by the sweep.
    expect(await deliverInvoiceEmail(database.db, id, mailer())).toBe('skipped');
    const unknown = await getDeliveryById(database.db, id);
    expect(unknown).toMatchObject({
      status: 'unknown',
      attempts: 1,
      messageId: `<invoice-${invoice.id}.${id}@northwind.example>`,
      error: expect.stringMatching(/^Outcome unknown: .*Connection closed/),
    });

    // A new email (new Message-ID) to the same address needs a confirmation.
    expect((await sendInvoice(database.ctx(), { id: invoice.id })).userErrors[0]).toMatchObject({
      code: 'INVALID_STATE',
      field: ['input', 'confirmDespiteUnknown'],
    });
    // Only an unknown outcome is resent this way.
    const { delivery: sentOne } = await sendInvoice(database.ctx(), {
      id: invoice.id,
      confirmDespiteUnknown: true,
    });
    await deliverInvoiceEmail(database.db, sentOne?.id ?? '', mailer());
    expect(
      (await resendInvoiceEmail(database.ctx(), { emailId: sentOne?.id ?? '' })).userErrors[0]?.code,
    ).toBe('INVALID_STATE');

    const before = smtp.received.length;
    const { delivery: requeued, userErrors } = await resendInvoiceEmail(database.ctx(), { emailId: id });
    expect(userErrors).toEqual([]);
    expect(requeued).toMatchObject({ status: 'queued', messageId: unknown?.messageId });
    expect(await deliverInvoiceEmail(database.db, id, mailer())).toBe('sent');
    const received = smtp.received.slice(before);
    expect(received.map((mail) => mail.parsed.messageId)).toEqual([unknown?.messageId]);
    expect(await getDeliveryById(database.db, id)).toMatchObject({
      status: 'sent',
      attempts: 2,
      error: null,
    });
  });

  it('reports a send a dead process left mid-conversation as outcome unknown, not sent again', async () => {
    const invoice = await finalizedFor({ billingEmail: 'ap@crashed.example', invoiceDelivery: 'email' });
    const [delivery] = await listDeliveriesOfInvoices(database.db, [invoice.id]);
    // What a process killed mid-send leaves behind: claimed, never settled.
    await claimQueuedDelivery(database.db, delivery?.id ?? '');
    expect(await reportInterruptedInvoiceEmails(database.db, new Date(Date.now() - 60_000))).toBe(0);
    expect(await reportInterruptedInvoiceEmails(database.db, new Date(Date.now() + 60_000))).toBe(1);
    expect(await deliverInvoiceEmail(database.db, delivery?.id ?? '', mailer())).toBe('skipped');
    expect(await getDeliveryById(database.db, delivery?.id ?? '')).toMatchObject({
      status: 'unknown',
      error: INTERRUPTED_REASON,
    });
  });

  it('re-sends on request to another address, and without SMTP puts it in the outbox', async () => {
    const invoice = await finalizedFor({ billingEmail: null, invoiceDelivery: 'email' });
    expect(await listDeliveriesOfInvoices(database.db, [invoice.id])).toEqual([]);
    expect((await sendInvoice(database.ctx(), { id: invoice.id })).userErrors[0]?.code).toBe('REQUIRED');
    expect(
      (await sendInvoice(database.ctx(), { id: invoice.id, to: 'not an address' })).userErrors[0]?.code,
    ).toBe('INVALID');
    const { delivery } = await sendInvoice(database.ctx(), { id: invoice.id, to: 'CFO@Acme.example' });
    expect(await deliverInvoiceEmail(database.db, delivery?.id ?? '', null)).toBe('sent');
    expect(await getDeliveryById(database.db, delivery?.id ?? '')).toMatchObject({
      recipient: 'cfo@acme.example',
      transport: 'outbox',
      subject: expect.stringContaining(invoice.number ?? 'no number'),
    });
  });
});
