import {
  type AudienceRow,
  type CampaignApprovalRow,
  type CampaignDeliveryRow,
  type CampaignRow,
  campaignStatusEnum,
  commsChannelEnum,
  commsDeliveryStatusEnum,
  type MessageTemplateRow,
  type NoticeRow,
  type SupportArticleRow,
  type TemplateVersionRow,
} from '../../db/schema/comms';

/** Which accounts an audience reaches: the query a saved audience's filter stands for. */
export type { AudienceSelection } from '../../db/queries/audiences';
export type {
  AudienceRow,
  CampaignApprovalRow,
  CampaignDeliveryRow,
  CampaignRow,
  MessageTemplateRow,
  NoticeRow,
  SupportArticleRow,
  TemplateVersionRow,
};
export type MessageTemplateRecord = MessageTemplateRow;
export type TemplateVersionRecord = TemplateVersionRow;
export type AudienceRecord = AudienceRow;
export type CampaignRecord = CampaignRow;
export type CampaignDeliveryRecord = CampaignDeliveryRow;
export type SupportArticleRecord = SupportArticleRow;
export type NoticeRecord = NoticeRow;

export type CampaignStatus = (typeof campaignStatusEnum.enumValues)[number];
export type CommsDeliveryStatus = (typeof commsDeliveryStatusEnum.enumValues)[number];
export type DeliveryEvent = 'delivered' | 'bounced';

export type CommsChannel = 'email' | 'portal' | 'in_app';
export const commsChannels: readonly CommsChannel[] = commsChannelEnum.enumValues;

// Every value of each enum, in the database's order: the GraphQL enums map onto them.
export const campaignStatuses: readonly CampaignStatus[] = campaignStatusEnum.enumValues;
export const commsDeliveryStatuses: readonly CommsDeliveryStatus[] = commsDeliveryStatusEnum.enumValues;
export const deliveryEvents: readonly DeliveryEvent[] = ['delivered', 'bounced'];
