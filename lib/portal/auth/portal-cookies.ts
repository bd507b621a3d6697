import type { CookiesOptions } from 'next-auth';
import { readChunkedCookie } from '../../auth/session-token';

/** Where the portal's next-auth handler is mounted. */
export const PORTAL_AUTH_PATH = '/api/portal/auth';

const SESSION = 'switchboard-portal.session-token';

/**
 * The portal signs its sessions with a key of its own, derived from the console's: a console
 * token is never a portal token, nor the other way round.
 */
export function portalSessionSecret(consoleSecret: string): string {
  return `${consoleSecret}:customer-portal`;
}

/** HTTPS deployments get `__Secure-` cookies, as next-auth gives the console's. */
function isSecureSite(): boolean {
  return (process.env.NEXTAUTH_URL ?? '').startsWith('https://');
}

/**
 * Cookie names of the portal's own, so a customer's portal session and a staff member's
 * console session in the same browser never overwrite each other.
 */
export function portalCookies(secure = isSecureSite()): Partial<CookiesOptions> {
  const prefix = secure ? '__Secure-' : '';
  const options = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure };
  return {
    sessionToken: { name: `${prefix}${SESSION}`, options },
    callbackUrl: { name: `${prefix}switchboard-portal.callback-url`, options },
    csrfToken: {
      name: `${secure ? '__Host-' : ''}switchboard-portal.csrf-token`,
      options,
    },
  };
}

/** The portal session token in a Cookie header, if there is one. */
export function readPortalSessionToken(cookieHeader: string | null): string | null {
  return readChunkedCookie(cookieHeader, [`__Secure-${SESSION}`, SESSION]);
}
