import { getNewestProgram, getProgramById } from '../../db/queries/program';
import type { ProgramRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { isUuid } from '../uuid';
import { type ProgramState, refreshProgram } from './evidence/refresh-program';

const memos = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Computes `load` once per request (`scope`, e.g. the GraphQL context) and key: every field
 * of a program in one response sees the same evidence, read once.
 */
export function memoInRequest<T>(scope: object, key: string, load: () => Promise<T>): Promise<T> {
  let entries = memos.get(scope);
  if (!entries) {
    entries = new Map();
    memos.set(scope, entries);
  }
  let value = entries.get(key) as Promise<T> | undefined;
  if (!value) {
    value = load();
    entries.set(key, value);
  }
  return value;
}

/** Forgets what the request read, so what a mutation returns is read anew. */
export function forgetProgramState(scope: object) {
  memos.delete(scope);
}

/** The program's state with its evidence re-read, once per request. */
export function freshProgramState(ctx: OperationContext, program: ProgramRow, scope: object = ctx) {
  return memoInRequest(scope, `state:${program.id}`, () => refreshProgram(ctx.db, program));
}

/** The same, from a program id (for fields of a milestone or item). */
export async function freshStateOf(
  ctx: OperationContext,
  programId: string,
  scope: object = ctx,
): Promise<ProgramState> {
  const program = await memoInRequest(scope, `program:${programId}`, () => getProgramById(ctx.db, programId));
  if (!program) throw new Error(`program ${programId} not found`);
  return freshProgramState(ctx, program, scope);
}

/**
 * A program by id, or the newest without one.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getProgram(ctx: OperationContext, id?: string | null): Promise<ProgramRow | null> {
  authorize(ctx.actor, 'program');
  if (id === undefined || id === null) return getNewestProgram(ctx.db);
  return isUuid(id) ? getProgramById(ctx.db, id) : null;
}
