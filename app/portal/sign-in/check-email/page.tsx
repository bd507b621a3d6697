import type { Metadata } from 'next';
import Link from 'next/link';
import { SIGN_IN_LINK_SECONDS } from '@/lib/portal/auth/portal-auth-options';
import { PortalCardShell } from '../../_components/portal-card-shell';
import { providerName } from '../../_lib/provider-name';

export const metadata: Metadata = { title: 'Check your email' };
export const dynamic = 'force-dynamic';

export default async function CheckEmailPage() {
  return (
    <PortalCardShell provider={await providerName()}>
      <h1 className="mb-2 text-base font-semibold text-slate-900">Check your email</h1>
      <p className="text-sm text-slate-600">
        If that address belongs to one of our customers' contacts, a sign-in link is on its way. It works
        once, for {SIGN_IN_LINK_SECONDS / 60} minutes.
      </p>
      <p className="mt-4 text-sm">
        <Link href="/portal/sign-in" className="font-medium text-brand-700 hover:underline">
          Use another address
        </Link>
      </p>
    </PortalCardShell>
  );
}
