import { decode, encode } from 'next-auth/jwt';

/** next-auth 4's cookie names: the secure variant when the site is served over HTTPS. */
export const SESSION_COOKIE_NAMES = ['__Secure-next-auth.session-token', 'next-auth.session-token'] as const;

export interface SessionClaims {
  userId: string;
  sessionId: string;
}

function decodeCookieValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The cookies of a Cookie header by name. */
export function parseCookieHeader(header: string): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    cookies.set(part.slice(0, index).trim(), decodeCookieValue(part.slice(index + 1).trim()));
  }
  return cookies;
}

/** The console's session token in a Cookie header. */
export function readSessionToken(cookieHeader: string | null): string | null {
  return readChunkedCookie(cookieHeader, SESSION_COOKIE_NAMES);
}

/** The first of the named cookies in a Cookie header, joining next-auth's `.0`, `.1` … chunks if it was split. */
export function readChunkedCookie(cookieHeader: string | null, names: readonly string[]): string | null {
  if (!cookieHeader) return null;
  const cookies = parseCookieHeader(cookieHeader);
  for (const name of names) {
    const whole = cookies.get(name);
    if (whole) return whole;
    const chunks: string[] = [];
    for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`) ?? '');
    if (chunks.length > 0) return chunks.join('');
  }
  return null;
}

/** The ids a valid, unexpired token carries; null for anything else. */
export async function decodeSessionClaims(token: string, secret: string): Promise<SessionClaims | null> {
  try {
    const payload = await decode({ token, secret });
    if (!payload || typeof payload.uid !== 'string' || typeof payload.sid !== 'string') return null;
    return { userId: payload.uid, sessionId: payload.sid };
  } catch {
    return null;
  }
}

/** A token as next-auth would issue it, for the CLI and tests that sign in without a browser. */
export function encodeSessionToken(
  claims: SessionClaims & { email: string },
  secret: string,
  maxAgeSeconds: number,
) {
  return encode({
    token: { uid: claims.userId, sid: claims.sessionId, email: claims.email, sub: claims.userId },
    secret,
    maxAge: maxAgeSeconds,
  });
}
