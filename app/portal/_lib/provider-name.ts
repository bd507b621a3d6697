import { getDb } from '@/db/client';
import { getOrganizationRow } from '@/db/queries/organization';

/** The provider's name, as customers know it; null before the provider is set up. */
export async function providerName(): Promise<string | null> {
  return (await getOrganizationRow(await getDb()))?.name ?? null;
}
