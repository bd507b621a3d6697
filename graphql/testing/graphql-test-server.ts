import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { Db } from '../../db/client';
import { handleGraphQLRequest } from '../http-handler';

export const TEST_SESSION_SECRET = 'integration-tests-session-secret-0123456789';

/**
 * The production GraphQL handler behind a real HTTP server on a loopback port, so
 * integration tests exercise the wire protocol without starting Next.js.
 */
export interface GraphQLTestServer {
  url: string;
  close(): Promise<void>;
  /** POSTs a GraphQL request; `auth` is a bearer secret or a Cookie header value. */
  request<TData = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; bearer?: string; cookie?: string },
  ): Promise<{ status: number; body: GraphQLBody<TData> }>;
}

export interface GraphQLBody<TData> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** A Node request as the web Request a Next.js route handler receives. */
export function toWebRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(key, value);
    else if (Array.isArray(value)) headers.set(key, value.join(', '));
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    duplex: 'half',
  } as RequestInit);
}

export async function startGraphQLTestServer(
  db: Db,
  options: { maxBodyBytes?: number } = {},
): Promise<GraphQLTestServer> {
  let origin = '';
  const server: Server = createServer(async (req, res) => {
    try {
      const response = await handleGraphQLRequest(toWebRequest(req, origin), {
        db,
        sessionSecret: TEST_SESSION_SECRET,
        maxBodyBytes: options.maxBodyBytes ?? 2 * 1024 * 1024,
      });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${origin}/api/graphql`;
  return {
    url,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
    async request(query, requestOptions = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (requestOptions.bearer) headers.authorization = `Bearer ${requestOptions.bearer}`;
      if (requestOptions.cookie) headers.cookie = requestOptions.cookie;
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables: requestOptions.variables }),
      });
      return { status: response.status, body: await response.json() };
    },
  };
}
