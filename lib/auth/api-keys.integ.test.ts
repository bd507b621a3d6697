import { describe, expect, it } from 'vitest';
import { getApiKeyById } from '../../db/queries/api-keys';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { AppError } from '../errors';
import { hashApiKeySecret } from './api-key-secret';
import { authenticateApiKey } from './authenticate-api-key';
import { createApiKey } from './create-api-key';
import { listApiKeys } from './list-api-keys';
import { revokeApiKey } from './revoke-api-key';

const database = setUpTestDatabase();
const ctx = () => database.ctx();

describe('API keys', () => {
  it('returns the secret once and stores only its hash', async () => {
    const { apiKey, secret } = await createApiKey(ctx(), {
      name: 'PSA sync',
      scope: 'read',
      modules: ['usage'],
    });
    expect(secret).toMatch(/^sbk_/);
    expect(apiKey?.secretHash).toBe(hashApiKeySecret(secret ?? ''));
    expect(apiKey?.secretHash).not.toContain(secret ?? '');
    expect(secret?.startsWith(apiKey?.prefix ?? '-')).toBe(true);
    expect(apiKey?.modules).toEqual(['usage']);
  });

  it('rejects unknown modules and empty names as userErrors', async () => {
    const result = await createApiKey(ctx(), { name: '  ', scope: 'read', modules: ['payroll'] });
    expect(result.apiKey).toBeNull();
    expect(result.userErrors.map((e) => `${e.code}:${e.field?.join('.')}`).sort()).toEqual([
      'INVALID:input.modules',
      'REQUIRED:input.name',
    ]);
  });

  it('authenticates by secret, records use, and refuses the key once revoked', async () => {
    const { apiKey, secret } = await createApiKey(ctx(), { name: 'Portal', scope: 'read_write' });
    if (!apiKey || !secret) throw new Error('no key');
    const actor = await authenticateApiKey(database.db, secret);
    expect(actor.kind).toBe('api_key');
    expect((await getApiKeyById(database.db, apiKey.id))?.lastUsedAt).not.toBeNull();

    const first = await revokeApiKey(ctx(), { id: apiKey.id });
    const again = await revokeApiKey(ctx(), { id: apiKey.id });
    expect(again.apiKey?.revokedAt).toEqual(first.apiKey?.revokedAt);
    await expect(authenticateApiKey(database.db, secret)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(authenticateApiKey(database.db, `${secret}x`)).rejects.toBeInstanceOf(AppError);
  });

  it('lists live keys unless revoked ones are asked for', async () => {
    const live = await listApiKeys(ctx(), { first: 200 });
    const all = await listApiKeys(ctx(), { first: 200, includeRevoked: true });
    expect(live.edges.every((edge) => edge.node.revokedAt === null)).toBe(true);
    expect(all.edges.length).toBeGreaterThan(live.edges.length);
  });
});
