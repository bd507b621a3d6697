import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PortalCardShell } from '../_components/portal-card-shell';
import { getPortalContact } from '../_lib/portal-contact';
import { providerName } from '../_lib/provider-name';
import { PortalSignInForm } from './portal-sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

export default async function PortalSignInPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string }>;
}) {
  if (await getPortalContact()) redirect('/portal');
  const { error } = await searchParams;
  return (
    <PortalCardShell provider={await providerName()}>
      <h1 className="mb-1 text-base font-semibold text-slate-900">Sign in</h1>
      <p className="mb-4 text-sm text-slate-600">
        See your invoices, usage and balance, and what changes when your billing moves.
      </p>
      <PortalSignInForm error={error ? signInErrorMessage(error) : null} />
    </PortalCardShell>
  );
}

function signInErrorMessage(code: string): string {
  if (code === 'Verification') return 'That link has expired or was already used. Ask for a new one.';
  if (code === 'EmailSignin') return 'We could not send the email just now. Try again in a minute.';
  return 'Signing in did not work. Ask for a new link.';
}
