import { getDb } from '@/db/client';
import { resolveRequestActor } from '@/lib/auth/resolve-request-actor';
import { getSessionSecret } from '@/lib/auth/session-secret';
import type { OperationContext } from '@/lib/context';
import { AppError, httpStatusByCode, isAppError } from '@/lib/errors';

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
    console.error(`[${label}]`, error);
    return errorResponse(new AppError('INTERNAL_SERVER_ERROR', 'Internal server error'));
  }
}
