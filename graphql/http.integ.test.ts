import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countUsers } from '../db/queries/users';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import { systemActor } from '../lib/auth/actor';
import { revokeApiKey } from '../lib/auth/revoke-api-key';
import { revokeUserSessions } from '../lib/auth/revoke-user-sessions';
import { encodeSessionToken } from '../lib/auth/session-token';
import { updateUser } from '../lib/auth/update-user';
import { makeApiKey, makeUser } from '../seed/factories';
import { queryLimits } from './server';
import {
  type GraphQLTestServer,
  startGraphQLTestServer,
  TEST_SESSION_SECRET,
} from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

let database: TestDatabase;
let server: GraphQLTestServer;
let adminCookie: string;
const system = () => ({ db: database.db, actor: systemActor('test') });

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startGraphQLTestServer(database.db, { maxBodyBytes: 64 * 1024 });
  const { user } = await makeUser(database.db, { role: 'admin' });
  adminCookie = (await sessionCookieFor(database.db, user)).cookie;
});

afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as { errors?: { extensions?: { code?: string } }[] },
  };
}

const codesOf = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  (body.errors ?? []).map((error) => error.extensions?.code);

describe('malformed and abusive requests', () => {
  it('answers malformed JSON with 400 BAD_USER_INPUT', async () => {
    const { status, body } = await post('{"query": "{ viewer { kind } }"', { cookie: adminCookie });
    expect(status).toBe(400);
    expect(codesOf(body)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a body over the size limit with 413, before parsing it', async () => {
    const huge = JSON.stringify({ query: `{ viewer { kind } }${' '.repeat(70 * 1024)}` });
    const { status, body } = await post(huge);
    expect(status).toBe(413);
    expect(codesOf(body)).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED and an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    expect((await server.request('{ viewer { ', { cookie: adminCookie })).status).toBe(400);
    expect(codesOf((await server.request('{ viewer { ', { cookie: adminCookie })).body)).toEqual([
      'GRAPHQL_PARSE_FAILED',
    ]);
    expect(codesOf((await server.request('{ viewer { salary } }', { cookie: adminCookie })).body)).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
    ]);
  });

  it('rejects a query nested deeper than the limit', async () => {
    let nested = 'name';
    for (let depth = 0; depth <= queryLimits.maxDepth; depth++) nested = `ofType { ${nested} }`;
    const { body } = await server.request(`{ __type(name: "Viewer") { ${nested} } }`, {
      cookie: adminCookie,
    });
    expect(codesOf(body)).toContain('QUERY_TOO_COMPLEX');
    expect(body.data ?? null).toBeNull();
  });

  it('admits one full page of rich nodes but not many of them at once', async () => {
    const richPage =
      'apiKeys(first: 200) { edges { cursor node { id name prefix scope modules createdAt lastUsedAt revokedAt createdBy { id email name role } } } pageInfo { hasNextPage endCursor } }';
    expect(codesOf((await server.request(`{ ${richPage} }`, { cookie: adminCookie })).body)).toEqual([]);
    const manyPages = Array.from({ length: 8 }, (_, i) => `p${i}: ${richPage}`).join(' ');
    const { body } = await server.request(`{ ${manyPages} }`, { cookie: adminCookie });
    expect(codesOf(body)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(body.errors?.[0]?.message).toMatch(/^Query Cost limit of 50000 exceeded/);
  });

  it('rejects more aliases than the limit', async () => {
    const aliases = Array.from(
      { length: queryLimits.maxAliases + 1 },
      (_, i) => `a${i}: viewer { kind }`,
    ).join(' ');
    const { body } = await server.request(`{ ${aliases} }`, { cookie: adminCookie });
    expect(codesOf(body)).toContain('QUERY_TOO_COMPLEX');
  });

  it('rejects a document with more tokens than the limit', async () => {
    const fields = Array.from({ length: queryLimits.maxTokens }, () => '__typename').join(' ');
    const { body } = await server.request(`{ ${fields} }`, { cookie: adminCookie });
    expect(codesOf(body)).toContain('QUERY_TOO_COMPLEX');
  });

  it('answers a bad enum value with BAD_USER_INPUT and creates nothing', async () => {
    const before = await countUsers(database.db);
    const { body } = await server.request(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }',
      {
        cookie: adminCookie,
        variables: { input: { email: 'x@example.test', name: 'X', role: 'SUPERUSER' } },
      },
    );
    expect(codesOf(body)).toEqual(['BAD_USER_INPUT']);
    expect(await countUsers(database.db)).toBe(before);
  });

  it('answers a made-up id with BAD_USER_INPUT, not an internal error', async () => {
    for (const query of [
      '{ account(id: "not-a-uuid") { name } }',
      '{ invoice(id: "42") { number } }',
      'mutation { finalizeInvoice(input: { id: "INV-1" }) { userErrors { code } } }',
    ]) {
      const { body } = await server.request(query, { cookie: adminCookie });
      expect(codesOf(body), query).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('reports every fixable problem as userErrors and stores nothing', async () => {
    const before = await countUsers(database.db);
    const { body } = await server.request<{
      createUser: { user: null; userErrors: { code: string; field: string[] }[] };
    }>(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { code field message } } }',
      {
        cookie: adminCookie,
        variables: { input: { email: 'not-an-email', name: ' ', role: 'VIEWER', password: 'short' } },
      },
    );
    expect(body.data?.createUser.user).toBeNull();
    expect(body.data?.createUser.userErrors.map((e) => `${e.code}:${e.field.join('.')}`).sort()).toEqual([
      'INVALID:input.email',
      'INVALID:input.password',
      'REQUIRED:input.name',
    ]);
    expect(await countUsers(database.db)).toBe(before);
  });

  it('keeps introspection on by default', async () => {
    const { body } = await server.request<{ __schema: { queryType: { name: string } } }>(
      '{ __schema { queryType { name } } }',
    );
    expect(body.data?.__schema.queryType.name).toBe('Query');
  });
});

