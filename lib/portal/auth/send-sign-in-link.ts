import type { Db } from '../../../db/client';
import { getOrganizationRow } from '../../../db/queries/organization';
import { countSignInEmailsSince, insertPortalSignInEmail } from '../../../db/queries/portal';
import { escapeHtml } from '../../email/escape-html';
import { mailerFromEnv } from '../../email/mailer-from-env';
import { findContactByEmail } from './portal-adapter';
import { toPortalAuthUrl } from './portal-auth-url';

/**
 * At most this many sign-in emails per contact in THROTTLE_MINUTES: the form is open to anyone,
 * and must not become a way to flood a customer's mailbox. Beyond it the page looks the same.
 */
export const MAX_SIGN_IN_EMAILS = 5;
const THROTTLE_MINUTES = 15;

async function recentSignInEmails(db: Db, contactId: string): Promise<number> {
  return countSignInEmailsSince(db, contactId, new Date(Date.now() - THROTTLE_MINUTES * 60_000));
}

interface SignInLinkRequest {
  identifier: string;
  url: string;
  expires: Date;
}

function signInMessage(provider: string | null, link: string, expires: Date) {
  const minutes = Math.round((expires.getTime() - Date.now()) / 60_000);
  const portal = provider ? `${provider}'s customer portal` : 'the customer portal';
  const subject = `Sign in to ${portal}`;
  const text = [
    `Open this link to sign in to ${portal}:`,
    '',
    link,
    '',
    `It works once, for the next ${minutes} minutes. If you did not ask to sign in, ignore this email.`,
  ].join('\n');
  const html = `<p>Open this link to sign in to ${escapeHtml(portal)}:</p>
<p><a href="${escapeHtml(link)}">Sign in to the portal</a></p>
<p>It works once, for the next ${minutes} minutes. If you did not ask to sign in, ignore this email.</p>`;
  return { subject, text, html };
}

/**
 * Sends a contact their sign-in link over SMTP_URL's server, or keeps it in the outbox when
 * no server is configured, and records that it was asked for.
 * @throws Error when the mail server refuses the message (next-auth shows the sign-in page's error).
 */
export async function sendSignInLink(db: Db, request: SignInLinkRequest): Promise<void> {
  const contact = await findContactByEmail(db, request.identifier);
  if (!contact || (await recentSignInEmails(db, contact.id)) >= MAX_SIGN_IN_EMAILS) return;
  const link = toPortalAuthUrl(request.url);
  const provider = (await getOrganizationRow(db))?.name ?? null;
  const message = signInMessage(provider, link, request.expires);
  const mailer = mailerFromEnv();
  if (mailer) await mailer.send({ to: contact.email, ...message });
  await insertPortalSignInEmail(db, {
    contactId: contact.id,
    recipient: contact.email,
    subject: message.subject,
    transport: mailer ? 'smtp' : 'outbox',
    text: mailer ? null : message.text,
  });
}
