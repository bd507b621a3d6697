import type { Db } from '../../db/client';
import { programExists } from '../../db/queries/program-references';
import { addDays, isIsoDate, todayIso } from '../dates';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';

// Checks shared by the program's registers (risks, RACI, training, decision log).

/** NOT_FOUND on ['input', 'programId'] unless the program exists. */
export async function checkProgram(db: Db, programId: string): Promise<UserError | null> {
  if (isUuid(programId) && (await programExists(db, programId))) return null;
  return userError('NOT_FOUND', ['input', 'programId'], 'No program has this id.');
}

/** Whether a read may look the program up (an id that is not a uuid names nothing). */
export async function isKnownProgram(db: Db, programId: string): Promise<boolean> {
  return isUuid(programId) && programExists(db, programId);
}

/**
 * A date something already happened on: a real date, no later than tomorrow in UTC (a user
 * east of UTC may already be on tomorrow's date).
 */
export function checkPastDate(date: string, field: string[], what: string): UserError | null {
  if (!isIsoDate(date)) return userError('INVALID', field, `${what} is a date, YYYY-MM-DD.`);
  if (date > addDays(todayIso(), 1)) return userError('INVALID', field, `${what} cannot be in the future.`);
  return null;
}

/** Trimmed text, or null when blank. */
export function trimmedOrNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
