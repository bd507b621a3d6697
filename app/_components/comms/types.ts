/** Shapes of the comms GraphQL module as the console reads them (enums in GraphQL's upper case). */
export type CampaignStatus =
  | 'DRAFT'
  | 'AWAITING_APPROVAL'
  | 'APPROVED'
  | 'SENDING'
  | 'SENT'
  | 'CANCELLED'
  | 'SENT_WITH_FAILURES';
export type CommsChannel = 'EMAIL' | 'PORTAL' | 'IN_APP';
export type DeliveryStatus =
  | 'QUEUED'
  | 'SENDING'
  | 'SENT'
  | 'DELIVERED'
  | 'BOUNCED'
  | 'FAILED'
  | 'SUPPRESSED'
  | 'UNKNOWN';

export const commsChannels: readonly CommsChannel[] = ['EMAIL', 'PORTAL', 'IN_APP'];
export const deliveryStatuses: readonly DeliveryStatus[] = [
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

type Tone = 'neutral' | 'good' | 'warn' | 'bad' | 'info';

export const campaignTones: Record<CampaignStatus, Tone> = {
  DRAFT: 'neutral',
  AWAITING_APPROVAL: 'warn',
  APPROVED: 'info',
  SENDING: 'info',
  SENT: 'good',
  CANCELLED: 'neutral',
  SENT_WITH_FAILURES: 'bad',
};

export const deliveryTones: Record<DeliveryStatus, Tone> = {
  QUEUED: 'neutral',
  SENDING: 'info',
  SENT: 'good',
  DELIVERED: 'good',
  BOUNCED: 'bad',
  FAILED: 'bad',
  SUPPRESSED: 'warn',
  UNKNOWN: 'bad',
};

/** An enum value as words: AWAITING_APPROVAL → awaiting approval. */
export const words = (value: string) => value.toLowerCase().replaceAll('_', ' ');

export interface DeliveryCount {
  channel: CommsChannel;
  status: DeliveryStatus;
  count: number;
}

export interface TemplateVersion {
  id: string;
  version: number;
  subject: string;
  body: string;
  createdBy: string;
  createdAt: string;
}

export interface TemplateVariable {
  name: string;
  description: string;
}

export const TEMPLATE_VARIABLES = '{ templateVariables { name description } }';
