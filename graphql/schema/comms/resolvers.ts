import { campaignStatusEnum, commsChannelEnum, commsDeliveryStatusEnum } from '../../../db/schema/comms';
import { authorize } from '../../../lib/auth/permissions';
import { findCampaignMissingValues } from '../../../lib/comms/accounts-missing-values';
import { createAudience, listAudiences } from '../../../lib/comms/audiences';
import {
  approveCampaign,
  cancelCampaign,
  createCampaign,
  getCampaign,
  listCampaigns,
} from '../../../lib/comms/campaigns';
import { listCampaignDeliveries } from '../../../lib/comms/list-campaign-deliveries';
import { previewCampaign } from '../../../lib/comms/preview-campaign';
import { withoutUnsubscribeTokens } from '../../../lib/comms/recipient-values';
import { sendCampaign, testSendCampaign } from '../../../lib/comms/send-campaign';
import {
  createSupportArticle,
  listNotices,
  listOutbox,
  listSupportArticles,
  recordDeliveryEvent,
} from '../../../lib/comms/support-and-notices';
import { templateVariables } from '../../../lib/comms/template-variables';
import {
  createMessageTemplate,
  getTemplate,
  listTemplates,
  reviseMessageTemplate,
} from '../../../lib/comms/templates';
import { mailerFromEnv } from '../../../lib/email/mailer-from-env';
import { getCutoverWave } from '../../../lib/migration/cutover/wave-queries';
import { must } from '../../../lib/must';
import { listPortalSignInOutbox } from '../../../lib/portal/portal-sign-in-outbox';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { screamingCaseEnum } from '../enum-values';

