'use client';

import { useCallback, useEffect, useState } from 'react';
import { errorMessage, graphqlRequest } from './graphql-client';

/**
 * Runs a query on mount and whenever `variables` or `refreshKey` change; `reload` runs it
 * again. `refreshKey` lets a parent ask for fresh data without sending anything new.
 */
export function useGraphQLQuery<TData>(
  query: string,
  variables?: Record<string, unknown>,
  refreshKey?: unknown,
) {
  const [data, setData] = useState<TData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const variablesKey = JSON.stringify(variables ?? {});

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await graphqlRequest<TData>(query, JSON.parse(variablesKey)));
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setLoading(false);
    }
  }, [query, variablesKey]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey is only the signal to fetch again
  useEffect(() => {
    void reload();
  }, [reload, refreshKey]);

  return { data, error, loading, reload };
}
