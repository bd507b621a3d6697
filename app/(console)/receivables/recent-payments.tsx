'use client';

import Link from 'next/link';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';

interface PaymentNode {
  id: string;
  account: { id: string; externalId: string; name: string };
  method: string;
  amount: string;
  currency: string;
  receivedDate: string;
  reference: string | null;
  unallocatedAmount: string;
  allocations: { invoiceId: string; invoiceNumber: string; amount: string }[];
}

/** The latest payments and where each went. */
export function RecentPayments({ refresh }: { refresh: number }) {
  const { data, error, reload } = useGraphQLQuery<{ payments: { edges: { node: PaymentNode }[] } }>(
    '{ payments(first: 25) { edges { node { id account { id externalId name } method amount currency receivedDate reference unallocatedAmount allocations { invoiceId invoiceNumber amount } } } } }',
    {},
    refresh,
  );
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
      {error && <p className="text-sm text-red-700">{error}</p>}
      {data && payments.length === 0 && <p className="text-sm text-slate-500">No payments recorded yet.</p>}
      {payments.length > 0 && (
        <Table head={['Received', 'Account', 'Method', 'Reference', 'Amount', 'Paid', 'Credit left']}>
          {payments.map((payment) => (
            <tr key={payment.id}>
              <Cell>{payment.receivedDate}</Cell>
              <Cell>
                <Link href={`/accounts/${payment.account.id}`} className="text-brand-700 hover:underline">
                  {payment.account.externalId}
                </Link>{' '}
                <span className="text-slate-500">{payment.account.name}</span>
              </Cell>
              <Cell>{payment.method.charAt(0) + payment.method.slice(1).toLowerCase()}</Cell>
              <Cell>{payment.reference ?? '—'}</Cell>
              <Cell className="text-right font-mono">
                {payment.currency} {payment.amount}
              </Cell>
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
                        <span className="font-mono">{allocation.amount}</span>
                      </span>
                    ))}
              </Cell>
              <Cell className="text-right font-mono">{payment.unallocatedAmount}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}
