import { getDb } from '@/db/client';
import { getOrganizationRow } from '@/db/queries/organization';

/** The provider's name, as customers know it. */
export async function providerName(): Promise<string> {
  return (await getOrganizationRow(await getDb()))?.name ?? 'Customer portal';
}
