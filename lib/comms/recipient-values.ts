import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AudienceAccount } from '../../db/queries/audiences';
import { getSessionSecret } from '../auth/session-secret';
import { getEnv } from '../env';
import { firstInvoiceDate, type RecipientValues } from './template-variables';

/** Where the console and portal are reached from outside. */
export function publicBaseUrl(): string {
  const env = getEnv();
  return (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
}

/** Who customers are told to contact: SUPPORT_CONTACT, else the address mail comes from. */
export function supportContact(): string {
  const env = getEnv();
  return env.SUPPORT_CONTACT ?? env.MAIL_FROM;
}

/**
 * The values of a template's variables for one account. An account in no wave has no
 * cutover date, so neither date is there: no stand-in text is invented for it.
 */
export function recipientValues(account: AudienceAccount): RecipientValues {
  return {
    accountName: account.name,
    ...(account.cutoverDate
      ? { cutoverDate: account.cutoverDate, firstInvoiceDate: firstInvoiceDate(account.cutoverDate, account) }
      : {}),
    portalLink: `${publicBaseUrl()}/portal`,
    supportContact: supportContact(),
  };
}

const unsubscribeMac = (email: string) =>
  createHmac('sha256', `unsubscribe:${getSessionSecret()}`).update(email.toLowerCase()).digest('base64url');

/** A link that unsubscribes this address from non-critical messages, signed so it cannot be forged for another. */
export function unsubscribeLink(email: string): string {
  const query = new URLSearchParams({ email: email.toLowerCase(), token: unsubscribeMac(email) });
  return `${publicBaseUrl()}/api/comms/unsubscribe?${query}`;
}

/**
 * The headers that let a mailbox provider offer its own unsubscribe button on a non-critical
 * email to this address (RFC 2369, RFC 8058): the signed link, and the one-click POST large
 * providers require of bulk senders. One-click needs an HTTPS link (RFC 8058 section 3.1), so
 * behind a plain-http NEXTAUTH_URL (a local install) only the link is given. No mailto: we
 * have no mailbox that acts on unsubscribe requests.
 */
export function listUnsubscribeHeaders(email: string): Record<string, string> {
  const link = unsubscribeLink(email);
  if (!link.startsWith('https://')) return { 'List-Unsubscribe': `<${link}>` };
  return { 'List-Unsubscribe': `<${link}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

/** What an unsubscribe token reads as wherever a message is shown rather than sent. */
export const HIDDEN_TOKEN = 'hidden';

/**
 * A message as the console and the API show it: the token of each unsubscribe link replaced,
 * since it lets whoever holds it unsubscribe that address. Only the recipient, in the email
 * itself, gets the working link; shown messages carry no secret, so they are not
 * secret-bearing (see `Rule.secretBearing`).
 */
export function withoutUnsubscribeTokens(text: string): string {
  return text.replace(/(\/api\/comms\/unsubscribe\?\S*?\btoken=)[^&\s]+/g, `$1${HIDDEN_TOKEN}`);
}

export function isValidUnsubscribeToken(email: string, token: string): boolean {
  const expected = Buffer.from(unsubscribeMac(email));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The recipients of an account on the email channel: its billing email and its contacts, once each. */
export function emailRecipients(account: AudienceAccount): string[] {
  const all = [account.billingEmail, ...account.contacts].filter((email): email is string => Boolean(email));
  return [...new Set(all.map((email) => email.trim().toLowerCase()))];
}
