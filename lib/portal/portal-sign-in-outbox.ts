import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { portalSignInEmails } from '../../db/schema';

/** Portal sign-in emails kept in the outbox (no mail server), newest first. */
export function listPortalSignInOutbox(db: Db, first: number) {
  return db
    .select()
    .from(portalSignInEmails)
    .where(eq(portalSignInEmails.transport, 'outbox'))
    .orderBy(desc(portalSignInEmails.createdAt))
    .limit(Math.max(1, Math.min(first, 200)));
}
