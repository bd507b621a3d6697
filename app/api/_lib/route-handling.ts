import { randomUUID } from 'node:crypto';
import { getDb } from '@/db/client';
import { resolveRequestActor } from '@/lib/auth/resolve-request-actor';
import { getSessionSecret } from '@/lib/auth/session-secret';
import type { OperationContext } from '@/lib/context';
import { type AppError, httpStatusByCode, isAppError } from '@/lib/errors';

/** The database and the actor (API key or session cookie) behind a route request. */
export async function requestContext(request: Request): Promise<OperationContext> {
  const db = await getDb();
  return { db, actor: await resolveRequestActor(db, request.headers, getSessionSecret()) };
}

function errorResponse(error: AppError): Response {
  return Response.json(
    { error: { code: error.code, message: error.message } },
    { status: httpStatusByCode[error.code] },
  );
}

/**
 * Runs a route's work and answers its errors as the GraphQL endpoint does: known codes with
 * their status and message, anything else logged and masked.
 */
export async function respondWithErrors(label: string, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error)) return errorResponse(error);
    // The client gets an id to quote; the log has the error under the same id.
    const requestId = randomUUID();
    console.error(`[${label}] request ${requestId}`, error);
    return Response.json(
      {
        error: {
          code: 'INTERNAL_SERVER_ERROR',
          message: `Internal server error. Quote request id ${requestId} to your operator.`,
          requestId,
        },
      },
      { status: 500, headers: { 'X-Request-Id': requestId } },
    );
  }
}
