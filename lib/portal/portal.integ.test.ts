import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountContacts, portalSignInEmails } from '../../db/schema';
import { createTestDatabase, type TestDatabase } from '../../db/testing/test-database';
import { handleGraphQLRequest } from '../../graphql/http-handler';
import { TEST_SESSION_SECRET, toWebRequest } from '../../graphql/testing/graphql-test-server';
import { sessionCookieFor } from '../../graphql/testing/sign-in';
import {
  makeAccount,
  makeAccountContact,
  makeInvoice,
  makeOrganization,
  makeUser,
} from '../../seed/factories';
import { closeSmtpServers, startSmtpServer, type TestSmtpServer } from '../email/testing/smtp-test-server';
import { resetEnvCache } from '../env';
import { createPortalAuthOptions } from './auth/portal-auth-options';
import { runPortalAuth } from './auth/run-portal-auth';
import { MAX_SIGN_IN_EMAILS } from './auth/send-sign-in-link';
import { getPortalInvoice } from './get-portal-invoice';
import { listPortalInvoices } from './list-portal-invoices';
import { portalInvoicePdfResponse } from './portal-pdf-response';

/**
 * The customer portal's sign-in and isolation over real HTTP and a real SMTP conversation:
 * a contact asks for a link, it arrives by email, it signs them in once; with that session
 * they get their own invoices and nothing else, through the portal's URLs or the billing API.
 */
let database: TestDatabase;
let smtp: TestSmtpServer;
let server: Server;
let origin = '';
const ids = { own: '', ownDraft: '', other: '', otherContact: '' };

/** The portal's two routes and the GraphQL endpoint, as Next.js mounts them. */
async function route(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  const db = database.db;
  if (pathname.startsWith('/api/portal/auth/'))
    return runPortalAuth(
      request,
      pathname.slice('/api/portal/auth/'.length).split('/'),
      createPortalAuthOptions(async () => db, TEST_SESSION_SECRET),
    );
  const pdf = /^\/api\/portal\/invoices\/([^/]+)\/pdf$/.exec(pathname);
  if (pdf?.[1]) return portalInvoicePdfResponse(request, pdf[1], { db, sessionSecret: TEST_SESSION_SECRET });
  if (pathname === '/api/graphql')
    return handleGraphQLRequest(request, { db, sessionSecret: TEST_SESSION_SECRET, maxBodyBytes: 1 << 20 });
  return new Response('not found', { status: 404 });
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = createServer(async (req, res) => {
    try {
      const response = await route(toWebRequest(req, origin));
      const headers: Record<string, string | string[]> = Object.fromEntries(response.headers);
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) headers['set-cookie'] = cookies;
      res.writeHead(response.status, headers);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.NEXTAUTH_URL = origin;
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = 'Northwind Billing <billing@northwind.example>';
  resetEnvCache();

  database = await createTestDatabase();
  const db = database.db;
  await makeOrganization(db, { name: 'Northwind Telecom' });
  const mine = await makeAccount(db, { name: 'Alpha Dental' });
  const theirs = await makeAccount(db, { name: 'Beta Logistics' });
  await makeAccountContact(db, { accountId: mine.id, email: 'alice@alpha.example', name: 'Alice' });
  await makeAccountContact(db, { accountId: theirs.id, email: 'bob@beta.example', name: 'Bob' });
  ids.own = (await makeInvoice(db, { accountId: mine.id, issueDate: '2026-11-01' })).id;
  ids.ownDraft = (
    await makeInvoice(db, { accountId: mine.id, issueDate: '2026-12-01', status: 'draft', number: null })
  ).id;
  ids.other = (await makeInvoice(db, { accountId: theirs.id, issueDate: '2026-11-01' })).id;
}, 180_000);

afterAll(async () => {
  for (const name of ['NEXTAUTH_URL', 'SMTP_URL', 'MAIL_FROM']) delete process.env[name];
  resetEnvCache();
  await new Promise((resolve) => server?.close(resolve));
  await database?.destroy();
  await closeSmtpServers();
});

/** A browser's cookie jar, just big enough for these requests. */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(response: Response) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const index = pair.indexOf('=');
      this.cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
  }
  get header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  has(name: string) {
    return Boolean(this.cookies.get(name));
  }
}

