import { revokeUserSessionsOf } from '../../db/queries/user-sessions';
import { getUserById } from '../../db/queries/users';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { authorize } from './permissions';

/**
 * Ends a user's live console sessions (all, or one): their next request is signed out.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admins only)
 */
export async function revokeUserSessions(
  { db, actor }: OperationContext,
  input: { userId: string; sessionId?: string | null | undefined },
): Promise<{ revokedCount: number; userErrors: UserError[] }> {
  authorize(actor, 'revokeUserSessions');
  if (!(await getUserById(db, input.userId))) {
    return { revokedCount: 0, userErrors: [userError('NOT_FOUND', ['input', 'userId'], 'No such user.')] };
  }
  const revokedCount = await revokeUserSessionsOf(db, {
    userId: input.userId,
    sessionId: input.sessionId ?? undefined,
    revokedById: actor.kind === 'user' ? actor.user.id : null,
    now: new Date(),
  });
  return { revokedCount, userErrors: [] };
}
