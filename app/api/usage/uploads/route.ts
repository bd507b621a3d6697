import { getDb } from '@/db/client';
import { resolveRequestActor } from '@/lib/auth/resolve-request-actor';
import { getSessionSecret } from '@/lib/auth/session-secret';
import { AppError, httpStatusByCode, isAppError } from '@/lib/errors';
import { ingestUsageFile } from '@/lib/usage/ingest-usage-file';

export const dynamic = 'force-dynamic';

const failure = (error: AppError) =>
  Response.json(
    { error: { code: error.code, message: error.message } },
    { status: httpStatusByCode[error.code] },
  );

/**
 * POST a CDR/CSV file as the raw body (Content-Type: text/csv; X-File-Name: its name).
 * Answers with the ingestion report once the whole file is in. text/csv is not a type a
 * cross-site form can send, which keeps cookie-authenticated uploads safe from CSRF.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    if (!/^text\/csv\b/i.test(request.headers.get('content-type') ?? '')) {
      throw new AppError('BAD_USER_INPUT', 'Send the file as the request body with Content-Type: text/csv.');
    }
    if (!request.body) throw new AppError('BAD_USER_INPUT', 'The request has no file.');
    const db = await getDb();
    const actor = await resolveRequestActor(db, request.headers, getSessionSecret());
    const length = Number(request.headers.get('content-length'));
    const report = await ingestUsageFile(
      { db, actor },
      {
        body: request.body,
        fileName: request.headers.get('x-file-name'),
        bytesTotal: Number.isFinite(length) && length > 0 ? length : null,
      },
    );
    return Response.json(report);
  } catch (error) {
    if (isAppError(error)) return failure(error);
    console.error('[usage upload]', error);
    return failure(new AppError('INTERNAL_SERVER_ERROR', 'The upload failed.'));
  }
}
