'use client';

import Link from 'next/link';
import { formatDateTime, formatDay } from '@/app/_components/format';
import { runTones } from '@/app/_components/migration/labels';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { MigrationImportListQuery } from '@/app/_gql/graphql';

const MIGRATION_IMPORT_LIST = graphql(`
  query MigrationImportList {
    migrationImports(first: 50) {
      id sourceName sourceSystem periodStart periodEnd status unrated createdBy createdAt
      files { file read imported duplicates conflicts rejected }
      parallelRuns { id }
      waves { id }
    }
  }
`);

type ImportRow = MigrationImportListQuery['migrationImports'][number];

function sum(row: ImportRow, key: 'read' | 'imported' | 'duplicates' | 'conflicts' | 'rejected') {
  return row.files.reduce((total, file) => total + file[key], 0);
}

/** Every import, latest first, with its row counts over all files. */
export function ImportList({ refresh }: { refresh: number }) {
  const { data, error } = useGraphQLQuery(MIGRATION_IMPORT_LIST, undefined, refresh);
  if (error || !data) return <QueryStatus error={error} loading="Loading imports…" />;
  if (data.migrationImports.length === 0)
    return (
      <EmptyState title="No legacy export imported yet">
        <p>
          Upload a zip of an export folder above (manifest.json and the CSV files of the legacy export
          format), or import a folder of any size from the command line on the server:
        </p>
        <pre className="mt-3 rounded-md bg-slate-900 px-3 py-2 text-left font-mono text-xs text-slate-100">
          npx switchboard import-legacy ./export-folder{'\n'}npx switchboard parallel-run --import &lt;import
          id&gt;
        </pre>
        <p className="mt-3">Imports made either way appear here with their report.</p>
      </EmptyState>
    );
  return (
    <Card title="Imports">
      <Table
        head={[
          'Source',
          'Legacy period',
          'Status',
          'Rows read',
          'Imported',
          'Skipped',
          'Problems',
          'Runs · waves',
        ]}
      >
        {data.migrationImports.map((row) => {
          const problems = sum(row, 'conflicts') + sum(row, 'rejected');
          return (
            <tr key={row.id}>
              <Cell>
                <Link
                  href={`/migration/imports/${row.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {row.sourceName}
                </Link>
                <span className="block text-xs text-slate-500">
                  {row.sourceSystem ?? 'unknown system'} · {formatDateTime(row.createdAt)} · {row.createdBy}
                </span>
              </Cell>
              <Cell className="whitespace-nowrap">
                {formatDay(row.periodStart)} → {formatDay(row.periodEnd)}
              </Cell>
              <Cell>
                <Badge tone={runTones[row.status]}>{row.status.toLowerCase()}</Badge>
              </Cell>
              <Cell className="tabular-nums">{sum(row, 'read').toLocaleString('en-US')}</Cell>
              <Cell className="tabular-nums">
                {sum(row, 'imported').toLocaleString('en-US')}
                {row.unrated > 0 && (
                  <span className="block text-xs text-amber-700">
                    {row.unrated.toLocaleString('en-US')} unrated
                  </span>
                )}
              </Cell>
              <Cell className="tabular-nums">{sum(row, 'duplicates').toLocaleString('en-US')}</Cell>
              <Cell className="tabular-nums">
                {problems > 0 ? <Badge tone="warn">{problems.toLocaleString('en-US')}</Badge> : '0'}
              </Cell>
              <Cell className="tabular-nums">
                {row.parallelRuns.length} · {row.waves.length}
              </Cell>
            </tr>
          );
        })}
      </Table>
    </Card>
  );
}
