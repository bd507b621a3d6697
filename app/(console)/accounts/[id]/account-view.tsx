'use client';

import Link from 'next/link';
import { useState } from 'react';
import { InvoiceList } from '@/app/_components/billing/invoice-list';
import { AccountStatusBadge } from '@/app/_components/billing/status-badges';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { PageHeader } from '@/app/_components/ui/page-header';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import { AccountUsage } from '../../usage/account-usage';
import { AccountDetails } from './account-details';
import { AccountDunning } from './account-dunning';
import { AccountNotices } from './account-notices';
import { AccountPayments } from './account-payments';
import { OneTimeChargesCard } from './one-time-charges-card';
import { PortalContactsCard } from './portal-contacts-card';
import { SubscriptionsCard } from './subscriptions-card';

const ACCOUNT_VIEW = graphql(`
  query AccountView($id: ID!) {
    account(id: $id) {
      id externalId name status
      ...AccountDetailsAccount
      ...PortalContactsCardAccount
      ...SubscriptionsCardAccount
      ...OneTimeChargesCardAccount
    }
  }
`);

/** One account: details, portal contacts, subscriptions, charges, usage, invoices, payments and balance. */
export function AccountView({ id }: { id: string }) {
  const [refresh, setRefresh] = useState(0);
  const changed = () => setRefresh((n) => n + 1);
  const { data, error } = useGraphQLQuery(ACCOUNT_VIEW, { id }, refresh);
  if (error || !data) return <QueryStatus error={error} loading="Loading the account…" />;
  const account = data.account;
  if (!account)
    return (
      <EmptyState
        title="No such account"
        action={
          <Link href="/accounts" className="text-brand-700 hover:underline">
            All accounts
          </Link>
        }
      >
        It may have been removed, or the link is wrong.
      </EmptyState>
    );
  return (
    <>
      <PageHeader
        title={account.name}
        description={
          <span className="flex items-center gap-2">
            <span className="font-mono">{account.externalId}</span>
            <AccountStatusBadge status={account.status} />
            <Link href="/accounts" className="text-brand-700 hover:underline">
              All accounts
            </Link>
          </span>
        }
      />
      <div className="space-y-6">
        <AccountDetails account={account} onSaved={changed} />
        <PortalContactsCard account={account} onChanged={changed} />
        <SubscriptionsCard account={account} onChanged={changed} />
        <OneTimeChargesCard account={account} onChanged={changed} />
        <Card title="Invoices">
          <InvoiceList
            filter={{ accountId: account.id }}
            refresh={refresh}
            hideAccount
            emptyText="No invoices yet: bill runs make them."
          />
        </Card>
        <AccountPayments accountId={account.id} refresh={refresh} onRecorded={changed} />
        <AccountDunning accountId={account.id} refresh={refresh} />
        <AccountUsage refresh={refresh} accountId={account.id} />
        <AccountNotices accountId={account.id} />
      </div>
    </>
  );
}
