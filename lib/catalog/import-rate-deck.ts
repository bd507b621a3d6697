import { insertVersionWithEntries, listVersionsOfPlans, lockRatePlan } from '../../db/queries/rate-plans';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { type Holiday, holidaysProblem, type TimeBand, timeBandProblem } from '../rating/time-bands';
import { dateProblem } from './catalog-input';
import { parseRateDeckCsv, type RateDeckProblem } from './rate-deck-csv';
import type { RatePlanVersionRecord } from './types';

export interface RateDeckImportReport {
  rowsRead: number;
  rowsValid: number;
  problems: RateDeckProblem[];
}

export interface ImportRateDeckInput {
  ratePlanId: string;
  /** First day the new rates apply (YYYY-MM-DD); must follow every existing version's start. */
  effectiveFrom: string;
  csv: string;
  timeBands?: TimeBand[] | null;
  /** Local dates that take a band all day (see lib/rating/time-bands for the precedence). */
  holidays?: Holiday[] | null;
  note?: string | null;
  /** Validate and report only. */
  dryRun?: boolean | null;
}

/**
 * Imports a rate deck CSV as a new version of a rate plan. The whole file is validated
 * first; any problem means nothing is written and the report says what and where.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function importRateDeck(
  { db, actor }: OperationContext,
  input: ImportRateDeckInput,
): Promise<{ version: RatePlanVersionRecord | null; report: RateDeckImportReport; userErrors: UserError[] }> {
  authorize(actor, 'importRateDeck');
  const parsed = parseRateDeckCsv(input.csv);
  const bands = input.timeBands ?? [];
  const problems = [...parsed.problems];
  for (const band of bands) {
    const problem = timeBandProblem(band);
    if (problem) problems.push({ line: null, column: null, message: problem });
  }
  const holidays = input.holidays ?? [];
  const holidayProblem = holidaysProblem(holidays);
  if (holidayProblem) problems.push({ line: null, column: null, message: holidayProblem });
  // A band is defined by a time band or by a holiday that names it (a band used on holidays only).
  const bandNames = new Set([...bands.map((band) => band.name), ...holidays.map((holiday) => holiday.band)]);
  for (const [index, row] of parsed.rows.entries()) {
    for (const band of new Set([...Object.keys(row.bandRates), ...Object.keys(row.bandTerms ?? {})])) {
      if (!bandNames.has(band)) {
        problems.push({
          line: null,
          column: `${band}_${band in row.bandRates ? 'rate_per_minute' : '…'}`,
          message: `Prefix ${row.prefix} (row ${index + 1}) has a rate or terms for band "${band}", which is not defined.`,
        });
        break;
      }
    }
  }
  const report: RateDeckImportReport = { rowsRead: parsed.rowsRead, rowsValid: parsed.rows.length, problems };
  const dateIssue = dateProblem(input.effectiveFrom, ['input', 'effectiveFrom']);
  const fail = (userErrors: UserError[]) => ({ version: null, report, userErrors });
  if (dateIssue) return fail([dateIssue]);
  if (problems.length > 0) {
    return fail([
      userError(
        'INVALID',
        ['input', 'csv'],
        `The deck has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported.`,
      ),
    ]);
  }

  return db.transaction(async (tx) => {
    const plan = await lockRatePlan(tx, input.ratePlanId);
    if (!plan) return fail([userError('NOT_FOUND', ['input', 'ratePlanId'], 'No such rate plan.')]);
    const versions = await listVersionsOfPlans(tx, [plan.id]);
    const latest = versions[0];
    if (latest && latest.effectiveFrom >= input.effectiveFrom) {
      return fail([
        userError(
          'INVALID_STATE',
          ['input', 'effectiveFrom'],
          `Version ${latest.version} starts on ${latest.effectiveFrom}; a new version must start after it.`,
        ),
      ]);
    }
    if (input.dryRun) return { version: null, report, userErrors: [] };
    const version = await insertVersionWithEntries(
      tx,
      {
        ratePlanId: plan.id,
        version: (latest?.version ?? 0) + 1,
        effectiveFrom: input.effectiveFrom,
        timeBands: bands.map((band) => ({ ...band, dates: band.dates?.length ? band.dates : undefined })),
        holidays,
        note: input.note?.trim() || null,
      },
      parsed.rows.map((row) => ({
        prefix: row.prefix,
        destination: row.destination,
        destinationClass: row.destinationClass,
        ratePerMinute: row.ratePerMinute,
        bandRates: row.bandRates,
        initialIncrementSeconds: row.initialIncrementSeconds,
        subsequentIncrementSeconds: row.subsequentIncrementSeconds,
        connectionFee: row.connectionFee,
        bandTerms: row.bandTerms ?? {},
        rateSteps: row.rateSteps ?? null,
      })),
    );
    return { version, report, userErrors: [] };
  });
}
