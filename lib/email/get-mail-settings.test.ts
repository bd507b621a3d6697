import { describe, expect, it } from 'vitest';
import { systemActor } from '../auth/actor';
import { getEnv } from '../env';
import { getMailSettings } from './get-mail-settings';

const as = { actor: systemActor('test') };

describe('getMailSettings', () => {
  it('calls the default sender a placeholder and says when no mail server is configured', () => {
    const env = {
      ...getEnv(),
      MAIL_FROM: 'billing@localhost',
      MAIL_REPLY_TO: undefined,
      SMTP_URL: undefined,
    };
    expect(getMailSettings(as, env)).toEqual({
      from: 'billing@localhost',
      replyTo: null,
      isPlaceholderSender: true,
      isSmtpConfigured: false,
    });
  });

  it('reads a real sender, its Reply-To and the mail server, never the server URL', () => {
    const env = {
      ...getEnv(),
      MAIL_FROM: 'Acme Billing <billing@acme.com>',
      MAIL_REPLY_TO: 'accounts@acme.com',
      SMTP_URL: 'smtp://user:secret@mail.acme.com:587',
    };
    const settings = getMailSettings(as, env);
    expect(settings).toEqual({
      from: 'Acme Billing <billing@acme.com>',
      replyTo: 'accounts@acme.com',
      isPlaceholderSender: false,
      isSmtpConfigured: true,
    });
    expect(JSON.stringify(settings)).not.toContain('secret');
  });

  it('refuses anonymous callers', () => {
    expect(() => getMailSettings({ actor: { kind: 'anonymous' } })).toThrow(/Sign in/);
  });
});
