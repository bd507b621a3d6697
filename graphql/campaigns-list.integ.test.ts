import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listVersionsOfTemplates } from '../db/queries/comms';
import { campaignApprovals, campaignDeliveries, supportArticles } from '../db/schema';
import { QueryCounter } from '../db/testing/query-counter';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import type { Actor } from '../lib/auth/actor';
import type { UserRecord } from '../lib/auth/types';
import { createAudience } from '../lib/comms/create-audience';
import { createCampaign } from '../lib/comms/create-campaign';
import { createMessageTemplate } from '../lib/comms/create-message-template';
import type { OperationContext } from '../lib/context';
import { must } from '../lib/must';
import { makeAccount, makeUser } from '../seed/factories';
import { type GraphQLTestServer, startGraphQLTestServer } from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

/**
 * The campaigns list with each campaign's template, version, audience (and its size), approvals,
 * delivery counts and support articles costs the same number of queries for two campaigns as for six:
 * each field is batched across the list, not queried once per campaign.
 */
const counter = new QueryCounter();
let database: TestDatabase;
let server: GraphQLTestServer;
let cookie = '';
let author: OperationContext;
const approvers: UserRecord[] = [];
const accountIds: string[] = [];

const LIST = `{ campaigns {
  name
  template { name }
  templateVersion { version subject }
  audience { name size }
  approvals { approvedBy }
  deliveryCounts { channel status count }
  supportArticles { title }
} }`;

interface ListedCampaign {
  name: string;
  template: { name: string };
  templateVersion: { version: number; subject: string };
  audience: { name: string; size: number };
  approvals: { approvedBy: string }[];
  deliveryCounts: { channel: string; status: string; count: number }[];
  supportArticles: { title: string }[];
}

beforeAll(async () => {
  database = await createTestDatabase({ logger: counter });
  server = await startGraphQLTestServer(database.db);
  const { user } = await makeUser(database.db, { role: 'program' });
  const actor: Actor = { kind: 'user', user, sessionId: null };
  author = { db: database.db, actor };
  cookie = (await sessionCookieFor(database.db, user)).cookie;
  for (let i = 0; i < 2; i++) approvers.push((await makeUser(database.db, { role: 'program' })).user);
  for (let i = 0; i < 3; i++) accountIds.push((await makeAccount(database.db)).id);
}, 180_000);

afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

/** Campaign `n`: its own template, audience and articles; n approvals (at most 2) and deliveries. */
async function addCampaign(n: number): Promise<ListedCampaign> {
  const { template } = await createMessageTemplate(author, {
    name: `Template ${n}`,
    subject: `Subject ${n}`,
    body: 'Dear {{accountName}}',
  });
  const [version] = await listVersionsOfTemplates(database.db, [must(template, 'template').id]);
  const { audience } = await createAudience(author, { name: `Audience ${n}`, filter: { status: 'active' } });
  const { campaign } = await createCampaign(author, {
    name: `Campaign ${n}`,
    templateVersionId: must(version, 'template version').id,
    audienceId: must(audience, 'audience').id,
    channels: ['email', 'portal'],
  });
  const campaignId = must(campaign, 'campaign').id;
  const approvedBy = approvers.slice(0, Math.min(n, 2)).map((user) => user.email);
  for (const [i, email] of approvedBy.entries())
    await database.db.insert(campaignApprovals).values({
      campaignId,
      userId: approvers[i]?.id ?? '',
      approvedBy: email,
      at: new Date(Date.UTC(2026, 10, 1, 9, i)),
    });
  const sendAfter = new Date();
  await database.db.insert(campaignDeliveries).values([
    ...accountIds.slice(0, 1 + (n % 3)).map((accountId) => ({
      campaignId,
      accountId,
      channel: 'email' as const,
      recipient: `${accountId}@example.test`,
      status: 'sent' as const,
      sendAfter,
    })),
    {
      campaignId,
      accountId: accountIds[0] ?? '',
      channel: 'portal',
      recipient: 'portal',
      status: 'delivered',
      sendAfter,
    },
    // A test send: never counted.
    {
      campaignId,
      accountId: accountIds[0] ?? '',
      channel: 'email',
      recipient: 'pm@example.test',
      isTest: true,
      status: 'sent',
      sendAfter,
    },
  ]);
  await database.db.insert(supportArticles).values(
    [`FAQ ${n}`, `Script ${n}`].map((title, i) => ({
      kind: 'faq',
      title,
      body: 'Answer.',
      campaignId,
      createdBy: 'test',
      createdAt: new Date(Date.UTC(2026, 10, 2, 9, i)),
    })),
  );
  return {
    name: `Campaign ${n}`,
    template: { name: `Template ${n}` },
    templateVersion: { version: 1, subject: `Subject ${n}` },
    // Every audience reaches the three active accounts made first.
    audience: { name: `Audience ${n}`, size: 3 },
    approvals: approvedBy.map((email) => ({ approvedBy: email })),
    deliveryCounts: [
      { channel: 'EMAIL', status: 'SENT', count: 1 + (n % 3) },
      { channel: 'PORTAL', status: 'DELIVERED', count: 1 },
    ],
    supportArticles: [{ title: `Script ${n}` }, { title: `FAQ ${n}` }],
  };
}

/**
 * The list as the API answers it (by name: campaigns made within one millisecond tie on
 * the list's order), and the statements answering it took.
 */
async function requestList() {
  let campaigns: ListedCampaign[] = [];
  const statements = await counter.during(async () => {
    const { body } = await server.request<{ campaigns: ListedCampaign[] }>(LIST, { cookie });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    campaigns = body.data?.campaigns ?? [];
  });
  return { campaigns: campaigns.sort((a, b) => a.name.localeCompare(b.name)), statements };
}

describe('the campaigns list', () => {
  it('costs as many queries for six campaigns as for two, with every field as before', async () => {
    const expected: ListedCampaign[] = [];
    for (const n of [1, 2]) expected.push(await addCampaign(n));
    const two = await requestList();
    expect(two.campaigns).toEqual(expected);

    for (const n of [3, 4, 5, 6]) expected.push(await addCampaign(n));
    const six = await requestList();
    expect(six.campaigns).toEqual(expected);
    expect(six.statements.length, six.statements.join('\n')).toBe(two.statements.length);
    // Nothing sent twice: no query per campaign, and no query run again.
    expect(new Set(six.statements).size, six.statements.join('\n')).toBe(six.statements.length);
  });
});
