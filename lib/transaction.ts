import type { Db } from '../db/client';
import type { UserError } from './errors';

/** Thrown inside `withRollbackOnUserErrors` to undo everything the transaction wrote. */
export class RollbackWithUserErrors extends Error {
  constructor(readonly userErrors: UserError[]) {
    super('transaction rolled back with user errors');
  }
}

/**
 * Runs `work` in a transaction. When a later step finds a problem the user can fix after
 * earlier steps wrote rows, it throws RollbackWithUserErrors: nothing stays written, and
 * the caller gets `whenRolledBack(userErrors)` as its result.
 */
export async function withRollbackOnUserErrors<T>(
  db: Db,
  work: (tx: Db) => Promise<T>,
  whenRolledBack: (userErrors: UserError[]) => T,
): Promise<T> {
  try {
    return await db.transaction((tx) => work(tx as unknown as Db));
  } catch (error) {
    if (error instanceof RollbackWithUserErrors) return whenRolledBack(error.userErrors);
    throw error;
  }
}
