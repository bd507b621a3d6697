import { type UserError, userError } from '../errors';
import { isCurrencyCode } from '../money/currencies';
import { settledAmountProblem } from '../money/settled-amounts';

const MAX_TEXT = 500;

/** Problems with a settled amount field; none when the currency itself is unknown (reported once, elsewhere). */
export function amountProblem(amount: string, currency: string, field: string[]): UserError | null {
  if (!isCurrencyCode(currency)) return null;
  const problem = settledAmountProblem(amount, currency);
  return problem ? userError('INVALID', field, problem) : null;
}

export function currencyProblem(currency: string, field: string[]): UserError | null {
  return isCurrencyCode(currency)
    ? null
    : userError('INVALID', field, `"${currency}" is not an ISO 4217 currency code.`);
}

/** References, notes and external ids: free text, bounded so a paste accident stays small. */
export function textProblem(text: string | null | undefined, field: string[]): UserError | null {
  return text && text.length > MAX_TEXT
    ? userError('INVALID', field, `Use at most ${MAX_TEXT} characters.`)
    : null;
}
