'use client';

import { graphql } from '@/app/_gql';
import type { ProgramPeopleQuery } from '@/app/_gql/graphql';
import { useGraphQLQuery } from '../use-graphql-query';

const PEOPLE = graphql(`
  query ProgramPeople {
    people { id name email }
  }
`);

export type PersonOption = ProgramPeopleQuery['people'][number];

/**
 * People to pick as an owner, a lead or a RACI assignee: the active users, and anyone the
 * page already knows (`known`, e.g. a deactivated owner still on an item), without repeats,
 * by name.
 */
export function usePeople(known: readonly PersonOption[] = []): PersonOption[] {
  const { data } = useGraphQLQuery(PEOPLE);
  const byId = new Map([...(data?.people ?? []), ...known].map((person) => [person.id, person]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
