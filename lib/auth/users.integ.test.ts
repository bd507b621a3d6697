import { describe, expect, it } from 'vitest';
import { getUserSession } from '../../db/queries/user-sessions';
import { makeUser } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { createUser } from './create-user';
import { listUsers } from './list-users';
import { resolveSessionActor } from './resolve-session-actor';
import { setUserPassword } from './set-user-password';
import { signInWithIdentityProvider, signInWithPassword } from './sign-in-with-password';
import { startUserSession } from './start-user-session';
import { updateUser } from './update-user';

const database = setUpTestDatabase();
const ctx = () => database.ctx();

describe('users', () => {
  it('normalises emails and refuses a second user with the same email in any case', async () => {
    const first = await createUser(ctx(), { email: ' Casey@Example.TEST ', name: 'Casey', role: 'billing' });
    expect(first.user?.email).toBe('casey@example.test');
    const second = await createUser(ctx(), { email: 'CASEY@example.test', name: 'Casey 2', role: 'viewer' });
    expect(second.user).toBeNull();
    expect(second.userErrors.map((e) => e.code)).toEqual(['TAKEN']);
  });

  it('never lets the last active admin be demoted or deactivated', async () => {
    const db = database.db;
    const { user: admin } = await makeUser(db, { role: 'admin' });
    const admins = await listUsers(ctx(), { first: 200, filter: { role: 'admin', isActive: true } });
    for (const { node } of admins.edges) {
      if (node.id !== admin.id) await updateUser(ctx(), { id: node.id, isActive: false });
    }
    const demoted = await updateUser(ctx(), { id: admin.id, role: 'viewer' });
    expect(demoted.userErrors.map((e) => e.code)).toEqual(['INVALID_STATE']);
    const deactivated = await updateUser(ctx(), { id: admin.id, isActive: false });
    expect(deactivated.userErrors.map((e) => e.code)).toEqual(['INVALID_STATE']);

    const { user: other } = await makeUser(db, { role: 'admin' });
    expect((await updateUser(ctx(), { id: admin.id, role: 'viewer' })).user?.role).toBe('viewer');
    expect(
      (await updateUser(ctx(), { id: other.id, role: 'billing' })).userErrors.map((e) => e.code),
    ).toEqual(['INVALID_STATE']);
  });

  it('pages through users with cursors, without repeats or gaps', async () => {
    for (let i = 0; i < 7; i++) await makeUser(database.db, { role: 'program' });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await listUsers(ctx(), { first: 3, after, filter: { role: 'program' } });
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.length).toBeGreaterThanOrEqual(7);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('signing in', () => {
  it('accepts the right password only, for active users with a password', async () => {
    const { user, password } = await makeUser(database.db, { role: 'viewer' });
    const ok = await signInWithPassword(database.db, {
      email: user.email.toUpperCase(),
      password: password ?? '',
    });
    expect(ok?.user.id).toBe(user.id);
    expect(
      await signInWithPassword(database.db, { email: user.email, password: 'wrong password!!' }),
    ).toBeNull();
    expect(
      await signInWithPassword(database.db, { email: 'nobody@example.test', password: 'whatever123456' }),
    ).toBeNull();

    await setUserPassword(ctx(), { id: user.id, password: null });
    expect(await signInWithPassword(database.db, { email: user.email, password: password ?? '' })).toBeNull();
  });

  it('admits single sign-on only for known, active users', async () => {
    const { user } = await makeUser(database.db, { role: 'program', password: null });
    expect((await signInWithIdentityProvider(database.db, { email: user.email }))?.user.id).toBe(user.id);
    expect(await signInWithIdentityProvider(database.db, { email: 'stranger@example.test' })).toBeNull();
    await updateUser(ctx(), { id: user.id, isActive: false });
    expect(await signInWithIdentityProvider(database.db, { email: user.email })).toBeNull();
  });

  it('opens sessions that end after at most 12 hours', async () => {
    const { user } = await makeUser(database.db, { role: 'viewer' });
    const start = new Date('2026-11-01T08:00:00Z');
    const session = await startUserSession(database.db, { user, method: 'password', now: start });
    expect(session.expiresAt.getTime() - start.getTime()).toBeLessThanOrEqual(12 * 3600 * 1000);
    const claims = { userId: user.id, sessionId: session.id };
    expect((await resolveSessionActor(database.db, claims, new Date('2026-11-01T19:59:00Z'))).kind).toBe(
      'user',
    );
    expect((await resolveSessionActor(database.db, claims, new Date('2026-11-01T20:00:00Z'))).kind).toBe(
      'anonymous',
    );
    expect((await getUserSession(database.db, session.id))?.lastSeenAt).not.toBeNull();
  });

  it('does not accept a session id with another user id', async () => {
    const { user: a } = await makeUser(database.db);
    const { user: b } = await makeUser(database.db);
    const session = await startUserSession(database.db, { user: a, method: 'password' });
    expect((await resolveSessionActor(database.db, { userId: b.id, sessionId: session.id })).kind).toBe(
      'anonymous',
    );
  });
});
