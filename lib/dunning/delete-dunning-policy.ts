import { deleteDunningPolicyRow, getDunningPolicyRow, isDunningPolicyInUse } from '../../db/queries/dunning';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';

/**
 * Deletes a policy no account is assigned and none of whose steps was ever taken; the
 * default is never deleted.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function deleteDunningPolicy(
  ctx: OperationContext,
  input: { policyId: string },
): Promise<{ deletedPolicyId: string | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'deleteDunningPolicy');
  return ctx.db.transaction(async (tx) => {
    const policy = isUuid(input.policyId) ? await getDunningPolicyRow(tx, input.policyId) : null;
    const refuse = (error: UserError) => ({ deletedPolicyId: null, userErrors: [error] });
    if (!policy)
      return refuse(userError('NOT_FOUND', ['input', 'policyId'], 'No dunning policy has this id.'));
    if (policy.isDefault)
      return refuse(
        userError('INVALID_STATE', ['input', 'policyId'], 'The default policy cannot be deleted.'),
      );
    if (await isDunningPolicyInUse(tx, policy.id))
      return refuse(
        userError(
          'INVALID_STATE',
          ['input', 'policyId'],
          'Accounts are assigned this policy or its steps were taken: assign them another first; its history stays.',
        ),
      );
    await deleteDunningPolicyRow(tx, policy.id);
    return { deletedPolicyId: policy.id, userErrors: [] };
  });
}
