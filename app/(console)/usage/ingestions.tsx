'use client';

import { Fragment, useEffect, useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';

const USAGE_INGESTIONS = graphql(`
  query UsageIngestions {
    ingestions(first: 15) {
      edges {
        node {
          id source fileName status bytesTotal bytesRead read imported duplicates conflicts rejected unrated
          error actorLabel startedAt
          problems(first: 50) { line recordId kind reason }
        }
      }
    }
  }
`);

const tone = { RUNNING: 'info', COMPLETED: 'good', FAILED: 'bad' } as const;

/** Recent ingestions with their reports; polls while one is running so its progress moves. */
export function Ingestions({ refresh }: { refresh: number }) {
  const { data, reload } = useGraphQLQuery(USAGE_INGESTIONS, undefined, refresh);
  const [open, setOpen] = useState<string | null>(null);
  const rows = data?.ingestions.edges.map((edge) => edge.node) ?? [];
  const running = rows.some((row) => row.status === 'RUNNING');
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void reload(), 2000);
    return () => clearInterval(timer);
  }, [running, reload]);

  return (
    <Card title="Recent ingestions">
      {data && rows.length === 0 && <p className="text-sm text-slate-500">Nothing ingested yet.</p>}
      {rows.length > 0 && (
        <Table head={['Started', 'Source', 'Status', 'Read', 'In', 'Skipped', 'Problems']}>
          {rows.map((row) => (
            <Fragment key={row.id}>
              <tr>
                <Cell className="whitespace-nowrap">
                  {formatDateTime(row.startedAt)}
                  <span className="block text-xs text-slate-400">{row.actorLabel}</span>
                </Cell>
                <Cell>{row.fileName ?? row.source.toLowerCase()}</Cell>
                <Cell>
                  <Badge tone={tone[row.status]}>
                    {row.status === 'RUNNING' && row.bytesTotal
                      ? `${Math.round((row.bytesRead / row.bytesTotal) * 100)}%`
                      : row.status.toLowerCase()}
                  </Badge>
                </Cell>
                <Cell>{row.read.toLocaleString('en-US')}</Cell>
                <Cell>
                  {row.imported.toLocaleString('en-US')}
                  {row.unrated > 0 && (
                    <span className="block text-xs text-amber-700">
                      {row.unrated.toLocaleString('en-US')} unrated
                    </span>
                  )}
                </Cell>
                <Cell>{row.duplicates.toLocaleString('en-US')}</Cell>
                <Cell>
                  {row.conflicts + row.rejected > 0 ? (
                    <button
                      type="button"
                      className="text-brand-600 hover:underline"
                      onClick={() => setOpen(open === row.id ? null : row.id)}
                    >
                      {(row.conflicts + row.rejected).toLocaleString('en-US')}
                    </button>
                  ) : (
                    '0'
                  )}
                </Cell>
              </tr>
              {open === row.id && (
                <tr>
                  <td colSpan={7} className="bg-slate-50 px-3 py-2">
                    {row.error && <p className="text-xs text-red-700">{row.error}</p>}
                    <ul className="space-y-0.5 font-mono text-xs text-slate-700">
                      {row.problems.map((problem) => (
                        <li key={`${problem.line}-${problem.reason}`}>
                          line {problem.line} · {problem.kind.toLowerCase()} · {problem.reason}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </Table>
      )}
    </Card>
  );
}
