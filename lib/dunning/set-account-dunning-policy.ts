import { getAccountById } from '../../db/queries/accounts';
import { getDunningPolicyRow, upsertAccountDunning } from '../../db/queries/dunning';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';
import { type AccountDunningState, loadAccountDunningState } from './get-account-dunning';

/**
 * Assigns an account a dunning policy; null returns it to the default.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function setAccountDunningPolicy(
  ctx: OperationContext,
  input: { accountId: string; policyId?: string | null | undefined },
): Promise<{ accountDunning: AccountDunningState | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'setAccountDunningPolicy');
  const account = isUuid(input.accountId) ? await getAccountById(ctx.db, input.accountId) : null;
  if (!account)
    return {
      accountDunning: null,
      userErrors: [userError('NOT_FOUND', ['input', 'accountId'], 'No account has this id.')],
    };
  const policy =
    input.policyId && isUuid(input.policyId) ? await getDunningPolicyRow(ctx.db, input.policyId) : null;
  if (input.policyId && !policy)
    return {
      accountDunning: null,
      userErrors: [userError('NOT_FOUND', ['input', 'policyId'], 'No dunning policy has this id.')],
    };
  await upsertAccountDunning(ctx.db, account.id, { policyId: policy?.id ?? null });
  return { accountDunning: await loadAccountDunningState(ctx.db, account.id), userErrors: [] };
}
