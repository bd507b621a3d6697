import type { BadgeTone } from '@/app/_components/ui/badge';
import type { CampaignStatus, CommsChannel, CommsDeliveryStatus } from '@/app/_gql/graphql';

/** The comms enums in the order the console lists them, with their words and badge tones. */
export const commsChannels: readonly CommsChannel[] = ['EMAIL', 'PORTAL', 'IN_APP'];
export const deliveryStatuses: readonly CommsDeliveryStatus[] = [
  'QUEUED',
  'SENDING',
  'SENT',
  'DELIVERED',
  'BOUNCED',
  'FAILED',
  'UNKNOWN',
  'SUPPRESSED',
];

export const channelLabels: Record<CommsChannel, string> = {
  EMAIL: 'Email',
  PORTAL: 'Portal notice',
  IN_APP: 'In-app notice',
};

export const campaignTones: Record<CampaignStatus, BadgeTone> = {
  DRAFT: 'neutral',
  AWAITING_APPROVAL: 'warn',
  APPROVED: 'info',
  SENDING: 'info',
  SENT: 'good',
  CANCELLED: 'neutral',
  SENT_WITH_FAILURES: 'bad',
};

export const deliveryTones: Record<CommsDeliveryStatus, BadgeTone> = {
  QUEUED: 'neutral',
  SENDING: 'info',
  SENT: 'good',
  DELIVERED: 'good',
  BOUNCED: 'bad',
  FAILED: 'bad',
  SUPPRESSED: 'warn',
  UNKNOWN: 'bad',
};
