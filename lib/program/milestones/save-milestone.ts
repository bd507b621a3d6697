import {
  getProgramById,
  insertMilestone,
  listDependenciesOfProgram,
  listMilestoneRows,
  replaceDependencies,
  updateMilestone,
} from '../../../db/queries/program';
import type { milestones } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { isIsoDate } from '../../dates';
import { type UserError, userError } from '../../errors';
import { isUuid } from '../../uuid';
import { type EvidenceCheckInput, evidenceCheckSpec } from '../evidence/check-kinds';
import { recomputeEvidence } from '../evidence/recompute-evidence';
import { loadMilestonesOfPrograms } from '../load-program-batches';
import { checkOwner } from '../owners';
import type { Health, MilestoneStatus, ProgramPhase } from '../types';
import { programPhases } from '../types';
import { createsCycle, type MilestoneRecord } from './milestone-health';

export interface MilestoneInput {
  id?: string | null;
  programId: string;
  phase?: ProgramPhase | null;
  title?: string | null;
  description?: string | null;
  ownerId?: string | null;
  dueOn?: string | null;
  status?: MilestoneStatus | null;
  dependsOnIds?: readonly string[] | null;
  healthOverride?: Health | null;
  healthOverrideReason?: string | null;
  check?: EvidenceCheckInput | null;
  clearCheck?: boolean | null;
}

type Result = { milestone: MilestoneRecord | null; userErrors: UserError[] };
const refuse = (field: string, message: string, code: UserError['code'] = 'INVALID'): Result => ({
  milestone: null,
  userErrors: [userError(code, ['input', field], message)],
});

/**
 * Creates a milestone (no id) or changes the fields given. Dependencies must be milestones
 * of the same program and never form a loop; a health override needs a reason. The
 * program's evidence is recomputed after the write; the milestone comes back with its health.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function saveMilestone(ctx: OperationContext, input: MilestoneInput): Promise<Result> {
  authorize(ctx.actor, 'saveMilestone');
  const program = isUuid(input.programId) ? await getProgramById(ctx.db, input.programId) : null;
  if (!program) return refuse('programId', 'No program has this id.', 'NOT_FOUND');
  const rows = await listMilestoneRows(ctx.db, program.id);
  const existing = input.id ? rows.find((row) => row.id === input.id) : undefined;
  if (input.id && !existing) return refuse('id', 'This program has no milestone with this id.', 'NOT_FOUND');

  const title = input.title?.trim();
  if (!existing) {
    if (!title) return refuse('title', 'Name the milestone.', 'REQUIRED');
    if (!input.phase) return refuse('phase', 'Choose the phase.', 'REQUIRED');
    if (!input.dueOn) return refuse('dueOn', 'Set the due date.', 'REQUIRED');
  } else if (input.title !== undefined && input.title !== null && !title)
    return refuse('title', 'Name the milestone.', 'REQUIRED');
  if (input.phase && !programPhases.includes(input.phase)) return refuse('phase', 'Unknown phase.');
  if (input.dueOn && !isIsoDate(input.dueOn)) return refuse('dueOn', 'A date like 2027-01-15.');
  const ownerProblem = await checkOwner(ctx.db, input.ownerId, ['input', 'ownerId']);
  if (ownerProblem) return { milestone: null, userErrors: [ownerProblem] };

  const overriding = input.healthOverride !== undefined ? input.healthOverride : existing?.healthOverride;
  const reason =
    input.healthOverrideReason !== undefined
      ? input.healthOverrideReason?.trim()
      : existing?.healthOverrideReason;
  if (overriding && !reason)
    return refuse('healthOverrideReason', 'Say why you override the suggested health.', 'REQUIRED');

  let check = existing?.check ?? null;
  if (input.clearCheck) check = null;
  if (input.check) {
    const parsed = evidenceCheckSpec(input.check, ['input', 'check']);
    if (!parsed.spec) return { milestone: null, userErrors: parsed.userErrors };
    check = parsed.spec;
  }

  if (input.dependsOnIds) {
    const ids = [...new Set(input.dependsOnIds)];
    if (ids.some((id) => !rows.some((row) => row.id === id)))
      return refuse('dependsOnIds', 'Dependencies are milestones of the same program.');
    const dependencies = await listDependenciesOfProgram(ctx.db, program.id);
    if (existing && createsCycle(dependencies, existing.id, ids))
      return refuse('dependsOnIds', 'These dependencies would make a loop.');
  }

  const checkChanged = JSON.stringify(check) !== JSON.stringify(existing?.check ?? null);
  const status = input.status ?? existing?.status ?? 'not_started';
  const fields = {
    phase: input.phase ?? existing?.phase,
    title: title || existing?.title,
    description: input.description !== undefined ? (input.description ?? '') : existing?.description,
    ownerId: input.ownerId !== undefined ? input.ownerId || null : existing?.ownerId,
    dueOn: input.dueOn ?? existing?.dueOn,
    status,
    completedAt: status === 'done' ? (existing?.completedAt ?? new Date()) : null,
    healthOverride: overriding ?? null,
    healthOverrideReason: overriding ? reason : null,
    check,
    ...(checkChanged ? { checkState: 'unknown' as const, checkDetail: null } : {}),
  };

  const saved = await ctx.db.transaction(async (tx) => {
    const row = existing
      ? await updateMilestone(tx, existing.id, fields)
      : await insertMilestone(tx, { ...(fields as typeof milestones.$inferInsert), programId: program.id });
    if (input.dependsOnIds)
      await replaceDependencies(
        tx,
        row.id,
        [...new Set(input.dependsOnIds)].filter((id) => id !== row.id),
      );
    return row;
  });
  // Its check, status and dependencies are evidence of checks and sign-offs.
  await recomputeEvidence(ctx.db, program.id);
  const [records = []] = await loadMilestonesOfPrograms(ctx.db, [program.id]);
  return { milestone: records.find((record) => record.id === saved.id) ?? null, userErrors: [] };
}
