import type { Metadata } from 'next';
import { PageHeader } from '@/app/_components/ui/page-header';
import { requireConsoleUser } from '@/app/_lib/current-actor';
import { UsersManager } from './users-manager';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const actor = await requireConsoleUser();
  return (
    <>
      <PageHeader
        title="Users"
        description="People who sign in to the console. Roles decide what they may do; deactivating a user or ending their sessions signs them out at once."
      />
      <UsersManager currentUserId={actor.user.id} />
    </>
  );
}
