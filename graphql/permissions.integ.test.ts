import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApiKey, makeUser } from '../db/seed/factories';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import { type Operation, operationRules } from '../lib/auth/permissions';
import { roles } from '../lib/auth/roles';
import type { UserRecord } from '../lib/auth/types';
import { loadTypeDefs } from './server';
import { type GraphQLTestServer, startGraphQLTestServer } from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

/**
 * The permission matrix, enforced end to end: every root field × every kind of caller over
 * HTTP. Adding a field without a rule in lib/auth/permissions.ts, or without a sample call
 * here, fails the first test.
 */
interface Fixture {
  targetUser: UserRecord;
  targetApiKeyId: string;
}

type Sample = (fixture: Fixture) => { query: string; variables?: Record<string, unknown> };

let emailCounter = 0;
const samples: Record<Operation, Sample> = {
  viewer: () => ({ query: '{ viewer { kind permissions } }' }),
  organization: () => ({ query: '{ organization { name } }' }),
  users: () => ({ query: '{ users(first: 1) { edges { node { id } } } }' }),
  userSessions: (f) => ({
    query: 'query($id: ID!) { userSessions(userId: $id) { id } }',
    variables: { id: f.targetUser.id },
  }),
  createUser: () => ({
    query:
      'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { code } } }',
    variables: { input: { email: `matrix-${++emailCounter}@example.test`, name: 'Matrix', role: 'VIEWER' } },
  }),
  updateUser: (f) => ({
    query: 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id } } }',
    variables: { input: { id: f.targetUser.id, name: 'Renamed by matrix' } },
  }),
  setUserPassword: (f) => ({
    query: 'mutation($input: SetUserPasswordInput!) { setUserPassword(input: $input) { user { id } } }',
    variables: { input: { id: f.targetUser.id, password: 'a-long-enough-password' } },
  }),
  revokeUserSessions: (f) => ({
    query:
      'mutation($input: RevokeUserSessionsInput!) { revokeUserSessions(input: $input) { revokedCount } }',
    variables: { input: { userId: f.targetUser.id } },
  }),
  apiKeys: () => ({ query: '{ apiKeys(first: 1) { edges { node { id } } } }' }),
  createApiKey: () => ({
    query: 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
    variables: { input: { name: 'Matrix key', scope: 'READ' } },
  }),
  revokeApiKey: (f) => ({
    query: 'mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id } } }',
    variables: { input: { id: f.targetApiKeyId } },
  }),
  auditEntries: () => ({ query: '{ auditEntries(first: 1) { edges { node { id } } } }' }),
};

type Caller =
  | { label: string; kind: 'role'; role: (typeof roles)[number] }
  | { label: string; kind: 'key'; scope: 'read' | 'read_write'; modules: string[] }
  | { label: string; kind: 'anonymous' };

const callers: Caller[] = [
  ...roles.map((role) => ({ label: `role ${role}`, kind: 'role' as const, role })),
  { label: 'key read', kind: 'key', scope: 'read', modules: [] },
  { label: 'key read_write', kind: 'key', scope: 'read_write', modules: [] },
  { label: 'key read_write limited to catalog', kind: 'key', scope: 'read_write', modules: ['catalog'] },
  { label: 'anonymous', kind: 'anonymous' },
];

/** What the matrix promises, restated independently of lib/auth/permissions.ts's `can`. */
function expectedOutcome(caller: Caller, operation: Operation): 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED' {
  const rule: { module: string; access: 'read' | 'write'; roles: readonly string[] } =
    operationRules[operation];
  if (caller.kind === 'anonymous') return operation === 'viewer' ? 'allowed' : 'UNAUTHENTICATED';
  if (caller.kind === 'role')
    return (rule.roles as readonly string[]).includes(caller.role) ? 'allowed' : 'FORBIDDEN';
  if (rule.module === 'settings') return 'FORBIDDEN';
  if (rule.access === 'write' && caller.scope === 'read') return 'FORBIDDEN';
  if (rule.module !== 'self' && caller.modules.length > 0 && !caller.modules.includes(rule.module)) {
    return 'FORBIDDEN';
  }
  return 'allowed';
}

let database: TestDatabase;
let server: GraphQLTestServer;
let fixture: Fixture;
const credentials = new Map<string, { bearer?: string; cookie?: string }>();

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startGraphQLTestServer(database.db);
  const { user: targetUser } = await makeUser(database.db, { role: 'viewer' });
  const { apiKey } = await makeApiKey(database.db);
  fixture = { targetUser, targetApiKeyId: apiKey.id };
  for (const caller of callers) {
    if (caller.kind === 'role') {
      const { user } = await makeUser(database.db, { role: caller.role });
      credentials.set(caller.label, { cookie: (await sessionCookieFor(database.db, user)).cookie });
    } else if (caller.kind === 'key') {
      const { secret } = await makeApiKey(database.db, { scope: caller.scope, modules: caller.modules });
      credentials.set(caller.label, { bearer: secret });
    } else {
      credentials.set(caller.label, {});
    }
  }
});

afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

describe('permission matrix', () => {
  it('has a rule and a sample call for every root field of the schema, and nothing else', () => {
    const schema = buildSchema(loadTypeDefs());
    const rootFields = [schema.getQueryType(), schema.getMutationType()]
      .flatMap((type) => Object.keys(type?.getFields() ?? {}))
      .sort();
    expect(Object.keys(operationRules).sort()).toEqual(rootFields);
    expect(Object.keys(samples).sort()).toEqual(rootFields);
  });

  for (const operation of Object.keys(samples) as Operation[]) {
    for (const caller of callers) {
      const expected = expectedOutcome(caller, operation);
      it(`${operation} × ${caller.label} → ${expected}`, async () => {
        const { query, variables } = samples[operation](fixture);
        const { body } = await server.request(query, { ...credentials.get(caller.label), variables });
        const codes = (body.errors ?? []).map((error) => error.extensions?.code);
        if (expected === 'allowed') {
          expect(codes).toEqual([]);
          expect(body.data?.[operation]).toBeDefined();
        } else {
          expect(codes).toEqual([expected]);
          expect(body.data?.[operation] ?? null).toBeNull();
        }
      });
    }
  }
});
