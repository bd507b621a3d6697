import { getAccountById } from '../../db/queries/accounts';
import { upsertAccountDunning } from '../../db/queries/dunning';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';
import { type AccountDunningState, loadAccountDunningState } from './get-account-dunning';

/**
 * Ends an account's dunning pause now; the next pass in its daytime takes the latest step reached.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function resumeAccountDunning(
  ctx: OperationContext,
  input: { accountId: string },
): Promise<{ accountDunning: AccountDunningState | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'resumeAccountDunning');
  const account = isUuid(input.accountId) ? await getAccountById(ctx.db, input.accountId) : null;
  if (!account)
    return {
      accountDunning: null,
      userErrors: [userError('NOT_FOUND', ['input', 'accountId'], 'No account has this id.')],
    };
  await upsertAccountDunning(ctx.db, account.id, { pausedUntil: null, pauseReason: null, pausedBy: null });
  return { accountDunning: await loadAccountDunningState(ctx.db, account.id), userErrors: [] };
}
