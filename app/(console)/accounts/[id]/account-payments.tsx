'use client';

import Link from 'next/link';
import { isPositiveAmount, Money } from '@/app/_components/money';
import { RecentPayments } from '@/app/_components/payments/recent-payments';
import { type OpenInvoice, RecordPaymentForm } from '@/app/_components/payments/record-payment-form';
import { useCan } from '@/app/_components/permissions';
import { Card } from '@/app/_components/ui/card';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';

interface Standing {
  accountBalance: {
    currency: string;
    invoiced: string;
    credited: string;
    paid: string;
    credit: string;
    balance: string;
  } | null;
  invoices: { edges: { node: OpenInvoice & { issueDate: string | null } }[] };
}

const QUERY = `query($id: ID!) {
  accountBalance(accountId: $id) { currency invoiced credited paid credit balance }
  invoices(first: 200, filter: { accountId: $id, status: FINALIZED, kind: INVOICE }) {
    edges { node { id number issueDate dueDate amountDue } }
  }
}`;

function Figure({
  label,
  amount,
  currency,
  testId,
}: {
  label: string;
  amount: string;
  currency: string;
  testId?: string;
}) {
  return (
    <div className="rounded-md bg-slate-50 px-4 py-3">
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-slate-900" data-testid={testId}>
        <Money amount={amount} currency={currency} />
      </dd>
    </div>
  );
}

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
  const { data, error } = useGraphQLQuery<Standing>(QUERY, { id: accountId }, refresh);
  const balance = data?.accountBalance;
  const today = new Date().toISOString().slice(0, 10);
  const open = (data?.invoices.edges ?? [])
    .map((edge) => edge.node)
    .filter(
      (invoice): invoice is typeof invoice & { amountDue: string } =>
        invoice.amountDue !== null && isPositiveAmount(invoice.amountDue),
    )
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  return (
    <div className="space-y-6">
      <Card title="Balance and open invoices">
        {error && <p className="text-sm text-red-700">{error}</p>}
        {!data && !error && <p className="text-sm text-slate-500">Loading…</p>}
        {balance && (
          <dl className="mb-5 grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
            <Figure
              label="Balance (owed)"
              amount={balance.balance}
              currency={balance.currency}
              testId="account-balance"
            />
            <Figure label="Unapplied credit" amount={balance.credit} currency={balance.currency} />
            <Figure label="Invoiced" amount={balance.invoiced} currency={balance.currency} />
            <Figure label="Credited" amount={balance.credited} currency={balance.currency} />
            <Figure label="Paid" amount={balance.paid} currency={balance.currency} />
          </dl>
        )}
        {data && open.length === 0 && (
          <p className="text-sm text-slate-500">No open invoices: nothing is owed.</p>
        )}
        {balance && open.length > 0 && (
          <Table head={['Invoice', 'Issued', 'Due', 'Late', <NumberHead key="d">Amount due</NumberHead>]}>
            {open.map((invoice) => {
              const late =
                invoice.dueDate && invoice.dueDate < today ? daysBetween(invoice.dueDate, today) : 0;
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
                  <Cell>{invoice.issueDate ?? '—'}</Cell>
                  <Cell>{invoice.dueDate ?? '—'}</Cell>
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
