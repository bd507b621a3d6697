'use client';

import { useGraphQLQuery } from '@/app/_components/use-graphql-query';

export interface PersonOption {
  id: string;
  name: string;
  email: string;
}

/**
 * People to pick as an owner or a RACI assignee: the signed-in user, the active users when
 * the viewer may list them (admins), and anyone the page already knows (`known`, e.g. people
 * on the RACI), without repeats, by name.
 */
export function usePeople(known: readonly PersonOption[] = []): PersonOption[] {
  const { data: viewer } = useGraphQLQuery<{
    viewer: { permissions: string[]; user: PersonOption | null } | null;
  }>('{ viewer { permissions user { id name email } } }');
  const mayList = viewer?.viewer?.permissions.includes('users') ?? false;
  const { data: listed } = useGraphQLQuery<{ users: { edges: { node: PersonOption }[] } } | null>(
    mayList
      ? '{ users(first: 100, filter: { isActive: true }) { edges { node { id name email } } } }'
      : '{ __typename }',
  );
  const everyone = [
    ...(viewer?.viewer?.user ? [viewer.viewer.user] : []),
    ...(listed?.users?.edges.map((edge) => edge.node) ?? []),
    ...known,
  ];
  const byId = new Map(everyone.map((person) => [person.id, person]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
