import type { PortalSignInEmailRow } from '../../db/schema';

/** A sign-in link mailed to a contact, as kept in the outbox. */
export type PortalSignInEmailRecord = PortalSignInEmailRow;
