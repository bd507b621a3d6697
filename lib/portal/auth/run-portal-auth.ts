import type { NextAuthOptions } from 'next-auth';
import NextAuth from 'next-auth/next';
import { parseCookieHeader } from '../../auth/session-token';
import { toPortalAuthUrl } from './portal-auth-url';

interface CollectedResponse {
  status: number;
  headers: Headers;
  body: string;
}

/** Just enough of a Node response for next-auth's API-route handler to answer into. */
function collectingResponse() {
  const collected: CollectedResponse = { status: 200, headers: new Headers(), body: '' };
  const res = {
    status(code: number) {
      collected.status = code;
      return res;
    },
    setHeader(name: string, value: string | string[]) {
      if (name.toLowerCase() === 'set-cookie') {
        collected.headers.delete('set-cookie');
        for (const cookie of [value].flat()) collected.headers.append('set-cookie', cookie);
      } else collected.headers.set(name, String(value));
      return res;
    },
    getHeader(name: string) {
      return name.toLowerCase() === 'set-cookie'
        ? collected.headers.getSetCookie()
        : (collected.headers.get(name) ?? undefined);
    },
    end() {},
    json(body: unknown) {
      collected.headers.set('content-type', 'application/json');
      collected.body = JSON.stringify(body);
    },
    send(body: unknown) {
      collected.body = typeof body === 'string' ? body : JSON.stringify(body ?? '');
    },
  };
  return { res, collected };
}

async function readBody(request: Request): Promise<Record<string, string> | undefined> {
  if (request.method !== 'POST') return undefined;
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('application/json')) return (await request.json()) as Record<string, string>;
  if (type.includes('application/x-www-form-urlencoded'))
    return Object.fromEntries(new URLSearchParams(await request.text()));
  return undefined;
}

/**
 * Runs next-auth's handler on a web Request, for the portal's route at `/api/portal/auth/*`
 * (`segments` are the path after it, e.g. ["signin", "email"]). It goes through next-auth's
 * API-route entry, which needs no Next.js request scope, so tests can call it over plain HTTP;
 * redirects into the console's auth path are moved to the portal's.
 */
export async function runPortalAuth(
  request: Request,
  segments: readonly string[],
  options: NextAuthOptions,
): Promise<Response> {
  const url = new URL(request.url);
  const req = {
    method: request.method,
    headers: Object.fromEntries(request.headers),
    cookies: Object.fromEntries(parseCookieHeader(request.headers.get('cookie') ?? '')),
    query: { ...Object.fromEntries(url.searchParams), nextauth: [...segments] },
    body: await readBody(request),
  };
  const { res, collected } = collectingResponse();
  await NextAuth(req as never, res as never, options);
  const location = collected.headers.get('location');
  if (location) collected.headers.set('location', toPortalAuthUrl(location));
  if (collected.headers.get('content-type') === 'application/json' && collected.body) {
    const parsed = JSON.parse(collected.body) as { url?: unknown };
    if (typeof parsed.url === 'string')
      collected.body = JSON.stringify({ ...parsed, url: toPortalAuthUrl(parsed.url) });
  }
  return new Response(collected.status === 302 || collected.body === '' ? null : collected.body, {
    status: collected.status,
    headers: collected.headers,
  });
}
