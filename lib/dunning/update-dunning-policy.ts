import {
  clearDefaultDunningPolicy,
  getDunningPolicyByName,
  getDunningPolicyRow,
  listPolicyStepRows,
  replacePolicySteps,
  updateDunningPolicyRow,
} from '../../db/queries/dunning';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';
import { checkDunningSteps, type DunningStepInput } from './dunning-policy-input';
import { withSteps } from './load-dunning-policies';
import type { DunningPolicyRecord } from './types';

export interface UpdateDunningPolicyInput {
  policyId: string;
  name?: string | null | undefined;
  /** true makes it the default (the old default stops being it); false is refused on the default. */
  isDefault?: boolean | null | undefined;
  /**
   * The policy's steps, all of them, in any order: a step given with its id keeps its
   * history; one left out is no longer taken (its history stays).
   */
  steps?: readonly DunningStepInput[] | null | undefined;
}

/**
 * Renames a policy, makes it the default, or replaces its steps. Nothing is saved when any
 * part is wrong.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function updateDunningPolicy(
  ctx: OperationContext,
  input: UpdateDunningPolicyInput,
): Promise<{ policy: DunningPolicyRecord | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'updateDunningPolicy');
  return ctx.db.transaction(async (tx) => {
    const existing = isUuid(input.policyId) ? await getDunningPolicyRow(tx, input.policyId) : null;
    if (!existing)
      return {
        policy: null,
        userErrors: [userError('NOT_FOUND', ['input', 'policyId'], 'No dunning policy has this id.')],
      };
    const name = input.name?.trim();
    const problems: UserError[] = [];
    if (name !== undefined && !name)
      problems.push(userError('REQUIRED', ['input', 'name'], 'Name the policy.'));
    if (name) {
      const sameName = await getDunningPolicyByName(tx, name);
      if (sameName && sameName.id !== existing.id)
        problems.push(userError('TAKEN', ['input', 'name'], 'Another policy has this name.'));
    }
    if (input.isDefault === false && existing.isDefault)
      problems.push(
        userError(
          'INVALID_STATE',
          ['input', 'isDefault'],
          'Make another policy the default instead: there is always one.',
        ),
      );
    const policyStepIds = new Set((await listPolicyStepRows(tx, [existing.id])).map((step) => step.id));
    const checked = input.steps ? await checkDunningSteps(tx, input.steps, policyStepIds) : null;
    problems.push(...(checked?.problems ?? []));
    if (problems.length > 0) return { policy: null, userErrors: problems };
    if (input.isDefault && !existing.isDefault) await clearDefaultDunningPolicy(tx);
    const row =
      (await updateDunningPolicyRow(tx, existing.id, {
        ...(name ? { name } : {}),
        ...(input.isDefault ? { isDefault: true } : {}),
      })) ?? existing;
    if (checked) await replacePolicySteps(tx, existing.id, checked.steps);
    const [policy] = await withSteps(tx, [row]);
    return { policy: policy ?? null, userErrors: [] };
  });
}
