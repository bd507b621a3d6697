import { HeaderMap } from '@apollo/server';
import type { Db } from '../db/client';
import { resolveRequestActor } from '../lib/auth/resolve-request-actor';
import { type ErrorCode, httpStatusByCode, isAppError } from '../lib/errors';
import { createLoaders } from './loaders';
import { withRequestId } from './request-id';
import { getGraphQLServer } from './server';

export interface GraphQLHandlerOptions {
  db: Db;
  /** Signs console session cookies (NEXTAUTH_SECRET). */
  sessionSecret: string;
  maxBodyBytes: number;
}

function errorResponse(
  code: ErrorCode,
  message: string,
  extraHeaders: Record<string, string> = {},
): Response {
  return Response.json(
    { errors: [{ message, extensions: { code } }] },
    { status: httpStatusByCode[code], headers: extraHeaders },
  );
}

/** The body as text, or null once it passes `limit` bytes (stops reading there). */
async function readBodyWithin(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The GraphQL endpoint as a web-standard handler: used by the Next.js route and, unchanged,
 * by the integration tests' HTTP server. Apollo does the protocol; this adds the body limit,
 * JSON parsing with a clear 400, and authentication.
 */
export async function handleGraphQLRequest(
  request: Request,
  options: GraphQLHandlerOptions,
): Promise<Response> {
  const declaredLength = Number(request.headers.get('content-length') ?? 0);
  if (declaredLength > options.maxBodyBytes) {
    return errorResponse('PAYLOAD_TOO_LARGE', `Request bodies are limited to ${options.maxBodyBytes} bytes.`);
  }
  const url = new URL(request.url);
  let body: unknown;
  if (request.method === 'POST') {
    const text = await readBodyWithin(request, options.maxBodyBytes);
    if (text === null) {
      return errorResponse(
        'PAYLOAD_TOO_LARGE',
        `Request bodies are limited to ${options.maxBodyBytes} bytes.`,
      );
    }
    const contentType = request.headers.get('content-type') ?? '';
    if (/^application\/(graphql-response\+)?json\b/i.test(contentType)) {
      try {
        body = JSON.parse(text);
      } catch {
        return errorResponse('BAD_USER_INPUT', 'The request body is not valid JSON.');
      }
    } else {
      body = text;
    }
  }

  let actor: Awaited<ReturnType<typeof resolveRequestActor>>;
  try {
    actor = await resolveRequestActor(options.db, request.headers, options.sessionSecret);
  } catch (error) {
    if (isAppError(error)) {
      const challenge =
        error.code === 'UNAUTHENTICATED' ? { 'WWW-Authenticate': 'Bearer realm="switchboard"' } : undefined;
      return errorResponse(error.code, error.message, challenge);
    }
    throw error;
  }

  const headers = new HeaderMap();
  request.headers.forEach((value, key) => {
    headers.set(key, value);
  });
  const server = await getGraphQLServer();
  const { result, requestId } = await withRequestId(async (requestId) => ({
    requestId,
    result: await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method.toUpperCase(), headers, search: url.search, body },
      context: async () => ({ db: options.db, actor, loaders: createLoaders(options.db) }),
    }),
  }));

  const responseHeaders = new Headers({ 'X-Request-Id': requestId });
  for (const [key, value] of result.headers) responseHeaders.set(key, value);
  if (result.body.kind === 'complete') {
    return new Response(result.body.string, { status: result.status ?? 200, headers: responseHeaders });
  }
  const chunks = result.body.asyncIterator;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(new TextEncoder().encode(next.value));
    },
  });
  return new Response(stream, { status: result.status ?? 200, headers: responseHeaders });
}
