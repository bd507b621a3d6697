import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountRow, auditEntries } from '../db/schema';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import { makeAccount, makeAccountContact, makeUser } from '../seed/factories';
import { type GraphQLTestServer, startGraphQLTestServer } from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

/** Portal contacts over the wire: adding, listing on the account, the refusals, removing. */
let database: TestDatabase;
let server: GraphQLTestServer;
let billing: string;
let viewer: string;
let account: AccountRow;
let other: AccountRow;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startGraphQLTestServer(database.db);
  billing = (await sessionCookieFor(database.db, (await makeUser(database.db, { role: 'billing' })).user))
    .cookie;
  viewer = (await sessionCookieFor(database.db, (await makeUser(database.db, { role: 'viewer' })).user))
    .cookie;
  account = await makeAccount(database.db, { externalId: 'CONTACTS-1', name: 'Contacts Dental' });
  other = await makeAccount(database.db, { externalId: 'CONTACTS-2', name: 'Other Clinic' });
});

afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

const ADD = `mutation($input: AddAccountContactInput!) {
  addAccountContact(input: $input) { contact { id email name verifiedAt createdAt } userErrors { code field message } }
}`;
const REMOVE = `mutation($input: RemoveAccountContactInput!) {
  removeAccountContact(input: $input) { contact { id email } userErrors { code field message } }
}`;
const CONTACTS = `query($id: ID!) { account(id: $id) { contacts { id email name verifiedAt } } }`;

interface AddData {
  addAccountContact: {
    contact: { id: string; email: string; name: string; verifiedAt: string | null; createdAt: string } | null;
    userErrors: { code: string; field: string[] | null; message: string }[];
  };
}

const add = (input: Record<string, unknown>, cookie = billing) =>
  server.request<AddData>(ADD, { cookie, variables: { input } });
const contactsOf = async (id: string) =>
  (
    await server.request<{
      account: { contacts: { email: string; name: string; verifiedAt: string | null }[] };
    }>(CONTACTS, { cookie: viewer, variables: { id } })
  ).body.data?.account.contacts;

describe('account contacts over GraphQL', () => {
  it('adds a contact with its email trimmed and lower-cased, lists it on the account, and audits it', async () => {
    const { body } = await add({
      accountId: account.id,
      email: '  Dana.Reyes@Contacts-Dental.Example ',
      name: ' Dana Reyes ',
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.addAccountContact.userErrors).toEqual([]);
    expect(body.data?.addAccountContact.contact).toMatchObject({
      email: 'dana.reyes@contacts-dental.example',
      name: 'Dana Reyes',
      verifiedAt: null,
    });
    expect(await contactsOf(account.id)).toEqual([
      expect.objectContaining({
        email: 'dana.reyes@contacts-dental.example',
        name: 'Dana Reyes',
        verifiedAt: null,
      }),
    ]);
    const audited = await database.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.operation, 'addAccountContact'));
    expect(audited.map((entry) => entry.result)).toContain('ok');
  });

  it('refuses an email that is already a contact, of this account or another, whatever its case', async () => {
    const again = await add({ accountId: account.id, email: 'DANA.REYES@contacts-dental.example' });
    expect(again.body.data?.addAccountContact).toEqual({
      contact: null,
      userErrors: [
        {
          code: 'TAKEN',
          field: ['input', 'email'],
          message: 'dana.reyes@contacts-dental.example is already a contact of this account.',
        },
      ],
    });
    const elsewhere = await add({ accountId: other.id, email: 'Dana.Reyes@contacts-dental.example' });
    expect(elsewhere.body.data?.addAccountContact.userErrors).toEqual([
      expect.objectContaining({ code: 'TAKEN', field: ['input', 'email'] }),
    ]);
    expect(elsewhere.body.data?.addAccountContact.userErrors[0]?.message).toContain(
      'Contacts Dental (CONTACTS-1)',
    );
    expect(await contactsOf(other.id)).toEqual([]);
  });

  it('refuses an invalid email, a name too long and an unknown account, saving nothing', async () => {
    const invalid = await add({ accountId: other.id, email: 'not-an-address', name: 'x'.repeat(201) });
    expect(invalid.body.data?.addAccountContact.contact).toBeNull();
    expect(invalid.body.data?.addAccountContact.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID', ['input', 'email']],
      ['INVALID', ['input', 'name']],
    ]);
    const blank = await add({ accountId: other.id, email: '   ' });
    expect(blank.body.data?.addAccountContact.userErrors.map((e) => e.code)).toEqual(['REQUIRED']);
    const unknown = await add({ accountId: '00000000-0000-4000-8000-000000000000', email: 'a@b.example' });
    expect(unknown.body.data?.addAccountContact.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'accountId'], message: 'No such account.' },
    ]);
    expect(await contactsOf(other.id)).toEqual([]);
  });

  it('does not let a viewer add a contact', async () => {
    const { body } = await add({ accountId: other.id, email: 'viewer-try@other.example' }, viewer);
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(body.data?.addAccountContact ?? null).toBeNull();
    expect(await contactsOf(other.id)).toEqual([]);
  });

  it('lists each account its own contacts, with when they first signed in', async () => {
    await makeAccountContact(database.db, {
      accountId: other.id,
      email: 'ap@other-clinic.example',
      name: 'Accounts payable',
      verifiedAt: new Date('2026-11-03T09:15:00Z'),
    });
    const { body } = await server.request<{
      accounts: {
        edges: { node: { externalId: string; contacts: { email: string; verifiedAt: string | null }[] } }[];
      };
    }>(
      '{ accounts(first: 10, search: "CONTACTS-") { edges { node { externalId contacts { email verifiedAt } } } } }',
      {
        cookie: viewer,
      },
    );
    const byAccount = Object.fromEntries(
      (body.data?.accounts.edges ?? []).map(({ node }) => [node.externalId, node.contacts]),
    );
    expect(byAccount).toEqual({
      'CONTACTS-1': [{ email: 'dana.reyes@contacts-dental.example', verifiedAt: null }],
      'CONTACTS-2': [{ email: 'ap@other-clinic.example', verifiedAt: '2026-11-03T09:15:00.000Z' }],
    });
  });

  it('removes a contact, and answers NOT_FOUND for one that is gone', async () => {
    const [contact] =
      (
        await server.request<{ account: { contacts: { id: string }[] } }>(CONTACTS, {
          cookie: billing,
          variables: { id: account.id },
        })
      ).body.data?.account.contacts ?? [];
    if (!contact) throw new Error('the account has no contact to remove');
    const removed = await server.request(REMOVE, {
      cookie: billing,
      variables: { input: { id: contact.id } },
    });
    expect(removed.body.data?.removeAccountContact).toEqual({
      contact: { id: contact.id, email: 'dana.reyes@contacts-dental.example' },
      userErrors: [],
    });
    expect(await contactsOf(account.id)).toEqual([]);

    const again = await server.request(REMOVE, { cookie: billing, variables: { input: { id: contact.id } } });
    expect(again.body.data?.removeAccountContact).toEqual({
      contact: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'No contact has this id.' }],
    });
    const forbidden = await server.request(REMOVE, {
      cookie: viewer,
      variables: { input: { id: contact.id } },
    });
    expect(forbidden.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);

    // Once removed, the address is free again.
    const readded = await add({ accountId: other.id, email: 'dana.reyes@contacts-dental.example' });
    expect(readded.body.data?.addAccountContact.userErrors).toEqual([]);
  });
});
