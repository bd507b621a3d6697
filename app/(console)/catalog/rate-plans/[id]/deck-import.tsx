'use client';

import { useState } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { today } from '@/app/_components/today';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Field, TextArea, TextInput } from '@/app/_components/ui/field';
import { graphql } from '@/app/_gql';
import type { DeckImportMutation } from '@/app/_gql/graphql';
import { parseBandLines, parseHolidayLines } from './band-lines';

const DECK_IMPORT = graphql(`
  mutation DeckImport($input: ImportRateDeckInput!) {
    importRateDeck(input: $input) {
      version { version }
      report { rowsRead rowsValid problems { line column message } }
      userErrors { message }
    }
  }
`);

type ImportResult = DeckImportMutation['importRateDeck'];

/** Upload a deck CSV as the plan's next version: check it first (dry run), then import. */
export function DeckImport({
  ratePlanId,
  onImported,
}: {
  ratePlanId: string;
  onImported: () => Promise<void>;
}) {
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [pending, setPending] = useState(false);
  const [bandText, setBandText] = useState('');
  const [holidayText, setHolidayText] = useState('');
  const bands = parseBandLines(bandText);
  const holidays = parseHolidayLines(holidayText);
  const lineProblems = [...bands.problems, ...holidays.problems];

  async function run(dryRun: boolean) {
    setPending(true);
    try {
      const { importRateDeck } = await graphqlRequest(DECK_IMPORT, {
        input: {
          ratePlanId,
          effectiveFrom,
          csv,
          dryRun,
          timeBands: bands.timeBands,
          holidays: holidays.holidays,
        },
      });
      setResult(importRateDeck);
      if (importRateDeck.version) await onImported();
    } finally {
      setPending(false);
    }
  }

  return (
    <Card title="Import a new version">
      <div className="grid gap-4 md:grid-cols-3">
        <Field
          label="Deck CSV"
          hint="prefix, destination, destination_class (or domestic), rate_per_minute, initial_increment_s, subsequent_increment_s, connection_fee; optional rate_steps (0:0.10:60 60:0.05:1) and per band <band>_rate_per_minute, _connection_fee, _initial_increment_s, _subsequent_increment_s, _rate_steps"
        >
          <input
            type="file"
            accept=".csv,text/csv"
            aria-label="Deck CSV"
            className="block w-full text-sm"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              setFileName(file?.name ?? null);
              setCsv(file ? await file.text() : '');
              setResult(null);
            }}
          />
        </Field>
        <Field label="Rates apply from">
          <TextInput type="date" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} />
        </Field>
        <Field
          label="Time bands (optional)"
          hint="One a line: offpeak 1-5 19:00-07:00 · offpeak 6,7 00:00-24:00 · eve 2026-12-24 18:00-24:00 (a date-specific band comes first)"
        >
          <TextArea rows={3} value={bandText} onChange={(e) => setBandText(e.target.value)} />
        </Field>
        <Field
          label="Holidays (optional)"
          hint="One a line: 2026-12-25 holiday. The date takes the band all day, before weekday bands."
        >
          <TextArea rows={3} value={holidayText} onChange={(e) => setHolidayText(e.target.value)} />
        </Field>
        <div className="flex items-end gap-2">
          {lineProblems.length > 0 && <p className="text-sm text-red-700">{lineProblems.join(' ')}</p>}
          <Button
            variant="secondary"
            disabled={!csv || pending || lineProblems.length > 0}
            onClick={() => run(true)}
          >
            Check
          </Button>
          <Button disabled={!csv || pending || lineProblems.length > 0} onClick={() => run(false)}>
            Import
          </Button>
        </div>
      </div>
      {result && (
        <div className="mt-4 text-sm" data-testid="deck-import-report">
          <p className={result.report.problems.length ? 'text-amber-800' : 'text-emerald-700'}>
            {fileName}: {result.report.rowsRead.toLocaleString('en-US')} rows read,{' '}
            {result.report.rowsValid.toLocaleString('en-US')} valid
            {result.version
              ? `: imported as version ${result.version.version}.`
              : result.report.problems.length
                ? ': nothing imported.'
                : ': ready to import.'}
          </p>
          {result.userErrors.map((error) => (
            <p key={error.message} className="text-red-700">
              {error.message}
            </p>
          ))}
          {result.report.problems.length > 0 && (
            <ul className="mt-2 max-h-64 space-y-0.5 overflow-y-auto font-mono text-xs text-slate-700">
              {result.report.problems.map((problem) => (
                <li key={`${problem.line}-${problem.column}-${problem.message}`}>
                  {problem.line ? `line ${problem.line}` : 'file'}
                  {problem.column ? ` · ${problem.column}` : ''}: {problem.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Card>
  );
}
