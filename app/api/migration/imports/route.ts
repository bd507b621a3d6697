import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { authorize } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { importLegacyExportAt } from '@/lib/migration/import/import-export-at';
import { requestContext, respondWithErrors } from '../../_lib/route-handling';

export const dynamic = 'force-dynamic';

/**
 * POST a zipped legacy export as the raw body (Content-Type: application/zip; X-File-Name:
 * its name). The zip is spooled to a private temporary file, verified against its manifest
 * and imported; the answer is `{ importId, alreadyImported }`. application/zip is not a type
 * a cross-site form can send, which keeps cookie-authenticated uploads safe from CSRF.
 */
export function POST(request: Request): Promise<Response> {
  return respondWithErrors('legacy export upload', async () => {
    if (!/^application\/(zip|x-zip-compressed)\b/i.test(request.headers.get('content-type') ?? ''))
      throw new AppError(
        'BAD_USER_INPUT',
        'Send the zipped export as the request body with Content-Type: application/zip.',
      );
    if (!request.body) throw new AppError('BAD_USER_INPUT', 'The request has no file.');
    const ctx = await requestContext(request);
    authorize(ctx.actor, 'importLegacyExport');
    const spool = await mkdtemp(join(tmpdir(), 'switchboard-upload-'));
    try {
      const zipPath = join(spool, 'export.zip');
      await pipeline(
        Readable.fromWeb(request.body as WebReadableStream<Uint8Array>),
        createWriteStream(zipPath),
      );
      const name = request.headers.get('x-file-name')?.slice(0, 200) || 'uploaded export';
      const report = await importLegacyExportAt(ctx, zipPath, name);
      return Response.json({ importId: report.importId, alreadyImported: report.alreadyImported });
    } finally {
      await rm(spool, { recursive: true, force: true });
    }
  });
}
