import { decode } from 'next-auth/jwt';
import type { Db } from '../../db/client';
import { getAccountContactById } from '../../db/queries/account-contacts';
import type { AccountContactRow } from '../../db/schema';
import { isUuid } from '../uuid';
import { portalSessionSecret, readPortalSessionToken } from './auth/portal-cookies';

/** The contact id a valid, unexpired portal token carries; null for anything else. */
export async function portalContactIdOf(
  cookieHeader: string | null,
  consoleSecret: string,
): Promise<string | null> {
  const token = readPortalSessionToken(cookieHeader);
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: portalSessionSecret(consoleSecret) });
    const contactId = payload?.contactId;
    return typeof contactId === 'string' && isUuid(contactId) ? contactId : null;
  } catch {
    return null;
  }
}

/**
 * Who is signed in to the portal: the contact of a valid portal session, looked up again so
 * that removing a contact ends their access at once; null when nobody is.
 */
export async function currentPortalContact(
  db: Db,
  cookieHeader: string | null,
  consoleSecret: string,
): Promise<AccountContactRow | null> {
  const contactId = await portalContactIdOf(cookieHeader, consoleSecret);
  if (!contactId) return null;
  return getAccountContactById(db, contactId);
}
