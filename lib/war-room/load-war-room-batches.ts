import type { Db } from '../../db/client';
import { listUpdatesOfIncidents } from '../../db/queries/war-room';
import type { IncidentUpdateRow } from '../../db/schema';

/** The updates of several incidents at once (oldest first each), for a per-request loader. */
export async function loadUpdatesOfIncidents(
  db: Db,
  incidentIds: readonly string[],
): Promise<IncidentUpdateRow[][]> {
  const rows = await listUpdatesOfIncidents(db, incidentIds);
  return incidentIds.map((id) => rows.filter((row) => row.incidentId === id));
}
