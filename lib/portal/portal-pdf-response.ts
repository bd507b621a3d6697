import type { Db } from '../../db/client';
import { getPortalInvoicePdf } from './get-portal-invoice-pdf';
import { currentPortalContact } from './portal-session';

function refusal(status: 401 | 404, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}

/**
 * GET /api/portal/invoices/:id/pdf: the signed-in contact's own invoice as a PDF. Another
 * account's invoice, a draft or a made-up id all answer the same 404.
 */
export async function portalInvoicePdfResponse(
  request: Request,
  invoiceId: string,
  options: { db: Db; sessionSecret: string },
): Promise<Response> {
  const contact = await currentPortalContact(
    options.db,
    request.headers.get('cookie'),
    options.sessionSecret,
  );
  if (!contact) return refusal(401, 'UNAUTHENTICATED', 'Sign in to the customer portal first.');
  const found = await getPortalInvoicePdf(options.db, contact.accountId, invoiceId);
  if (!found) return refusal(404, 'NOT_FOUND', 'No such invoice.');
  return new Response(found.pdf, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${found.fileName}"`,
      'cache-control': 'private, no-store',
    },
  });
}
