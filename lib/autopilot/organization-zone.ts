import type { Db } from '../../db/client';
import { getOrganizationRow } from '../../db/queries/organization';

/** The zone schedules run in: the organization's, UTC before one is set up. */
export async function organizationZone(db: Db): Promise<string> {
  return (await getOrganizationRow(db))?.timeZone ?? 'UTC';
}
