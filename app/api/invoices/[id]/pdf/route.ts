import { AppError } from '@/lib/errors';
import { getInvoicePdf } from '@/lib/invoicing/invoice-pdf';
import { isUuid } from '@/lib/uuid';
import { requestContext, respondWithErrors } from '../../../_lib/route-handling';

export const dynamic = 'force-dynamic';

/** The invoice (or credit note) as a PDF download, for a signed-in user or an API key. */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respondWithErrors('invoice pdf', async () => {
    const { id } = await params;
    const ctx = await requestContext(request);
    const found = isUuid(id) ? await getInvoicePdf(ctx, id) : null;
    if (!found) throw new AppError('NOT_FOUND', 'No such invoice.');
    return new Response(found.pdf, {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="${found.fileName}"`,
        'cache-control': 'private, no-store',
      },
    });
  });
}
