'use client';

import { useState } from 'react';
import { type AccountOption, AccountPicker } from '@/app/_components/account-picker';
import { Card } from '@/app/_components/ui/card';
import { Field, TextInput } from '@/app/_components/ui/field';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';

const firstOfMonth = (offset: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
};

interface Summary {
  currency: string;
  total: string;
  unratedRecords: number;
  voiceLines: { destination: string; calls: number; billableMinutes: string; amount: string }[];
  meteredLines: {
    product: { code: string; name: string };
    records: number;
    quantity: string;
    amount: string | null;
  }[];
}

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
  const [year, monthIndex] = month.split('-').map(Number) as [number, number];
  const from = new Date(Date.UTC(year, monthIndex - 1, 1)).toISOString();
  const to = new Date(Date.UTC(year, monthIndex, 1)).toISOString();
  const summary = useGraphQLQuery<{ accountUsageSummary: Summary }>(
    selected
      ? 'query($id: ID!, $from: DateTime!, $to: DateTime!) { accountUsageSummary(accountId: $id, from: $from, to: $to) { currency total unratedRecords voiceLines { destination calls billableMinutes amount } meteredLines { product { code name } records quantity amount } } }'
      : '{ __typename }',
    selected ? { id: selected, from, to } : {},
    refresh,
  );
  const data = selected ? summary.data?.accountUsageSummary : undefined;

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
      {!selected && <p className="text-sm text-slate-500">Choose an account to see its rated usage.</p>}
      {data && (
        <div data-testid="account-usage">
          {data.voiceLines.length + data.meteredLines.length === 0 ? (
            <p className="text-sm text-slate-500">No rated usage in this month.</p>
          ) : (
            <Table head={['Line', 'Calls / records', 'Quantity', `Amount (${data.currency})`]}>
              {data.voiceLines.map((line) => (
                <tr key={line.destination}>
                  <Cell>Calls to {line.destination}</Cell>
                  <Cell>{line.calls}</Cell>
                  <Cell>{line.billableMinutes} min</Cell>
                  <Cell className="text-right font-mono">{line.amount}</Cell>
                </tr>
              ))}
              {data.meteredLines.map((line) => (
                <tr key={line.product.code}>
                  <Cell>{line.product.name}</Cell>
                  <Cell>{line.records}</Cell>
                  <Cell>{line.quantity}</Cell>
                  <Cell className="text-right font-mono">{line.amount ?? 'no price'}</Cell>
                </tr>
              ))}
              <tr>
                <Cell className="font-semibold text-slate-900">
                  Usage total (before included minutes and tax)
                </Cell>
                <Cell>{''}</Cell>
                <Cell>{''}</Cell>
                <Cell className="text-right font-mono font-semibold text-slate-900">{data.total}</Cell>
              </tr>
            </Table>
          )}
          {data.unratedRecords > 0 && (
            <p className="mt-3 text-sm text-amber-800">
              {data.unratedRecords === 1 ? '1 record' : `${data.unratedRecords} records`} of this account in
              the month {data.unratedRecords === 1 ? 'is' : 'are'} waiting in the unbillable queue.
            </p>
          )}
        </div>
      )}
    </Card>
  );
}
