import { parse } from 'csv-parse/sync';
import { restoreNeutralisedText } from '../csv/formula-cells';
import { repeatedColumns } from '../csv/repeated-columns';
import { type CsvColumn, writeCsv } from '../csv/write-csv';
import { Dec, isPlainDecimal } from '../money/decimal';
import { isWithinAmountLimit, MAX_AMOUNT_TEXT } from '../money/limits';
import { incrementProblem } from '../rating/billing-increments';
import { type DestinationClass, isDestinationClass } from '../rating/destinations';
import { formatRateSteps, parseRateSteps, rateStepsProblem } from '../rating/rate-steps';
import { checkText } from '../text/check-text';
import type { StoredBandTerms, StoredRateStep } from './types';

/**
 * Rate decks as CSV. Columns: prefix, destination, destination_class (or FORMAT.md's
 * `domestic` true/false), rate_per_minute, initial_increment_s, subsequent_increment_s,
 * connection_fee, an optional rate_steps (a multi-step rate, "from:rate:increment …", e.g.
 * "0:0.10:60 60:0.05:1", which then prices calls instead of the rate and increments), and
 * per time band optional `<band>_rate_per_minute`, `<band>_connection_fee`,
 * `<band>_initial_increment_s`, `<band>_subsequent_increment_s` and `<band>_rate_steps`
 * columns (e.g. holiday_connection_fee); an empty band cell means the row's own value.
 * Columns it does not know (FORMAT.md's rate_plan) are ignored.
 */
export interface RateDeckRow {
  prefix: string;
  destination: string;
  destinationClass: DestinationClass;
  ratePerMinute: string;
  bandRates: Record<string, string>;
  initialIncrementSeconds: number;
  subsequentIncrementSeconds: number;
  connectionFee: string;
  /** Only the bands that change something besides the rate. */
  bandTerms?: Record<string, StoredBandTerms>;
  rateSteps?: StoredRateStep[] | null;
}

export interface RateDeckProblem {
  /** CSV line, the header being line 1; null for a problem with the file as a whole. */
  line: number | null;
  column: string | null;
  message: string;
}

export interface ParsedRateDeck {
  rows: RateDeckRow[];
  problems: RateDeckProblem[];
  rowsRead: number;
}

const REQUIRED = [
  'prefix',
  'destination',
  'rate_per_minute',
  'initial_increment_s',
  'subsequent_increment_s',
];
const BAND_COLUMN =
  /^([a-z][a-z0-9_]*)_(rate_per_minute|connection_fee|initial_increment_s|subsequent_increment_s|rate_steps)$/;
type BandField =
  | 'rate_per_minute'
  | 'connection_fee'
  | 'initial_increment_s'
  | 'subsequent_increment_s'
  | 'rate_steps';

