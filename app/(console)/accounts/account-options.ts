'use client';

import { useGraphQLQuery } from '@/app/_components/use-graphql-query';

export interface AccountOption {
  id: string;
  externalId: string;
  name: string;
  currency: string;
}

/** Accounts to choose a parent (or a payer) from, by account number. */
export function useAccountOptions() {
  const { data } = useGraphQLQuery<{ accounts: { edges: { node: AccountOption }[] } }>(
    '{ accounts(first: 200) { edges { node { id externalId name currency } } } }',
  );
  return (data?.accounts.edges ?? [])
    .map((edge) => edge.node)
    .sort((a, b) => a.externalId.localeCompare(b.externalId));
}

/** Rate plans an account's calls can be rated with. */
export function useRatePlanOptions() {
  const { data } = useGraphQLQuery<{
    ratePlans: { id: string; code: string; name: string; currency: string }[];
  }>('{ ratePlans { id code name currency } }');
  return data?.ratePlans ?? [];
}
