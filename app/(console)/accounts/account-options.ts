'use client';

import { useGraphQLQuery } from '@/app/_components/use-graphql-query';

/** Rate plans an account's calls can be rated with. */
export function useRatePlanOptions() {
  const { data } = useGraphQLQuery<{
    ratePlans: { id: string; code: string; name: string; currency: string }[];
  }>('{ ratePlans { id code name currency } }');
  return data?.ratePlans ?? [];
}
