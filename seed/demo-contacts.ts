import { asc } from 'drizzle-orm';
import type { Db } from '../db/client';
import { accounts } from '../db/schema';
import { PILOT_ACCOUNTS } from './demo-migration';
import { makeAccountContact } from './factories';

/** "Harbor Point Realty" → "harbor-point-realty", for a made-up domain of the customer's. */
function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** When the demo's contacts were collected: the week before the pilot's cutover on 1 November. */
const COLLECTED = new Date('2026-10-26T15:00:00Z');

/**
 * The customers' portal contacts: every open account's accounts-payable mailbox, and a named
 * person at the first pilot account who has already signed in. Seeded before the demo's
 * campaigns, so the pilot's cutover notice reached them too.
 */
export async function seedDemoContacts(db: Db): Promise<void> {
  const rows = await db.select().from(accounts).orderBy(asc(accounts.externalId));
  const taken = new Set<string>();
  for (const account of rows) {
    if (account.status === 'closed') continue;
    const slug = slugify(account.name) || account.externalId.toLowerCase();
    // Contact emails are unique across accounts; two customers of one name share no mailbox.
    let domain = `${slug}.example`;
    for (let n = 2; taken.has(domain); n++) domain = `${slug}-${n}.example`;
    taken.add(domain);
    await makeAccountContact(db, {
      accountId: account.id,
      email: `ap@${domain}`,
      name: 'Accounts payable',
      createdAt: COLLECTED,
    });
    if (account.externalId === PILOT_ACCOUNTS[0])
      await makeAccountContact(db, {
        accountId: account.id,
        email: `dana.reyes@${domain}`,
        name: 'Dana Reyes',
        createdAt: new Date('2026-10-28T16:30:00Z'),
        verifiedAt: new Date('2026-11-03T15:20:00Z'),
      });
  }
}
