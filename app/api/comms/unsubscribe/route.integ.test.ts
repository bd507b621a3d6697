import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { unsubscribes } from '@/db/schema';
import { listUnsubscribeHeaders, unsubscribeLink } from '@/lib/comms/recipient-values';
import { setUpTestDatabase } from '@/seed/set-up-test-database';
import { GET, POST } from './route';

const database = setUpTestDatabase();
// The route opens the server's database; here it is this file's test database.
vi.mock('@/db/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/db/client')>()),
  getDb: async () => database.db,
}));

/** What a mailbox provider sends for RFC 8058 one-click: a POST of this body to the List-Unsubscribe URL. */
function oneClick(url: string, encoding: 'urlencoded' | 'multipart' = 'urlencoded') {
  if (encoding === 'urlencoded')
    return new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
  const form = new FormData();
  form.set('List-Unsubscribe', 'One-Click');
  return new Request(url, { method: 'POST', body: form });
}

const isUnsubscribed = async (email: string) =>
  (await database.db.select().from(unsubscribes).where(eq(unsubscribes.email, email))).length === 1;

const headerUrl = (email: string) =>
  /^<([^>]+)>$/.exec(listUnsubscribeHeaders(email)['List-Unsubscribe'] ?? '')?.[1] ?? '';

describe('one-click unsubscribe (RFC 8058)', () => {
  it('unsubscribes the address of a valid List-Unsubscribe URL at once: 200, no redirect, nothing to click', async () => {
    const response = await POST(oneClick(headerUrl('Owner@Acme.example')));

    expect(response.status).toBe(200);
    expect(response.headers.get('location')).toBeNull();
    const page = await response.text();
    expect(page).toContain('Unsubscribed');
    expect(page).not.toContain('<form');
    expect(await isUnsubscribed('owner@acme.example')).toBe(true);
  });

  it('takes a multipart body too, and a second request changes nothing', async () => {
    const url = headerUrl('ap@acme.example');
    expect((await POST(oneClick(url, 'multipart'))).status).toBe(200);
    expect((await POST(oneClick(url))).status).toBe(200);
    expect(await isUnsubscribed('ap@acme.example')).toBe(true);
  });

  it('refuses a token that was not signed for the address, and unsubscribes no one', async () => {
    const forged = new URL(headerUrl('victim@acme.example'));
    forged.searchParams.set(
      'token',
      new URL(unsubscribeLink('attacker@acme.example')).searchParams.get('token') ?? '',
    );
    const missing = new URL(headerUrl('victim@acme.example'));
    missing.searchParams.delete('token');

    for (const url of [forged, missing]) {
      const response = await POST(oneClick(url.toString()));
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('not valid');
    }
    expect(await isUnsubscribed('victim@acme.example')).toBe(false);
  });

  it('only asks on GET, which mail scanners open: the address stays subscribed until the POST', async () => {
    const url = headerUrl('scanned@acme.example');

    const response = GET(new Request(url));

    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<form method="post">');
    expect(await isUnsubscribed('scanned@acme.example')).toBe(false);
    expect(GET(new Request(url.replace(/token=[^&]+/, 'token=forged'))).status).toBe(400);
  });
});
