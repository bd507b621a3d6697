'use client';

import Link from 'next/link';
import { type ReactNode, useState } from 'react';
import { AccountStatusBadge } from '@/app/_components/billing/status-badges';
import { isPositiveAmount, Money } from '@/app/_components/money';
import { Card } from '@/app/_components/ui/card';
import { ChoiceSelect } from '@/app/_components/ui/choice-select';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field, TextInput } from '@/app/_components/ui/field';
import { LoadMore } from '@/app/_components/ui/load-more';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useConnectionQuery } from '@/app/_components/use-connection-query';
import { useDebouncedValue } from '@/app/_components/use-debounced-value';
import { graphql } from '@/app/_gql';
import type { AccountStatus } from '@/app/_gql/graphql';
import { accountStatuses, accountStatusLabels } from './account-options';

const ACCOUNTS_LIST = graphql(`
  query AccountsList($first: Int, $after: String, $search: String, $status: AccountStatus) {
    accounts(first: $first, after: $after, search: $search, status: $status) {
      edges {
        node {
          id externalId name status currency billingEmail paymentTermsDays billingCycle billingDay
          parent { id externalId } billToParent ratePlan { code }
          balance { balance }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** Every account, newest first: search by number or name, filter by status, a page at a time. */
export function AccountsList({ actions }: { actions?: ReactNode }) {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<AccountStatus | ''>('');
  const settledSearch = useDebouncedValue(search.trim());
  const list = useConnectionQuery(ACCOUNTS_LIST, (data) => data.accounts, {
    search: settledSearch || null,
    status: status || null,
  });
  const accounts = list.nodes ?? [];
  return (
    <Card title="All accounts" actions={actions}>
      <div className="mb-4 grid gap-4 sm:grid-cols-3">
        <Field label="Search">
          <TextInput
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Account number or name"
            aria-label="Search accounts"
          />
        </Field>
        <Field label="Status">
          <ChoiceSelect
            choices={accountStatuses}
            labels={accountStatusLabels}
            value={status}
            onChange={setStatus}
            emptyLabel="Any"
            aria-label="Status"
          />
        </Field>
      </div>
      <ErrorText>{list.error}</ErrorText>
      {list.nodes === null && !list.error && <p className="text-sm text-slate-500">Loading accounts…</p>}
      {list.nodes && accounts.length === 0 && (
        <p className="text-sm text-slate-500">
          {settledSearch || status ? 'No account matches.' : 'No accounts yet: add the first one above.'}
        </p>
      )}
      {accounts.length > 0 && (
        <div data-testid="accounts-list">
          <Table
            head={[
              'Account',
              'Status',
              'Currency',
              'Billing',
              'Terms',
              'Rate plan',
              'Parent',
              <NumberHead key="balance">Balance</NumberHead>,
            ]}
          >
            {accounts.map((account) => (
              <tr key={account.id}>
                <Cell className="max-w-md">
                  <Link
                    href={`/accounts/${account.id}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {account.externalId}
                  </Link>
                  <span className="block truncate text-slate-500" title={account.name}>
                    {account.name}
                  </span>
                </Cell>
                <Cell>
                  <AccountStatusBadge status={account.status} />
                </Cell>
                <Cell>{account.currency}</Cell>
                <Cell>
                  {account.billingCycle === 'CALENDAR_MONTH'
                    ? 'Calendar month'
                    : `Anniversary (day ${account.billingDay})`}
                  <span className="block truncate text-xs text-slate-500">
                    {account.billingEmail ?? 'no email'}
                  </span>
                </Cell>
                <Cell>Net {account.paymentTermsDays}</Cell>
                <Cell>{account.ratePlan?.code ?? '—'}</Cell>
                <Cell>
                  {account.parent ? (
                    <>
                      <Link
                        href={`/accounts/${account.parent.id}`}
                        className="text-brand-700 hover:underline"
                      >
                        {account.parent.externalId}
                      </Link>
                      {account.billToParent && (
                        <span className="block text-xs text-slate-500">parent pays</span>
                      )}
                    </>
                  ) : (
                    '—'
                  )}
                </Cell>
                <NumberCell>
                  <AccountBalanceAmount amount={account.balance.balance} currency={account.currency} />
                </NumberCell>
              </tr>
            ))}
          </Table>
        </div>
      )}
      <LoadMore list={list} />
    </Card>
  );
}

/** A balance as the list shows it: owed in plain figures, credit (negative) marked as such, nothing greyed. */
function AccountBalanceAmount({ amount, currency }: { amount: string; currency: string }) {
  if (amount.startsWith('-'))
    return (
      <>
        <Money amount={amount} currency={currency} className="text-emerald-700" />
        <span className="block text-xs text-slate-500">credit</span>
      </>
    );
  return (
    <Money
      amount={amount}
      currency={currency}
      className={isPositiveAmount(amount) ? 'text-slate-900' : 'text-slate-400'}
    />
  );
}
