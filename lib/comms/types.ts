import type { campaignStatusEnum, commsDeliveryStatusEnum } from '../../db/schema/comms';

export type CampaignStatus = (typeof campaignStatusEnum.enumValues)[number];
export type CommsDeliveryStatus = (typeof commsDeliveryStatusEnum.enumValues)[number];
export type DeliveryEvent = 'delivered' | 'bounced';
