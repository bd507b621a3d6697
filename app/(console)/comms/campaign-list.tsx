'use client';

import Link from 'next/link';
import { campaignTones, channelLabels, deliveryStatuses, deliveryTones } from '@/app/_components/comms/types';
import { enumLabel, formatDateTime } from '@/app/_components/format';
import { useCan } from '@/app/_components/permissions';
import { Badge } from '@/app/_components/ui/badge';
import { ButtonLink } from '@/app/_components/ui/button-link';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { DeliveryCountFieldsFragment } from '@/app/_gql/graphql';

const CAMPAIGN_LIST = graphql(`
  query CampaignList {
    campaigns {
      id name status channels critical approvalsRequired approvals { approvedBy }
      audience { name size } deliveryCounts { ...DeliveryCountFields } createdBy createdAt sentAt
    }
  }
`);

/** Counts across channels by status, in the statuses' order. */
function totals(counts: DeliveryCountFieldsFragment[]) {
  return deliveryStatuses
    .map((status) => ({
      status,
      count: counts.filter((count) => count.status === status).reduce((sum, count) => sum + count.count, 0),
    }))
    .filter((total) => total.count > 0);
}

/** Every campaign, newest first, with where it stands. */
export function CampaignList() {
  const { data, error } = useGraphQLQuery(CAMPAIGN_LIST);
  const can = useCan();
  if (error || !data) return <QueryStatus error={error} loading="Loading campaigns…" />;
  if (data.campaigns.length === 0)
    return (
      <EmptyState
        title="No campaigns yet"
        action={can('createCampaign') && <ButtonLink href="/comms/campaigns/new">New campaign</ButtonLink>}
      >
        A campaign sends a template to an audience by email, portal or in-app notice. It needs a template and
        an audience, approval by someone other than its author and a test send before it goes out.
      </EmptyState>
    );
  return (
    <Card title={`Campaigns · ${data.campaigns.length}`}>
      <Table
        head={[
          'Campaign',
          'Status',
          'Audience',
          <NumberHead key="size">Accounts</NumberHead>,
          'Approvals',
          'Deliveries',
          'Written',
        ]}
      >
        {data.campaigns.map((campaign) => (
          <tr key={campaign.id}>
            <Cell>
              <Link
                href={`/comms/campaigns/${campaign.id}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {campaign.name}
              </Link>
              <span className="block text-xs text-slate-500">
                {campaign.channels.map((channel) => channelLabels[channel]).join(', ')}
                {campaign.critical ? ' · critical' : ''}
              </span>
            </Cell>
            <Cell className="whitespace-nowrap">
              <Badge tone={campaignTones[campaign.status]}>{enumLabel(campaign.status).toLowerCase()}</Badge>
            </Cell>
            <Cell>{campaign.audience.name}</Cell>
            <NumberCell>{campaign.audience.size.toLocaleString('en-US')}</NumberCell>
            <Cell className="whitespace-nowrap tabular-nums">
              {campaign.approvals.length}/{campaign.approvalsRequired}
            </Cell>
            <Cell>
              {campaign.deliveryCounts.length === 0 ? (
                <span className="text-slate-400">—</span>
              ) : (
                <span className="flex flex-wrap gap-1">
                  {totals(campaign.deliveryCounts).map((total) => (
                    <Badge key={total.status} tone={deliveryTones[total.status]}>
                      {total.count.toLocaleString('en-US')} {enumLabel(total.status).toLowerCase()}
                    </Badge>
                  ))}
                </span>
              )}
            </Cell>
            <Cell className="text-xs whitespace-nowrap text-slate-500">
              {formatDateTime(campaign.createdAt)}
              <span className="block">{campaign.createdBy}</span>
            </Cell>
          </tr>
        ))}
      </Table>
    </Card>
  );
}
