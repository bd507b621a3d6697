'use client';

import { useGraphQLQuery } from '@/app/_components/use-graphql-query';

export interface ProductOption {
  id: string;
  code: string;
  name: string;
}

/** Active products of one kind, to subscribe to or charge once, by code. */
export function useProductOptions(kind: 'RECURRING' | 'ONE_TIME') {
  const { data } = useGraphQLQuery<{ products: { edges: { node: ProductOption }[] } }>(
    'query($kind: ProductKind) { products(first: 200, filter: { kind: $kind, isActive: true }) { edges { node { id code name } } } }',
    { kind },
  );
  return (data?.products.edges ?? []).map((edge) => edge.node).sort((a, b) => a.code.localeCompare(b.code));
}
