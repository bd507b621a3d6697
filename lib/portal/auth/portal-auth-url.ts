import { PORTAL_AUTH_PATH } from './portal-cookies';

/**
 * next-auth 4 builds its links and redirects on the base path it reads from NEXTAUTH_URL,
 * which is the console's (`/api/auth`). The portal's handler lives at `/api/portal/auth`,
 * so its sign-in link and redirects are moved there; anything else is left alone.
 */
export function toPortalAuthUrl(url: string): string {
  const configured = new URL(process.env.NEXTAUTH_URL ?? 'http://localhost:3000');
  const consolePath = configured.pathname === '/' ? '/api/auth' : configured.pathname.replace(/\/$/, '');
  const target = new URL(url, configured);
  if (target.pathname !== consolePath && !target.pathname.startsWith(`${consolePath}/`)) return url;
  target.pathname = PORTAL_AUTH_PATH + target.pathname.slice(consolePath.length);
  return target.toString();
}
