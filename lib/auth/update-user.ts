import { revokeUserSessionsOf } from '../../db/queries/user-sessions';
import { countActiveAdmins, getUserById, type UserPatch, updateUserById } from '../../db/queries/users';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { authorize } from './permissions';
import type { Role } from './roles';
import type { UserRecord } from './types';
import { parseName } from './user-input';

export interface UpdateUserInput {
  id: string;
  name?: string | null | undefined;
  role?: Role | null | undefined;
  isActive?: boolean | null | undefined;
}

/**
 * Renames a user, changes their role, or deactivates them. Deactivating ends every session
 * at once. The last active admin cannot be demoted or deactivated.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admins only)
 */
export async function updateUser(
  { db, actor }: OperationContext,
  input: UpdateUserInput,
): Promise<{ user: UserRecord | null; userErrors: UserError[] }> {
  authorize(actor, 'updateUser');
  return db.transaction(async (tx) => {
    const existing = await getUserById(tx, input.id);
    if (!existing)
      return { user: null, userErrors: [userError('NOT_FOUND', ['input', 'id'], 'No such user.')] };

    const patch: UserPatch = {};
    if (input.name !== undefined && input.name !== null) {
      const name = parseName(input.name, ['input', 'name']);
      if ('error' in name) return { user: null, userErrors: [name.error] };
      patch.name = name.name;
    }
    if (input.role) patch.role = input.role;
    if (input.isActive !== undefined && input.isActive !== null) patch.isActive = input.isActive;

    const losesAdmin =
      existing.role === 'admin' &&
      existing.isActive &&
      (patch.role !== undefined ? patch.role !== 'admin' : false);
    const deactivatesAdmin = existing.role === 'admin' && existing.isActive && patch.isActive === false;
    if ((losesAdmin || deactivatesAdmin) && (await countActiveAdmins(tx)) <= 1) {
      return {
        user: null,
        userErrors: [userError('INVALID_STATE', ['input'], 'Switchboard needs at least one active admin.')],
      };
    }

    const user = await updateUserById(tx, input.id, patch);
    if (patch.isActive === false) {
      await revokeUserSessionsOf(tx, {
        userId: input.id,
        revokedById: actor.kind === 'user' ? actor.user.id : null,
        now: new Date(),
      });
    }
    return { user, userErrors: [] };
  });
}
