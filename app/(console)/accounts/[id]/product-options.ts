'use client';

import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { ProductKind } from '@/app/_gql/graphql';

const ACCOUNT_PRODUCT_OPTIONS = graphql(`
  query AccountProductOptions($kind: ProductKind) {
    products(first: 200, filter: { kind: $kind, isActive: true }) { edges { node { id code name } } }
  }
`);

/** Active products of one kind, to subscribe to or charge once, by code. */
export function useProductOptions(kind: ProductKind) {
  const { data } = useGraphQLQuery(ACCOUNT_PRODUCT_OPTIONS, { kind });
  return (data?.products.edges ?? []).map((edge) => edge.node).sort((a, b) => a.code.localeCompare(b.code));
}
