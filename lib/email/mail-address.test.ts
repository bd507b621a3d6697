import { describe, expect, it } from 'vitest';
import { isPlaceholderSender, mailboxAddress } from './mail-address';

describe('isPlaceholderSender', () => {
  it.each([
    'billing@localhost',
    'Billing <billing@localhost>',
    'billing@switchboard.localhost',
    'billing@example.com',
    'Acme <billing@mail.example.org>',
    'billing@EXAMPLE.NET',
    'billing@northwind.example',
    'billing@acme.test',
    'billing@acme.invalid',
    'billing@intranet',
    'Billing',
    'not an address',
  ])('takes %s for a placeholder', (from) => {
    expect(isPlaceholderSender(from)).toBe(true);
  });

  it.each([
    'billing@acme.com',
    'Acme Billing <billing@acme.co.uk>',
    'billing@mail.example-telecom.com',
    'billing@examples.com',
    'billing@localhost.co',
    'billing@test.acme.io',
  ])('takes %s for a real sender', (from) => {
    expect(isPlaceholderSender(from)).toBe(false);
  });
});

describe('mailboxAddress', () => {
  it('reads a bare address or one with a display name', () => {
    expect(mailboxAddress('billing@acme.com')).toBe('billing@acme.com');
    expect(mailboxAddress(' Acme Billing <billing@acme.com> ')).toBe('billing@acme.com');
    expect(mailboxAddress('"Acme, Billing" <billing@acme.com>')).toBe('billing@acme.com');
  });

  it('is null without exactly one valid address', () => {
    expect(mailboxAddress('Acme Billing')).toBeNull();
    expect(mailboxAddress('Acme <billing>')).toBeNull();
    expect(mailboxAddress('<a@acme.com> <b@acme.com>')).toBeNull();
    expect(mailboxAddress('a@acme.com, b@acme.com')).toBeNull();
    expect(mailboxAddress('')).toBeNull();
  });
});
