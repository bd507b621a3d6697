'use client';

import { useSearchParams } from 'next/navigation';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';

export interface CurrentProgram {
  id: string;
  /** Null when the program came from the address and the programs query did not name it. */
  name: string | null;
}

/**
 * The program the program pages show: `?program=<id>` when the address names one, else the
 * newest. Null when there is none, for the page to show its empty state.
 */
export function useCurrentProgram(): { program: CurrentProgram | null; loading: boolean } {
  const requested = useSearchParams().get('program');
  const { data, loading } = useGraphQLQuery<{ program: { id: string; name: string } | null }>(
    'query($id: ID) { program(id: $id) { id name } }',
    { id: requested },
  );
  return { program: data?.program ?? null, loading };
}
