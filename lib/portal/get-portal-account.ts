import type { Db } from '../../db/client';
import { getAccountById } from '../../db/queries/accounts';
import type { PortalAccount, PortalContact } from './types';

/**
 * The account of the contact signed in to the portal: the only account the portal shows
 * them. The caller has settled who the contact is (`currentPortalContact`).
 */
export function getPortalAccount(db: Db, contact: PortalContact): Promise<PortalAccount | null> {
  return getAccountById(db, contact.accountId);
}
