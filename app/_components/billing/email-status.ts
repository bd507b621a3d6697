import type { BadgeTone } from '@/app/_components/ui/badge';
import type { EmailStatus } from '@/app/_gql/graphql';

/** How an invoice email's status reads at a glance. */
export const emailTones: Record<EmailStatus, BadgeTone> = {
  QUEUED: 'neutral',
  SENDING: 'info',
  SENT: 'good',
  FAILED: 'bad',
  BOUNCED: 'bad',
  UNKNOWN: 'warn',
};
