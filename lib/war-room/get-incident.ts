import { getIncidentById } from '../../db/queries/war-room';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { isUuid } from '../uuid';
import { withReminder } from './incident-reminder';
import type { IncidentRecord } from './types';

/** One incident with its reminder, or null. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function getIncident(
  { db, actor }: OperationContext,
  id: string,
): Promise<IncidentRecord | null> {
  authorize(actor, 'incident');
  const row = isUuid(id) ? await getIncidentById(db, id) : null;
  return row ? withReminder(row) : null;
}
