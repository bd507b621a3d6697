import { getDb } from '@/db/client';
import { getPortalProviderName } from '@/lib/portal/get-portal-provider-name';

/** The provider's name, as customers know it; null before the provider is set up. */
export async function providerName(): Promise<string | null> {
  return getPortalProviderName(await getDb());
}
