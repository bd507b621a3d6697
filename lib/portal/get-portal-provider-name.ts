import type { Db } from '../../db/client';
import { getOrganizationRow } from '../../db/queries/organization';

/**
 * The provider's name, as customers know it, for the portal's pages (signed in or not);
 * null before the provider is set up. Public: it is on the sign-in page.
 */
export async function getPortalProviderName(db: Db): Promise<string | null> {
  return (await getOrganizationRow(db))?.name ?? null;
}
