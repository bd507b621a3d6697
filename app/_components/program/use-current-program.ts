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
 * first of `programs(first: 1)`. Null when there is none (or the programs query is not
 * available in this build), for the page to show its empty state.
 */
export function useCurrentProgram(): { program: CurrentProgram | null; loading: boolean } {
  const requested = useSearchParams().get('program');
  const { data, loading } = useGraphQLQuery<{ programs: { id: string; name: string }[] }>(
    '{ programs(first: 1) { id name } }',
  );
  if (requested) {
    const named = data?.programs.find((program) => program.id === requested);
    return { program: { id: requested, name: named?.name ?? null }, loading: false };
  }
  return { program: data?.programs[0] ?? null, loading };
}
