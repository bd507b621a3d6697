'use client';

import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';

const COMMS_VIEWER = graphql(`
  query CommsViewerEmail {
    viewer { user { email } }
  }
`);

/** The signed-in user's email: campaigns record their author and approvers by it. */
export function useViewerEmail(): string | null {
  const { data } = useGraphQLQuery(COMMS_VIEWER);
  return data?.viewer?.user?.email ?? null;
}
