'use client';

import { useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { TextInput } from '@/app/_components/ui/field';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';

interface AuditRow {
  id: string;
  occurredAt: string;
  actorLabel: string;
  actorKind: string;
  operation: string;
  result: 'OK' | 'REJECTED' | 'ERROR';
  errorCode: string | null;
  inputSummary: string;
}

const AUDIT_QUERY = `query Audit($first: Int, $filter: AuditEntryFilter) {
  auditEntries(first: $first, filter: $filter) {
    edges { node { id occurredAt actorLabel actorKind operation result errorCode inputSummary } }
    pageInfo { hasNextPage }
  }
}`;

const resultTone = { OK: 'good', REJECTED: 'warn', ERROR: 'bad' } as const;

export function AuditLog() {
  const [operation, setOperation] = useState('');
  const [first, setFirst] = useState(50);
  const { data, error, loading } = useGraphQLQuery<{
    auditEntries: { edges: { node: AuditRow }[]; pageInfo: { hasNextPage: boolean } };
  }>(AUDIT_QUERY, { first, filter: operation.trim() ? { operation: operation.trim() } : null });
  const rows = data?.auditEntries.edges.map((edge) => edge.node) ?? [];

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
      {error && <p className="text-sm text-red-700">{error}</p>}
      {!error && !loading && rows.length === 0 && (
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
      {data?.auditEntries.pageInfo.hasNextPage && (
        <Button variant="ghost" className="mt-3" onClick={() => setFirst((n) => n + 50)}>
          Show more
        </Button>
      )}
    </Card>
  );
}