async function get(jar: Jar, url: string) {
  const response = await fetch(new URL(url, origin), { headers: { cookie: jar.header }, redirect: 'manual' });
  jar.take(response);
  return response;
}

/** Asks for a sign-in link as the sign-in form does; answers where the browser is sent. */
async function askForLink(jar: Jar, email: string): Promise<string> {
  const { csrfToken } = (await (await get(jar, '/api/portal/auth/csrf')).json()) as { csrfToken: string };
  const response = await fetch(`${origin}/api/portal/auth/signin/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: `${origin}/portal` }),
    redirect: 'manual',
  });
  jar.take(response);
  expect(response.status).toBe(302);
  return landing(jar, response);
}

/** Where the browser ends up: next-auth sends it through its own routes (verify-request, error) to a page. */
async function landing(jar: Jar, response: Response): Promise<string> {
  let location = response.headers.get('location') ?? '';
  while (new URL(location, origin).pathname.startsWith('/api/portal/auth/'))
    location = (await get(jar, location)).headers.get('location') ?? '';
  return location;
}

function linkIn(text: string): string {
  const link = /https?:\/\/\S+\/api\/portal\/auth\/callback\/email\S+/.exec(text)?.[0];
  if (!link) throw new Error(`no sign-in link in: ${text}`);
  return link;
}

describe('signing in to the customer portal by an emailed link', () => {
  const customer = new Jar();

  it('emails a contact one link and signs them in with it, once', async () => {
    const sentBefore = smtp.received.length;
    const next = await askForLink(customer, 'Alice@Alpha.example');
    expect(new URL(next, origin).pathname).toBe('/portal/sign-in/check-email');
    expect(smtp.received).toHaveLength(sentBefore + 1);
    const mail = smtp.received.at(-1);
    expect(mail?.envelope.to).toEqual(['alice@alpha.example']);
    expect(mail?.parsed.subject).toBe("Sign in to Northwind Telecom's customer portal");
    const link = linkIn(mail?.parsed.text ?? '');
    expect(link.startsWith(`${origin}/api/portal/auth/callback/email?`)).toBe(true);

    const signedIn = await get(customer, link);
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get('location')).toBe(`${origin}/portal`);
    expect(customer.has('switchboard-portal.session-token')).toBe(true);
    const [contact] = await database.db
      .select()
      .from(accountContacts)
      .where(eq(accountContacts.email, 'alice@alpha.example'));
    expect(contact?.emailVerifiedAt).toBeInstanceOf(Date);

    // Signing in again keeps the day the address was first proved.
    await askForLink(new Jar(), 'alice@alpha.example');
    const second = await get(new Jar(), linkIn(smtp.received.at(-1)?.parsed.text ?? ''));
    expect(second.headers.get('location')).toBe(`${origin}/portal`);
    const [again] = await database.db
      .select()
      .from(accountContacts)
      .where(eq(accountContacts.email, 'alice@alpha.example'));
    expect(again?.emailVerifiedAt).toEqual(contact?.emailVerifiedAt);

    const stranger = new Jar();
    expect(await landing(stranger, await get(stranger, link))).toContain(
      '/portal/sign-in?error=Verification',
    );
    expect(stranger.has('switchboard-portal.session-token')).toBe(false);
  });

  it('answers an unknown address exactly as a known one, and emails nobody', async () => {
    const sentBefore = smtp.received.length;
    const recorded = (await database.db.select().from(portalSignInEmails)).length;
    const next = await askForLink(new Jar(), 'mallory@elsewhere.example');
    expect(new URL(next, origin).pathname).toBe('/portal/sign-in/check-email');
    expect(smtp.received).toHaveLength(sentBefore);
    expect(await database.db.select().from(portalSignInEmails)).toHaveLength(recorded);
  });

  it('sends a contact at most a handful of links in a quarter of an hour', async () => {
    const [alpha] = await database.db
      .select()
      .from(accountContacts)
      .where(eq(accountContacts.email, 'alice@alpha.example'));
    await makeAccountContact(database.db, {
      accountId: alpha?.accountId ?? '',
      email: 'carol@alpha.example',
    });
    const sentBefore = smtp.received.length;
    for (let attempt = 0; attempt < MAX_SIGN_IN_EMAILS + 2; attempt++) {
      const next = await askForLink(new Jar(), 'carol@alpha.example');
      expect(new URL(next, origin).pathname).toBe('/portal/sign-in/check-email');
    }
    expect(smtp.received.length - sentBefore).toBe(MAX_SIGN_IN_EMAILS);
  });

  it('records that a link went out by mail without keeping the link', async () => {
    const rows = await database.db.select().from(portalSignInEmails);
    expect(rows.every((row) => row.transport === 'smtp' && row.text === null)).toBe(true);
    expect(rows.filter((row) => row.recipient === 'alice@alpha.example')).toHaveLength(2);
  });

  it('gives the signed-in contact their own invoice, and any other as not found', async () => {
    const own = await get(customer, `/api/portal/invoices/${ids.own}/pdf`);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await own.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    for (const id of [ids.other, ids.ownDraft, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const response = await get(customer, `/api/portal/invoices/${id}/pdf`);
      expect(response.status, id).toBe(404);
    }
    expect((await get(new Jar(), `/api/portal/invoices/${ids.own}/pdf`)).status).toBe(401);
  });

  it('refuses the billing API to a portal session, whatever it asks for', async () => {
    const queries = [
      `{ invoice(id: "${ids.other}") { id total } }`,
      `{ invoice(id: "${ids.own}") { id total } }`,
      '{ invoices(first: 5) { nodes { id } } }',
      '{ viewer { __typename } }',
    ];
    for (const query of queries) {
      const response = await fetch(`${origin}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: customer.header },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as {
        data?: unknown;
        errors?: { extensions?: { code?: string } }[];
      };
      expect(body.data ?? null, query).toBeNull();
      expect(body.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
  });

  it('does not take a console session for a portal one, nor the other way round', async () => {
    const { user } = await makeUser(database.db, { role: 'admin' });
    const { cookie } = await sessionCookieFor(database.db, user);
    const consoleToken = cookie.split('=')[1];
    const forged = await fetch(`${origin}/api/portal/invoices/${ids.own}/pdf`, {
      headers: { cookie: `switchboard-portal.session-token=${consoleToken}` },
    });
    expect(forged.status).toBe(401);
  });

  it("lists only the account's issued invoices, and ends access when the contact is removed", async () => {
    const [alice] = await database.db
      .select()
      .from(accountContacts)
      .where(eq(accountContacts.email, 'alice@alpha.example'));
    if (!alice) throw new Error('no contact');
    const listed = await listPortalInvoices(database.db, alice.accountId);
    expect(listed.map((row) => row.invoice.id)).toEqual([ids.own]);
    expect(listed[0]?.amountDue).toBe('100.00');
    expect(await getPortalInvoice(database.db, alice.accountId, ids.other)).toBeNull();

    await database.db.delete(accountContacts).where(eq(accountContacts.id, alice.id));
    expect((await get(customer, `/api/portal/invoices/${ids.own}/pdf`)).status).toBe(401);
  });
});

