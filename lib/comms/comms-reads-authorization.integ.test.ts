import { beforeAll, describe, expect, it } from 'vitest';
import { listVersionsOfTemplates } from '../../db/queries/comms';
import { makeAccount, makeApiKey, makeUser } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { type Actor, anonymousActor } from '../auth/actor';
import type { OperationContext } from '../context';
import { findCampaignMissingValues } from './accounts-missing-values';
import { createAudience } from './create-audience';
import { createCampaign } from './create-campaign';
import { createMessageTemplate } from './create-message-template';
import { getCampaign } from './get-campaign';
import { getMessageTemplate } from './get-message-template';
import { listAudiences } from './list-audiences';
import { listCampaignDeliveries } from './list-campaign-deliveries';
import { listCampaigns } from './list-campaigns';
import { listMessageTemplates } from './list-message-templates';
import { listNotices } from './list-notices';
import { listOutbox } from './list-outbox';
import { listSupportArticles } from './list-support-articles';
import { listTemplateVariables } from './list-template-variables';
import { previewCampaign } from './preview-campaign';
import type { CampaignRow } from './types';

// The comms reads were once authorised by their GraphQL resolvers only; each now checks the
// actor itself, so a route handler or a script calling it cannot skip the check.

const database = setUpTestDatabase();
const fixture = { templateId: '', accountId: '', campaign: null as CampaignRow | null };

beforeAll(async () => {
  const db = database.db;
  const author: OperationContext = {
    db,
    actor: { kind: 'user', user: (await makeUser(db, { role: 'program' })).user, sessionId: null },
  };
  const account = await makeAccount(db, { taxRegion: 'READS', billingEmail: 'reads@example.test' });
  const { template } = await createMessageTemplate(author, {
    name: 'Reads',
    subject: 'Hello {{accountName}}',
    body: 'Your billing moves.',
  });
  const [version] = await listVersionsOfTemplates(db, [template?.id ?? '']);
  const { audience } = await createAudience(author, { name: 'Reads', filter: { region: 'READS' } });
  const { campaign } = await createCampaign(author, {
    name: 'Reads',
    templateVersionId: version?.id ?? '',
    audienceId: audience?.id ?? '',
    channels: ['email'],
  });
  Object.assign(fixture, { templateId: template?.id ?? '', accountId: account.id, campaign });
});

const reads: [string, (ctx: OperationContext) => Promise<unknown>][] = [
  ['templateVariables', async (ctx) => listTemplateVariables(ctx)],
  ['messageTemplates', (ctx) => listMessageTemplates(ctx)],
  ['messageTemplate', (ctx) => getMessageTemplate(ctx, fixture.templateId)],
  ['audiences', (ctx) => listAudiences(ctx)],
  ['campaigns', (ctx) => listCampaigns(ctx)],
  ['campaign', (ctx) => getCampaign(ctx, fixture.campaign?.id ?? '')],
  ['outbox', (ctx) => listOutbox(ctx, {})],
  ['supportArticles', (ctx) => listSupportArticles(ctx)],
  ['notices', (ctx) => listNotices(ctx, fixture.accountId)],
  ['Campaign.preview', (ctx) => previewCampaign(ctx, fixture.campaign as CampaignRow)],
  [
    'Campaign.accountsMissingValues',
    (ctx) => findCampaignMissingValues(ctx, fixture.campaign as CampaignRow),
  ],
  ['Campaign.deliveries', (ctx) => listCampaignDeliveries(ctx, fixture.campaign?.id ?? '', {})],
];

describe('comms reads authorise the actor themselves', () => {
  it.each(reads)('%s refuses anonymous callers and keys without the comms module', async (_name, read) => {
    const db = database.db;
    await expect(read({ db, actor: anonymousActor })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const catalogKey: Actor = {
      kind: 'api_key',
      apiKey: (await makeApiKey(db, { modules: ['catalog'] })).apiKey,
    };
    await expect(read({ db, actor: catalogKey })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it.each(reads)('%s answers a viewer and a key with the comms module', async (_name, read) => {
    const db = database.db;
    const viewer: Actor = {
      kind: 'user',
      user: (await makeUser(db, { role: 'viewer' })).user,
      sessionId: null,
    };
    await expect(read({ db, actor: viewer })).resolves.toBeDefined();
    const commsKey: Actor = {
      kind: 'api_key',
      apiKey: (await makeApiKey(db, { modules: ['comms'] })).apiKey,
    };
    await expect(read({ db, actor: commsKey })).resolves.toBeDefined();
  });
});
