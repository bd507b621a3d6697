'use client';

import { usePortalCsrfToken } from './portal-csrf';

/** Signs the contact out of the portal (next-auth's sign-out wants a CSRF-checked post). */
export function PortalSignOut() {
  const csrfToken = usePortalCsrfToken();
  return (
    <form method="post" action="/api/portal/auth/signout">
      <input type="hidden" name="csrfToken" value={csrfToken ?? ''} />
      <input type="hidden" name="callbackUrl" value="/portal/sign-in" />
      <button
        type="submit"
        disabled={!csrfToken}
        className="rounded-md px-2.5 py-1 text-sm font-medium text-slate-600 ring-1 ring-slate-300 hover:bg-slate-50"
      >
        Sign out
      </button>
    </form>
  );
}
