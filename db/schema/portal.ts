import { index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { createdAt, id, timestampMs } from './columns';
import { deliveryTransportEnum } from './deliveries';

// The customer portal: the people of an account who may sign in, next-auth's sign-in links,
// and the sign-in emails sent (or kept in the outbox when no mail server is configured).

/** People of a customer account who may sign in to the portal. */
export const accountContacts = pgTable(
  'account_contacts',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    email: text().notNull(),
    name: text().notNull().default(''),
    emailVerifiedAt: timestampMs(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('account_contacts_email_key').on(t.email),
    index('account_contacts_account_idx').on(t.accountId),
  ],
);

/** next-auth's email sign-in links for the portal: the token is stored hashed. */
export const portalVerificationTokens = pgTable(
  'portal_verification_tokens',
  {
    identifier: text().notNull(),
    token: text().notNull(),
    expires: timestampMs().notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/**
 * Each sign-in link asked for. With a mail server the link itself is not kept (only that it
 * went out); without one the email waits here, link included, for the console's outbox.
 */
export const portalSignInEmails = pgTable(
  'portal_sign_in_emails',
  {
    id: id(),
    contactId: uuid()
      .notNull()
      .references(() => accountContacts.id, { onDelete: 'cascade' }),
    recipient: text().notNull(),
    subject: text().notNull(),
    transport: deliveryTransportEnum().notNull(),
    /** The message with its link; null once it has gone to a mail server. */
    text: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index('portal_sign_in_emails_created_idx').on(t.createdAt),
    // The sign-in throttle counts a contact's recent emails.
    index('portal_sign_in_emails_contact_idx').on(t.contactId, t.createdAt),
  ],
);

export type AccountContactRow = typeof accountContacts.$inferSelect;
export type PortalSignInEmailRow = typeof portalSignInEmails.$inferSelect;
