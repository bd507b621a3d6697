import { AppError } from '@/lib/errors';
import { ingestUsageFile } from '@/lib/usage/ingest-usage-file';
import { requestContext, respondWithErrors } from '../../_lib/route-handling';

export const dynamic = 'force-dynamic';

/**
 * POST a CDR/CSV file as the raw body (Content-Type: text/csv; X-File-Name: its name).
 * Answers with the ingestion report once the whole file is in. text/csv is not a type a
 * cross-site form can send, which keeps cookie-authenticated uploads safe from CSRF.
 */
export function POST(request: Request): Promise<Response> {
  return respondWithErrors('usage upload', async () => {
    if (!/^text\/csv\b/i.test(request.headers.get('content-type') ?? '')) {
      throw new AppError('BAD_USER_INPUT', 'Send the file as the request body with Content-Type: text/csv.');
    }
    if (!request.body) throw new AppError('BAD_USER_INPUT', 'The request has no file.');
    const length = Number(request.headers.get('content-length'));
    const report = await ingestUsageFile(await requestContext(request), {
      body: request.body,
      fileName: request.headers.get('x-file-name'),
      bytesTotal: Number.isFinite(length) && length > 0 ? length : null,
    });
    return Response.json(report);
  });
}
