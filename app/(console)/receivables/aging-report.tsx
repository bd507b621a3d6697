'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Card } from '@/app/_components/ui/card';
import { Field, TextInput } from '@/app/_components/ui/field';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';

interface Buckets {
  current: string;
  days1To30: string;
  days31To60: string;
  days61To90: string;
  over90Days: string;
  total: string;
}

const bucketFields = '{ current days1To30 days31To60 days61To90 over90Days total }';
const columns: [keyof Buckets, string][] = [
  ['current', 'Current'],
  ['days1To30', '1–30'],
  ['days31To60', '31–60'],
  ['days61To90', '61–90'],
  ['over90Days', '90+'],
  ['total', 'Total'],
];

function Amounts({ buckets, strong }: { buckets: Buckets; strong?: boolean }) {
  return columns.map(([key]) => (
    <Cell
      key={key}
      className={`text-right font-mono ${strong ? 'font-semibold text-slate-900' : ''} ${
        key !== 'current' && key !== 'total' && buckets[key] !== '0.00' && buckets[key] !== '0'
          ? 'text-amber-800'
          : ''
      }`}
    >
      {buckets[key]}
    </Cell>
  ));
}

/** Open balances by days past due, per account and per currency, as of a chosen day. */
export function AgingReport({ refresh }: { refresh: number }) {
  const [asOf, setAsOf] = useState(() => new Date().toISOString().slice(0, 10));
  const { data, error } = useGraphQLQuery<{
    agingReport: {
      rows: {
        account: { id: string; externalId: string; name: string };
        currency: string;
        buckets: Buckets;
      }[];
      totals: { currency: string; buckets: Buckets }[];
    };
  }>(
    `query($asOf: Date) { agingReport(asOf: $asOf) { rows { account { id externalId name } currency buckets ${bucketFields} } totals { currency buckets ${bucketFields} } } }`,
    { asOf },
    refresh,
  );
  const report = data?.agingReport;
  return (
    <Card
      title="Receivables aging"
      actions={
        <Field label="As of">
          <TextInput type="date" value={asOf} onChange={(e) => e.target.value && setAsOf(e.target.value)} />
        </Field>
      }
    >
      {error && <p className="text-sm text-red-700">{error}</p>}
      {report && report.rows.length === 0 && (
        <p className="text-sm text-slate-500">Nothing is owed as of this day.</p>
      )}
      {report && report.rows.length > 0 && (
        <div data-testid="aging-report">
          <Table head={['Account', 'Currency', ...columns.map(([, label]) => label)]}>
            {report.rows.map((row) => (
              <tr key={`${row.account.id}-${row.currency}`}>
                <Cell>
                  <Link href={`/accounts/${row.account.id}`} className="text-brand-700 hover:underline">
                    {row.account.externalId}
                  </Link>{' '}
                  <span className="text-slate-500">{row.account.name}</span>
                </Cell>
                <Cell>{row.currency}</Cell>
                <Amounts buckets={row.buckets} />
              </tr>
            ))}
            {report.totals.map((total) => (
              <tr key={total.currency} className="bg-slate-50">
                <Cell className="font-semibold text-slate-900">Total</Cell>
                <Cell className="font-semibold text-slate-900">{total.currency}</Cell>
                <Amounts buckets={total.buckets} strong />
              </tr>
            ))}
          </Table>
        </div>
      )}
    </Card>
  );
}
