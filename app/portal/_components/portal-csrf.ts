'use client';

import { useEffect, useState } from 'react';

/** next-auth's CSRF token for the portal's forms (fetching it also sets its cookie); null until loaded. */
export function usePortalCsrfToken(): string | null {
  const [token, setToken] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    fetch('/api/portal/auth/csrf', { cache: 'no-store' })
      .then((response) => response.json() as Promise<{ csrfToken?: string }>)
      .then((body) => {
        if (live && body.csrfToken) setToken(body.csrfToken);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return token;
}
