import type { DunningAction, DunningChannel } from '@/app/_gql/graphql';

/** A dunning action as staff read it. */
export const dunningActionLabels: Record<DunningAction, string> = {
  REMINDER: 'Reminder',
  SECOND_REMINDER: 'Second reminder',
  FINAL_NOTICE: 'Final notice',
  SUSPEND: 'Suspension',
  COLLECTIONS: 'Hand-over to collections',
};

export const dunningChannelLabels: Record<DunningChannel, string> = {
  EMAIL: 'Email',
  PORTAL: 'Portal notice',
};

/** The channels of a step, or what it does without a message. */
export function channelsText(channels: readonly DunningChannel[]): string {
  return channels.length === 0
    ? 'no message'
    : channels.map((channel) => dunningChannelLabels[channel]).join(' + ');
}
