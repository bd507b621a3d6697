'use client';

import Link from 'next/link';
import { useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { runTones } from '@/app/_components/migration/types';
import { usePermissions } from '@/app/_components/migration/use-permissions';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { ImportTabs } from './import-tabs';
import { ParallelRuns } from './parallel-runs';
import { ProblemRows } from './problem-rows';
import { type Validation, ValidationReport } from './validation-report';

export interface ImportDetail {
  id: string;
  sourceName: string;
  sourceSystem: string | null;
  periodStart: string;
  periodEnd: string;
  status: 'RUNNING' | 'COMPLETED' | 'FAILED';
  unrated: number;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
  validation: Validation | null;
  usageIngestion: { id: string; unrated: number } | null;
  waves: { id: string; name: string; status: string; accountCount: number }[];
}

const QUERY = `query Import($id: ID!) { migrationImport(id: $id) {
  id sourceName sourceSystem periodStart periodEnd status unrated createdBy createdAt finishedAt
  usageIngestion { id unrated }
  waves { id name status accountCount }
  validation {
    files { file expectedRows read imported duplicates conflicts rejected matchesManifest }
    referenceProblems { file line legacyId reason } referenceProblemCount
    subscriptionsOutsideLifetimes { legacyId accountRef problem }
    usageOutsideLifetimes { accountRef records firstAt lastAt }
    usageOutsidePeriod unratedUsage { reason records }
    openingBalances { currency accounts total } clean
  }
} }`;

/** An import's report: files against the manifest, rows not imported, validation, runs and waves. */
export function ImportReport({ id }: { id: string }) {
  const [refresh, setRefresh] = useState(0);
  const { data, error } = useGraphQLQuery<{ migrationImport: ImportDetail | null }>(QUERY, { id }, refresh);
  const permissions = usePermissions();
  if (error)
    return (
      <p role="alert" className="text-sm text-red-700">
        {error}
      </p>
    );
  if (!data) return <p className="text-sm text-slate-500">Loading the import…</p>;
  const detail = data.migrationImport;
  if (!detail) return <p className="text-sm text-slate-600">No import with this id.</p>;
  const files = detail.validation?.files ?? [];
  return (
    <>
      <PageHeader
        title={detail.sourceName}
        description={
          <>
            {detail.sourceSystem ?? 'Legacy system'} · period {detail.periodStart} → {detail.periodEnd} (end
            exclusive) · imported by {detail.createdBy} {formatDateTime(detail.createdAt)}{' '}
            <Badge tone={runTones[detail.status]}>{detail.status.toLowerCase()}</Badge>
          </>
        }
        actions={
          <Link href="/migration" className="text-sm text-brand-700 hover:underline">
            ← All imports
          </Link>
        }
      />
      <ImportTabs importId={id} current="report" />
      <div className="space-y-6">
        <Card title="Files against the manifest">
          <Table
            head={['File', 'Expected', 'Read', 'Imported', 'Duplicates', 'Conflicts', 'Rejected', 'Manifest']}
          >
            {files.map((file) => (
              <tr key={file.file} data-testid={`file-${file.file}`}>
                <Cell className="font-mono text-xs">{file.file}</Cell>
                <Cell className="tabular-nums">{file.expectedRows?.toLocaleString() ?? '—'}</Cell>
                <Cell className="tabular-nums">{file.read.toLocaleString()}</Cell>
                <Cell className="tabular-nums">{file.imported.toLocaleString()}</Cell>
                <Cell className="tabular-nums">{file.duplicates.toLocaleString()}</Cell>
                <Cell className="tabular-nums">{file.conflicts.toLocaleString()}</Cell>
                <Cell className="tabular-nums">{file.rejected.toLocaleString()}</Cell>
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
                {detail.unrated.toLocaleString()} usage records were imported unrated (no rate matched); they
                wait in the{' '}
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
          canStart={permissions.can('startParallelRun')}
          role={permissions.role}
          loaded={permissions.loaded}
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
                  {wave.name} · {wave.accountCount} accounts ·{' '}
                  <span className="text-slate-500">{wave.status.toLowerCase().replace('_', ' ')}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
