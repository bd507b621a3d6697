'use client';

import { useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { ErrorText } from '@/app/_components/ui/error-text';
import { TextInput } from '@/app/_components/ui/field';
import { LoadMore } from '@/app/_components/ui/load-more';
import { Cell, Table } from '@/app/_components/ui/table';
import { useConnectionQuery } from '@/app/_components/use-connection-query';
import { graphql } from '@/app/_gql';
import type { AuditResult } from '@/app/_gql/graphql';

const AUDIT_LOG = graphql(`
  query AuditLog($first: Int, $after: String, $filter: AuditEntryFilter) {
    auditEntries(first: $first, after: $after, filter: $filter) {
      edges { node { id occurredAt actorLabel actorKind operation result errorCode inputSummary } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const resultTone = { OK: 'good', REJECTED: 'warn', ERROR: 'bad' } as const satisfies Record<
  AuditResult,
  string
>;

export function AuditLog() {
  const [operation, setOperation] = useState('');
  const list = useConnectionQuery(
    AUDIT_LOG,
    (data) => data.auditEntries,
    { filter: operation.trim() ? { operation: operation.trim() } : null },
    undefined,
    50,
  );
  const rows = list.nodes ?? [];

  return (
    <Card
      title="Changes, newest first"
      actions={
        <TextInput
          aria-label="Filter by operation"
          placeholder="Operation, e.g. createApiKey"
          value={operation}
          onChange={(event) => setOperation(event.target.value)}
          className="w-64"
        />
      }
    >
      <ErrorText>{list.error}</ErrorText>
      {!list.error && !list.loading && rows.length === 0 && (
        <p className="text-sm text-slate-500">No changes recorded yet.</p>
      )}
      {rows.length > 0 && (
        <Table head={['When', 'Who', 'Operation', 'Result', 'Input']}>
          {rows.map((row) => (
            <tr key={row.id}>
              <Cell className="whitespace-nowrap">{formatDateTime(row.occurredAt)}</Cell>
              <Cell>{row.actorLabel}</Cell>
              <Cell className="font-mono text-xs">{row.operation}</Cell>
              <Cell>
                <Badge tone={resultTone[row.result]}>{row.errorCode ?? row.result.toLowerCase()}</Badge>
              </Cell>
              <Cell className="max-w-md truncate font-mono text-xs text-slate-500">
                <span title={row.inputSummary}>{row.inputSummary}</span>
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      <LoadMore list={list} />
    </Card>
  );
}
