'use client';

import { Button } from '@/app/_components/ui/button';
import { Field, TextInput } from '@/app/_components/ui/field';
import { usePortalCsrfToken } from '../_components/portal-csrf';

/**
 * Asks for a sign-in link. A plain form post to next-auth's email sign-in, which answers
 * with a redirect to the "check your email" page whatever the address.
 */
export function PortalSignInForm({ error }: { error: string | null }) {
  const csrfToken = usePortalCsrfToken();
  return (
    <form method="post" action="/api/portal/auth/signin/email" className="space-y-4" aria-label="Sign in">
      <input type="hidden" name="csrfToken" value={csrfToken ?? ''} />
      <input type="hidden" name="callbackUrl" value="/portal" />
      <Field label="Email address" error={error} hint="We email you a link that signs you in.">
        <TextInput
          type="email"
          name="email"
          required
          autoComplete="email"
          placeholder="you@company.example"
        />
      </Field>
      <Button type="submit" className="w-full" disabled={!csrfToken}>
        Email me a sign-in link
      </Button>
    </form>
  );
}
