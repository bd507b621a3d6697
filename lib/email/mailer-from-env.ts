import { type Env, getEnv } from '../env';
import { createMailer, type Mailer } from './mailer';

/**
 * The configured mailer: SMTP_URL with MAIL_FROM as the sender and MAIL_REPLY_TO, when set,
 * as Reply-To; or null when SMTP_URL is unset, so callers decide what "email is off" means
 * (skip, or tell the user) instead of failing on a missing server.
 */
export function mailerFromEnv(env: Env = getEnv()): Mailer | null {
  if (!env.SMTP_URL) return null;
  return createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, replyTo: env.MAIL_REPLY_TO });
}
