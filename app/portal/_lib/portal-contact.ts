import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { getSessionSecret } from '@/lib/auth/session-secret';
import { currentPortalContact } from '@/lib/portal/portal-session';

/**
 * The contact signed in to the portal, or nobody: looked up once per request, though the
 * layout and the page both ask.
 */
export const getPortalContact = cache(async () =>
  currentPortalContact(await getDb(), (await headers()).get('cookie'), getSessionSecret()),
);

/** For the portal's pages: the signed-in contact, or a redirect to the portal's sign-in page. */
export async function requirePortalContact() {
  const contact = await getPortalContact();
  if (!contact) redirect('/portal/sign-in');
  return contact;
}
