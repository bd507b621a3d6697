'use client';

import { useGraphQLQuery } from '@/app/_components/use-graphql-query';

/** The signed-in user's email: campaigns record their author and approvers by it. */
export function useViewerEmail(): string | null {
  const { data } = useGraphQLQuery<{ viewer: { user: { email: string } | null } }>(
    '{ viewer { user { email } } }',
  );
  return data?.viewer.user?.email ?? null;
}
