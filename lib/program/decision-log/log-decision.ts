import { insertDecisionLogEntry } from '../../../db/queries/decision-log';
import type { DecisionLogRow } from '../../../db/schema';
import { actorLabel } from '../../auth/actor';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { type UserError, userError } from '../../errors';
import { checkPastDate, checkProgram } from '../register-checks';
import type { DecisionCategory } from '../register-types';

export interface LogDecisionInput {
  programId: string;
  category: DecisionCategory;
  title: string;
  body?: string | null;
  /** The day it was decided (or set up, or tested), YYYY-MM-DD, not in the future. */
  decidedOn: string;
}

type Result = { entry: DecisionLogRow | null; userErrors: UserError[] };

/**
 * Appends an entry to a program's decision and configuration log. The author is whoever
 * calls; entries are never edited or removed (a correction is a new entry).
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function logDecision(ctx: OperationContext, input: LogDecisionInput): Promise<Result> {
  authorize(ctx.actor, 'logDecision');
  const userErrors: UserError[] = [];
  const missingProgram = await checkProgram(ctx.db, input.programId);
  if (missingProgram) userErrors.push(missingProgram);
  const title = input.title.trim();
  if (!title) userErrors.push(userError('REQUIRED', ['input', 'title'], 'Give the entry a title.'));
  const dateError = checkPastDate(input.decidedOn, ['input', 'decidedOn'], 'The decision date');
  if (dateError) userErrors.push(dateError);
  if (userErrors.length > 0) return { entry: null, userErrors };
  const entry = await insertDecisionLogEntry(ctx.db, {
    programId: input.programId,
    category: input.category,
    title,
    body: input.body?.trim() ?? '',
    decidedOn: input.decidedOn,
    author: actorLabel(ctx.actor),
    authorId: ctx.actor.kind === 'user' ? ctx.actor.user.id : null,
  });
  return { entry, userErrors: [] };
}
