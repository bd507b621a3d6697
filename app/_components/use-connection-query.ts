'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '@/app/_gql/graphql';
import { errorMessage, sendGraphQL } from './graphql-client';

export interface ConnectionQuery<TNode> {
  nodes: TNode[] | null;
  hasMore: boolean;
  error: string | null;
  loading: boolean;
  loadMore: () => Promise<void>;
  reload: () => Promise<void>;
}

export interface Connection<TNode> {
  edges: { node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * A keyset-paginated list: loads the first page whenever `variables` or `refreshKey`
 * change, and `loadMore` appends the next page after the last cursor. The query takes
 * `$first` and `$after`; `pick` finds the connection in its data.
 */
export function useConnectionQuery<TData, TVariables extends { first?: unknown; after?: unknown }, TNode>(
  document: TypedDocumentString<TData, TVariables>,
  pick: (data: TData) => Connection<TNode>,
  variables: Omit<TVariables, 'first' | 'after'>,
  refreshKey?: unknown,
  pageSize = 25,
): ConnectionQuery<TNode> {
  const [nodes, setNodes] = useState<TNode[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const variablesKey = JSON.stringify(variables);
  const pickRef = useRef(pick);
  pickRef.current = pick;
  // Answers to an older filter are dropped: only the latest request may write.
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (after: string | null) => {
      const mine = after ? generation.current : ++generation.current;
      setLoading(true);
      try {
        const data = await sendGraphQL(document, {
          ...JSON.parse(variablesKey),
          first: pageSize,
          after,
        });
        if (mine !== generation.current) return;
        const connection = pickRef.current(data);
        const page = connection.edges.map((edge) => edge.node);
        setNodes((previous) => (after ? [...(previous ?? []), ...page] : page));
        setCursor(connection.pageInfo.endCursor);
        setHasMore(connection.pageInfo.hasNextPage);
        setError(null);
      } catch (caught) {
        if (mine === generation.current) setError(errorMessage(caught));
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [document, variablesKey, pageSize],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey is only the signal to fetch again
  useEffect(() => {
    void fetchPage(null);
  }, [fetchPage, refreshKey]);

  return {
    nodes,
    hasMore,
    error,
    loading,
    loadMore: () => fetchPage(cursor),
    reload: () => fetchPage(null),
  };
}
