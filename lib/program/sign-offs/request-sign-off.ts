import type { Db } from '../../../db/client';
import { getParallelRunById } from '../../../db/queries/parallel-runs';
import {
  getNewestProgram,
  getNewestProgramOfImport,
  getProgramById,
  getSubjectOfSignOff,
  insertSignOffRequest,
} from '../../../db/queries/program';
import type { ProgramRow, SignOffRequestRow } from '../../../db/schema';
import { actorLabel } from '../../auth/actor';
import { authorize } from '../../auth/permissions';
import { isRole, type Role } from '../../auth/roles';
import type { OperationContext } from '../../context';
import { type UserError, userError } from '../../errors';
import { isUuid } from '../../uuid';
import { currentEvidence, recomputeEvidence } from '../evidence/recompute-evidence';
import { checkOwner } from '../owners';
import type { SignOffRule, SignOffSubject } from '../types';
import { evidenceHash } from './evidence-hash';

export interface RequestSignOffInput {
  subjectType: SignOffSubject;
  subjectId: string;
  title?: string | null;
  approvers: readonly { userId?: string | null; role?: Role | null }[];
  rule: SignOffRule;
  quorum?: number | null;
  note?: string | null;
}

type Result = { signOff: SignOffRequestRow | null; userErrors: UserError[] };
const refuse = (field: string, message: string, code: UserError['code'] = 'INVALID'): Result => ({
  signOff: null,
  userErrors: [userError(code, ['input', field], message)],
});

/** The program a subject belongs to, and the subject's name; null when there is no such subject. */
async function findSubject(
  db: Db,
  type: SignOffSubject,
  id: string,
): Promise<{ program: ProgramRow; title: string } | null> {
  if (!isUuid(id)) return null;
  if (type === 'checklist_item' || type === 'milestone') {
    const row = await getSubjectOfSignOff(db, type, id);
    const program = row ? await getProgramById(db, row.programId) : null;
    return row && program ? { program, title: row.title } : null;
  }
  const run = await getParallelRunById(db, id);
  if (!run) return null;
  const program = (await getNewestProgramOfImport(db, run.importId)) ?? (await getNewestProgram(db));
  return program ? { program, title: `Parallel run of ${run.periodStart} – ${run.periodEnd}` } : null;
}

/**
 * Asks named users or roles to approve an item, milestone or parallel-run report. The
 * request is stamped with a hash of the evidence as it stands (checks re-read first); when
 * that evidence changes the request is invalidated.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function requestSignOff(ctx: OperationContext, input: RequestSignOffInput): Promise<Result> {
  authorize(ctx.actor, 'requestSignOff');
  const subject = await findSubject(ctx.db, input.subjectType, input.subjectId);
  if (!subject) return refuse('subjectId', 'Nothing of this kind has this id.', 'NOT_FOUND');
  if (input.approvers.length === 0) return refuse('approvers', 'Name at least one approver.', 'REQUIRED');
  for (const [index, approver] of input.approvers.entries()) {
    if (Boolean(approver.userId) === Boolean(approver.role))
      return refuse('approvers', `Approver ${index + 1}: name a user or a role, not both.`);
    if (approver.role && !isRole(approver.role))
      return refuse('approvers', `Approver ${index + 1}: unknown role.`);
    const problem = await checkOwner(ctx.db, approver.userId, [
      'input',
      'approvers',
      String(index),
      'userId',
    ]);
    if (problem) return { signOff: null, userErrors: [problem] };
  }
  if (input.rule === 'quorum' && (!input.quorum || input.quorum < 1 || input.quorum > input.approvers.length))
    return refuse('quorum', `A quorum is between 1 and the ${input.approvers.length} approvers.`);
  if (input.rule !== 'quorum' && input.quorum)
    return refuse('quorum', 'A quorum goes with the QUORUM rule only.');

  const state = await recomputeEvidence(ctx.db, subject.program.id);
  const evidence = state && (await currentEvidence(ctx.db, state, input.subjectType, input.subjectId));
  if (!evidence)
    return refuse('subjectId', 'A parallel run can be signed off once it has completed.', 'INVALID_STATE');

  const signOff = await ctx.db.transaction((tx) =>
    insertSignOffRequest(
      tx,
      {
        programId: subject.program.id,
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        title: input.title?.trim() || subject.title,
        rule: input.rule,
        quorum: input.rule === 'quorum' ? (input.quorum ?? null) : null,
        note: input.note?.trim() ?? '',
        evidence,
        evidenceHash: evidenceHash(evidence),
        requestedBy: actorLabel(ctx.actor),
        requestedById: ctx.actor.kind === 'user' ? ctx.actor.user.id : null,
      },
      input.approvers.map((approver) => ({ userId: approver.userId ?? null, role: approver.role ?? null })),
    ),
  );
  return { signOff, userErrors: [] };
}
