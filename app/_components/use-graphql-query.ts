'use client';

import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '@/app/_gql/graphql';
import { errorMessage, sendGraphQL } from './graphql-client';

/** Variables, then the refresh signal: variables are left out (or undefined) for an operation without any. */
export type QueryArguments<TVariables> =
  TVariables extends Record<string, never>
    ? [variables?: undefined, refreshKey?: unknown]
    : [variables: TVariables, refreshKey?: unknown];

/**
 * Runs a query on mount and whenever `variables` or `refreshKey` change; `reload` runs it
 * again. `refreshKey` lets a parent ask for fresh data without sending anything new.
 */
export function useGraphQLQuery<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  ...[variables, refreshKey]: QueryArguments<TVariables>
) {
  const [data, setData] = useState<TData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const variablesKey = JSON.stringify(variables ?? {});

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await sendGraphQL(document, JSON.parse(variablesKey)));
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setLoading(false);
    }
  }, [document, variablesKey]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey is only the signal to fetch again
  useEffect(() => {
    void reload();
  }, [reload, refreshKey]);

  return { data, error, loading, reload };
}
