import type { ReactNode } from 'react';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { requireConsoleUser } from '@/app/_lib/current-actor';

/** Settings are for admins; the API enforces it too, this only explains it. */
export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const actor = await requireConsoleUser();
  if (actor.user.role !== 'admin') {
    return (
      <EmptyState title="Admins only">
        Users, API keys and the audit log are managed by an admin. You are signed in as {actor.user.role}.
      </EmptyState>
    );
  }
  return children;
}
