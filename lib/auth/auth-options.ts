import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import type { Db } from '../../db/client';
import { revokeUserSessionsOf } from '../../db/queries/user-sessions';
import { getUserByEmail } from '../../db/queries/users';
import { getEnv, isOidcConfigured } from '../env';
import { fetchUserInfo } from './oidc-userinfo';
import { getSessionSecret } from './session-secret';
import { signInWithIdentityProvider, signInWithPassword } from './sign-in-with-password';
import { sessionMaxAgeSeconds } from './start-user-session';

interface OidcProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/** The single sign-on provider, when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. */
function oidcProvider(): OAuthConfig<OidcProfile>[] {
  const env = getEnv();
  if (!isOidcConfigured(env) || !env.OIDC_ISSUER) return [];
  return [
    {
      id: 'oidc',
      name: env.OIDC_DISPLAY_NAME,
      type: 'oauth',
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
      authorization: { params: { scope: 'openid email profile' } },
      idToken: true,
      checks: ['pkce', 'state'],
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      async profile(idTokenClaims, tokens) {
        const issuer = env.OIDC_ISSUER ?? '';
        const claims: OidcProfile =
          idTokenClaims.email || !tokens.access_token
            ? idTokenClaims
            : {
                ...idTokenClaims,
                ...(await fetchUserInfo(issuer, tokens.access_token)),
                sub: idTokenClaims.sub,
              };
        // An email the provider has not verified proves nothing about who is signing in.
        const email = claims.email_verified === false ? null : (claims.email ?? null);
        return { id: claims.sub, email, name: claims.name ?? null };
      },
    },
  ];
}

/**
 * next-auth for the console: email + password, and OIDC single sign-on when configured.
 * Sessions are JWTs that carry the id of a `user_sessions` row, so they last at most
 * 12 hours and an admin can revoke them; signing out revokes the row too.
 */
export function createAuthOptions(getDb: () => Promise<Db>): NextAuthOptions {
  const maxAge = sessionMaxAgeSeconds();
  return {
    secret: getSessionSecret(),
    session: { strategy: 'jwt', maxAge },
    jwt: { maxAge },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      CredentialsProvider({
        id: 'credentials',
        name: 'Email and password',
        credentials: {
          email: { label: 'Email', type: 'email' },
          password: { label: 'Password', type: 'password' },
        },
        async authorize(credentials, request) {
          if (!credentials?.email || !credentials.password) return null;
          const userAgent = request?.headers?.['user-agent'];
          const result = await signInWithPassword(await getDb(), {
            email: credentials.email,
            password: credentials.password,
            userAgent: typeof userAgent === 'string' ? userAgent : null,
          });
          if (!result) return null;
          return {
            id: result.user.id,
            email: result.user.email,
            name: result.user.name,
            sid: result.session.id,
          };
        },
      }),
      ...oidcProvider(),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== 'oidc') return true;
        // Single sign-on admits people an admin has added, and nobody else.
        const known = user.email ? await getUserByEmail(await getDb(), user.email) : null;
        return Boolean(known?.isActive);
      },
      async jwt({ token, user, account }) {
        if (account?.provider === 'credentials' && user) {
          token.uid = user.id;
          token.sid = (user as { sid?: string }).sid;
        } else if (account?.provider === 'oidc' && user?.email) {
          const result = await signInWithIdentityProvider(await getDb(), { email: user.email });
          if (!result) return { ...token, uid: undefined, sid: undefined };
          token.uid = result.user.id;
          token.sid = result.session.id;
          token.name = result.user.name;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.uid } };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.uid === 'string' && typeof token.sid === 'string') {
          await revokeUserSessionsOf(await getDb(), {
            userId: token.uid,
            sessionId: token.sid,
            revokedById: token.uid,
            now: new Date(),
          });
        }
      },
    },
  };
}
