import { listStatusUpdateRows } from '../../db/queries/war-room';
import type { WarRoomStatusUpdateRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';

/**
 * The status updates, newest first (at most `first`, up to 100).
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listStatusUpdates(
  { db, actor }: OperationContext,
  first?: number | null,
): Promise<WarRoomStatusUpdateRow[]> {
  authorize(actor, 'statusUpdates');
  return listStatusUpdateRows(db, Math.max(1, Math.min(first ?? 20, 100)));
}
