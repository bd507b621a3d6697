'use client';

import { useState } from 'react';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { Field, Select } from '@/app/_components/ui/field';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';

const SHOWN = 10;
/** The import's own problems of one file, or (for usage.csv) those of the usage ingestion that read it. */
const MIGRATION_PROBLEM_ROWS = graphql(`
  query MigrationProblemRows($id: ID!, $file: String, $usage: Boolean!) {
    migrationImport(id: $id) {
      problems(file: $file) @skip(if: $usage) { line legacyId kind reason raw }
      usageIngestion @include(if: $usage) { problems(first: 200) { line legacyId: recordId kind reason raw } }
    }
  }
`);

/** The rows of one file that were not imported: line, legacy id, why, and the row itself. */
export function ProblemRows({
  importId,
  files,
  usageIngestionId,
}: {
  importId: string;
  files: { file: string; conflicts: number; rejected: number }[];
  usageIngestionId: string | null;
}) {
  const withProblems = files.filter((file) => file.conflicts + file.rejected > 0);
  const [chosen, setChosen] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const file = chosen ?? withProblems[0]?.file ?? null;
  const isUsage = file === 'usage.csv' && usageIngestionId !== null;
  const { data, loading } = useGraphQLQuery(MIGRATION_PROBLEM_ROWS, {
    id: importId,
    file: isUsage ? null : file,
    usage: isUsage,
  });
  const problems = isUsage
    ? (data?.migrationImport?.usageIngestion?.problems ?? [])
    : (data?.migrationImport?.problems ?? []);

  return (
    <Card title="Rows not imported">
      {withProblems.length === 0 ? (
        <p className="text-sm text-slate-600">
          Every row of every file was imported or skipped as a duplicate.
        </p>
      ) : (
        <>
          <div className="mb-3 max-w-xs">
            <Field label="File">
              <Select
                value={file ?? ''}
                onChange={(event) => {
                  setChosen(event.target.value);
                  setShowAll(false);
                }}
              >
                {withProblems.map((entry) => (
                  <option key={entry.file} value={entry.file}>
                    {entry.file} ({(entry.conflicts + entry.rejected).toLocaleString('en-US')})
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          {loading && !data ? (
            <p className="text-sm text-slate-500">Loading…</p>
          ) : (
            <div data-testid="problem-rows">
              <Table head={['Line', 'Legacy id', 'Kind', 'Reason', 'Row as in the file']}>
                {(showAll ? problems : problems.slice(0, SHOWN)).map((problem, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a problem has no id; the list is read-only
                  <tr key={index}>
                    <Cell className="tabular-nums">{problem.line ?? '—'}</Cell>
                    <Cell className="font-mono text-xs">{problem.legacyId ?? '—'}</Cell>
                    <Cell>
                      <Badge tone={problem.kind === 'CONFLICT' ? 'warn' : 'bad'}>
                        {problem.kind.toLowerCase()}
                      </Badge>
                    </Cell>
                    <Cell>{problem.reason}</Cell>
                    <Cell className="max-w-md truncate font-mono text-xs text-slate-500">
                      <span title={problem.raw ?? ''}>{problem.raw ?? '—'}</span>
                    </Cell>
                  </tr>
                ))}
              </Table>
              {problems.length > SHOWN && !showAll && (
                <button
                  type="button"
                  className="mt-3 text-sm text-brand-700 hover:underline"
                  onClick={() => setShowAll(true)}
                >
                  Show all {problems.length.toLocaleString('en-US')} rows
                </button>
              )}
            </div>
          )}
        </>
      )}
    </Card>
  );
}
