import Link from 'next/link';
import type { ReactNode } from 'react';
import { getDb } from '@/db/client';
import { getPortalAccount } from '@/lib/portal/get-portal-account';
import { PortalSignOut } from '../_components/portal-sign-out';
import { requirePortalContact } from '../_lib/portal-contact';
import { providerName } from '../_lib/provider-name';

export const dynamic = 'force-dynamic';

/** The signed-in portal: the provider's name, whose account this is, and sign out. */
export default async function PortalAccountLayout({ children }: { children: ReactNode }) {
  const contact = await requirePortalContact();
  const [provider, account] = await Promise.all([providerName(), getPortalAccount(await getDb(), contact)]);
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-6 py-3">
          <Link href="/portal" className="min-w-0">
            <p className="truncate text-base font-semibold tracking-tight text-slate-900">
              {provider ?? 'Customer portal'}
            </p>
            <p className="truncate text-xs text-slate-500">
              {provider ? `Customer portal · ${account?.name}` : account?.name}
            </p>
          </Link>
          <div className="flex items-center gap-3">
            <span className="hidden text-sm text-slate-600 sm:inline" data-testid="portal-contact">
              {contact.email}
            </span>
            <PortalSignOut />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-5xl px-6 py-8">{children}</main>
    </>
  );
}
