import { afterEach, describe, expect, it } from 'vitest';
import { getEnv } from '../env';
import { composeInvoiceEmail } from '../invoicing/email-invoice';
import { renderInvoicePdf } from '../invoicing/pdf/render-invoice-pdf';
import { sampleInvoiceDocument } from '../invoicing/pdf/sample-invoice-document';
import { createMailer, MailError } from './mailer';
import { mailerFromEnv } from './mailer-from-env';
import { closeSmtpServers, type ReceivedMail, startSmtpServer } from './testing/smtp-test-server';

afterEach(closeSmtpServers);

const doc = sampleInvoiceDocument();

describe('createMailer over SMTP', () => {
  it('delivers a composed invoice email with its PDF, byte for byte', async () => {
    const server = await startSmtpServer();
    const pdf = await renderInvoicePdf(doc);
    const email = composeInvoiceEmail(doc, pdf);
    const mailer = createMailer({
      smtpUrl: server.url,
      from: 'Northwind Billing <billing@northwind.example>',
    });

    const sent = await mailer.send(email);

    expect(sent.response).toMatch(/^250/);
    expect(server.received).toHaveLength(1);
    const [{ envelope, parsed }] = server.received as [ReceivedMail];
    expect(envelope).toEqual({ from: 'billing@northwind.example', to: ['billing@acme.example'] });
    expect(parsed.from?.value).toEqual([{ name: 'Northwind Billing', address: 'billing@northwind.example' }]);
    expect(parsed.to).toMatchObject({ value: [{ address: 'billing@acme.example' }] });
    expect(parsed.subject).toBe('Invoice INV-000042 from Northwind Telecom Ltd: USD 146.27 due 2026-12-31');
    expect(parsed.messageId).toBe(sent.messageId);
    expect(parsed.text).toContain('Amount due: USD 146.27');
    expect(parsed.html).toContain('USD 146.27');

    expect(parsed.attachments).toHaveLength(1);
    const [attachment] = parsed.attachments;
    expect(attachment?.filename).toBe('INV-000042.pdf');
    expect(attachment?.contentType).toBe('application/pdf');
    expect(new Uint8Array(attachment?.content ?? [])).toEqual(pdf);
  });

  it('rejects with the recipient and the server reply when the server refuses the recipient', async () => {
    const server = await startSmtpServer({ refuseRecipient: () => true });
    const mailer = createMailer({ smtpUrl: server.url, from: 'billing@northwind.example' });
    const email = composeInvoiceEmail(doc, await renderInvoicePdf(doc));

    const sending = mailer.send(email);

    await expect(sending).rejects.toThrow(/^Sending mail to billing@acme\.example failed/);
    await expect(sending).rejects.toThrow(
      /recipients were rejected: 550 Mailbox billing@acme\.example unavailable/,
    );
    await expect(sending).rejects.toMatchObject({ outcome: 'bounced', responseCode: 550 });
    expect(server.received).toHaveLength(0);
  });

  it('reports the outcome as unknown when the connection drops after the message body was sent', async () => {
    const server = await startSmtpServer({ dropAfterData: () => true });
    const mailer = createMailer({ smtpUrl: server.url, from: 'billing@northwind.example' });

    const error = await mailer.send({ to: 'ap@acme.example', subject: 'Hi', text: 'Body' }).catch((e) => e);

    expect(error).toBeInstanceOf(MailError);
    expect(error).toMatchObject({ outcome: 'unknown', responseCode: null });
    expect(error.message).toMatch(/^Sending mail to ap@acme\.example failed: .*Connection closed/);
  });

  it('takes a 4xx reply as a temporary refusal, and signals each message it accepts', async () => {
    const accepted: string[] = [];
    const server = await startSmtpServer({
      refuseRecipient: (address) => address.address.startsWith('busy'),
      refusalCode: 451,
      onAccepted: (mail) => accepted.push(...mail.envelope.to),
    });
    const mailer = createMailer({ smtpUrl: server.url, from: 'billing@northwind.example' });

    await expect(mailer.send({ to: 'busy@acme.example', subject: 'Hi', text: 'x' })).rejects.toMatchObject({
      outcome: 'temporary',
      responseCode: 451,
    });
    await mailer.send({ to: 'ap@acme.example', subject: 'Hi', text: 'x', messageId: '<m-1@acme.example>' });
    expect(accepted).toEqual(['ap@acme.example']);
    expect(server.received[0]?.parsed.messageId).toBe('<m-1@acme.example>');
    expect(mailer.domain).toBe('northwind.example');
  });

  it('rejects, naming the cause, when no server listens', async () => {
    const server = await startSmtpServer();
    const { url } = server;
    await server.close();
    const mailer = createMailer({ smtpUrl: url, from: 'billing@northwind.example' });

    const sending = mailer.send(composeInvoiceEmail(doc, new Uint8Array([1])));
    await expect(sending).rejects.toThrow(/Sending mail to billing@acme\.example failed: .*ECONNREFUSED/);
    await expect(sending).rejects.toMatchObject({ outcome: 'temporary' });
  });

  it('mailerFromEnv sends from MAIL_FROM through SMTP_URL', async () => {
    const server = await startSmtpServer();
    const mailer = mailerFromEnv({ ...getEnv(), SMTP_URL: server.url, MAIL_FROM: 'billing@localhost' });

    await mailer?.send({ to: 'ops@acme.example', subject: 'Hello', text: 'Plain text only' });

    expect(server.received.map((mail) => mail.envelope)).toEqual([
      { from: 'billing@localhost', to: ['ops@acme.example'] },
    ]);
    expect(server.received[0]?.parsed.text?.trim()).toBe('Plain text only');
    expect(server.received[0]?.parsed.replyTo).toBeUndefined();
  });

  it('mailerFromEnv gives every message MAIL_REPLY_TO as Reply-To when it is set', async () => {
    const server = await startSmtpServer();
    const mailer = mailerFromEnv({
      ...getEnv(),
      SMTP_URL: server.url,
      MAIL_FROM: 'Northwind Billing <billing@northwind.example>',
      MAIL_REPLY_TO: 'Northwind Accounts <accounts@northwind.example>',
    });

    await mailer?.send(composeInvoiceEmail(doc, new Uint8Array([1])));

    const [{ parsed }] = server.received as [ReceivedMail];
    expect(parsed.replyTo?.value).toEqual([
      { name: 'Northwind Accounts', address: 'accounts@northwind.example' },
    ]);
    expect(parsed.from?.value).toEqual([{ name: 'Northwind Billing', address: 'billing@northwind.example' }]);
  });
});
