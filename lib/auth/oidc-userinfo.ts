/**
 * Claims from an OpenID provider's UserInfo endpoint. Used when the ID token carries only
 * `sub`, as providers that conform ID-token claims strictly do.
 */
const endpoints = new Map<string, Promise<string | null>>();

function userInfoEndpoint(issuer: string): Promise<string | null> {
  let endpoint = endpoints.get(issuer);
  if (!endpoint) {
    endpoint = fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`)
      .then((response) => (response.ok ? response.json() : null))
      .then((document: { userinfo_endpoint?: string } | null) => document?.userinfo_endpoint ?? null)
      .catch(() => null);
    endpoints.set(issuer, endpoint);
  }
  return endpoint;
}

export async function fetchUserInfo(issuer: string, accessToken: string): Promise<Record<string, unknown>> {
  const endpoint = await userInfoEndpoint(issuer);
  if (!endpoint) return {};
  const response = await fetch(endpoint, { headers: { authorization: `Bearer ${accessToken}` } });
  return response.ok ? ((await response.json()) as Record<string, unknown>) : {};
}
