'use client';

import { type FormEvent, useState } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { Card } from '@/app/_components/ui/card';
import { TextArea } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { graphql } from '@/app/_gql';
import type { RemittanceImportMutation } from '@/app/_gql/graphql';

const IMPORT_REMITTANCE = graphql(`
  mutation RemittanceImport($input: ImportRemittanceInput!) {
    importRemittance(input: $input) {
      report { rowsRead recorded alreadyRecorded problems { line column message } }
      userErrors { code field message }
    }
  }
`);

type Report = RemittanceImportMutation['importRemittance']['report'];

/** A bank/ACH remittance file: checked whole, recorded all or nothing, each row once however often it is imported. */
export function RemittanceImport({ onImported }: { onImported: () => void }) {
  const [csv, setCsv] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const { errors, pending, submit } = useFormSubmission();

  async function importFile(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setReport(null);
    const payload = await submit(async () => {
      const { importRemittance } = await graphqlRequest(IMPORT_REMITTANCE, { input: { csv } });
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
      <form onSubmit={importFile} aria-label="Import a remittance file" className="space-y-3">
        <input
          type="file"
          accept=".csv,text/csv"
          aria-label="Remittance file"
          className="block text-sm"
          onChange={async (e) => setCsv((await e.target.files?.[0]?.text()) ?? '')}
        />
        <TextArea
          value={csv}
          onChange={(e) => setCsv(e.target.value)}
          rows={5}
          required
          placeholder="…or paste the file here"
          aria-label="Remittance CSV"
          className="font-mono text-xs"
        />
        <FormFooter error={errors.form ?? errors.csv} pending={pending} submit="Import" busy="Importing…" />
      </form>
      {report && (
        <div className="mt-3 text-sm" role="status">
          <p className="text-slate-700">
            {report.rowsRead.toLocaleString('en-US')} rows: {report.recorded.toLocaleString('en-US')}{' '}
            recorded, {report.alreadyRecorded.toLocaleString('en-US')} already recorded
            {report.problems.length > 0 &&
              `, ${report.problems.length.toLocaleString('en-US')} problems — nothing recorded`}
            .
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
