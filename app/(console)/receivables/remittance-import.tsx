'use client';

import { useState } from 'react';
import { graphqlRequest, type UserErrorData } from '@/app/_components/graphql-client';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { useFormSubmission } from '@/app/_components/use-form-submission';

interface Report {
  rowsRead: number;
  recorded: number;
  alreadyRecorded: number;
  problems: { line: number | null; column: string | null; message: string }[];
}

/** A bank/ACH remittance file: checked whole, recorded all or nothing, each row once however often it is imported. */
export function RemittanceImport({ onImported }: { onImported: () => void }) {
  const [csv, setCsv] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const { errors, pending, submit } = useFormSubmission();

  async function importFile() {
    setReport(null);
    const payload = await submit(async () => {
      const { importRemittance } = await graphqlRequest<{
        importRemittance: { report: Report; userErrors: UserErrorData[] };
      }>(
        'mutation($input: ImportRemittanceInput!) { importRemittance(input: $input) { report { rowsRead recorded alreadyRecorded problems { line column message } } userErrors { code field message } } }',
        { input: { csv } },
      );
      setReport(importRemittance.report);
      return importRemittance;
    });
    if (payload && payload.report.recorded > 0) onImported();
  }

  return (
    <Card title="Import a remittance file">
      <p className="mb-2 text-sm text-slate-600">
        Columns:{' '}
        <code className="font-mono text-xs">date,reference,account,invoice,amount,currency[,method]</code>.
        Any problem and nothing is recorded; rows already imported are skipped.
      </p>
      <input
        type="file"
        accept=".csv,text/csv"
        aria-label="Remittance file"
        className="mb-2 block text-sm"
        onChange={async (e) => setCsv((await e.target.files?.[0]?.text()) ?? '')}
      />
      <textarea
        value={csv}
        onChange={(e) => setCsv(e.target.value)}
        rows={5}
        placeholder="…or paste the file here"
        aria-label="Remittance CSV"
        className="block w-full rounded-md px-2.5 py-1.5 font-mono text-xs ring-1 ring-slate-300"
      />
      {errors.form && <p className="mt-2 text-sm text-red-700">{errors.form}</p>}
      <div className="mt-3">
        <Button onClick={importFile} disabled={pending || !csv.trim()}>
          {pending ? 'Importing…' : 'Import'}
        </Button>
      </div>
      {report && (
        <div className="mt-3 text-sm" role="status">
          <p className="text-slate-700">
            {report.rowsRead} rows: {report.recorded} recorded, {report.alreadyRecorded} already recorded
            {report.problems.length > 0 && `, ${report.problems.length} problems — nothing recorded`}.
          </p>
          {report.problems.length > 0 && (
            <ul className="mt-2 list-disc space-y-0.5 pl-5 text-red-700">
              {report.problems.slice(0, 50).map((problem) => (
                <li key={`${problem.line}-${problem.column}-${problem.message}`}>
                  {problem.line ? `Line ${problem.line}` : 'File'}
                  {problem.column ? `, ${problem.column}` : ''}: {problem.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Card>
  );
}
