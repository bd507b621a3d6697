import { getProgramById, insertStatusReport } from '../../../db/queries/program';
import type { StatusReportRow } from '../../../db/schema';
import { actorLabel } from '../../auth/actor';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { type UserError, userError } from '../../errors';
import { isUuid } from '../../uuid';

/**
 * Saves a status update; the next draft covers what changes after this moment.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function saveStatusReport(
  ctx: OperationContext,
  input: { programId: string; body: string },
): Promise<{ report: StatusReportRow | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'saveStatusReport');
  const program = isUuid(input.programId) ? await getProgramById(ctx.db, input.programId) : null;
  if (!program)
    return {
      report: null,
      userErrors: [userError('NOT_FOUND', ['input', 'programId'], 'No program has this id.')],
    };
  const body = input.body.trim();
  if (!body)
    return { report: null, userErrors: [userError('REQUIRED', ['input', 'body'], 'Write the update.')] };
  const report = await insertStatusReport(ctx.db, {
    programId: program.id,
    body,
    coversUntil: new Date(),
    author: actorLabel(ctx.actor),
  });
  return { report, userErrors: [] };
}
