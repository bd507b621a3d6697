import type { Adapter, AdapterUser } from 'next-auth/adapters';
import type { Db } from '../../../db/client';
import { getAccountContactById } from '../../../db/queries/account-contacts';
import {
  findAccountContactByEmail,
  insertPortalVerificationToken,
  markAccountContactVerified,
  takePortalVerificationToken,
} from '../../../db/queries/portal';
import type { AccountContactRow } from '../../../db/schema';

function asUser(contact: AccountContactRow): AdapterUser {
  return {
    id: contact.id,
    email: contact.email,
    name: contact.name || null,
    emailVerified: contact.emailVerifiedAt,
  };
}

/** The account contact with this email (compared case-insensitively), if any. */
export function findContactByEmail(db: Db, email: string): Promise<AccountContactRow | null> {
  return findAccountContactByEmail(db, email);
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
      const contact = await getAccountContactById(await getDb(), id);
      return contact ? asUser(contact) : null;
    },
    async updateUser(user) {
      // The first sign-in proves the address; later ones change nothing.
      const contact = await markAccountContactVerified(await getDb(), user.id, user.emailVerified ?? null);
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
      await insertPortalVerificationToken(await getDb(), token);
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      return takePortalVerificationToken(await getDb(), identifier, token);
    },
  };
}
