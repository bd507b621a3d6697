import { and, count, desc, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  accountContacts,
  cutoverWaveAccounts,
  cutoverWaves,
  invoices,
  portalSignInEmails,
  portalVerificationTokens,
} from '../schema';

// What the customer portal reads and writes: its contacts' sign-in, and their account's view.

/** The account contact with this email, compared case-insensitively. */
export async function findAccountContactByEmail(db: Db, email: string) {
  const [contact] = await db
    .select()
    .from(accountContacts)
    .where(eq(sql`lower(${accountContacts.email})`, email.trim().toLowerCase()));
  return contact ?? null;
}

/** Records when the contact first proved their address; a later sign-in changes nothing. */
export async function markAccountContactVerified(db: Db, id: string, verifiedAt: Date | null) {
  const [contact] = await db
    .update(accountContacts)
    .set(
      verifiedAt
        ? {
            emailVerifiedAt: sql`coalesce(${accountContacts.emailVerifiedAt}, ${verifiedAt.toISOString()}::timestamptz)`,
          }
        : {},
    )
    .where(eq(accountContacts.id, id))
    .returning();
  return contact ?? null;
}

export type NewPortalVerificationToken = typeof portalVerificationTokens.$inferInsert;

/** Stores a sign-in token (already hashed by next-auth), deleting the expired ones. */
export async function insertPortalVerificationToken(db: Db, token: NewPortalVerificationToken) {
  await db.delete(portalVerificationTokens).where(lt(portalVerificationTokens.expires, new Date()));
  await db.insert(portalVerificationTokens).values(token);
}

/** Deletes the token and returns it: it works once. Null when there is no such token. */
export async function takePortalVerificationToken(db: Db, identifier: string, token: string) {
  const [used] = await db
    .delete(portalVerificationTokens)
    .where(
      and(eq(portalVerificationTokens.identifier, identifier), eq(portalVerificationTokens.token, token)),
    )
    .returning();
  return used ?? null;
}

/** How many sign-in emails a contact was sent since then. */
export async function countSignInEmailsSince(db: Db, contactId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ sent: count() })
    .from(portalSignInEmails)
    .where(and(eq(portalSignInEmails.contactId, contactId), gt(portalSignInEmails.createdAt, since)));
  return row?.sent ?? 0;
}

export async function insertPortalSignInEmail(db: Db, email: typeof portalSignInEmails.$inferInsert) {
  await db.insert(portalSignInEmails).values(email);
}

/** Sign-in emails kept in the outbox (no mail server), newest first. */
export async function listOutboxSignInEmails(db: Db, limit: number) {
  return db
    .select()
    .from(portalSignInEmails)
    .where(eq(portalSignInEmails.transport, 'outbox'))
    .orderBy(desc(portalSignInEmails.createdAt))
    .limit(limit);
}

/** The cutover wave the account is in, if any. */
export async function getCutoverWaveOfAccount(db: Db, accountId: string) {
  const [wave] = await db
    .select({
      name: cutoverWaves.name,
      status: cutoverWaves.status,
      cutoverDate: cutoverWaves.cutoverDate,
      plannedDate: cutoverWaves.plannedDate,
    })
    .from(cutoverWaveAccounts)
    .innerJoin(cutoverWaves, eq(cutoverWaves.id, cutoverWaveAccounts.waveId))
    .where(eq(cutoverWaveAccounts.accountId, accountId));
  return wave ?? null;
}

/** The account's invoices and credit notes but drafts, by issue date newest first, at most `limit`. */
export async function listIssuedInvoicesOfAccount(db: Db, accountId: string, limit: number) {
  return db
    .select()
    .from(invoices)
    .where(and(eq(invoices.accountId, accountId), ne(invoices.status, 'draft')))
    .orderBy(sql`${invoices.issueDate} desc nulls last`, desc(invoices.createdAt))
    .limit(limit);
}
