import type { Db } from '../../db/client';
import {
  getIncidentById,
  listIncidentRows,
  listOpenIncidentRows,
  listUpdatesOfIncidents,
} from '../../db/queries/war-room';
import type { IncidentRow, IncidentUpdateRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { isUuid } from '../uuid';
import type { IncidentRecord, IncidentStatus } from './types';

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

/** @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function getIncident(
  { db, actor }: OperationContext,
  id: string,
): Promise<IncidentRecord | null> {
  authorize(actor, 'incident');
  const row = isUuid(id) ? await getIncidentById(db, id) : null;
  return row ? withReminder(row) : null;
}

/** The updates of several incidents at once (oldest first each), for a per-request loader. */
export async function loadUpdatesOfIncidents(
  db: Db,
  incidentIds: readonly string[],
): Promise<IncidentUpdateRow[][]> {
  const rows = await listUpdatesOfIncidents(db, incidentIds);
  return incidentIds.map((id) => rows.filter((row) => row.incidentId === id));
}
