import {
  clearDefaultDunningPolicy,
  getDunningPolicyByName,
  insertDunningPolicy,
  replacePolicySteps,
} from '../../db/queries/dunning';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { checkDunningSteps, type DunningStepInput } from './dunning-policy-input';
import { withSteps } from './load-dunning-policies';
import type { DunningPolicyRecord } from './types';

export interface CreateDunningPolicyInput {
  name: string;
  /** Makes it the default, for accounts without a policy of their own. */
  isDefault?: boolean | null | undefined;
  steps: readonly DunningStepInput[];
}

/**
 * A new dunning policy with its steps. Nothing is saved when any step is wrong (see
 * checkDunningSteps) or the name is taken.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function createDunningPolicy(
  ctx: OperationContext,
  input: CreateDunningPolicyInput,
): Promise<{ policy: DunningPolicyRecord | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'createDunningPolicy');
  const name = input.name.trim();
  return ctx.db.transaction(async (tx) => {
    const checked = await checkDunningSteps(tx, input.steps, new Set());
    const problems = [
      ...(name ? [] : [userError('REQUIRED', ['input', 'name'], 'Name the policy.')]),
      ...(name && (await getDunningPolicyByName(tx, name))
        ? [userError('TAKEN', ['input', 'name'], 'Another policy has this name.')]
        : []),
      ...checked.problems,
    ];
    if (problems.length > 0) return { policy: null, userErrors: problems };
    if (input.isDefault) await clearDefaultDunningPolicy(tx);
    const row = await insertDunningPolicy(tx, { name, isDefault: Boolean(input.isDefault) });
    await replacePolicySteps(tx, row.id, checked.steps);
    const [policy] = await withSteps(tx, [row]);
    return { policy: policy ?? null, userErrors: [] };
  });
}
