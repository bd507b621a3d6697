'use client';

import { useGraphQLQuery } from '@/app/_components/use-graphql-query';

export interface PersonOption {
  id: string;
  name: string;
  email: string;
}

/**
 * People to pick as an owner, a lead or a RACI assignee: the active users, and anyone the
 * page already knows (`known`, e.g. a deactivated owner still on an item), without repeats,
 * by name.
 */
export function usePeople(known: readonly PersonOption[] = []): PersonOption[] {
  const { data } = useGraphQLQuery<{ people: PersonOption[] }>('{ people { id name email } }');
  const byId = new Map([...(data?.people ?? []), ...known].map((person) => [person.id, person]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
