import type {
  AudienceRow,
  CampaignDeliveryRow,
  CampaignRow,
  campaignStatusEnum,
  commsDeliveryStatusEnum,
  MessageTemplateRow,
  NoticeRow,
  SupportArticleRow,
  TemplateVersionRow,
} from '../../db/schema/comms';

/** Which accounts an audience reaches: the query a saved audience's filter stands for. */
export type { AudienceSelection } from '../../db/queries/audiences';
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
