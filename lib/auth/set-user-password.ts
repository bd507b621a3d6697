import { getUserById, updateUserById } from '../../db/queries/users';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { hashPassword, passwordProblem } from './passwords';
import { authorize } from './permissions';
import type { UserRecord } from './types';

/**
 * Sets (or, with null, removes) a user's password. Existing sessions stay; revoke them
 * separately if the old password may be known to someone else.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admins only)
 */
export async function setUserPassword(
  { db, actor }: OperationContext,
  input: { id: string; password: string | null },
): Promise<{ user: UserRecord | null; userErrors: UserError[] }> {
  authorize(actor, 'setUserPassword');
  if (!(await getUserById(db, input.id))) {
    return { user: null, userErrors: [userError('NOT_FOUND', ['input', 'id'], 'No such user.')] };
  }
  if (input.password !== null) {
    const problem = passwordProblem(input.password);
    if (problem) return { user: null, userErrors: [userError('INVALID', ['input', 'password'], problem)] };
  }
  const passwordHash = input.password === null ? null : await hashPassword(input.password);
  const user = await updateUserById(db, input.id, { passwordHash });
  return { user, userErrors: [] };
}
