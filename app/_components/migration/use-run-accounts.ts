'use client';

import { useEffect, useState } from 'react';
import { errorMessage, graphqlRequest } from '@/app/_components/graphql-client';
import { RECONCILED_ACCOUNT_FIELDS, type ReconciledAccount } from '@/app/_components/migration/types';

const PAGE = 200; // the API's largest page
const ACCOUNTS = `query RunAccounts($id: ID!, $first: Int, $offset: Int) { parallelRun(id: $id) { accounts(first: $first, offset: $offset) { ${RECONCILED_ACCOUNT_FIELDS} } } }`;

/**
 * Every account of a run, page by page: filters, bulk counts and the comparison with another
 * run work on the whole run, not on one page of it.
 */
export function useRunAccounts(runId: string | null, refresh: number) {
  const [accounts, setAccounts] = useState<ReconciledAccount[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh is only the signal to fetch again
  useEffect(() => {
    if (!runId) {
      setAccounts(null);
      return;
    }
    let cancelled = false;
    (async () => {
      const all: ReconciledAccount[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const data = await graphqlRequest<{ parallelRun: { accounts: ReconciledAccount[] } | null }>(
          ACCOUNTS,
          {
            id: runId,
            first: PAGE,
            offset,
          },
        );
        const page = data.parallelRun?.accounts ?? [];
        all.push(...page);
        if (page.length < PAGE) break;
      }
      if (!cancelled) {
        setAccounts(all);
        setError(null);
      }
    })().catch((caught) => {
      if (!cancelled) setError(errorMessage(caught));
    });
    return () => {
      cancelled = true;
    };
  }, [runId, refresh]);
  return { accounts, error };
}
