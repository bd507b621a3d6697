import type { Db } from '../../db/client';
import { listPolicyStepRows } from '../../db/queries/dunning';
import type { DunningPolicyRow } from '../../db/schema';
import type { DunningPolicyRecord } from './types';

/** The policies with their live steps, in two queries however many there are. */
export async function withSteps(
  db: Db,
  policies: readonly DunningPolicyRow[],
): Promise<DunningPolicyRecord[]> {
  const steps = await listPolicyStepRows(
    db,
    policies.map((policy) => policy.id),
  );
  return policies.map((policy) => ({
    ...policy,
    steps: steps.filter((step) => step.policyId === policy.id),
  }));
}
