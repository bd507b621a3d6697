import { and, eq, lt, sql } from 'drizzle-orm';
import type { Adapter, AdapterUser } from 'next-auth/adapters';
import type { Db } from '../../../db/client';
import { type AccountContactRow, accountContacts, portalVerificationTokens } from '../../../db/schema';

function asUser(contact: AccountContactRow): AdapterUser {
  return {
    id: contact.id,
    email: contact.email,
    name: contact.name || null,
    emailVerified: contact.emailVerifiedAt,
  };
}

/** The account contact with this email (compared case-insensitively), if any. */
export async function findContactByEmail(db: Db, email: string): Promise<AccountContactRow | null> {
  const [contact] = await db
    .select()
    .from(accountContacts)
    .where(eq(sql`lower(${accountContacts.email})`, email.trim().toLowerCase()));
  return contact ?? null;
}

/**
 * next-auth's storage for email sign-in, over the accounts' contacts: only people staff
 * added can sign in, so it never creates or links users. next-auth hands over sign-in
 * tokens already hashed; a token is deleted when used, and expired ones when a new one is made.
 */
export function portalAdapter(getDb: () => Promise<Db>): Adapter {
  return {
    async getUserByEmail(email) {
      const contact = await findContactByEmail(await getDb(), email);
      return contact ? asUser(contact) : null;
    },
    async getUser(id) {
      const [contact] = await (await getDb())
        .select()
        .from(accountContacts)
        .where(eq(accountContacts.id, id));
      return contact ? asUser(contact) : null;
    },
    async updateUser(user) {
      const db = await getDb();
      const [contact] = await db
        .update(accountContacts)
        // The first sign-in proves the address; later ones change nothing.
        .set(
          user.emailVerified
            ? {
                emailVerifiedAt: sql`coalesce(${accountContacts.emailVerifiedAt}, ${user.emailVerified.toISOString()}::timestamptz)`,
              }
            : {},
        )
        .where(eq(accountContacts.id, user.id))
        .returning();
      if (!contact) throw new Error('The contact was removed while signing in.');
      return asUser(contact);
    },
    async createUser() {
      throw new Error('The customer portal admits only the contacts staff added to an account.');
    },
    async getUserByAccount() {
      return null;
    },
    async createVerificationToken(token) {
      const db = await getDb();
      await db.delete(portalVerificationTokens).where(lt(portalVerificationTokens.expires, new Date()));
      await db.insert(portalVerificationTokens).values(token);
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      const [used] = await (await getDb())
        .delete(portalVerificationTokens)
        .where(
          and(eq(portalVerificationTokens.identifier, identifier), eq(portalVerificationTokens.token, token)),
        )
        .returning();
      return used ?? null;
    },
  };
}
