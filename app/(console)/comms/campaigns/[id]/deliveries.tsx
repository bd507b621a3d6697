'use client';

import { useState } from 'react';

import { channelLabels, commsChannels, deliveryStatuses, deliveryTones } from '@/app/_components/comms/types';
import { enumLabel, formatDateTime } from '@/app/_components/format';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { isOneOf } from '@/app/_components/ui/choice-select';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Select } from '@/app/_components/ui/field';
import { LoadMore } from '@/app/_components/ui/load-more';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useConnectionQuery } from '@/app/_components/use-connection-query';
import { graphql } from '@/app/_gql';
import type {
  CommsChannel,
  CommsDeliveryStatus,
  DeliveryCountFieldsFragment,
  DeliveryTableQuery,
} from '@/app/_gql/graphql';

/** One cell of a campaign's deliveries by channel and status. */
export const DELIVERY_COUNT_FIELDS = graphql(`
  fragment DeliveryCountFields on DeliveryCount { channel status count }
`);

/** Deliveries by channel (rows) and status (columns), only the statuses that occur. */
export function DeliveryCounts({
  counts,
  sending,
}: {
  counts: DeliveryCountFieldsFragment[];
  sending: boolean;
}) {
  if (counts.length === 0)
    return (
      <p className="text-sm text-slate-600">
        Nothing sent yet: deliveries appear here once the campaign is sent.
      </p>
    );
  const statuses = deliveryStatuses.filter((status) => counts.some((count) => count.status === status));
  const channels = commsChannels.filter((channel) => counts.some((count) => count.channel === channel));
  const countOf = (channel: CommsChannel, status: CommsDeliveryStatus) =>
    counts.find((count) => count.channel === channel && count.status === status)?.count ?? 0;
  return (
    <>
      <Table
        head={[
          'Channel',
          ...statuses.map((status) => (
            <NumberHead key={status}>{enumLabel(status).toLowerCase()}</NumberHead>
          )),
        ]}
      >
        {channels.map((channel) => (
          <tr key={channel} data-testid={`counts-${channel}`}>
            <Cell className="whitespace-nowrap">{channelLabels[channel]}</Cell>
            {statuses.map((status) => (
              <NumberCell key={status} className={countOf(channel, status) === 0 ? 'text-slate-300' : ''}>
                {countOf(channel, status).toLocaleString('en-US')}
              </NumberCell>
            ))}
          </tr>
        ))}
      </Table>
      {sending && (
        <p className="mt-3 text-xs text-slate-500" role="status">
          Emails are going out; this page follows them.
        </p>
      )}
    </>
  );
}

const DELIVERY_TABLE = graphql(`
  query DeliveryTable($id: ID!, $status: CommsDeliveryStatus, $first: Int, $after: String) {
    campaign(id: $id) {
      deliveries(status: $status, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id account { id name } channel recipient isTest status sendAfter attempts error sentAt } }
      }
    }
  }
`);

type Deliveries = NonNullable<DeliveryTableQuery['campaign']>['deliveries'];
const NO_DELIVERIES: Deliveries = {
  edges: [],
  pageInfo: { hasNextPage: false, endCursor: null },
  totalCount: 0,
};

/** Each recipient's message, filterable by status; bounces and failures say why. */
export function DeliveryTable({ campaignId, refresh }: { campaignId: string; refresh: number }) {
  const [status, setStatus] = useState<CommsDeliveryStatus | ''>('');
  const [total, setTotal] = useState<number | null>(null);
  const list = useConnectionQuery(
    DELIVERY_TABLE,
    (data) => {
      const connection = data.campaign?.deliveries ?? NO_DELIVERIES;
      setTotal(connection.totalCount);
      return connection;
    },
    { id: campaignId, status: status || null },
    refresh,
    50,
  );
  const deliveries = list.nodes ?? [];
  const error = list.error;
  return (
    <Card
      title="Deliveries"
      actions={
        <div className="flex items-center gap-2 text-xs text-slate-600">
          <span aria-hidden>Status</span>
          <Select
            aria-label="Delivery status"
            value={status}
            onChange={(event) =>
              setStatus(isOneOf(deliveryStatuses, event.target.value) ? event.target.value : '')
            }
            className="w-36"
          >
            <option value="">All</option>
            {deliveryStatuses.map((value) => (
              <option key={value} value={value}>
                {enumLabel(value).toLowerCase()}
              </option>
            ))}
          </Select>
        </div>
      }
    >
      <ErrorText>{error}</ErrorText>
      {list.nodes && deliveries.length === 0 ? (
        <p className="text-sm text-slate-600">
          {status
            ? `No delivery is ${enumLabel(status).toLowerCase()}.`
            : 'No deliveries yet: a test send and the send add them here.'}
        </p>
      ) : (
        <Table head={['Recipient', 'Account', 'Channel', 'Status', 'Goes after', 'Sent', 'Attempts']}>
          {deliveries.map((delivery) => (
            <tr key={delivery.id} data-testid="delivery-row">
              <Cell className="max-w-72">
                <span className="block truncate">{delivery.recipient}</span>
                {delivery.isTest && <Badge tone="info">test</Badge>}
                {delivery.error && (
                  <span className="mt-0.5 block text-xs text-red-700" title={delivery.error}>
                    {delivery.error}
                  </span>
                )}
              </Cell>
              <Cell className="whitespace-nowrap">{delivery.account.name}</Cell>
              <Cell className="whitespace-nowrap">{channelLabels[delivery.channel]}</Cell>
              <Cell>
                <Badge tone={deliveryTones[delivery.status]}>
                  {enumLabel(delivery.status).toLowerCase()}
                </Badge>
              </Cell>
              <Cell className="text-xs whitespace-nowrap text-slate-500">
                {formatDateTime(delivery.sendAfter)}
              </Cell>
              <Cell className="text-xs whitespace-nowrap text-slate-500">
                {formatDateTime(delivery.sentAt)}
              </Cell>
              <NumberCell>{delivery.attempts.toLocaleString('en-US')}</NumberCell>
            </tr>
          ))}
        </Table>
      )}
      <LoadMore list={list} total={total} />
    </Card>
  );
}
