'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Money } from '@/app/_components/money';
import { Card } from '@/app/_components/ui/card';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field, TextInput } from '@/app/_components/ui/field';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { AgingReportBucketsFragment } from '@/app/_gql/graphql';

/** Open balances of one account (or all) in one currency, by days past due. */
export const AGING_REPORT_BUCKETS = graphql(`
  fragment AgingReportBuckets on AgingBuckets { current days1To30 days31To60 days61To90 over90Days total }
`);

const AGING_REPORT = graphql(`
  query AgingReport($asOf: Date) {
    agingReport(asOf: $asOf) {
      rows { account { id externalId name } currency buckets { ...AgingReportBuckets } }
      totals { currency buckets { ...AgingReportBuckets } }
    }
  }
`);

const columns: [keyof AgingReportBucketsFragment, string][] = [
  ['current', 'Current'],
  ['days1To30', '1–30'],
  ['days31To60', '31–60'],
  ['days61To90', '61–90'],
  ['over90Days', '90+'],
  ['total', 'Total'],
];

/** Whether a decimal string is zero, read from its digits. */
const isZero = (amount: string) => !/[1-9]/.test(amount);

function Amounts({
  buckets,
  currency,
  strong,
}: {
  buckets: AgingReportBucketsFragment;
  currency: string;
  strong?: boolean;
}) {
  return columns.map(([key]) => (
    <NumberCell
      key={key}
      className={`${strong ? 'font-semibold text-slate-900' : ''} ${
        key !== 'current' && key !== 'total' && !isZero(buckets[key]) ? 'text-amber-800' : ''
      }`}
    >
      <Money amount={buckets[key]} currency={currency} />
    </NumberCell>
  ));
}

/** Open balances by days past due, per account and per currency, as of a chosen day. */
export function AgingReport({ refresh }: { refresh: number }) {
  const [asOf, setAsOf] = useState(() => new Date().toISOString().slice(0, 10));
  const { data, error } = useGraphQLQuery(AGING_REPORT, { asOf }, refresh);
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
      <ErrorText>{error}</ErrorText>
      {report && report.rows.length === 0 && (
        <p className="text-sm text-slate-500">Nothing is owed as of this day.</p>
      )}
      {report && report.rows.length > 0 && (
        <div data-testid="aging-report">
          <Table
            head={['Account', ...columns.map(([key, label]) => <NumberHead key={key}>{label}</NumberHead>)]}
          >
            {report.rows.map((row) => (
              <tr key={`${row.account.id}-${row.currency}`}>
                <Cell>
                  <Link href={`/accounts/${row.account.id}`} className="text-brand-700 hover:underline">
                    {row.account.externalId}
                  </Link>{' '}
                  <span className="text-slate-500">{row.account.name}</span>
                </Cell>
                <Amounts buckets={row.buckets} currency={row.currency} />
              </tr>
            ))}
            {report.totals.map((total) => (
              <tr key={total.currency} className="bg-slate-50">
                <Cell className="font-semibold text-slate-900">Total {total.currency}</Cell>
                <Amounts buckets={total.buckets} currency={total.currency} strong />
              </tr>
            ))}
          </Table>
        </div>
      )}
    </Card>
  );
}
