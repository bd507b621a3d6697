import type { ReactNode } from 'react';
import { getDb } from '@/db/client';
import { permittedOperations } from '@/lib/auth/permissions';
import { getOrganization } from '@/lib/organization/get-organization';
import { PermissionsProvider } from '../_components/permissions';
import { SidebarNav } from '../_components/sidebar-nav';
import { SignOutButton } from '../_components/sign-out-button';
import { requireConsoleUser } from '../_lib/current-actor';

export const dynamic = 'force-dynamic';

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await requireConsoleUser();
  const organization = await getOrganization({ db: await getDb(), actor });
  return (
    <div className="flex min-h-screen">
      <aside className="flex w-60 shrink-0 flex-col bg-slate-900 px-3 py-5">
        <div className="mb-6 px-3">
          <p className="text-lg font-semibold tracking-tight text-white">Switchboard</p>
          <p className="truncate text-xs text-slate-400">{organization?.name ?? 'Not set up yet'}</p>
        </div>
        <div className="flex-1">
          <SidebarNav isAdmin={actor.user.role === 'admin'} />
        </div>
        <div className="mt-6 border-t border-white/10 px-3 pt-4">
          <p className="truncate text-sm font-medium text-white" data-testid="current-user">
            {actor.user.name}
          </p>
          <p className="truncate text-xs text-slate-400">
            {actor.user.email} · {actor.user.role}
          </p>
          <div className="mt-2">
            <SignOutButton />
          </div>
        </div>
      </aside>
      <main className="min-w-0 flex-1 px-8 py-8">
        <PermissionsProvider operations={permittedOperations(actor)}>{children}</PermissionsProvider>
      </main>
    </div>
  );
}