describe('authentication', () => {
  it('refuses an unknown, malformed or revoked API key with 401 UNAUTHENTICATED', async () => {
    const { apiKey, secret } = await makeApiKey(database.db, { scope: 'read' });
    expect((await server.request('{ viewer { kind } }', { bearer: secret })).status).toBe(200);

    const unknown = await server.request('{ viewer { kind } }', { bearer: 'sbk_not-a-real-key' });
    expect(unknown.status).toBe(401);
    expect(codesOf(unknown.body)).toEqual(['UNAUTHENTICATED']);

    const malformed = await post(JSON.stringify({ query: '{ __typename }' }), { authorization: 'Basic abc' });
    expect(malformed.status).toBe(401);

    await revokeApiKey(system(), { id: apiKey.id });
    const revoked = await server.request('{ viewer { kind } }', { bearer: secret });
    expect(revoked.status).toBe(401);
    expect(codesOf(revoked.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('treats a revoked session, a deactivated user and an expired token as signed out', async () => {
    const { user } = await makeUser(database.db, { role: 'billing' });
    const { cookie, sessionId } = await sessionCookieFor(database.db, user);
    const viewerQuery = '{ viewer { user { email } } organization { name } }';
    expect((await server.request(viewerQuery, { cookie })).body.errors).toBeUndefined();

    await revokeUserSessions(system(), { userId: user.id, sessionId });
    const afterRevoke = await server.request(viewerQuery, { cookie });
    expect(afterRevoke.body.data?.viewer).toBeNull();
    expect(codesOf(afterRevoke.body)).toEqual(['UNAUTHENTICATED']);

    const second = await sessionCookieFor(database.db, user);
    await updateUser(system(), { id: user.id, isActive: false });
    expect(codesOf((await server.request(viewerQuery, { cookie: second.cookie })).body)).toEqual([
      'UNAUTHENTICATED',
    ]);

    await updateUser(system(), { id: user.id, isActive: true });
    const third = await sessionCookieFor(database.db, user);
    const expiredToken = await encodeSessionToken(
      { userId: user.id, sessionId: third.sessionId, email: user.email },
      TEST_SESSION_SECRET,
      -60,
    );
    const expired = await server.request(viewerQuery, { cookie: `next-auth.session-token=${expiredToken}` });
    expect(codesOf(expired.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('ignores a token signed with another secret', async () => {
    const { user } = await makeUser(database.db, { role: 'admin' });
    const { sessionId } = await sessionCookieFor(database.db, user);
    const forged = await encodeSessionToken(
      { userId: user.id, sessionId, email: user.email },
      'x'.repeat(40),
      3600,
    );
    const { body } = await server.request('{ viewer { kind } }', {
      cookie: `next-auth.session-token=${forged}`,
    });
    expect(body.data?.viewer).toBeNull();
  });
});

describe('audit log', () => {
  it('records every mutation with who, what, the redacted input and how it ended', async () => {
    const { user: viewer } = await makeUser(database.db, { role: 'viewer' });
    const viewerCookie = (await sessionCookieFor(database.db, viewer)).cookie;
    const create = 'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }';
    const input = {
      email: 'audited@example.test',
      name: 'Audited',
      role: 'VIEWER',
      password: 'correct horse battery',
    };

    await server.request(create, { cookie: adminCookie, variables: { input } });
    await server.request(create, { cookie: adminCookie, variables: { input } }); // email now taken
    await server.request(create, { cookie: viewerCookie, variables: { input } }); // forbidden

    const { body } = await server.request<{
      auditEntries: {
        edges: {
          node: {
            operation: string;
            actorLabel: string;
            result: string;
            errorCode: string | null;
            inputSummary: string;
          };
        }[];
      };
    }>(
      '{ auditEntries(first: 3, filter: { operation: "createUser" }) { edges { node { operation actorLabel result errorCode inputSummary } } } }',
      {
        cookie: adminCookie,
      },
    );
    const entries = body.data?.auditEntries.edges.map((edge) => edge.node) ?? [];
    expect(entries.map((entry) => [entry.actorLabel, entry.result, entry.errorCode])).toEqual([
      [viewer.email, 'ERROR', 'FORBIDDEN'],
      [expect.stringContaining('@example.test'), 'REJECTED', null],
      [expect.stringContaining('@example.test'), 'OK', null],
    ]);
    for (const entry of entries) {
      const summary = JSON.parse(entry.inputSummary);
      expect(summary.input.email).toBe('audited@example.test');
      expect(summary.input.password).toBe('[redacted]');
    }
  });
});
