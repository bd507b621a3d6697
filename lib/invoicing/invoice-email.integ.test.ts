import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDeliveryById, listDeliveriesOfInvoices } from '../../db/queries/deliveries';
import { makeAccount, makeBillRun, makeProduct, makeSubscription } from '../../db/seed/factories';
import { setUpTestDatabase } from '../../db/testing/set-up-test-database';
import { createMailer } from '../email/mailer';
import { closeSmtpServers, startSmtpServer, type TestSmtpServer } from '../email/testing/smtp-test-server';
import { deliverInvoiceEmail, MAX_DELIVERY_ATTEMPTS } from './deliver-invoice-email';
import { finalizeInvoice } from './finalize-invoice';
import { listInvoices } from './invoice-queries';
import { processBillRun } from './process-bill-run';
import { sendInvoice } from './send-invoice';

const database = setUpTestDatabase();
let smtp: TestSmtpServer;
let productId = '';

beforeAll(async () => {
  smtp = await startSmtpServer({ refuseRecipient: (address) => address.address.startsWith('bounce') });
  productId = (
    await makeProduct(database.db, {
      price: { currency: 'USD', model: 'per_unit', unitPrice: '42.00', effectiveFrom: '2026-01-01' },
    })
  ).id;
});
afterAll(closeSmtpServers);

const mailer = () => createMailer({ smtpUrl: smtp.url, from: 'Billing <billing@northwind.example>' });

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

  it('records a refused recipient, retries, then gives up as failed with the reason', async () => {
    const invoice = await finalizedFor({ billingEmail: 'bounce@acme.example', invoiceDelivery: 'email' });
    const [delivery] = await listDeliveriesOfInvoices(database.db, [invoice.id]);
    const outcomes = [];
    for (let attempt = 0; attempt < MAX_DELIVERY_ATTEMPTS; attempt++)
      outcomes.push(await deliverInvoiceEmail(database.db, delivery?.id ?? '', mailer()));
    expect(outcomes).toEqual([...Array(MAX_DELIVERY_ATTEMPTS - 1).fill('retry'), 'failed']);
    expect(await getDeliveryById(database.db, delivery?.id ?? '')).toMatchObject({
      status: 'failed',
      attempts: MAX_DELIVERY_ATTEMPTS,
      error: expect.stringContaining('550'),
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