export const commsResolvers: Resolvers = {
  CommsChannel: screamingCaseEnum(commsChannelEnum.enumValues),
  CampaignStatus: screamingCaseEnum(campaignStatusEnum.enumValues),
  CommsDeliveryStatus: screamingCaseEnum(commsDeliveryStatusEnum.enumValues),
  DeliveryEvent: screamingCaseEnum(['delivered', 'bounced'] as const),

  Query: {
    templateVariables: (_parent, _args, context) => {
      authorize(context.actor, 'templateVariables');
      return Object.entries(templateVariables).map(([name, description]) => ({ name, description }));
    },
    messageTemplates: (_parent, _args, context) => {
      authorize(context.actor, 'messageTemplates');
      return listTemplates(context.db);
    },
    messageTemplate: (_parent, args, context) => {
      authorize(context.actor, 'messageTemplate');
      return getTemplate(context.db, args.id);
    },
    audiences: (_parent, _args, context) => {
      authorize(context.actor, 'audiences');
      return listAudiences(context.db);
    },
    campaigns: (_parent, _args, context) => {
      authorize(context.actor, 'campaigns');
      return listCampaigns(context.db);
    },
    campaign: (_parent, args, context) => {
      authorize(context.actor, 'campaign');
      return getCampaign(context.db, args.id);
    },
    outbox: (_parent, args, context) => {
      authorize(context.actor, 'outbox');
      return listOutbox(context.db, args.first ?? 50);
    },
    portalSignInOutbox: (_parent, args, context) =>
      listPortalSignInOutbox(context, { first: args.first ?? 20 }),
    supportArticles: (_parent, args, context) => {
      authorize(context.actor, 'supportArticles');
      return listSupportArticles(context.db, args.campaignId);
    },
    notices: (_parent, args, context) => {
      authorize(context.actor, 'notices');
      return listNotices(context.db, args.accountId);
    },
  },

  Mutation: {
    createMessageTemplate: (_parent, { input }, context) => createMessageTemplate(context, input),
    reviseMessageTemplate: (_parent, { input }, context) => reviseMessageTemplate(context, input),
    createAudience: (_parent, { input }, context) => createAudience(context, input),
    createCampaign: (_parent, { input }, context) => createCampaign(context, input),
    approveCampaign: (_parent, { input }, context) => approveCampaign(context, input),
    testSendCampaign: async (_parent, { input }, context) => {
      const { campaign, userErrors } = await testSendCampaign(context, input, mailerFromEnv());
      return { campaign, userErrors };
    },
    sendCampaign: (_parent, { input }, context) => sendCampaign(context, input),
    cancelCampaign: (_parent, { input }, context) => cancelCampaign(context, input),
    createSupportArticle: (_parent, { input }, context) => createSupportArticle(context, input),
    recordDeliveryEvent: (_parent, { input }, context) => recordDeliveryEvent(context, input),
  },

  MessageTemplate: {
    versions: (template, _args, { loaders }) => loaders.versionsByTemplateId.load(template.id),
    latest: async (template, _args, { loaders }) =>
      must((await loaders.versionsByTemplateId.load(template.id))[0], 'template version'),
  },

  Audience: {
    wave: (audience, _args, context) => (audience.waveId ? getCutoverWave(context, audience.waveId) : null),
    filter: (audience) => (audience.filter as never) ?? null,
    size: (audience, _args, { loaders }) => loaders.audienceSize.load(audience),
    accounts: async (audience, args, { loaders }) => {
      const first = Math.max(0, Math.min(args.first ?? 20, 200));
      const ids = await loaders.firstAudienceAccountIds.load({ audience, first });
      const rows = await Promise.all(ids.map((id) => loaders.accountById.load(id)));
      return rows.filter((row) => row !== null);
    },
  },

  AudienceFilter: {
    product: (filter, _args, { loaders }) =>
      filter.productId ? loaders.productById.load(filter.productId) : null,
    status: (filter) => (filter.status as never) ?? null,
  },

  // Batched across a list of campaigns: one query per field per request, not per campaign.
  Campaign: {
    template: async (campaign, _args, { loaders }) => {
      const version = must(
        await loaders.templateVersionById.load(campaign.templateVersionId),
        'template version',
      );
      return must(await loaders.templateById.load(version.templateId), 'template');
    },
    templateVersion: async (campaign, _args, { loaders }) =>
      must(await loaders.templateVersionById.load(campaign.templateVersionId), 'template version'),
    audience: async (campaign, _args, { loaders }) =>
      must(await loaders.audienceById.load(campaign.audienceId), 'audience'),
    approvals: (campaign, _args, { loaders }) => loaders.approvalsByCampaignId.load(campaign.id),
    preview: (campaign, args, context) => previewCampaign(context.db, campaign, args.first ?? 3),
    accountsMissingValues: (campaign, _args, context) => findCampaignMissingValues(context.db, campaign),
    deliveryCounts: async (campaign, _args, { loaders }) =>
      (await loaders.deliveryCountsByCampaignId.load(campaign.id)).map((row) => ({
        channel: row.channel as never,
        status: row.status as never,
        count: row.count,
      })),
    deliveries: (campaign, args, context) => listCampaignDeliveries(context, campaign.id, args),
    supportArticles: (campaign, _args, { loaders }) => loaders.supportArticlesByCampaignId.load(campaign.id),
  },

  CampaignMissingValues: {
    accountCount: (missing) => missing.accounts.length,
    accounts: (missing, args) => missing.accounts.slice(0, Math.max(0, Math.min(args.first ?? 10, 200))),
  },

  AccountMissingValues: {
    account: async (entry, _args, { loaders }) =>
      must(await loaders.accountById.load(entry.account.id), 'account'),
  },

  RenderedMessage: {
    account: async (message, _args, { loaders }) =>
      must(await loaders.accountById.load(message.accountId), 'account'),
  },

  CampaignDelivery: {
    body: (delivery) => (delivery.body === null ? null : withoutUnsubscribeTokens(delivery.body)),
    account: async (delivery, _args, { loaders }) =>
      must(await loaders.accountById.load(delivery.accountId), 'account'),
  },

  PortalSignInEmail: {
    text: (email) => email.text ?? '',
  },

  SupportArticle: {
    campaign: (article, _args, { loaders }) =>
      article.campaignId ? loaders.campaignById.load(article.campaignId) : null,
  },
};
