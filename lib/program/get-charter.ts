import { listGoalsOfProgram } from '../../db/queries/program';
import type { ProgramRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import type { CharterDocument, CharterRecord } from './charter';

/**
 * The program's charter: its goals, stakeholders, scope, assumptions and constraints.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getCharter(ctx: OperationContext, program: ProgramRow): Promise<CharterRecord> {
  authorize(ctx.actor, 'program');
  const document = program.charter as CharterDocument;
  return {
    goals: await listGoalsOfProgram(ctx.db, program.id),
    stakeholders: document.stakeholders ?? [],
    scopeIn: document.scopeIn ?? [],
    scopeOut: document.scopeOut ?? [],
    assumptions: document.assumptions ?? [],
    constraints: document.constraints ?? [],
  };
}
