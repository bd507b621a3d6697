'use client';

import Link from 'next/link';
import { formatDay } from '@/app/_components/format';
import { isPositiveAmount, Money } from '@/app/_components/money';
import { RecentPayments } from '@/app/_components/payments/recent-payments';
import { type OpenInvoice, RecordPaymentForm } from '@/app/_components/payments/record-payment-form';
import { useCan } from '@/app/_components/permissions';
import { today } from '@/app/_components/today';
import { Card } from '@/app/_components/ui/card';
import { ErrorText } from '@/app/_components/ui/error-text';
import { StatCard } from '@/app/_components/ui/stat-card';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';

const ACCOUNT_PAYMENTS = graphql(`
  query AccountPayments($id: ID!) {
    accountBalance(accountId: $id) { currency invoiced credited paid credit balance }
    invoices(first: 200, filter: { accountId: $id, status: FINALIZED, kind: INVOICE }) {
      edges { node { id number issueDate dueDate amountDue } }
    }
  }
`);

/** Where the account stands: balance, credit, open invoices by due date, payments, and recording one. */
export function AccountPayments({
  accountId,
  refresh,
  onRecorded,
}: {
  accountId: string;
  refresh: number;
  onRecorded: () => void;
}) {
  const can = useCan();
  const { data, error } = useGraphQLQuery(ACCOUNT_PAYMENTS, { id: accountId }, refresh);
  const balance = data?.accountBalance;
  const asOf = today();
  // Finalized invoices always carry a number; those with something still owed are open.
  const open = (data?.invoices.edges ?? [])
    .map((edge) => edge.node)
    .filter(
      (invoice): invoice is typeof invoice & OpenInvoice =>
        invoice.number !== null && invoice.amountDue !== null && isPositiveAmount(invoice.amountDue),
    )
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  return (
    <div className="space-y-6">
      <Card title="Balance and open invoices">
        <ErrorText>{error}</ErrorText>
        {!data && !error && <p className="text-sm text-slate-500">Loading…</p>}
        {balance && (
          <dl className="mb-5 grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
            <StatCard
              label="Balance (owed)"
              value={<Money amount={balance.balance} currency={balance.currency} />}
              valueTestId="account-balance"
            />
            <StatCard
              label="Unapplied credit"
              value={<Money amount={balance.credit} currency={balance.currency} />}
            />
            <StatCard
              label="Invoiced"
              value={<Money amount={balance.invoiced} currency={balance.currency} />}
            />
            <StatCard
              label="Credited"
              value={<Money amount={balance.credited} currency={balance.currency} />}
            />
            <StatCard label="Paid" value={<Money amount={balance.paid} currency={balance.currency} />} />
          </dl>
        )}
        {data && open.length === 0 && (
          <p className="text-sm text-slate-500">No open invoices: nothing is owed.</p>
        )}
        {balance && open.length > 0 && (
          <Table head={['Invoice', 'Issued', 'Due', 'Late', <NumberHead key="d">Amount due</NumberHead>]}>
            {open.map((invoice) => {
              const late = invoice.dueDate && invoice.dueDate < asOf ? daysBetween(invoice.dueDate, asOf) : 0;
              return (
                <tr key={invoice.id}>
                  <Cell>
                    <Link
                      href={`/invoices/${invoice.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {invoice.number}
                    </Link>
                  </Cell>
                  <Cell className="whitespace-nowrap">{formatDay(invoice.issueDate)}</Cell>
                  <Cell className="whitespace-nowrap">{formatDay(invoice.dueDate)}</Cell>
                  <Cell className={late > 0 ? 'text-amber-800' : ''}>
                    {late > 0 ? `${late} day${late === 1 ? '' : 's'}` : 'not yet due'}
                  </Cell>
                  <NumberCell>
                    <Money amount={invoice.amountDue} currency={balance.currency} />
                  </NumberCell>
                </tr>
              );
            })}
          </Table>
        )}
      </Card>
      {can('recordPayment') && balance && (
        <Card title="Record a payment">
          <RecordPaymentForm
            account={{ id: accountId, currency: balance.currency }}
            openInvoices={open}
            onRecorded={onRecorded}
          />
        </Card>
      )}
      <RecentPayments refresh={refresh} accountId={accountId} />
    </div>
  );
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
