import { listOutboxSignInEmails } from '../../db/queries/portal';
import { recordSecretView } from '../audit/record-secret-view';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';

/**
 * Portal sign-in emails kept in the outbox (no mail server), newest first. Their links sign
 * a contact in: a secret-bearing operation, for admin people only, and each viewing is
 * written to the audit log with how many links were shown.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (anyone but an admin person; every API key)
 */
export async function listPortalSignInOutbox(ctx: OperationContext, args: { first: number }) {
  authorize(ctx.actor, 'portalSignInOutbox');
  const first = Math.max(1, Math.min(args.first, 200));
  const emails = await listOutboxSignInEmails(ctx.db, first);
  await recordSecretView(ctx, 'portalSignInOutbox', { first, shown: emails.length });
  return emails;
}
