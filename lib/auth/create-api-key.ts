import { insertApiKey } from '../../db/queries/api-keys';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { generateApiKeySecret } from './api-key-secret';
import { type ApiModule, apiModules, isApiModule } from './modules';
import { authorize } from './permissions';
import type { ApiKeyRecord } from './types';

export interface CreateApiKeyInput {
  name: string;
  scope: 'read' | 'read_write';
  /** Limit the key to these modules; empty or omitted means every module. */
  modules?: string[] | null | undefined;
}

/**
 * Creates a key for a partner app. The secret is returned here once and never again: only
 * its hash is stored.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admins only)
 */
export async function createApiKey(
  { db, actor }: OperationContext,
  input: CreateApiKeyInput,
): Promise<{ apiKey: ApiKeyRecord | null; secret: string | null; userErrors: UserError[] }> {
  authorize(actor, 'createApiKey');
  const name = input.name.trim();
  const userErrors: UserError[] = [];
  if (!name)
    userErrors.push(userError('REQUIRED', ['input', 'name'], 'Name the key after the app that will use it.'));
  if (name.length > 100)
    userErrors.push(userError('INVALID', ['input', 'name'], 'Use at most 100 characters.'));
  const modules = [...new Set(input.modules ?? [])];
  const unknown = modules.filter((module) => !isApiModule(module));
  if (unknown.length > 0) {
    userErrors.push(
      userError(
        'INVALID',
        ['input', 'modules'],
        `Unknown module ${unknown.join(', ')}; choose from ${apiModules.join(', ')}.`,
      ),
    );
  }
  if (userErrors.length > 0) return { apiKey: null, secret: null, userErrors };

  const { secret, prefix, secretHash } = generateApiKeySecret();
  const apiKey = await insertApiKey(db, {
    name,
    prefix,
    secretHash,
    scope: input.scope,
    modules: modules as ApiModule[],
    createdById: actor.kind === 'user' ? actor.user.id : null,
  });
  return { apiKey, secret, userErrors };
}