describe('without a mail server', () => {
  it('keeps the sign-in email in the outbox for admins, and its link signs the contact in', async () => {
    delete process.env.SMTP_URL;
    resetEnvCache();
    try {
      const sentBefore = smtp.received.length;
      await askForLink(new Jar(), 'bob@beta.example');
      expect(smtp.received).toHaveLength(sentBefore);

      const query = '{ portalSignInOutbox { recipient text } }';
      const ask = async (role: 'admin' | 'program') => {
        const { user } = await makeUser(database.db, { role });
        const { cookie } = await sessionCookieFor(database.db, user);
        const response = await fetch(`${origin}/api/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query }),
        });
        return (await response.json()) as {
          data?: { portalSignInOutbox: { recipient: string; text: string }[] } | null;
          errors?: { extensions?: { code?: string } }[];
        };
      };
      expect((await ask('program')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const kept = (await ask('admin')).data?.portalSignInOutbox ?? [];
      expect(kept.map((email) => email.recipient)).toEqual(['bob@beta.example']);

      const bob = new Jar();
      const signedIn = await get(bob, linkIn(kept[0]?.text ?? ''));
      expect(signedIn.headers.get('location')).toBe(`${origin}/portal`);
      expect((await get(bob, `/api/portal/invoices/${ids.other}/pdf`)).status).toBe(200);
      expect((await get(bob, `/api/portal/invoices/${ids.own}/pdf`)).status).toBe(404);
    } finally {
      process.env.SMTP_URL = smtp.url;
      resetEnvCache();
    }
  });
});
