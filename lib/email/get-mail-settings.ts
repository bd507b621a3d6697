import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type Env, getEnv } from '../env';
import { isPlaceholderSender } from './mail-address';

export interface MailSettings {
  from: string;
  replyTo: string | null;
  isPlaceholderSender: boolean;
  isSmtpConfigured: boolean;
}

/**
 * How this server sends email: the sender customers see, where their replies go, whether
 * the sender is a placeholder, and whether a mail server is configured. Never the SMTP URL,
 * which may hold a password.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (API keys)
 */
export function getMailSettings(
  { actor }: Pick<OperationContext, 'actor'>,
  env: Env = getEnv(),
): MailSettings {
  authorize(actor, 'mailSettings');
  return {
    from: env.MAIL_FROM,
    replyTo: env.MAIL_REPLY_TO ?? null,
    isPlaceholderSender: isPlaceholderSender(env.MAIL_FROM),
    isSmtpConfigured: Boolean(env.SMTP_URL),
  };
}
