'use client';

import Link from 'next/link';
import { graphql } from '@/app/_gql';
import { enumLabel, formatDay } from '../format';
import { Money } from '../money';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { ErrorText } from '../ui/error-text';
import { Cell, NumberCell, NumberHead, Table } from '../ui/table';
import { useGraphQLQuery } from '../use-graphql-query';

const RECENT_PAYMENTS = graphql(`
  query RecentPayments($accountId: ID) {
    payments(first: 25, accountId: $accountId) {
      edges {
        node {
          id account { id externalId name } method amount currency receivedDate reference unallocatedAmount
          allocations { invoiceId invoiceNumber amount }
        }
      }
    }
  }
`);

/** The latest payments (of every account, or of one) and where each went. */
export function RecentPayments({ refresh, accountId }: { refresh: number; accountId?: string }) {
  const { data, error, reload } = useGraphQLQuery(RECENT_PAYMENTS, { accountId: accountId ?? null }, refresh);
  const payments = data?.payments.edges.map((edge) => edge.node) ?? [];
  return (
    <Card
      title="Latest payments"
      actions={
        <Button variant="ghost" onClick={() => void reload()}>
          Refresh
        </Button>
      }
    >
      <ErrorText>{error}</ErrorText>
      {data && payments.length === 0 && <p className="text-sm text-slate-500">No payments recorded yet.</p>}
      {payments.length > 0 && (
        <Table
          head={[
            'Received',
            ...(accountId ? [] : ['Account']),
            'Method',
            'Reference',
            <NumberHead key="a">Amount</NumberHead>,
            'Paid',
            <NumberHead key="c">Credit left</NumberHead>,
          ]}
        >
          {payments.map((payment) => (
            <tr key={payment.id}>
              <Cell className="whitespace-nowrap">{formatDay(payment.receivedDate)}</Cell>
              {!accountId && (
                <Cell>
                  <Link href={`/accounts/${payment.account.id}`} className="text-brand-700 hover:underline">
                    {payment.account.externalId}
                  </Link>{' '}
                  <span className="text-slate-500">{payment.account.name}</span>
                </Cell>
              )}
              <Cell>{enumLabel(payment.method)}</Cell>
              <Cell>{payment.reference ?? '—'}</Cell>
              <NumberCell>
                <Money amount={payment.amount} currency={payment.currency} />
              </NumberCell>
              <Cell>
                {payment.allocations.length === 0
                  ? '—'
                  : payment.allocations.map((allocation) => (
                      <span key={allocation.invoiceId} className="mr-2 whitespace-nowrap">
                        <Link
                          href={`/invoices/${allocation.invoiceId}`}
                          className="text-brand-700 hover:underline"
                        >
                          {allocation.invoiceNumber}
                        </Link>{' '}
                        <Money amount={allocation.amount} currency={payment.currency} />
                      </span>
                    ))}
              </Cell>
              <NumberCell>
                <Money amount={payment.unallocatedAmount} currency={payment.currency} />
              </NumberCell>
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}
