import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAccountsByExternalIds } from '../db/queries/accounts';
import { accountContacts, accounts, campaignDeliveries, notices } from '../db/schema';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import { sendDueCampaignEmails } from '../lib/comms/deliver-campaign-emails';
import { unsubscribeLink } from '../lib/comms/recipient-values';
import { unsubscribe } from '../lib/comms/unsubscribe';
import { createMailer } from '../lib/email/mailer';
import {
  closeSmtpServers,
  startSmtpServer,
  type TestSmtpServer,
} from '../lib/email/testing/smtp-test-server';
import { resetEnvCache } from '../lib/env';
import { smallExportFiles } from '../lib/migration/testing/small-export';
import { makeUser } from '../seed/factories';
import { type GraphQLTestServer, startGraphQLTestServer } from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

/**
 * Customer communications end to end over a real SMTP conversation: a template with
 * variables, an audience from a cutover wave, approval by someone other than the author,
 * a test send, then the send: exactly one email per contact, a bounce recorded, portal
 * notices posted, unsubscribes honoured for non-critical mail and not for critical mail.
 */
let database: TestDatabase;
let server: GraphQLTestServer;
let smtp: TestSmtpServer;
const cookies = { admin: '', pm: '', pm2: '', billing: '', viewer: '' };
const PILOT = ['L000001', 'L000002', 'L000003'];

beforeAll(async () => {
  smtp = await startSmtpServer({ refuseRecipient: (address) => address.address.startsWith('bounce') });
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = 'Northwind Billing <billing@northwind.example>';
  resetEnvCache();
  database = await createTestDatabase();
  server = await startGraphQLTestServer(database.db);
  const roles = {
    admin: 'admin',
    pm: 'program',
    pm2: 'program',
    billing: 'billing',
    viewer: 'viewer',
  } as const;
  for (const [who, role] of Object.entries(roles) as [
    keyof typeof roles,
    (typeof roles)[keyof typeof roles],
  ][]) {
    const { user } = await makeUser(database.db, { role });
    cookies[who] = (await sessionCookieFor(database.db, user)).cookie;
  }
}, 180_000);

afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  resetEnvCache();
  await server?.close();
  await database?.destroy();
  await closeSmtpServers();
});

type Errors = { code: string; field?: string[]; message?: string }[];

