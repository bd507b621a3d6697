import { describe, expect, it } from 'vitest';
import { campaignMessageId, invoiceMessageId, mailDomain } from './message-id';

describe('mailDomain', () => {
  it.each([
    ['Acme Billing <billing@Acme.Example>', 'acme.example'],
    ['billing@northwind.example', 'northwind.example'],
    ['"a@b" <billing@mail.acme.example>', 'mail.acme.example'],
    ['billing@localhost', 'localhost'],
    ['Billing', 'localhost'],
    ['billing@bad domain>\r\nX: y', 'localhost'],
  ])('%s → %s', (from, domain) => {
    expect(mailDomain(from)).toBe(domain);
  });
});

describe('Message-IDs', () => {
  it('are derived from what is sent, so a resend carries the same one', () => {
    expect(invoiceMessageId('inv', 'del', 'acme.example')).toBe('<invoice-inv.del@acme.example>');
    expect(campaignMessageId('del', 'acme.example')).toBe('<campaign-del@acme.example>');
  });
});
