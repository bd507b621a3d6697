import type { NextAuthOptions } from 'next-auth';
import EmailProvider from 'next-auth/providers/email';
import type { Db } from '../../../db/client';
import { findContactByEmail, portalAdapter } from './portal-adapter';
import { portalCookies, portalSessionSecret } from './portal-cookies';
import { sendSignInLink } from './send-sign-in-link';

/** How long a portal session lasts; the contact is looked up again on every request. */
export const PORTAL_SESSION_SECONDS = 7 * 24 * 60 * 60;
/** How long a sign-in link works. */
export const SIGN_IN_LINK_SECONDS = 30 * 60;
const CHECK_EMAIL_PAGE = '/portal/sign-in/check-email';

/**
 * next-auth for the customer portal: an account's contacts sign in with a link emailed to
 * them. Unknown addresses see the same "check your email" page and get no email, so the
 * form does not tell who is a customer. Sessions are JWTs carrying the contact's id.
 */
export function createPortalAuthOptions(getDb: () => Promise<Db>, consoleSecret: string): NextAuthOptions {
  return {
    secret: portalSessionSecret(consoleSecret),
    session: { strategy: 'jwt', maxAge: PORTAL_SESSION_SECONDS },
    jwt: { maxAge: PORTAL_SESSION_SECONDS },
    cookies: portalCookies(),
    adapter: portalAdapter(getDb),
    pages: { signIn: '/portal/sign-in', verifyRequest: CHECK_EMAIL_PAGE, error: '/portal/sign-in' },
    providers: [
      EmailProvider({
        maxAge: SIGN_IN_LINK_SECONDS,
        sendVerificationRequest: async (request) => sendSignInLink(await getDb(), request),
      }),
    ],
    callbacks: {
      async signIn({ user, email }) {
        const known = user.email ? await findContactByEmail(await getDb(), user.email) : null;
        if (known) return true;
        return email?.verificationRequest ? CHECK_EMAIL_PAGE : false;
      },
      async jwt({ token, user }) {
        if (user) token.contactId = user.id;
        return token;
      },
      async redirect({ url, baseUrl }) {
        // Only back into the portal: never to the console, never off the site.
        const target = new URL(url, baseUrl);
        const inPortal =
          target.origin === new URL(baseUrl).origin &&
          (target.pathname === '/portal' || target.pathname.startsWith('/portal/'));
        return inPortal ? target.toString() : `${baseUrl}/portal`;
      },
    },
  };
}
