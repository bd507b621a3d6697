import { graphql } from '@/app/_gql';
import type { CampaignViewQuery } from '@/app/_gql/graphql';

/** One campaign as its page shows it: the header, preview, approvals, test send and counts. */
export const CAMPAIGN_VIEW = graphql(`
  query CampaignView($id: ID!) {
    campaign(id: $id) {
      id name status channels critical criticalReason sendOn sendAtLocalTime approvalsRequired
      approvals { approvedBy at } testSentTo testSentAt createdBy createdAt sentAt
      template { id name } templateVersion { id version } audience { id name size }
      preview(first: 3) { account { id name } subject body missingVariables }
      accountsMissingValues { accountCount variables accounts(first: 5) { account { id name } variables } }
      deliveryCounts { ...DeliveryCountFields }
    }
  }
`);

export type CampaignDetail = NonNullable<CampaignViewQuery['campaign']>;
