import { getDb } from '@/db/client';
import { getSessionSecret } from '@/lib/auth/session-secret';
import { portalInvoicePdfResponse } from '@/lib/portal/portal-pdf-response';

export const dynamic = 'force-dynamic';

/** A portal contact's own invoice as a PDF. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return portalInvoicePdfResponse(request, id, { db: await getDb(), sessionSecret: getSessionSecret() });
}
