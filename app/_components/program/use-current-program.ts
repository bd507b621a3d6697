'use client';

import { useSearchParams } from 'next/navigation';
import { graphql } from '@/app/_gql';
import type { CurrentProgramQuery } from '@/app/_gql/graphql';
import { useGraphQLQuery } from '../use-graphql-query';

const CURRENT_PROGRAM = graphql(`
  query CurrentProgram($id: ID) {
    program(id: $id) { id name }
  }
`);

export type CurrentProgram = NonNullable<CurrentProgramQuery['program']>;

/**
 * The program the program pages show: `?program=<id>` when the address names one, else the
 * newest. Null when there is none, for the page to show its empty state.
 */
export function useCurrentProgram(): { program: CurrentProgram | null; loading: boolean } {
  const requested = useSearchParams().get('program');
  const { data, loading } = useGraphQLQuery(CURRENT_PROGRAM, { id: requested });
  return { program: data?.program ?? null, loading };
}
