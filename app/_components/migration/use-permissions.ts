'use client';

import { useGraphQLQuery } from '@/app/_components/use-graphql-query';

/**
 * What the signed-in user may call, from the same permission matrix the API enforces: write
 * actions are hidden from roles that would only be refused (viewer, program).
 */
export function usePermissions() {
  const { data } = useGraphQLQuery<{ viewer: { permissions: string[]; user: { role: string } | null } }>(
    '{ viewer { permissions user { role } } }',
  );
  const granted = new Set(data?.viewer.permissions ?? []);
  return {
    loaded: data !== null,
    role: data?.viewer.user?.role.toLowerCase() ?? null,
    can: (operation: string) => granted.has(operation),
  };
}