/** Parses and validates a deck; rows with problems are reported, never half-read. */
export function parseRateDeckCsv(text: string): ParsedRateDeck {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    return {
      rows: [],
      rowsRead: 0,
      problems: [
        { line: null, column: null, message: `Not a readable CSV file: ${(error as Error).message}` },
      ],
    };
  }
  const [header, ...body] = records;
  if (!header)
    return { rows: [], rowsRead: 0, problems: [{ line: null, column: null, message: 'The file is empty.' }] };
  const columns = header.map((name) => name.toLowerCase());
  const missing = REQUIRED.filter((name) => !columns.includes(name));
  if (!columns.includes('destination_class') && !columns.includes('domestic'))
    missing.push('destination_class (or domestic)');
  if (missing.length > 0) {
    return {
      rows: [],
      rowsRead: body.length,
      problems: [{ line: 1, column: null, message: `Missing columns: ${missing.join(', ')}.` }],
    };
  }
  const repeated = repeatedColumns(columns);
  if (repeated.length > 0) {
    return {
      rows: [],
      rowsRead: body.length,
      problems: [
        {
          line: 1,
          column: null,
          message: `The header names ${repeated.join(', ')} more than once; which one holds the value cannot be told.`,
        },
      ],
    };
  }
  const bandColumns = columns.flatMap((name) => {
    const match = BAND_COLUMN.exec(name);
    return match?.[1] ? [{ name, band: match[1], field: match[2] as BandField }] : [];
  });

  const rows: RateDeckRow[] = [];
  const problems: RateDeckProblem[] = [];
  const firstLineOfPrefix = new Map<string, number>();
  body.forEach((cells, index) => {
    const line = index + 2;
    // a deck this product exported has its formula-like text prefixed with a quote: undone here
    const cell = (name: string) => restoreNeutralisedText(cells[columns.indexOf(name)] ?? '');
    const rowProblems: RateDeckProblem[] = [];
    const problem = (column: string, message: string) => rowProblems.push({ line, column, message });
    if (cells.length !== columns.length)
      rowProblems.push({
        line,
        column: null,
        message: `The row has ${cells.length} fields; the header has ${columns.length}.`,
      });

    const prefix = cell('prefix').replace(/^\+/, '');
    if (!/^\d{1,20}$/.test(prefix))
      problem('prefix', `"${cell('prefix')}" is not an E.164 prefix (digits only).`);
    else if (firstLineOfPrefix.has(prefix))
      problem('prefix', `Prefix ${prefix} already appears on line ${firstLineOfPrefix.get(prefix)}.`);
    // A destination name is printed on invoices and call lists: one clean line.
    const checkedDestination = checkText(cell('destination'), { maxLength: 200 });
    const destination = 'value' in checkedDestination ? checkedDestination.value : '';
    if ('problem' in checkedDestination)
      problem('destination', `The destination ${checkedDestination.problem}.`);
    else if (!destination) problem('destination', 'A destination name is required.');

    let destinationClass: DestinationClass = 'other';
    if (columns.includes('destination_class') && cell('destination_class')) {
      const value = cell('destination_class').toLowerCase().replace(/[\s-]/g, '_');
      if (isDestinationClass(value)) destinationClass = value;
      else problem('destination_class', `Unknown destination class "${cell('destination_class')}".`);
    } else if (columns.includes('domestic')) {
      const value = cell('domestic').toLowerCase();
      if (value === 'true' || value === 'false')
        destinationClass = value === 'true' ? 'domestic' : 'international';
      else problem('domestic', `domestic must be true or false, not "${cell('domestic')}".`);
    }

    const decimal = (column: string, required: boolean): string => {
      const value = cell(column);
      if (!value) {
        if (required) problem(column, `${column} is required.`);
        return '0';
      }
      if (!isPlainDecimal(value)) problem(column, `"${value}" is not a plain decimal number.`);
      else if (new Dec(value).isNegative()) problem(column, `${column} cannot be negative.`);
      else if (!isWithinAmountLimit(value))
        problem(column, `${column} ${value} is beyond ${MAX_AMOUNT_TEXT}.`);
      return value;
    };
    const ratePerMinute = decimal('rate_per_minute', true);
    const connectionFee = decimal('connection_fee', false);
    const steps = (column: string): StoredRateStep[] | null => {
      const value = cell(column);
      if (!value) return null;
      const parsed = parseRateSteps(value);
      if (!parsed) {
        problem(
          column,
          `"${value}" is not a list of steps "from:rate:increment" (e.g. 0:0.10:60 60:0.05:1).`,
        );
        return null;
      }
      const issue = rateStepsProblem(
        parsed.map((step) => ({ ...step, ratePerMinute: new Dec(step.ratePerMinute) })),
      );
      if (issue) problem(column, issue);
      for (const step of parsed)
        if (!isWithinAmountLimit(step.ratePerMinute))
          problem(column, `Rate ${step.ratePerMinute} is beyond ${MAX_AMOUNT_TEXT}.`);
      return parsed;
    };
    const seconds = (column: string): number | null => {
      const value = cell(column);
      if (!value) return null;
      const number = Number(value);
      if (!/^\d{1,5}$/.test(value) || number < 1)
        problem(column, `${column} must be a whole number of seconds, at least 1.`);
      return number;
    };
    const rateSteps = columns.includes('rate_steps') ? steps('rate_steps') : null;
    const bandRates: Record<string, string> = {};
    const bandTerms: Record<string, StoredBandTerms> = {};
    for (const { name, band, field } of bandColumns) {
      if (!cell(name)) continue;
      if (field === 'rate_per_minute') {
        bandRates[band] = decimal(name, false);
        continue;
      }
      const terms = bandTerms[band] ?? {};
      bandTerms[band] = terms;
      if (field === 'connection_fee') terms.connectionFee = decimal(name, false);
      else if (field === 'initial_increment_s') terms.initialIncrementSeconds = seconds(name);
      else if (field === 'subsequent_increment_s') terms.subsequentIncrementSeconds = seconds(name);
      else terms.steps = steps(name);
    }
    if (rateSteps) {
      // On a stepped row a band rate alone would silently drop the steps in that band.
      for (const band of Object.keys(bandRates))
        if (!bandTerms[band]?.steps)
          problem(
            `${band}_rate_per_minute`,
            `Prefix ${prefix} has rate steps: give band "${band}" its own ${band}_rate_steps instead of a single rate.`,
          );
    }

    const initial = Number(cell('initial_increment_s'));
    const subsequent = Number(cell('subsequent_increment_s'));
    const incrementIssue = incrementProblem({ initialSeconds: initial, subsequentSeconds: subsequent });
    if (incrementIssue) problem('initial_increment_s', incrementIssue);

    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      return;
    }
    firstLineOfPrefix.set(prefix, line);
    rows.push({
      prefix,
      destination,
      destinationClass,
      ratePerMinute,
      bandRates,
      initialIncrementSeconds: initial,
      subsequentIncrementSeconds: subsequent,
      connectionFee,
      bandTerms,
      rateSteps,
    });
  });
  if (body.length === 0)
    problems.push({ line: null, column: null, message: 'The file has a header but no rates.' });
  return { rows, problems, rowsRead: body.length };
}

