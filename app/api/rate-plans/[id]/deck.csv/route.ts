import { getDb } from '@/db/client';
import { resolveRequestActor } from '@/lib/auth/resolve-request-actor';
import { getSessionSecret } from '@/lib/auth/session-secret';
import { exportRateDeck } from '@/lib/catalog/export-rate-deck';
import { httpStatusByCode, isAppError } from '@/lib/errors';

export const dynamic = 'force-dynamic';

/** The deck in force on ?date= (default today) as a CSV download. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const db = await getDb();
    const actor = await resolveRequestActor(db, request.headers, getSessionSecret());
    const date = new URL(request.url).searchParams.get('date');
    const csv = await exportRateDeck({ db, actor }, { ratePlanId: (await params).id, date });
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="rate-deck.csv"',
      },
    });
  } catch (error) {
    if (isAppError(error))
      return Response.json(
        { error: { code: error.code, message: error.message } },
        { status: httpStatusByCode[error.code] },
      );
    throw error;
  }
}
