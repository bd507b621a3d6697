import { afterEach, describe, expect, it, vi } from 'vitest';
import { getEnv, resetEnvCache } from '../env';
import { mailerFromEnv } from './mailer-from-env';

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

describe('mailerFromEnv', () => {
  it('is null while SMTP_URL is unset, so callers can tell email is off', () => {
    expect(mailerFromEnv({ ...getEnv(), SMTP_URL: undefined })).toBeNull();
  });

  it('builds a mailer when SMTP_URL is set, without connecting yet', () => {
    const mailer = mailerFromEnv({ ...getEnv(), SMTP_URL: 'smtp://127.0.0.1:1' });
    expect(typeof mailer?.send).toBe('function');
  });
});

describe('MAIL_FROM', () => {
  it('defaults to billing@localhost and takes a display name', () => {
    vi.stubEnv('MAIL_FROM', undefined);
    resetEnvCache();
    expect(getEnv().MAIL_FROM).toBe('billing@localhost');

    vi.stubEnv('MAIL_FROM', 'Acme Billing <billing@acme.example>');
    resetEnvCache();
    expect(getEnv().MAIL_FROM).toBe('Acme Billing <billing@acme.example>');
  });
});

describe('MAIL_REPLY_TO', () => {
  it('is optional and takes an address or "Name <address>"', () => {
    vi.stubEnv('MAIL_REPLY_TO', undefined);
    resetEnvCache();
    expect(getEnv().MAIL_REPLY_TO).toBeUndefined();

    vi.stubEnv('MAIL_REPLY_TO', 'Acme Accounts <accounts@acme.example>');
    resetEnvCache();
    expect(getEnv().MAIL_REPLY_TO).toBe('Acme Accounts <accounts@acme.example>');
  });

  it('refuses a value that is not an address, naming the variable', () => {
    vi.stubEnv('MAIL_REPLY_TO', 'Acme Accounts');
    resetEnvCache();
    expect(() => getEnv()).toThrow(/MAIL_REPLY_TO: expected an address or "Name <address>"/);
  });
});
