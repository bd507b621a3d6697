'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Money } from '@/app/_components/money';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { ChoiceSelect, choicesOf } from '@/app/_components/ui/choice-select';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field } from '@/app/_components/ui/field';
import { LoadMore } from '@/app/_components/ui/load-more';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useConnectionQuery } from '@/app/_components/use-connection-query';
import { graphql } from '@/app/_gql';
import type { BillRunAccountStatus } from '@/app/_gql/graphql';

const tones = {
  PENDING: 'neutral',
  INVOICED: 'good',
  NOTHING_TO_BILL: 'neutral',
  ALREADY_INVOICED: 'info',
  FAILED: 'bad',
} as const satisfies Record<BillRunAccountStatus, string>;

const outcomeLabels: Record<BillRunAccountStatus, string> = {
  PENDING: 'Pending',
  INVOICED: 'Invoiced',
  NOTHING_TO_BILL: 'Nothing to bill',
  ALREADY_INVOICED: 'Already invoiced',
  FAILED: 'Failed',
};
const outcomes = choicesOf(outcomeLabels);

const BILL_RUN_RESULTS = graphql(`
  query BillRunResults($id: ID!, $first: Int, $after: String, $status: BillRunAccountStatus) {
    billRun(id: $id) {
      results(first: $first, after: $after, status: $status) {
        edges {
          node {
            status message
            account { id externalId name }
            invoice { id number total currency }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

/** Each account's outcome in a run, filterable by outcome; `failedOnly` lists the failures with their reasons. */
export function BillRunResults({
  billRunId,
  refresh,
  failedOnly,
}: {
  billRunId: string;
  refresh: unknown;
  failedOnly?: boolean;
}) {
  const [status, setStatus] = useState<BillRunAccountStatus | ''>('');
  const list = useConnectionQuery(
    BILL_RUN_RESULTS,
    (data) => data.billRun?.results ?? { edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
    { id: billRunId, status: failedOnly ? 'FAILED' : status || null },
    refresh,
    50,
  );
  const rows = list.nodes ?? [];
  if (failedOnly && rows.length === 0) return null;
  return (
    <Card title={failedOnly ? 'Accounts that failed' : 'Results'}>
      {!failedOnly && (
        <div className="mb-4 grid gap-4 sm:grid-cols-4">
          <Field label="Outcome">
            <ChoiceSelect
              choices={outcomes}
              labels={outcomeLabels}
              value={status}
              onChange={setStatus}
              emptyLabel="Any"
              aria-label="Outcome"
            />
          </Field>
        </div>
      )}
      <ErrorText>{list.error}</ErrorText>
      {list.nodes && rows.length === 0 && (
        <p className="text-sm text-slate-500">No accounts with this outcome.</p>
      )}
      {rows.length > 0 && (
        <div data-testid={failedOnly ? 'bill-run-failures' : 'bill-run-results'}>
          <Table
            head={
              failedOnly
                ? ['Account', 'Why']
                : ['Account', 'Outcome', 'Invoice', <NumberHead key="t">Total</NumberHead>, 'Note']
            }
          >
            {rows.map((row) => (
              <tr key={row.account.id}>
                <Cell className="max-w-xs">
                  <Link href={`/accounts/${row.account.id}`} className="text-brand-700 hover:underline">
                    {row.account.externalId}
                  </Link>
                  <span className="block truncate text-xs text-slate-500" title={row.account.name}>
                    {row.account.name}
                  </span>
                </Cell>
                {failedOnly ? (
                  <Cell className="text-red-700">{row.message ?? 'No reason recorded.'}</Cell>
                ) : (
                  <>
                    <Cell>
                      <Badge tone={tones[row.status]}>{outcomeLabels[row.status]}</Badge>
                    </Cell>
                    <Cell>
                      {row.invoice ? (
                        <Link
                          href={`/invoices/${row.invoice.id}`}
                          className="font-medium text-brand-700 hover:underline"
                        >
                          {row.invoice.number ?? 'DRAFT'}
                        </Link>
                      ) : (
                        '—'
                      )}
                    </Cell>
                    <NumberCell>
                      {row.invoice ? (
                        <Money amount={row.invoice.total} currency={row.invoice.currency} />
                      ) : (
                        ''
                      )}
                    </NumberCell>
                    <Cell className="text-slate-500">{row.message ?? ''}</Cell>
                  </>
                )}
              </tr>
            ))}
          </Table>
        </div>
      )}
      <LoadMore list={list} />
    </Card>
  );
}
