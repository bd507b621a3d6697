import { exportRateDeck } from '@/lib/catalog/export-rate-deck';
import { requestContext, respondWithErrors } from '../../../_lib/route-handling';

export const dynamic = 'force-dynamic';

/** The deck in force on ?date= (default today) as a CSV download. */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respondWithErrors('rate deck export', async () => {
    const date = new URL(request.url).searchParams.get('date');
    const csv = await exportRateDeck(await requestContext(request), { ratePlanId: (await params).id, date });
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="rate-deck.csv"',
      },
    });
  });
}
