'use client';

import { Fragment, useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';

const OUTBOX_LIST = graphql(`
  query OutboxList {
    outbox(first: 100) { id recipient subject body isTest sentAt account { name } }
  }
`);

/** The outbox: one row per email, opened to read its body. */
export function OutboxList() {
  const [refresh, setRefresh] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const { data, error, loading } = useGraphQLQuery(OUTBOX_LIST, undefined, refresh);
  if (error || !data) return <QueryStatus error={error} loading="Loading the outbox…" />;
  if (data.outbox.length === 0)
    return (
      <EmptyState title="The outbox is empty">
        Test sends and campaign emails appear here when no mail server is configured. With SMTP_URL set they
        go to the mail server instead.
      </EmptyState>
    );
  return (
    <Card
      title={`Messages · ${data.outbox.length}`}
      actions={
        <Button variant="secondary" onClick={() => setRefresh((n) => n + 1)} disabled={loading}>
          Refresh
        </Button>
      }
    >
      <Table head={['Subject', 'To', 'Account', 'Kept at', '']}>
        {data.outbox.map((message) => (
          <Fragment key={message.id}>
            <tr data-testid="outbox-row">
              <Cell>
                <span className="font-medium text-slate-800">{message.subject ?? '(no subject)'}</span>{' '}
                {message.isTest && <Badge tone="info">test</Badge>}
              </Cell>
              <Cell className="whitespace-nowrap">{message.recipient}</Cell>
              <Cell className="whitespace-nowrap">{message.account.name}</Cell>
              <Cell className="text-xs whitespace-nowrap text-slate-500">
                {formatDateTime(message.sentAt)}
              </Cell>
              <Cell className="text-right">
                <Button
                  variant="ghost"
                  aria-expanded={open === message.id}
                  onClick={() => setOpen(open === message.id ? null : message.id)}
                >
                  {open === message.id ? 'Close' : 'Read'}
                </Button>
              </Cell>
            </tr>
            {open === message.id && (
              <tr>
                <td colSpan={5} className="bg-slate-50 px-3 py-3">
                  <pre className="max-w-4xl font-sans text-sm break-words whitespace-pre-wrap text-slate-700">
                    {message.body}
                  </pre>
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </Table>
    </Card>
  );
}
