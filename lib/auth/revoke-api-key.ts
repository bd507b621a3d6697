import { getApiKeyById, revokeApiKeyById } from '../../db/queries/api-keys';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { authorize } from './permissions';
import type { ApiKeyRecord } from './types';

/**
 * Revokes a key: every later request with it is refused. Revoking twice is harmless.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admins only)
 */
export async function revokeApiKey(
  { db, actor }: OperationContext,
  input: { id: string },
): Promise<{ apiKey: ApiKeyRecord | null; userErrors: UserError[] }> {
  authorize(actor, 'revokeApiKey');
  if (!(await getApiKeyById(db, input.id))) {
    return { apiKey: null, userErrors: [userError('NOT_FOUND', ['input', 'id'], 'No such API key.')] };
  }
  const apiKey = await revokeApiKeyById(
    db,
    input.id,
    actor.kind === 'user' ? actor.user.id : null,
    new Date(),
  );
  return { apiKey, userErrors: [] };
}
