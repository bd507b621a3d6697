import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../db/testing/test-database';
import { makeAccount, makeAccountContact, makeUser } from '../../../seed/factories';
import type { Actor } from '../../auth/actor';
import type { OperationContext } from '../../context';
import { addAccountContact } from './add-account-contact';
import { listAccountContacts } from './list-account-contacts';

/** The domain operations themselves: what GraphQL's tests cannot reach (races, the list outside a loader). */
let database: TestDatabase;
let billing: OperationContext;
let viewer: OperationContext;

const signedIn = async (db: TestDatabase['db'], role: 'billing' | 'viewer'): Promise<OperationContext> => ({
  db,
  actor: { kind: 'user', user: (await makeUser(db, { role })).user, sessionId: null } satisfies Actor,
});

beforeAll(async () => {
  database = await createTestDatabase();
  billing = await signedIn(database.db, 'billing');
  viewer = await signedIn(database.db, 'viewer');
});

afterAll(async () => {
  await database?.destroy();
});

describe('account contacts', () => {
  it('lists an account’s contacts oldest first to anyone who may read the account, null for no account', async () => {
    const account = await makeAccount(database.db);
    await makeAccountContact(database.db, {
      accountId: account.id,
      email: 'second@list.example',
      createdAt: new Date('2026-10-02T00:00:00Z'),
    });
    await makeAccountContact(database.db, {
      accountId: account.id,
      email: 'first@list.example',
      createdAt: new Date('2026-10-01T00:00:00Z'),
    });
    const contacts = await listAccountContacts(viewer, account.id);
    expect(contacts?.map((contact) => contact.email)).toEqual(['first@list.example', 'second@list.example']);
    expect(await listAccountContacts(viewer, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await listAccountContacts(viewer, 'not-a-uuid')).toBeNull();
  });

  it('lets one of two simultaneous adds of an address win; the other gets TAKEN, not an error', async () => {
    const [one, two] = await Promise.all([makeAccount(database.db), makeAccount(database.db)]);
    if (!one || !two) throw new Error('accounts not made');
    const results = await Promise.all([
      addAccountContact(billing, { accountId: one.id, email: 'race@contacts.example' }),
      addAccountContact(billing, { accountId: two.id, email: 'RACE@contacts.example' }),
    ]);
    expect(results.filter((result) => result.contact !== null)).toHaveLength(1);
    expect(results.flatMap((result) => result.userErrors.map((error) => error.code))).toEqual(['TAKEN']);
  });
});
