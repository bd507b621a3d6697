'use client';

import type { TypedDocumentString } from '@/app/_gql/graphql';
import { type QueryArguments, useGraphQLQuery } from '../use-graphql-query';

/**
 * Loads the newest program with a page's own typed query (a `program { id name … }` selection);
 * `program` is null when there is none yet, so the page can offer to start one.
 */
export function useProgram<TProgram extends { id: string; name: string }, TVariables>(
  document: TypedDocumentString<{ program: TProgram | null }, TVariables>,
  ...args: QueryArguments<TVariables>
) {
  const { data, error, reload } = useGraphQLQuery(document, ...args);
  return { program: data?.program ?? null, loaded: data !== null, error, reload };
}
