import Provider from 'oidc-provider';
import { e2eSettings } from '../settings';

/**
 * A real OpenID Connect provider (panva's certified oidc-provider) for the single sign-on
 * e2e test. Its development login form accepts any login name; the account's email is that
 * name, so a test decides who signs in by what it types.
 */
const settings = e2eSettings();
const issuer = new URL(settings.oidc.issuer);

const provider = new Provider(settings.oidc.issuer, {
  clients: [
    {
      client_id: settings.oidc.clientId,
      client_secret: settings.oidc.clientSecret,
      redirect_uris: [`${settings.baseURL}/api/auth/callback/oidc`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  async findAccount(_context, id) {
    return {
      accountId: id,
      claims: async () => ({ sub: id, email: id, email_verified: true, name: `SSO ${id}` }),
    };
  },
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
});

provider.listen(Number(issuer.port), () => console.log(`test identity provider on ${settings.oidc.issuer}`));
