import type { Db } from '../../db/client';
import { listOpenIncidentRows } from '../../db/queries/war-room';
import type { IncidentRow } from '../../db/schema';
import type { IncidentRecord } from './types';

const MINUTE_MS = 60_000;

/**
 * An incident with its reminder, computed at read: an open incident owes an update every
 * `updateCadenceMinutes` after its last one; past that, `updateOverdue` is true.
 */
export function withReminder(row: IncidentRow, now: Date = new Date()): IncidentRecord {
  if (row.status === 'resolved') return { ...row, updateOverdue: false, nextUpdateDueAt: null };
  const due = new Date(row.lastUpdateAt.getTime() + row.updateCadenceMinutes * MINUTE_MS);
  return { ...row, updateOverdue: now.getTime() > due.getTime(), nextUpdateDueAt: due };
}

/** Open incidents, most severe then oldest first, with their reminders. */
export async function readOpenIncidents(db: Db): Promise<IncidentRecord[]> {
  const now = new Date();
  return (await listOpenIncidentRows(db)).map((row) => withReminder(row, now));
}
