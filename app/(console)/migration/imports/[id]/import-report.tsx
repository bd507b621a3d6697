'use client';

import Link from 'next/link';
import { useState } from 'react';
import { formatDateTime, formatDay } from '@/app/_components/format';
import { runTones, waveLabels } from '@/app/_components/migration/labels';
import { useCan } from '@/app/_components/permissions';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import { ImportHeader } from './import-header';
import { ParallelRuns } from './parallel-runs';
import { ProblemRows } from './problem-rows';
import { ValidationReport } from './validation-report';

const MIGRATION_IMPORT_REPORT = graphql(`
  query MigrationImportReport($id: ID!) {
    migrationImport(id: $id) {
      id sourceName sourceSystem periodStart periodEnd status unrated createdBy createdAt finishedAt
      usageIngestion { id unrated }
      waves { id name status accountCount }
      validation {
        files { file expectedRows read imported duplicates conflicts rejected matchesManifest }
        ...MigrationValidationReport
      }
    }
  }
`);

/** An import's report: files against the manifest, rows not imported, validation, runs and waves. */
export function ImportReport({ id }: { id: string }) {
  const [refresh, setRefresh] = useState(0);
  const { data, error } = useGraphQLQuery(MIGRATION_IMPORT_REPORT, { id }, refresh);
  const can = useCan();
  if (error || !data) return <QueryStatus error={error} loading="Loading the import…" />;
  const detail = data.migrationImport;
  if (!detail) return <p className="text-sm text-slate-600">No import with this id.</p>;
  const files = detail.validation?.files ?? [];
  return (
    <>
      <ImportHeader
        importId={id}
        current="report"
        title={detail.sourceName}
        description={
          <>
            {detail.sourceSystem ?? 'Legacy system'} · period {formatDay(detail.periodStart)} →{' '}
            {formatDay(detail.periodEnd)} (end exclusive) · imported by {detail.createdBy}{' '}
            {formatDateTime(detail.createdAt)}{' '}
            <Badge tone={runTones[detail.status]}>{detail.status.toLowerCase()}</Badge>
          </>
        }
      />
      <div className="space-y-6">
        <Card title="Files against the manifest">
          <Table
            head={['File', 'Expected', 'Read', 'Imported', 'Duplicates', 'Conflicts', 'Rejected', 'Manifest']}
          >
            {files.map((file) => (
              <tr key={file.file} data-testid={`file-${file.file}`}>
                <Cell className="font-mono text-xs">{file.file}</Cell>
                <Cell className="tabular-nums">{file.expectedRows?.toLocaleString('en-US') ?? '—'}</Cell>
                <Cell className="tabular-nums">{file.read.toLocaleString('en-US')}</Cell>
                <Cell className="tabular-nums">{file.imported.toLocaleString('en-US')}</Cell>
                <Cell className="tabular-nums">{file.duplicates.toLocaleString('en-US')}</Cell>
                <Cell className="tabular-nums">{file.conflicts.toLocaleString('en-US')}</Cell>
                <Cell className="tabular-nums">{file.rejected.toLocaleString('en-US')}</Cell>
                <Cell>
                  {file.matchesManifest ? (
                    <Badge tone="good">matches</Badge>
                  ) : (
                    <Badge tone="bad">differs</Badge>
                  )}
                </Cell>
              </tr>
            ))}
          </Table>
          <p className="mt-3 text-xs text-slate-500">
            For every file, rows read = imported + duplicates + conflicts + rejected.{' '}
            {detail.unrated > 0 ? (
              <span className="text-amber-800">
                {detail.unrated.toLocaleString('en-US')} usage records were imported unrated (no rate
                matched); they wait in the{' '}
                <Link href="/usage" className="underline">
                  unbillable queue
                </Link>
                .
              </span>
            ) : (
              'Every usage record was rated.'
            )}
          </p>
        </Card>
        <ProblemRows importId={id} files={files} usageIngestionId={detail.usageIngestion?.id ?? null} />
        {detail.validation && <ValidationReport validation={detail.validation} />}
        <ParallelRuns
          importId={id}
          refresh={refresh}
          canStart={can('startParallelRun')}
          onStarted={() => setRefresh((n) => n + 1)}
        />
        <Card
          title="Cutover waves"
          actions={
            <Link href={`/migration/imports/${id}/waves`} className="text-sm text-brand-700 hover:underline">
              Manage waves →
            </Link>
          }
        >
          {detail.waves.length === 0 ? (
            <p className="text-sm text-slate-600">
              No waves yet. Once the parallel run is reconciled, cut a pilot over, then the rest.
            </p>
          ) : (
            <ul className="space-y-1 text-sm">
              {detail.waves.map((wave) => (
                <li key={wave.id}>
                  {wave.name} · {wave.accountCount.toLocaleString('en-US')} accounts ·{' '}
                  <span className="text-slate-500">{waveLabels[wave.status].toLowerCase()}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
