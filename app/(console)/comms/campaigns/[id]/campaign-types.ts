import type { CampaignStatus, CommsChannel, DeliveryCount } from '@/app/_components/comms/types';

export interface CampaignDetail {
  id: string;
  name: string;
  status: CampaignStatus;
  channels: CommsChannel[];
  critical: boolean;
  criticalReason: string | null;
  sendOn: string | null;
  sendAtLocalTime: string | null;
  approvalsRequired: number;
  approvals: { approvedBy: string; at: string }[];
  testSentTo: string | null;
  testSentAt: string | null;
  createdBy: string;
  createdAt: string;
  sentAt: string | null;
  template: { id: string; name: string };
  templateVersion: { id: string; version: number };
  audience: { id: string; name: string; size: number };
  preview: {
    account: { id: string; name: string };
    subject: string;
    body: string;
    missingVariables: string[];
  }[];
  accountsMissingValues: {
    accountCount: number;
    variables: string[];
    accounts: { account: { id: string; name: string }; variables: string[] }[];
  };
  deliveryCounts: DeliveryCount[];
}

export const CAMPAIGN = `query($id: ID!) { campaign(id: $id) { id name status channels critical criticalReason
  sendOn sendAtLocalTime approvalsRequired approvals { approvedBy at } testSentTo testSentAt
  createdBy createdAt sentAt template { id name } templateVersion { id version }
  audience { id name size } preview(first: 3) { account { id name } subject body missingVariables }
  accountsMissingValues { accountCount variables accounts(first: 5) { account { id name } variables } }
  deliveryCounts { channel status count } } }`;
