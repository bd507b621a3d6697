'use client';

import { useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';

const reasons: Record<string, string> = {
  UNKNOWN_ACCOUNT: 'No account with that number',
  NO_RATE_PLAN: 'Account has no rate plan',
  NO_RATES_IN_FORCE: 'No rates in force on that date',
  NO_PREFIX_MATCH: 'No prefix matches the number',
  INVALID_NUMBER: 'Not a phone number',
  NO_PRODUCT: 'No usage product for it',
  NO_PRICE: 'No price in the account currency',
};

const UNBILLABLE_QUEUE = graphql(`
  query UnbillableQueue {
    unratedUsageSummary { reason count }
    usageRecords(first: 20, filter: { status: UNRATED }) {
      edges { node { recordId accountRef usageType startedAt destinationNumber unratedReason } }
    }
  }
`);

const UNBILLABLE_QUEUE_RERATE = graphql(`
  mutation UnbillableQueueRerate {
    rerateUsage(input: { onlyUnrated: true }) { examined rated stillUnrated }
  }
`);

/** Usage that could not be billed, why, and one button to rate it again once the cause is fixed. */
export function UnbillableQueue({ refresh, onRerated }: { refresh: number; onRerated: () => void }) {
  const { data, reload } = useGraphQLQuery(UNBILLABLE_QUEUE, undefined, refresh);
  const [message, setMessage] = useState<string | null>(null);

  async function rerate() {
    const { rerateUsage } = await graphqlRequest(UNBILLABLE_QUEUE_RERATE);
    setMessage(
      `${rerateUsage.rated.toLocaleString('en-US')} of ${rerateUsage.examined.toLocaleString('en-US')} now rated; ${rerateUsage.stillUnrated.toLocaleString('en-US')} still waiting.`,
    );
    await reload();
    onRerated();
  }

  const total = data?.unratedUsageSummary.reduce((sum, row) => sum + row.count, 0) ?? 0;
  return (
    <Card
      title={`Unbillable usage${data ? ` (${total.toLocaleString('en-US')})` : ''}`}
      actions={
        total > 0 && (
          <Button variant="secondary" onClick={rerate}>
            Rate again
          </Button>
        )
      }
    >
      {message && (
        <p role="status" className="mb-3 text-sm text-slate-700">
          {message}
        </p>
      )}
      {data && total === 0 && <p className="text-sm text-emerald-700">Every record is rated.</p>}
      {data && total > 0 && (
        <>
          <ul className="mb-4 flex flex-wrap gap-2 text-sm">
            {data.unratedUsageSummary.map((row) => (
              <li
                key={row.reason}
                className="rounded-md bg-amber-50 px-2.5 py-1 text-amber-900 ring-1 ring-amber-200"
              >
                {reasons[row.reason] ?? row.reason}: <strong>{row.count.toLocaleString('en-US')}</strong>
              </li>
            ))}
          </ul>
          <Table head={['Record', 'Account', 'When', 'What', 'Why']}>
            {data.usageRecords.edges.map(({ node }) => (
              <tr key={node.recordId}>
                <Cell className="font-mono text-xs">{node.recordId}</Cell>
                <Cell>{node.accountRef}</Cell>
                <Cell className="whitespace-nowrap">{formatDateTime(node.startedAt)}</Cell>
                <Cell>
                  {node.usageType.toLowerCase()} {node.destinationNumber ?? ''}
                </Cell>
                <Cell className="text-xs">
                  {node.unratedReason === null ? '—' : (reasons[node.unratedReason] ?? node.unratedReason)}
                </Cell>
              </tr>
            ))}
          </Table>
        </>
      )}
    </Card>
  );
}
