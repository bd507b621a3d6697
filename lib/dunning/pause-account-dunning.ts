import { getAccountById } from '../../db/queries/accounts';
import { upsertAccountDunning } from '../../db/queries/dunning';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { isSaneIsoDate, todayIso } from '../dates';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';
import { type AccountDunningState, loadAccountDunningState } from './get-account-dunning';

/**
 * Pauses dunning of an account until a day (a promise to pay, a dispute), with the reason.
 * No step is taken before that day in the account's time zone; on it, of the steps reached
 * meanwhile only the latest is taken, the earlier ones are recorded as skipped (a customer
 * back from a pause gets one message, not a burst). Pausing again moves the end day.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function pauseAccountDunning(
  ctx: OperationContext,
  input: { accountId: string; until: string; reason: string },
): Promise<{ accountDunning: AccountDunningState | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'pauseAccountDunning');
  const account = isUuid(input.accountId) ? await getAccountById(ctx.db, input.accountId) : null;
  const reason = input.reason.trim();
  const problems: UserError[] = [];
  if (!account) problems.push(userError('NOT_FOUND', ['input', 'accountId'], 'No account has this id.'));
  if (!isSaneIsoDate(input.until))
    problems.push(userError('INVALID', ['input', 'until'], 'Give the day the pause ends (YYYY-MM-DD).'));
  else if (input.until <= todayIso())
    problems.push(userError('INVALID', ['input', 'until'], 'The pause ends on a day after today.'));
  if (!reason) problems.push(userError('REQUIRED', ['input', 'reason'], 'Say why dunning is paused.'));
  if (!account || problems.length > 0) return { accountDunning: null, userErrors: problems };
  await upsertAccountDunning(ctx.db, account.id, {
    pausedUntil: input.until,
    pauseReason: reason,
    pausedBy: actorLabel(ctx.actor),
  });
  return { accountDunning: await loadAccountDunningState(ctx.db, account.id), userErrors: [] };
}
