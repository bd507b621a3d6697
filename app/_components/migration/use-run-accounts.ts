'use client';

import { useEffect, useState } from 'react';
import { errorMessage, graphqlRequest } from '@/app/_components/graphql-client';
import { graphql } from '@/app/_gql';
import type { MigrationReconciledAccountFragment } from '@/app/_gql/graphql';

/** One reconciled account as the run dashboard, its review forms and the wave picker read it. */
export type ReconciledAccount = MigrationReconciledAccountFragment;

graphql(`
  fragment MigrationReconciledAccount on ReconciledAccount {
    legacyAccountId accountName account { id currency systemOfRecord } status
    legacySubtotal legacyTaxTotal legacyTotal newSubtotal newTaxTotal newTotal difference
    suggestedCause cause resolution comment reviewedBy reviewedAt
  }
`);

const PAGE = 200; // the API's largest page
const RUN_ACCOUNTS = graphql(`
  query MigrationRunAccounts($id: ID!, $first: Int, $offset: Int) {
    parallelRun(id: $id) { accounts(first: $first, offset: $offset) { ...MigrationReconciledAccount } }
  }
`);

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
        const data = await graphqlRequest(RUN_ACCOUNTS, { id: runId, first: PAGE, offset });
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
