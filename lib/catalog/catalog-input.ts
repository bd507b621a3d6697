import { isIsoDate } from '../dates';
import { type UserError, userError } from '../errors';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;
const CATEGORY = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/** A product or rate-plan code: letters, digits, dot, dash, underscore; up to 40. */
export function codeProblem(code: string, field: string[]): UserError | null {
  if (!code.trim()) return userError('REQUIRED', field, 'Enter a code.');
  return CODE.test(code)
    ? null
    : userError(
        'INVALID',
        field,
        'Use letters, digits, ".", "-" or "_" (up to 40), starting with a letter or digit.',
      );
}

export function nameProblem(name: string, field: string[]): UserError | null {
  if (!name.trim()) return userError('REQUIRED', field, 'Enter a name.');
  return name.length > 200 ? userError('INVALID', field, 'Use at most 200 characters.') : null;
}

/** Tax categories are lower-case slugs (telecom, service, exempt) matched by tax rules. */
export function taxCategoryProblem(category: string, field: string[]): UserError | null {
  return CATEGORY.test(category)
    ? null
    : userError('INVALID', field, 'Use a lower-case word such as telecom, service or exempt.');
}

export function dateProblem(date: string, field: string[]): UserError | null {
  return isIsoDate(date) ? null : userError('INVALID', field, `"${date}" is not a date (YYYY-MM-DD).`);
}

export function collect(...problems: (UserError | null)[]): UserError[] {
  return problems.filter((problem): problem is UserError => problem !== null);
}
