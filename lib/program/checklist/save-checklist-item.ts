import {
  getChecklistItemOfProgram,
  getProgramById,
  insertChecklistItem,
  lastChecklistPosition,
  updateChecklistItem,
} from '../../../db/queries/program';
import type { ChecklistItemRow, checklistItems } from '../../../db/schema';
import { actorLabel } from '../../auth/actor';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { isIsoDate } from '../../dates';
import { type UserError, userError } from '../../errors';
import { isUuid } from '../../uuid';
import { type EvidenceCheckInput, evidenceCheckSpec } from '../evidence/check-kinds';
import { recomputeEvidence } from '../evidence/recompute-evidence';
import { checkOwner } from '../owners';
import { type ChecklistArea, type ChecklistItemStatus, checklistAreas } from '../types';

export interface ChecklistItemInput {
  id?: string | null;
  programId: string;
  area?: ChecklistArea | null;
  title?: string | null;
  ownerId?: string | null;
  dueOn?: string | null;
  blocking?: boolean | null;
  status?: ChecklistItemStatus | null;
  notes?: string | null;
  evidenceLinks?: readonly string[] | null;
  check?: EvidenceCheckInput | null;
  clearCheck?: boolean | null;
}

type Result = { item: ChecklistItemRow | null; userErrors: UserError[] };
const refuse = (field: string, message: string, code: UserError['code'] = 'INVALID'): Result => ({
  item: null,
  userErrors: [userError(code, ['input', field], message)],
});

const isLink = (text: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
};

/**
 * Creates a checklist item (no id) or changes the fields given: tick it done, reopen it, mark
 * it not applicable, edit its notes, owner, due date or evidence links. An item tied to an
 * evidence check follows its check: only "not applicable" can be set by hand. The program's
 * evidence is recomputed after the write.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function saveChecklistItem(ctx: OperationContext, input: ChecklistItemInput): Promise<Result> {
  authorize(ctx.actor, 'saveChecklistItem');
  const program = isUuid(input.programId) ? await getProgramById(ctx.db, input.programId) : null;
  if (!program) return refuse('programId', 'No program has this id.', 'NOT_FOUND');
  const existing =
    input.id && isUuid(input.id) ? await getChecklistItemOfProgram(ctx.db, program.id, input.id) : null;
  if (input.id && !existing)
    return refuse('id', 'This program has no checklist item with this id.', 'NOT_FOUND');

  const title = input.title?.trim();
  if (!existing && !title) return refuse('title', 'Name the item.', 'REQUIRED');
  if (existing && input.title !== undefined && input.title !== null && !title)
    return refuse('title', 'Name the item.', 'REQUIRED');
  if (!existing && !input.area) return refuse('area', 'Choose the area.', 'REQUIRED');
  if (input.area && !checklistAreas.includes(input.area)) return refuse('area', 'Unknown area.');
  if (input.dueOn && !isIsoDate(input.dueOn)) return refuse('dueOn', 'A date like 2027-01-15.');
  const links = input.evidenceLinks?.map((link) => link.trim()).filter(Boolean);
  if (links?.some((link) => !isLink(link)))
    return refuse('evidenceLinks', 'Evidence links are http(s) addresses.');
  const ownerProblem = await checkOwner(ctx.db, input.ownerId, ['input', 'ownerId']);
  if (ownerProblem) return { item: null, userErrors: [ownerProblem] };

  let check = existing?.check ?? null;
  if (input.clearCheck) check = null;
  if (input.check) {
    const parsed = evidenceCheckSpec(input.check, ['input', 'check']);
    if (!parsed.spec) return { item: null, userErrors: parsed.userErrors };
    check = parsed.spec;
  }
  if (check && input.status && input.status !== 'not_applicable' && input.status !== existing?.status)
    return refuse(
      'status',
      'This item follows its evidence check; fix the evidence, or remove the check.',
      'INVALID_STATE',
    );

  const checkChanged = JSON.stringify(check) !== JSON.stringify(existing?.check ?? null);
  const statusChanged = input.status && input.status !== existing?.status;
  const fields = {
    area: input.area ?? existing?.area,
    title: title || existing?.title,
    ownerId: input.ownerId !== undefined ? input.ownerId || null : existing?.ownerId,
    dueOn: input.dueOn !== undefined ? input.dueOn || null : existing?.dueOn,
    blocking: input.blocking ?? existing?.blocking ?? false,
    notes: input.notes !== undefined ? (input.notes ?? '') : existing?.notes,
    evidenceLinks: links ?? existing?.evidenceLinks ?? [],
    check,
    ...(checkChanged ? { checkState: 'unknown' as const, checkDetail: null } : {}),
    ...(statusChanged
      ? { status: input.status ?? 'open', statusBy: actorLabel(ctx.actor), statusAt: new Date() }
      : {}),
  };

  const item = existing
    ? await updateChecklistItem(ctx.db, existing.id, fields)
    : await ctx.db.transaction(async (tx) =>
        insertChecklistItem(tx, {
          ...(fields as typeof checklistItems.$inferInsert),
          programId: program.id,
          position: (await lastChecklistPosition(tx, program.id)) + 1,
        }),
      );
  // The item may carry a check, or be what a CHECKLIST_AREA_DONE check or a sign-off reads.
  const state = await recomputeEvidence(ctx.db, program.id);
  return { item: state?.items.find((candidate) => candidate.id === item.id) ?? item, userErrors: [] };
}
