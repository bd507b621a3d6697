import { getMigrationImportById } from '../../db/queries/migration-imports';
import {
  insertChecklistItems,
  insertDependencies,
  insertGoals,
  insertPhases,
  insertProgram,
  insertStandardMilestones,
} from '../../db/queries/program';
import type { ProgramRow } from '../../db/schema';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { isIsoDate } from '../dates';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';
import { recomputeEvidence } from './evidence/recompute-evidence';
import {
  dayAt,
  itemDueOn,
  phaseDates,
  standardChecklist,
  standardDependencies,
  standardGoals,
  standardMilestones,
} from './standard-plan';
import { programPhases as phases } from './types';

export interface CreateProgramInput {
  name: string;
  importId?: string | null;
  startsOn: string;
  goLiveOn: string;
}

type Result = { program: ProgramRow | null; userErrors: UserError[] };
const refuse = (field: string, message: string, code: UserError['code'] = 'INVALID'): Result => ({
  program: null,
  userErrors: [userError(code, ['input', field], message)],
});

/**
 * Starts a migration program with its phases laid out from start to go-live, the standard
 * milestones (the final go/no-go depending on the others), the standard go-live checklist
 * and the usual goals, all in one transaction.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function createProgram(ctx: OperationContext, input: CreateProgramInput): Promise<Result> {
  authorize(ctx.actor, 'createProgram');
  const name = input.name.trim();
  if (!name) return refuse('name', 'Name the program.', 'REQUIRED');
  if (!isIsoDate(input.startsOn)) return refuse('startsOn', 'A date like 2026-12-01.');
  if (!isIsoDate(input.goLiveOn)) return refuse('goLiveOn', 'A date like 2027-03-01.');
  if (input.goLiveOn <= input.startsOn) return refuse('goLiveOn', 'Go-live comes after the start.');
  if (input.importId) {
    const imported = isUuid(input.importId) ? await getMigrationImportById(ctx.db, input.importId) : null;
    if (!imported) return refuse('importId', 'No import has this id.', 'NOT_FOUND');
  }
  const { startsOn, goLiveOn } = input;

  const program = await ctx.db.transaction(async (tx) => {
    const created = await insertProgram(tx, {
      name,
      importId: input.importId ?? null,
      createdBy: actorLabel(ctx.actor),
    });
    await insertPhases(
      tx,
      phases.map((phase) => ({ programId: created.id, phase, ...phaseDates(startsOn, goLiveOn, phase) })),
    );
    await insertGoals(
      tx,
      standardGoals.map((goal, index) => ({ programId: created.id, position: index + 1, ...goal })),
    );
    const inserted = await insertStandardMilestones(
      tx,
      standardMilestones.map((milestone) => ({
        programId: created.id,
        standardKey: milestone.key,
        phase: milestone.phase,
        title: milestone.title,
        description: milestone.description,
        dueOn: dayAt(startsOn, goLiveOn, milestone.at),
        check: milestone.check,
      })),
    );
    const idOf = new Map(inserted.map((row) => [row.key, row.id]));
    await insertDependencies(
      tx,
      standardDependencies.map(([milestone, dependsOn]) => ({
        milestoneId: idOf.get(milestone) as string,
        dependsOnId: idOf.get(dependsOn) as string,
      })),
    );
    await insertChecklistItems(
      tx,
      standardChecklist.map((item, index) => ({
        programId: created.id,
        standardKey: item.key,
        area: item.area,
        position: index + 1,
        title: item.title,
        blocking: item.blocking,
        dueOn: itemDueOn(startsOn, goLiveOn, item.area),
        check: item.check,
      })),
    );
    return created;
  });
  // The standard plan's checks get their first results, so the program is never read unchecked.
  const state = await recomputeEvidence(ctx.db, program.id);
  return { program: state?.program ?? program, userErrors: [] };
}