async function as<T = Record<string, unknown>>(who: keyof typeof cookies, query: string, variables?: object) {
  const { body } = await server.request<T>(query, { cookie: cookies[who], variables: variables as never });
  if (body.errors) throw new Error(`${who}: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

async function errorCodes(who: keyof typeof cookies, query: string, variables?: object) {
  const { body } = await server.request(query, { cookie: cookies[who], variables: variables as never });
  return (body.errors ?? []).map((error) => error.extensions?.code);
}

const APPROVE = `mutation($input: CampaignInput!) { approveCampaign(input: $input) {
  campaign { id status } userErrors { code message } } }`;
const TEST_SEND = `mutation($input: TestSendCampaignInput!) { testSendCampaign(input: $input) {
  campaign { id testSentTo } userErrors { code message } } }`;
const SEND = `mutation($input: SendCampaignInput!) { sendCampaign(input: $input) {
  campaign { id status } userErrors { code message } } }`;
type DeliveryPage = {
  campaign: {
    deliveries: {
      totalCount: number;
      edges: { node: { id: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
};

type CampaignPayload<K extends string> = Record<
  K,
  { campaign: { id: string; status: string; testSentTo?: string } | null; userErrors: Errors }
>;

describe('customer communications over GraphQL and SMTP', () => {
  let waveId = '';
  let importId = '';
  let versionId = '';
  let audienceId = '';
  let campaignId = '';
  const mailer = () => createMailer({ smtpUrl: smtp.url, from: 'billing@northwind.example' });

  it('gets a wave of accounts with contacts ready', async () => {
    const imported = await as<{ importLegacyExport: { import: { id: string } } }>(
      'billing',
      'mutation($input: ImportLegacyExportInput!) { importLegacyExport(input: $input) { import { id } } }',
      { input: { files: smallExportFiles(50) } },
    );
    importId = imported.importLegacyExport.import.id;
    const pilot = await getAccountsByExternalIds(database.db, PILOT);
    const wave = await as<{ createCutoverWave: { wave: { id: string } } }>(
      'billing',
      'mutation($input: CreateCutoverWaveInput!) { createCutoverWave(input: $input) { wave { id } } }',
      {
        input: {
          importId: imported.importLegacyExport.import.id,
          name: 'Pilot',
          accountIds: pilot.map((a) => a.id),
        },
      },
    );
    waveId = wave.createCutoverWave.wave.id;
    // Contacts: the billing address again (counted once), a second person, and one that bounces.
    const [first, second, third] = pilot.sort((a, b) => a.externalId.localeCompare(b.externalId));
    await database.db
      .update(accounts)
      .set({ billingEmail: 'ap@one.example', timeZone: 'America/Chicago' })
      .where(eq(accounts.id, first?.id ?? ''));
    await database.db
      .update(accounts)
      .set({ billingEmail: 'ap@two.example' })
      .where(eq(accounts.id, second?.id ?? ''));
    await database.db
      .update(accounts)
      .set({ billingEmail: null })
      .where(eq(accounts.id, third?.id ?? ''));
    await database.db.insert(accountContacts).values([
      { accountId: first?.id ?? '', email: 'AP@one.example', name: 'Accounts payable' },
      { accountId: first?.id ?? '', email: 'owner@one.example', name: 'Owner' },
      { accountId: second?.id ?? '', email: 'bounce@two.example', name: 'Gone' },
      { accountId: third?.id ?? '', email: 'office@three.example', name: 'Office' },
    ]);
  });

  it('writes a template, refusing unknown variables, and previews it per recipient', async () => {
    const refused = await as<{ createMessageTemplate: { userErrors: Errors } }>(
      'pm',
      `mutation($input: CreateMessageTemplateInput!) { createMessageTemplate(input: $input) { userErrors { code field message } } }`,
      { input: { name: 'Cutover notice', subject: 'Hi {{firstName}}', body: 'x' } },
    );
    expect(refused.createMessageTemplate.userErrors[0]).toMatchObject({
      code: 'INVALID',
      field: ['input', 'subject'],
      message: 'Unknown variable {{firstName}}.',
    });
    const created = await as<{
      createMessageTemplate: { template: { id: string; latest: { id: string; version: number } } };
    }>(
      'pm',
      `mutation($input: CreateMessageTemplateInput!) { createMessageTemplate(input: $input) { template { id latest { id version } } } }`,
      {
        input: {
          name: 'Cutover notice',
          subject: 'Your billing moves to our new system',
          body: 'Dear {{accountName}},\nfrom {{cutoverDate}} your invoices come from our new system; the first on {{firstInvoiceDate}}.\nSee {{portalLink}} or ask {{supportContact}}.',
        },
      },
    );
    const revised = await as<{
      reviseMessageTemplate: { template: { latest: { id: string; version: number } } };
    }>(
      'pm',
      `mutation($input: ReviseMessageTemplateInput!) { reviseMessageTemplate(input: $input) { template { latest { id version } } } }`,
      {
        input: {
          templateId: created.createMessageTemplate.template.id,
          subject: 'Your billing moves on {{cutoverDate}}',
          body: 'Dear {{accountName}},\nfrom {{cutoverDate}} your invoices come from our new system; the first on {{firstInvoiceDate}}.\nSee {{portalLink}} or ask {{supportContact}}.',
        },
      },
    );
    expect(revised.reviseMessageTemplate.template.latest.version).toBe(2);
    versionId = revised.reviseMessageTemplate.template.latest.id;

    // The wave is planned for 1 January.
    await database.db.execute(`update cutover_waves set planned_date = '2027-01-01' where id = '${waveId}'`);
    const audience = await as<{ createAudience: { audience: { id: string; size: number } } }>(
      'pm',
      'mutation($input: CreateAudienceInput!) { createAudience(input: $input) { audience { id size } } }',
      { input: { name: 'Pilot wave', waveId } },
    );
    expect(audience.createAudience.audience.size).toBe(3);
    audienceId = audience.createAudience.audience.id;

    const campaign = await as<{
      createCampaign: {
        campaign: {
          id: string;
          status: string;
          approvalsRequired: number;
          preview: { subject: string; body: string }[];
        };
      };
    }>(
      'pm',
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) {
        campaign { id status approvalsRequired preview(first: 1) { subject body } } } }`,
      {
        input: {
          name: 'Pilot cutover notice',
          templateVersionId: versionId,
          audienceId,
          channels: ['EMAIL', 'PORTAL'],
        },
      },
    );
    campaignId = campaign.createCampaign.campaign.id;
    expect(campaign.createCampaign.campaign).toMatchObject({ status: 'DRAFT', approvalsRequired: 1 });
    const [preview] = campaign.createCampaign.campaign.preview;
    expect(preview?.subject).toBe('Your billing moves on 2027-01-01');
    expect(preview?.body).toContain('the first on 2027-02-01');
    expect(preview?.body).toContain('/portal or ask Northwind Billing <billing@northwind.example>');
    expect(preview?.body).toMatch(/Unsubscribe: http.*\/api\/comms\/unsubscribe\?email=/);
    // the token lets its holder unsubscribe the address: only the email itself carries it
    expect(preview?.body).toMatch(/token=hidden$/m);
  });

  it('is sent only once approved by someone else and test-sent', async () => {
    const early = await as<CampaignPayload<'sendCampaign'>>('pm', SEND, { input: { campaignId } });
    expect(early.sendCampaign.userErrors[0]?.message).toMatch(/needs approval/);
    const own = await as<CampaignPayload<'approveCampaign'>>('pm', APPROVE, { input: { campaignId } });
    expect(own.approveCampaign.userErrors[0]?.message).toMatch(/other than its author/);
    expect(await errorCodes('billing', APPROVE, { input: { campaignId } })).toEqual(['FORBIDDEN']);
    expect(await errorCodes('viewer', APPROVE, { input: { campaignId } })).toEqual(['FORBIDDEN']);

    const approved = await as<CampaignPayload<'approveCampaign'>>('pm2', APPROVE, { input: { campaignId } });
    expect(approved.approveCampaign.campaign?.status).toBe('APPROVED');
    const untested = await as<CampaignPayload<'sendCampaign'>>('pm', SEND, { input: { campaignId } });
    expect(untested.sendCampaign.userErrors[0]?.message).toMatch(/test first/);

    const test = await as<CampaignPayload<'testSendCampaign'>>('pm', TEST_SEND, {
      input: { campaignId, to: 'pm@northwind.example' },
    });
    expect(test.testSendCampaign.userErrors).toEqual([]);
    expect(smtp.received.map((mail) => mail.envelope.to)).toEqual([['pm@northwind.example']]);
    expect(smtp.received[0]?.parsed.subject).toBe('[Test] Your billing moves on 2027-01-01');
  });

  it('sends exactly one email per contact, records the bounce, and posts portal notices', async () => {
    const sent = await as<CampaignPayload<'sendCampaign'>>('pm', SEND, { input: { campaignId } });
    expect(sent.sendCampaign.campaign?.status).toBe('SENDING');
    const again = await as<CampaignPayload<'sendCampaign'>>('pm', SEND, { input: { campaignId } });
    expect(again.sendCampaign.userErrors[0]?.message).toMatch(/sent already/);

    const tally = await sendDueCampaignEmails(database.db, mailer());
    expect(tally).toMatchObject({ sent: 4, bounced: 1, failed: 0 });
    // A second sender finds nothing left: nobody gets a message twice.
    expect(await sendDueCampaignEmails(database.db, mailer())).toMatchObject({ sent: 0, bounced: 0 });
    const recipients = smtp.received
      .slice(1)
      .flatMap((mail) => mail.envelope.to)
      .sort();
    expect(recipients).toEqual([
      'ap@one.example',
      'ap@two.example',
      'office@three.example',
      'owner@one.example',
    ]);
    const toOwner = smtp.received.find((mail) => mail.envelope.to.includes('owner@one.example'));
    expect(toOwner?.parsed.text).toContain('Dear ');
    expect(toOwner?.parsed.messageId).toMatch(/^<campaign-[0-9a-f-]{36}@northwind\.example>$/);

    const { campaign } = await as<{
      campaign: {
        status: string;
        deliveryCounts: { channel: string; status: string; count: number }[];
        deliveries: {
          totalCount: number;
          edges: { node: { recipient: string; status: string; error: string | null } }[];
        };
      };
    }>(
      'viewer',
      `query($id: ID!) { campaign(id: $id) { status deliveryCounts { channel status count }
        deliveries(status: BOUNCED) { totalCount edges { node { recipient status error } } } } }`,
      { id: campaignId },
    );
    expect(campaign.status).toBe('SENT');
    expect(campaign.deliveryCounts).toHaveLength(3);
    expect(campaign.deliveryCounts).toEqual(
      expect.arrayContaining([
        { channel: 'EMAIL', status: 'SENT', count: 4 },
        { channel: 'EMAIL', status: 'BOUNCED', count: 1 },
        { channel: 'PORTAL', status: 'DELIVERED', count: 3 },
      ]),
    );
    expect(campaign.deliveries.totalCount).toBe(1);
    expect(campaign.deliveries.edges.map((edge) => edge.node)).toEqual([
      { recipient: 'bounce@two.example', status: 'BOUNCED', error: expect.stringMatching(/550|unavailable/) },
    ]);
    const posted = await database.db.select().from(notices).where(eq(notices.campaignId, campaignId));
    expect(posted).toHaveLength(3);

    // the mail carries a working unsubscribe link; the message as shown, even to an admin, does not
    const token = new URL(unsubscribeLink('owner@one.example')).searchParams.get('token') ?? '';
    expect(toOwner?.parsed.text).toContain(token);
    const shown = await as<{
      campaign: { deliveries: { edges: { node: { recipient: string; body: string | null } }[] } };
    }>(
      'admin',
      'query($id: ID!) { campaign(id: $id) { deliveries(status: SENT) { edges { node { recipient body } } } } }',
      { id: campaignId },
    );
    const toOwnerShown = shown.campaign.deliveries.edges
      .map((edge) => edge.node)
      .find((d) => d.recipient === 'owner@one.example');
    expect(toOwnerShown?.body).toMatch(/\/api\/comms\/unsubscribe\?email=owner%40one\.example&token=hidden/);
    expect(
      shown.campaign.deliveries.edges
        .map((edge) => edge.node)
        .every((d) => !d.body?.includes('token=') || d.body.includes('token=hidden')),
    ).toBe(true);
  });

  it('honours an unsubscribe for non-critical mail; critical mail goes anyway and says why', async () => {
    const link = new URL(unsubscribeLink('owner@one.example'));
    expect(await unsubscribe(database.db, 'owner@one.example', 'forged')).toBe(false);
    expect(await unsubscribe(database.db, 'owner@one.example', link.searchParams.get('token') ?? '')).toBe(
      true,
    );

    const make = async (name: string, critical: boolean) => {
      const created = await as<{ createCampaign: { campaign: { id: string } } }>(
        'pm',
        'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } } }',
        {
          input: {
            name,
            templateVersionId: versionId,
            audienceId,
            channels: ['EMAIL'],
            critical,
            criticalReason: critical ? 'it changes where you pay your invoices' : null,
          },
        },
      );
      const id = created.createCampaign.campaign.id;
      await as('pm2', APPROVE, { input: { campaignId: id } });
      await as('pm', TEST_SEND, { input: { campaignId: id, to: 'pm@northwind.example' } });
      await as('pm', SEND, { input: { campaignId: id } });
      return id;
    };
    const reminder = await make('Reminder', false);
    const bankChange = await make('New bank details', true);
    await sendDueCampaignEmails(database.db, mailer());

    const ownerStatuses = await database.db
      .select({ campaignId: campaignDeliveries.campaignId, status: campaignDeliveries.status })
      .from(campaignDeliveries)
      .where(eq(campaignDeliveries.recipient, 'owner@one.example'));
    expect(ownerStatuses.find((row) => row.campaignId === reminder)?.status).toBe('suppressed');
    expect(ownerStatuses.find((row) => row.campaignId === bankChange)?.status).toBe('sent');
    const critical = smtp.received.filter(
      (mail) =>
        mail.envelope.to.includes('owner@one.example') &&
        mail.parsed.text?.includes('even if you unsubscribed'),
    );
    expect(critical).toHaveLength(1);
    expect(critical[0]?.parsed.text).toContain('it changes where you pay your invoices');
  });

  it('waits for recipients without a cutover date, shows them, and leaves them out only when told', async () => {
    const audience = await as<{ createAudience: { audience: { id: string; size: number } } }>(
      'pm',
      'mutation($input: CreateAudienceInput!) { createAudience(input: $input) { audience { id size } } }',
      { input: { name: 'Every active account', filter: { status: 'ACTIVE' } } },
    );
    const { id: everyoneId, size } = audience.createAudience.audience;
    const created = await as<{
      createCampaign: {
        campaign: {
          id: string;
          preview: { account: { name: string }; subject: string; missingVariables: string[] }[];
          accountsMissingValues: {
            accountCount: number;
            variables: string[];
            accounts: { account: { id: string }; variables: string[] }[];
          };
        };
      };
    }>(
      'pm',
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id
        preview(first: 50) { account { name } subject missingVariables }
        accountsMissingValues { accountCount variables accounts(first: 2) { account { id } variables } } } } }`,
      {
        input: {
          name: 'To everyone',
          templateVersionId: versionId,
          audienceId: everyoneId,
          channels: ['EMAIL', 'PORTAL'],
        },
      },
    );
    const { id, preview, accountsMissingValues } = created.createCampaign.campaign;
    // The three pilot accounts are in the wave; every other account has no cutover date.
    expect(accountsMissingValues).toMatchObject({
      accountCount: size - 3,
      variables: ['cutoverDate', 'firstInvoiceDate'],
    });
    expect(accountsMissingValues.accounts).toHaveLength(2);
    const lacking = preview.filter((message) => message.missingVariables.length > 0);
    expect(lacking.length).toBeGreaterThan(0);
    for (const message of lacking)
      expect(message.missingVariables).toEqual(['cutoverDate', 'firstInvoiceDate']);
    // No stand-in prose: the placeholder stays visible in the preview, and nothing is sent with it.
    for (const message of preview) expect(message.subject).not.toMatch(/to be confirmed/);
    expect(lacking[0]?.subject).toBe('Your billing moves on {{cutoverDate}}');

    await as('pm2', APPROVE, { input: { campaignId: id } });
    await as('pm', TEST_SEND, { input: { campaignId: id, to: 'pm@northwind.example' } });
    const waiting = await as<CampaignPayload<'sendCampaign'>>('pm', SEND, { input: { campaignId: id } });
    expect(waiting.sendCampaign.userErrors[0]?.code).toBe('INVALID_STATE');
    expect(waiting.sendCampaign.userErrors[0]?.message).toMatch(
      new RegExp(
        `^${size - 3} accounts have no value for \\{\\{cutoverDate\\}\\}, \\{\\{firstInvoiceDate\\}\\}`,
      ),
    );
    expect(
      await database.db.select().from(campaignDeliveries).where(eq(campaignDeliveries.campaignId, id)),
    ).toHaveLength(1); // the test

    const sent = await as<CampaignPayload<'sendCampaign'>>('pm', SEND, {
      input: { campaignId: id, excludeAccountsMissingValues: true },
    });
    expect(sent.sendCampaign.userErrors).toEqual([]);
    const deliveries = await database.db
      .select()
      .from(campaignDeliveries)
      .where(eq(campaignDeliveries.campaignId, id));
    const real = deliveries.filter((delivery) => !delivery.isTest);
    const leftOut = real.filter((delivery) => delivery.error?.startsWith('left out'));
    expect(new Set(leftOut.map((delivery) => delivery.accountId)).size).toBe(size - 3);
    expect(leftOut.every((delivery) => delivery.status === 'suppressed')).toBe(true);
    expect(leftOut[0]?.error).toBe('left out: no value for {{cutoverDate}}, {{firstInvoiceDate}}');
    expect(
      real.filter((delivery) => delivery.status !== 'suppressed').every((d) => !d.body?.includes('{{')),
    ).toBe(true);
    const posted = await database.db.select().from(notices).where(eq(notices.campaignId, id));
    expect(posted).toHaveLength(3);
    // Its deliveries, more than a page, are read a page at a time, each once.
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const answer: DeliveryPage = await as<DeliveryPage>(
        'viewer',
        'query($id: ID!, $after: String) { campaign(id: $id) { deliveries(first: 20, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }',
        { id, after },
      );
      const paged = answer.campaign;
      expect(paged.deliveries.totalCount).toBe(deliveries.length);
      seen.push(...paged.deliveries.edges.map((edge) => edge.node.id));
      if (!paged.deliveries.pageInfo.hasNextPage) break;
      after = paged.deliveries.pageInfo.endCursor;
    }
    expect(deliveries.length).toBeGreaterThan(20);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(deliveries.map((delivery) => delivery.id).sort());
    // Its queued emails are withdrawn, so the tests after this one count only their own.
    await as(
      'pm',
      'mutation($input: CampaignInput!) { cancelCampaign(input: $input) { userErrors { code } } }',
      {
        input: { campaignId: id },
      },
    );
  });

  it("is the migration program's evidence that customer communications are ready", async () => {
    const created = await as<{ createProgram: { program: { id: string } } }>(
      'pm',
      'mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } } }',
      {
        input: { name: 'Pilot comms', importId, startsOn: '2026-11-01', goLiveOn: '2027-01-01' },
      },
    );
    const ready = async () =>
      (
        await as<{
          program: {
            milestones: {
              standardKey: string | null;
              status: string;
              checkState: string;
              checkDetail: string;
            }[];
          };
        }>('viewer', '{ program { milestones { standardKey status checkState checkDetail } } }')
      ).program.milestones.find((milestone) => milestone.standardKey === 'communications_ready');
    expect(await ready()).toMatchObject({
      checkState: 'PASSING',
      status: 'DONE',
      checkDetail: 'All 3 campaigns approved and test-sent.',
    });

    await as(
      'pm',
      'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } } }',
      {
        input: {
          name: 'First invoice explainer',
          templateVersionId: versionId,
          audienceId,
          channels: ['EMAIL'],
        },
      },
    );
    // Reading never re-runs the checks: a server's job worker does within seconds of the new
    // campaign (lib/jobs/program-evidence-jobs.integ.test.ts); no worker runs here, so re-check.
    expect(await ready()).toMatchObject({ checkState: 'PASSING' });
    await as(
      'pm',
      'mutation($input: RefreshProgramEvidenceInput!) { refreshProgramEvidence(input: $input) { userErrors { code } } }',
      { input: { programId: created.createProgram.program.id } },
    );
    expect(await ready()).toMatchObject({
      checkState: 'FAILING',
      status: 'IN_PROGRESS',
      checkDetail: '3 of 4 campaigns approved and test-sent; waiting: First invoice explainer',
    });
  });

  it('withdraws the emails still waiting when a scheduled campaign is cancelled', async () => {
    const created = await as<{ createCampaign: { campaign: { id: string } } }>(
      'pm',
      'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } } }',
      {
        input: {
          name: 'Scheduled reminder',
          templateVersionId: versionId,
          audienceId,
          channels: ['EMAIL'],
          sendOn: '2099-01-04',
          sendAtLocalTime: '09:00',
        },
      },
    );
    const campaignId = created.createCampaign.campaign.id;
    await as('pm2', APPROVE, { input: { campaignId } });
    await as('pm', TEST_SEND, { input: { campaignId, to: 'pm@northwind.example' } });
    await as('pm', SEND, { input: { campaignId } });
    const received = smtp.received.length;
    expect(await sendDueCampaignEmails(database.db, mailer())).toMatchObject({ sent: 0 });

    await as(
      'pm',
      'mutation($input: CampaignInput!) { cancelCampaign(input: $input) { userErrors { code } } }',
      {
        input: { campaignId },
      },
    );
    const rows = await database.db
      .select({
        status: campaignDeliveries.status,
        error: campaignDeliveries.error,
        isTest: campaignDeliveries.isTest,
      })
      .from(campaignDeliveries)
      .where(eq(campaignDeliveries.campaignId, campaignId));
    const customers = rows.filter((row) => !row.isTest);
    expect(customers.length).toBeGreaterThan(0);
    expect(customers.every((row) => row.status === 'failed' || row.status === 'suppressed')).toBe(true);
    await database.db.execute(
      `update campaign_deliveries set send_after = now() where campaign_id = '${campaignId}'`,
    );
    expect(await sendDueCampaignEmails(database.db, mailer())).toMatchObject({ sent: 0 });
    expect(smtp.received.length).toBe(received);
  });

  it('answers bad input with typed errors', async () => {
    const bad = await as<{ createCampaign: { userErrors: Errors } }>(
      'pm',
      'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { userErrors { code field } } }',
      {
        input: {
          name: 'Bad',
          templateVersionId: versionId,
          audienceId,
          channels: ['EMAIL'],
          sendOn: '2027-01-04',
          sendAtLocalTime: '9am',
        },
      },
    );
    expect(bad.createCampaign.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'sendAtLocalTime'] }]);
    const critical = await as<{ createCampaign: { userErrors: Errors } }>(
      'pm',
      'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { userErrors { code field } } }',
      {
        input: { name: 'Bad', templateVersionId: versionId, audienceId, channels: ['EMAIL'], critical: true },
      },
    );
    expect(critical.createCampaign.userErrors).toEqual([
      { code: 'REQUIRED', field: ['input', 'criticalReason'] },
    ]);
    expect(
      await errorCodes(
        'viewer',
        'mutation($input: CreateAudienceInput!) { createAudience(input: $input) { userErrors { code } } }',
        {
          input: { name: 'x', filter: { region: 'TX' } },
        },
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('tells every console user how mail goes out, so the console warns while the sender is a placeholder', async () => {
    const data = await as<{ mailSettings: Record<string, unknown> }>(
      'viewer',
      '{ mailSettings { from replyTo isPlaceholderSender isSmtpConfigured } }',
    );
    // northwind.example is a reserved domain: no customer can get mail from it.
    expect(data.mailSettings).toEqual({
      from: 'Northwind Billing <billing@northwind.example>',
      replyTo: null,
      isPlaceholderSender: true,
      isSmtpConfigured: true,
    });
  });
});
