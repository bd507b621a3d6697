import { getProgramById, replaceGoalsOfProgram, updateProgramCharter } from '../../db/queries/program';
import type { ProgramRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { isPlainDecimal } from '../money/decimal';
import { isUuid } from '../uuid';
import type { CharterDocument, ScopeEntry, Stakeholder } from './charter';
import type { Kpi } from './types';

export interface UpdateCharterInput {
  programId: string;
  stakeholders?: Stakeholder[] | null;
  scopeIn?: ScopeEntry[] | null;
  scopeOut?: ScopeEntry[] | null;
  assumptions?: string[] | null;
  constraints?: string[] | null;
  goals?: { title: string; kpi: Kpi; target: string }[] | null;
}

type Result = { program: ProgramRow | null; userErrors: UserError[] };

const trimmed = (values: readonly string[]) => values.map((value) => value.trim()).filter(Boolean);

/**
 * Replaces the parts of the charter given (goals, stakeholders, scope, assumptions,
 * constraints); parts left out stay as they are.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function updateCharter(ctx: OperationContext, input: UpdateCharterInput): Promise<Result> {
  authorize(ctx.actor, 'updateCharter');
  const program = isUuid(input.programId) ? await getProgramById(ctx.db, input.programId) : null;
  if (!program)
    return {
      program: null,
      userErrors: [userError('NOT_FOUND', ['input', 'programId'], 'No program has this id.')],
    };
  const problems: UserError[] = [];
  input.goals?.forEach((goal, index) => {
    if (!goal.title.trim())
      problems.push(userError('REQUIRED', ['input', 'goals', String(index), 'title'], 'Name the goal.'));
    if (!isPlainDecimal(goal.target))
      problems.push(
        userError(
          'INVALID',
          ['input', 'goals', String(index), 'target'],
          'The target is a number, e.g. 0.995.',
        ),
      );
  });
  input.stakeholders?.forEach((person, index) => {
    if (!person.name.trim() || !person.role.trim())
      problems.push(
        userError(
          'REQUIRED',
          ['input', 'stakeholders', String(index)],
          'A stakeholder has a name and a role.',
        ),
      );
  });
  for (const part of ['scopeIn', 'scopeOut'] as const)
    input[part]?.forEach((entry, index) => {
      if (!entry.category.trim() || !entry.item.trim())
        problems.push(
          userError('REQUIRED', ['input', part, String(index)], 'Scope entries have a category and an item.'),
        );
    });
  if (problems.length > 0) return { program: null, userErrors: problems };

  const current = program.charter as CharterDocument;
  const next: CharterDocument = {
    stakeholders:
      input.stakeholders?.map((person) => ({
        name: person.name.trim(),
        role: person.role.trim(),
        email: person.email?.trim() || null,
      })) ?? current.stakeholders,
    scopeIn:
      input.scopeIn?.map((entry) => ({ category: entry.category.trim(), item: entry.item.trim() })) ??
      current.scopeIn,
    scopeOut:
      input.scopeOut?.map((entry) => ({ category: entry.category.trim(), item: entry.item.trim() })) ??
      current.scopeOut,
    assumptions: input.assumptions ? trimmed(input.assumptions) : current.assumptions,
    constraints: input.constraints ? trimmed(input.constraints) : current.constraints,
  };
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await updateProgramCharter(tx, program.id, next);
    if (input.goals)
      await replaceGoalsOfProgram(
        tx,
        program.id,
        input.goals.map((goal, index) => ({
          programId: program.id,
          position: index + 1,
          title: goal.title.trim(),
          kpi: goal.kpi,
          target: goal.target,
        })),
      );
    return row ?? program;
  });
  return { program: updated, userErrors: [] };
}
