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
