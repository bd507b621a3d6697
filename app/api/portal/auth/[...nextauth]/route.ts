import { getDb } from '@/db/client';
import { getSessionSecret } from '@/lib/auth/session-secret';
import { createPortalAuthOptions } from '@/lib/portal/auth/portal-auth-options';
import { runPortalAuth } from '@/lib/portal/auth/run-portal-auth';

export const dynamic = 'force-dynamic';

/** The customer portal's next-auth: sign-in links by email for an account's contacts. */
async function handler(request: Request, { params }: { params: Promise<{ nextauth: string[] }> }) {
  const { nextauth } = await params;
  return runPortalAuth(request, nextauth, createPortalAuthOptions(getDb, getSessionSecret()));
}

export { handler as GET, handler as POST };
