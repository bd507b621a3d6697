'use client';

import { useCallback, useEffect, useState } from 'react';
import { errorMessage, graphqlRequest } from './graphql-client';

/** Runs a query on mount and whenever `variables` change; `reload` runs it again. */
export function useGraphQLQuery<TData>(query: string, variables?: Record<string, unknown>) {
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

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, loading, reload };
}