/**
 * Writes a deck in the format it is read in, bands as <band>_rate_per_minute columns, by
 * prefix. Through writeCsv: a destination such as `@SUM(1)` is neutralised, and reads back
 * unchanged through parseRateDeckCsv.
 */
export function rateDeckToCsv(rows: readonly RateDeckRow[]): string {
  const bands = [...new Set(rows.flatMap((row) => Object.keys(row.bandRates)))].sort();
  // Band terms and steps get columns only when some row has them, so plain decks read as before.
  const termBands = [...new Set(rows.flatMap((row) => Object.keys(row.bandTerms ?? {})))].sort();
  const has = (band: string, field: keyof StoredBandTerms) =>
    rows.some((row) => row.bandTerms?.[band]?.[field] != null);
  const termColumns = termBands.flatMap((band) =>
    (
      [
        ['connectionFee', 'connection_fee'],
        ['initialIncrementSeconds', 'initial_increment_s'],
        ['subsequentIncrementSeconds', 'subsequent_increment_s'],
        ['steps', 'rate_steps'],
      ] as const
    )
      .filter(([field]) => has(band, field))
      .map(([field, suffix]) => ({ band, field, header: `${band}_${suffix}` })),
  );
  const hasSteps = rows.some((row) => row.rateSteps);
  const text = (header: string): CsvColumn => ({ header, kind: 'text' });
  const number = (header: string): CsvColumn => ({ header, kind: 'number' });
  const columns = [
    text('prefix'),
    text('destination'),
    text('destination_class'),
    number('rate_per_minute'),
    ...bands.map((band) => number(`${band}_rate_per_minute`)),
    number('initial_increment_s'),
    number('subsequent_increment_s'),
    number('connection_fee'),
    ...(hasSteps ? [text('rate_steps')] : []),
    ...termColumns.map((column) => (column.field === 'steps' ? text(column.header) : number(column.header))),
  ];
  const sorted = [...rows].sort((a, b) => (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0));
  return writeCsv(
    columns,
    sorted.map((row) => [
      row.prefix,
      row.destination,
      row.destinationClass,
      row.ratePerMinute,
      ...bands.map((band) => row.bandRates[band] ?? ''),
      row.initialIncrementSeconds,
      row.subsequentIncrementSeconds,
      row.connectionFee,
      ...(hasSteps ? [row.rateSteps ? formatRateSteps(row.rateSteps) : ''] : []),
      ...termColumns.map(({ band, field }) => {
        const value = row.bandTerms?.[band]?.[field];
        if (value == null) return '';
        return Array.isArray(value) ? formatRateSteps(value) : value;
      }),
    ]),
  );
}
