import { listOutboxDeliveries } from '../../db/queries/comms';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import type { CampaignDeliveryRow } from './types';

/**
 * Emails kept in the outbox (no SMTP server), newest first, at most `first` (1 to 500).
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listOutbox(
  { db, actor }: OperationContext,
  args: { first?: number | null },
): Promise<CampaignDeliveryRow[]> {
  authorize(actor, 'outbox');
  return listOutboxDeliveries(db, Math.max(1, Math.min(args.first ?? 50, 500)));
}
