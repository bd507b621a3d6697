'use client';

import { Fragment, useState } from 'react';
import { formatDay } from '@/app/_components/format';
import { useCan } from '@/app/_components/permissions';
import { today } from '@/app/_components/today';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { CardWithInlineForm } from '@/app/_components/ui/card-with-inline-form';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { graphql } from '@/app/_gql';
import type { SubscriptionsCardAccountFragment } from '@/app/_gql/graphql';
import { formatQuantity, formatUnitPrice } from '@/lib/money/format-money';
import { AddSubscriptionForm, ChangeSubscriptionForm, EndSubscriptionForm } from './subscription-forms';

export const SUBSCRIPTIONS_CARD_ACCOUNT = graphql(`
  fragment SubscriptionsCardAccount on Account {
    id currency
    subscriptions {
      ...ChangeSubscriptionFormSubscription
      id quantity unitPrice discountPercent startDate endDate serviceIds
      product { id code name }
    }
  }
`);

type Subscription = SubscriptionsCardAccountFragment['subscriptions'][number];

function phase(subscription: Subscription): { label: string; tone: 'good' | 'info' | 'neutral' } {
  const now = today();
  if (subscription.endDate && subscription.endDate <= now) return { label: 'Ended', tone: 'neutral' };
  if (subscription.startDate > now) return { label: 'Starts later', tone: 'info' };
  return { label: 'Current', tone: 'good' };
}

/** The account's subscriptions, current and past, with add, change-from-a-date and end. */
export function SubscriptionsCard({
  account,
  onChanged,
}: {
  account: SubscriptionsCardAccountFragment;
  onChanged: () => void;
}) {
  const can = useCan();
  const [editing, setEditing] = useState<{ id: string; action: 'change' | 'end' } | null>(null);
  const done = () => {
    setEditing(null);
    onChanged();
  };
  return (
    <CardWithInlineForm
      title="Subscriptions"
      openLabel="Add subscription"
      canOpen={can('createSubscription')}
      form={(close) => (
        <AddSubscriptionForm
          accountId={account.id}
          onDone={() => {
            close();
            done();
          }}
          onCancel={close}
        />
      )}
    >
      {account.subscriptions.length === 0 ? (
        <p className="text-sm text-slate-500">
          No subscriptions: this account is billed only for usage and one-time charges.
        </p>
      ) : (
        <div data-testid="subscriptions">
          <Table
            head={[
              'Product',
              <NumberHead key="q">Quantity</NumberHead>,
              <NumberHead key="p">Unit price</NumberHead>,
              <NumberHead key="d">Discount</NumberHead>,
              'From',
              'Until',
              '',
              '',
            ]}
          >
            {account.subscriptions.map((subscription) => {
              const { label, tone } = phase(subscription);
              const isOpen = label !== 'Ended';
              const isEditing = editing?.id === subscription.id;
              return (
                <Fragment key={subscription.id}>
                  <tr>
                    <Cell>
                      <span className="font-medium text-slate-900">{subscription.product.name}</span>
                      <span className="block text-xs text-slate-500">
                        {subscription.product.code}
                        {subscription.serviceIds.length > 0 && ` · ${subscription.serviceIds.join(', ')}`}
                      </span>
                    </Cell>
                    <NumberCell>{formatQuantity(subscription.quantity)}</NumberCell>
                    <NumberCell className="font-mono">
                      {subscription.unitPrice === null ? (
                        <span className="font-sans text-slate-500">catalog</span>
                      ) : (
                        formatUnitPrice(subscription.unitPrice, account.currency)
                      )}
                    </NumberCell>
                    <NumberCell>
                      {subscription.discountPercent === '0' || /^0(\.0+)?$/.test(subscription.discountPercent)
                        ? '—'
                        : `${subscription.discountPercent}%`}
                    </NumberCell>
                    <Cell className="whitespace-nowrap">{formatDay(subscription.startDate)}</Cell>
                    <Cell className="whitespace-nowrap">
                      {subscription.endDate ? formatDay(subscription.endDate) : 'open-ended'}
                    </Cell>
                    <Cell>
                      <Badge tone={tone}>{label}</Badge>
                    </Cell>
                    <Cell className="text-right whitespace-nowrap">
                      {isOpen && !isEditing && can('changeSubscription') && (
                        <Button
                          variant="ghost"
                          onClick={() => setEditing({ id: subscription.id, action: 'change' })}
                        >
                          Change
                        </Button>
                      )}
                      {isOpen && !isEditing && can('endSubscription') && (
                        <Button
                          variant="ghost"
                          onClick={() => setEditing({ id: subscription.id, action: 'end' })}
                        >
                          End
                        </Button>
                      )}
                    </Cell>
                  </tr>
                  {isEditing && (
                    <tr>
                      <td colSpan={8} className="bg-slate-50 px-3 py-3">
                        {editing.action === 'change' ? (
                          <ChangeSubscriptionForm
                            subscription={subscription}
                            onDone={done}
                            onCancel={() => setEditing(null)}
                          />
                        ) : (
                          <EndSubscriptionForm
                            subscriptionId={subscription.id}
                            onDone={done}
                            onCancel={() => setEditing(null)}
                          />
                        )}
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </Table>
        </div>
      )}
    </CardWithInlineForm>
  );
}
