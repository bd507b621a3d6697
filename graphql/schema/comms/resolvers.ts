import {
  findCampaignMissingValues,
  firstAccountsMissingValues,
} from '../../../lib/comms/accounts-missing-values';
import { approveCampaign } from '../../../lib/comms/approve-campaign';
import { audienceAccountsLimit } from '../../../lib/comms/audience-accounts';
import { cancelCampaign } from '../../../lib/comms/cancel-campaign';
import { createAudience } from '../../../lib/comms/create-audience';
import { createCampaign } from '../../../lib/comms/create-campaign';
import { createMessageTemplate } from '../../../lib/comms/create-message-template';
import { createSupportArticle } from '../../../lib/comms/create-support-article';
import { getCampaign } from '../../../lib/comms/get-campaign';
import { getMessageTemplate } from '../../../lib/comms/get-message-template';
import { listAudiences } from '../../../lib/comms/list-audiences';
import { listCampaignDeliveries } from '../../../lib/comms/list-campaign-deliveries';
import { listCampaigns } from '../../../lib/comms/list-campaigns';
import { listMessageTemplates } from '../../../lib/comms/list-message-templates';
import { listNotices } from '../../../lib/comms/list-notices';
import { listOutbox } from '../../../lib/comms/list-outbox';
import { listSupportArticles } from '../../../lib/comms/list-support-articles';
import { listTemplateVariables } from '../../../lib/comms/list-template-variables';
import { previewCampaign } from '../../../lib/comms/preview-campaign';
import { withoutUnsubscribeTokens } from '../../../lib/comms/recipient-values';
import { recordDeliveryEvent } from '../../../lib/comms/record-delivery-event';
import { reviseMessageTemplate } from '../../../lib/comms/revise-message-template';
import { sendCampaign } from '../../../lib/comms/send-campaign';
import { testSendCampaign } from '../../../lib/comms/test-send-campaign';
import {
  campaignStatuses,
  commsChannels,
  commsDeliveryStatuses,
  deliveryEvents,
} from '../../../lib/comms/types';
import { mailerFromEnv } from '../../../lib/email/mailer-from-env';
import { getCutoverWave } from '../../../lib/migration/cutover/wave-queries';
import { must } from '../../../lib/must';
import { listPortalSignInOutbox } from '../../../lib/portal/list-portal-sign-in-outbox';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { screamingCaseEnum } from '../enum-values';

export const commsResolvers: Resolvers = {
  CommsChannel: screamingCaseEnum(commsChannels),
  CampaignStatus: screamingCaseEnum(campaignStatuses),
  CommsDeliveryStatus: screamingCaseEnum(commsDeliveryStatuses),
  DeliveryEvent: screamingCaseEnum(deliveryEvents),

  Query: {
    templateVariables: (_parent, _args, context) => listTemplateVariables(context),
    messageTemplates: (_parent, _args, context) => listMessageTemplates(context),
    messageTemplate: (_parent, args, context) => getMessageTemplate(context, args.id),
    audiences: (_parent, _args, context) => listAudiences(context),
    campaigns: (_parent, _args, context) => listCampaigns(context),
    campaign: (_parent, args, context) => getCampaign(context, args.id),
    outbox: (_parent, args, context) => listOutbox(context, args),
    portalSignInOutbox: (_parent, args, context) =>
      listPortalSignInOutbox(context, { first: args.first ?? 20 }),
    supportArticles: (_parent, args, context) => listSupportArticles(context, args.campaignId),
    notices: (_parent, args, context) => listNotices(context, args.accountId),
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
      const ids = await loaders.firstAudienceAccountIds.load({
        audience,
        first: audienceAccountsLimit(args.first),
      });
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
    preview: (campaign, args, context) => previewCampaign(context, campaign, args.first),
    accountsMissingValues: (campaign, _args, context) => findCampaignMissingValues(context, campaign),
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
    accounts: (missing, args) => firstAccountsMissingValues(missing, args.first),
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
