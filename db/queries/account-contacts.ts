import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { accountContacts } from '../schema';

export type NewAccountContact = typeof accountContacts.$inferInsert;

/** The contacts of some accounts, oldest first within each account. */
export async function listContactsOfAccounts(db: Db, accountIds: readonly string[]) {
  if (accountIds.length === 0) return [];
  return db
    .select()
    .from(accountContacts)
    .where(inArray(accountContacts.accountId, [...accountIds]))
    .orderBy(asc(accountContacts.createdAt), asc(accountContacts.id));
}

export async function getAccountContactById(db: Db, id: string) {
  const [row] = await db.select().from(accountContacts).where(eq(accountContacts.id, id));
  return row ?? null;
}

/** `email` as stored: trimmed and lower-cased. */
export async function getAccountContactByEmail(db: Db, email: string) {
  const [row] = await db.select().from(accountContacts).where(eq(accountContacts.email, email));
  return row ?? null;
}

/**
 * Adds a contact; null when the email is already taken (also by a concurrent insert), so
 * the caller answers with a user error rather than a failed transaction.
 */
export async function insertAccountContactIfEmailFree(db: Db, contact: NewAccountContact) {
  const [row] = await db
    .insert(accountContacts)
    .values(contact)
    .onConflictDoNothing({ target: accountContacts.email })
    .returning();
  return row ?? null;
}

/** Backdates a contact or records its first sign-in (which the portal does when they sign in). */
export async function setAccountContactTimes(
  db: Db,
  id: string,
  times: Pick<NewAccountContact, 'createdAt' | 'emailVerifiedAt'>,
) {
  const [row] = await db.update(accountContacts).set(times).where(eq(accountContacts.id, id)).returning();
  return row ?? null;
}

export async function deleteAccountContact(db: Db, id: string) {
  const [row] = await db.delete(accountContacts).where(eq(accountContacts.id, id)).returning();
  return row ?? null;
}
