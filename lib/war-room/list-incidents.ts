import { listIncidentRows } from '../../db/queries/war-room';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { withReminder } from './incident-reminder';
import type { IncidentRecord, IncidentStatus } from './types';

/**
 * Incidents newest first (at most `first`, up to 100), optionally of one status.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listIncidents(
  { db, actor }: OperationContext,
  args: { status?: IncidentStatus | null; first?: number | null },
): Promise<IncidentRecord[]> {
  authorize(actor, 'incidents');
  const limit = Math.max(1, Math.min(args.first ?? 20, 100));
  const now = new Date();
  return (await listIncidentRows(db, { status: args.status, limit })).map((row) => withReminder(row, now));
}
