'use client';

import { useState } from 'react';
import { type AccountOption, AccountPicker } from '@/app/_components/account-picker';
import { Money } from '@/app/_components/money';
import { Card } from '@/app/_components/ui/card';
import { Field, TextInput } from '@/app/_components/ui/field';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';

const ACCOUNT_USAGE_SUMMARY = graphql(`
  query AccountUsageSummary($id: ID!, $from: DateTime!, $to: DateTime!) {
    accountUsageSummary(accountId: $id, from: $from, to: $to) {
      currency total unratedRecords
      voiceLines { destination calls billableMinutes amount }
      meteredLines { product { code name } records quantity amount }
    }
  }
`);

const firstOfMonth = (offset: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
};

/**
 * What one account's rated usage comes to in a month, grouped as its invoice will be. With
 * `accountId` (on the account's own page) the account is fixed and not chosen.
 */
export function AccountUsage({
  refresh,
  accountId: fixedAccountId,
}: {
  refresh: number;
  accountId?: string;
}) {
  const [account, setAccount] = useState<AccountOption | null>(null);
  const [month, setMonth] = useState('2026-10');
  const selected = fixedAccountId ?? account?.id ?? '';

  return (
    <Card title={fixedAccountId ? 'Rated usage' : 'Rated usage of an account'}>
      <div className="mb-4 grid gap-4 sm:grid-cols-3">
        {!fixedAccountId && <AccountPicker label="Account" value={account} onChange={setAccount} />}
        <Field label="Month">
          <TextInput
            type="month"
            value={month}
            max={firstOfMonth(1)}
            onChange={(e) => setMonth(e.target.value)}
          />
        </Field>
      </div>
      {selected ? (
        <UsageSummary accountId={selected} month={month} refresh={refresh} />
      ) : (
        <p className="text-sm text-slate-500">Choose an account to see its rated usage.</p>
      )}
    </Card>
  );
}

/** The month's rated usage lines of one account (`month` as YYYY-MM, in UTC). */
function UsageSummary({ accountId, month, refresh }: { accountId: string; month: string; refresh: number }) {
  const [year = 1970, monthIndex = 1] = month.split('-').map(Number);
  const from = new Date(Date.UTC(year, monthIndex - 1, 1)).toISOString();
  const to = new Date(Date.UTC(year, monthIndex, 1)).toISOString();
  const { data } = useGraphQLQuery(ACCOUNT_USAGE_SUMMARY, { id: accountId, from, to }, refresh);
  const summary = data?.accountUsageSummary;
  if (!summary) return null;
  const money = (amount: string) => <Money amount={amount} currency={summary.currency} />;
  return (
    <div data-testid="account-usage">
      {summary.voiceLines.length + summary.meteredLines.length === 0 ? (
        <p className="text-sm text-slate-500">No rated usage in this month.</p>
      ) : (
        <Table head={['Line', 'Calls / records', 'Quantity', <NumberHead key="a">Amount</NumberHead>]}>
          {summary.voiceLines.map((line) => (
            <tr key={line.destination}>
              <Cell>Calls to {line.destination}</Cell>
              <Cell>{line.calls}</Cell>
              <Cell>{line.billableMinutes} min</Cell>
              <NumberCell>{money(line.amount)}</NumberCell>
            </tr>
          ))}
          {summary.meteredLines.map((line) => (
            <tr key={line.product.code}>
              <Cell>{line.product.name}</Cell>
              <Cell>{line.records}</Cell>
              <Cell>{line.quantity}</Cell>
              <NumberCell>
                {line.amount === null ? <span className="text-slate-500">no price</span> : money(line.amount)}
              </NumberCell>
            </tr>
          ))}
          <tr>
            <Cell className="font-semibold text-slate-900">
              Usage total (before included minutes and tax)
            </Cell>
            <Cell>{''}</Cell>
            <Cell>{''}</Cell>
            <NumberCell className="font-semibold text-slate-900">{money(summary.total)}</NumberCell>
          </tr>
        </Table>
      )}
      {summary.unratedRecords > 0 && (
        <p className="mt-3 text-sm text-amber-800">
          {summary.unratedRecords === 1
            ? '1 record'
            : `${summary.unratedRecords.toLocaleString('en-US')} records`}{' '}
          of this account in the month {summary.unratedRecords === 1 ? 'is' : 'are'} waiting in the unbillable
          queue.
        </p>
      )}
    </div>
  );
}
