'use client';

import Link from 'next/link';
import { formatDay } from '@/app/_components/format';
import { graphql } from '@/app/_gql';
import type { InvoiceListQueryVariables } from '@/app/_gql/graphql';
import { Money } from '../money';
import { Badge } from '../ui/badge';
import { ErrorText } from '../ui/error-text';
import { LoadMore } from '../ui/load-more';
import { Cell, NumberCell, NumberHead, Table } from '../ui/table';
import { useConnectionQuery } from '../use-connection-query';
import { InvoiceStatusBadge } from './status-badges';

export type InvoiceFilter = NonNullable<InvoiceListQueryVariables['filter']>;

const INVOICE_LIST = graphql(`
  query InvoiceList($first: Int, $after: String, $filter: InvoiceFilter) {
    invoices(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          id kind status number account { id externalId name } currency periodStart periodEnd
          issueDate dueDate total amountDue
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** The last day of a [start, end) period, as people read a billing period. */
export function lastDay(periodEnd: string): string {
  const day = new Date(`${periodEnd}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** Invoices and credit notes, newest first, a page at a time; `hideAccount` on an account's own page. */
export function InvoiceList({
  filter,
  refresh,
  hideAccount,
  emptyText,
}: {
  filter: InvoiceFilter;
  refresh?: unknown;
  hideAccount?: boolean;
  emptyText: string;
}) {
  const list = useConnectionQuery(INVOICE_LIST, (data) => data.invoices, { filter }, refresh);
  const invoices = list.nodes ?? [];
  return (
    <div>
      <ErrorText>{list.error}</ErrorText>
      {list.nodes === null && !list.error && <p className="text-sm text-slate-500">Loading invoices…</p>}
      {list.nodes && invoices.length === 0 && <p className="text-sm text-slate-500">{emptyText}</p>}
      {invoices.length > 0 && (
        <div data-testid="invoice-list">
          <Table
            head={[
              'Invoice',
              ...(hideAccount ? [] : ['Account']),
              'Period',
              'Issued',
              'Due',
              'Status',
              <NumberHead key="t">Total</NumberHead>,
              <NumberHead key="d">Amount due</NumberHead>,
            ]}
          >
            {invoices.map((invoice) => (
              <tr key={invoice.id}>
                <Cell className="whitespace-nowrap">
                  <Link
                    href={`/invoices/${invoice.id}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {invoice.number ?? 'DRAFT'}
                  </Link>
                  {invoice.kind === 'CREDIT_NOTE' && (
                    <span className="ml-2">
                      <Badge tone="info">Credit note</Badge>
                    </span>
                  )}
                </Cell>
                {!hideAccount && (
                  <Cell className="max-w-xs">
                    <Link href={`/accounts/${invoice.account.id}`} className="text-brand-700 hover:underline">
                      {invoice.account.externalId}
                    </Link>
                    <span className="block truncate text-xs text-slate-500" title={invoice.account.name}>
                      {invoice.account.name}
                    </span>
                  </Cell>
                )}
                <Cell className="whitespace-nowrap">
                  {formatDay(invoice.periodStart)} – {formatDay(lastDay(invoice.periodEnd))}
                </Cell>
                <Cell className="whitespace-nowrap">{formatDay(invoice.issueDate)}</Cell>
                <Cell className="whitespace-nowrap">{formatDay(invoice.dueDate)}</Cell>
                <Cell>
                  <InvoiceStatusBadge status={invoice.status} />
                </Cell>
                <NumberCell>
                  <Money amount={invoice.total} currency={invoice.currency} />
                </NumberCell>
                <NumberCell>
                  {invoice.amountDue === null ? (
                    <span className="text-slate-400">—</span>
                  ) : (
                    <Money amount={invoice.amountDue} currency={invoice.currency} />
                  )}
                </NumberCell>
              </tr>
            ))}
          </Table>
        </div>
      )}
      <LoadMore list={list} />
    </div>
  );
}
