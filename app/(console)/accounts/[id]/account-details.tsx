'use client';

import Link from 'next/link';
import { useState } from 'react';
import { enumLabel, formatDateTime } from '@/app/_components/format';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { useCan } from '@/app/_components/permissions';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Detail } from '@/app/_components/ui/detail';
import { graphql } from '@/app/_gql';
import type { AccountDetailsAccountFragment, AccountFieldsInput } from '@/app/_gql/graphql';
import { AccountFieldsForm } from '../account-fields-form';

export const ACCOUNT_DETAILS_ACCOUNT = graphql(`
  fragment AccountDetailsAccount on Account {
    ...AccountFieldsFormAccount
    id currency billingEmail billingEmailBounce { at reply } contactName taxRegion
    ratePlan { code name } billingCycle billingDay paymentTermsDays invoiceDelivery billToParent
    parent { id externalId }
    children { id externalId }
  }
`);

const ACCOUNT_DETAILS_UPDATE_ACCOUNT = graphql(`
  mutation AccountDetailsUpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) { account { id } userErrors { code field message } }
  }
`);

async function updateAccount(id: string, fields: AccountFieldsInput) {
  const { updateAccount } = await graphqlRequest(ACCOUNT_DETAILS_UPDATE_ACCOUNT, { input: { id, fields } });
  return updateAccount;
}

/** The account's billing fields, and the form to change them. */
export function AccountDetails({
  account,
  onSaved,
}: {
  account: AccountDetailsAccountFragment;
  onSaved: () => void;
}) {
  const can = useCan();
  const [editing, setEditing] = useState(false);
  return (
    <Card
      title="Billing details"
      actions={
        can('updateAccount') &&
        !editing && (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit
          </Button>
        )
      }
    >
      {editing ? (
        <AccountFieldsForm
          account={account}
          save={(fields) => updateAccount(account.id, fields)}
          onSaved={() => {
            setEditing(false);
            onSaved();
          }}
          onCancel={() => setEditing(false)}
          submitLabel="Save account"
        />
      ) : (
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Detail label="Currency">{account.currency}</Detail>
          <Detail label="Billing email">
            {account.billingEmail ?? '—'}
            {account.billingEmailBounce && (
              <span className="mt-1 block text-xs text-amber-800" data-testid="billing-email-bounce">
                Bounces: invoice email refused on {formatDateTime(account.billingEmailBounce.at)} (
                {account.billingEmailBounce.reply}). Change the address to clear this.
              </span>
            )}
          </Detail>
          <Detail label="Billing contact">{account.contactName ?? '—'}</Detail>
          <Detail label="Tax region">{account.taxRegion ?? 'none (no tax)'}</Detail>
          <Detail label="Rate plan">
            {account.ratePlan ? `${account.ratePlan.code} · ${account.ratePlan.name}` : '—'}
          </Detail>
          <Detail label="Billing cycle">
            {account.billingCycle === 'CALENDAR_MONTH'
              ? 'Calendar month'
              : `Anniversary, day ${account.billingDay}`}
          </Detail>
          <Detail label="Payment terms">Net {account.paymentTermsDays}</Detail>
          <Detail label="Invoice delivery">{enumLabel(account.invoiceDelivery)}</Detail>
          <Detail label="Parent account">
            {account.parent ? (
              <>
                <Link href={`/accounts/${account.parent.id}`} className="text-brand-700 hover:underline">
                  {account.parent.externalId}
                </Link>{' '}
                {account.billToParent ? '(pays for this account)' : '(billed separately)'}
              </>
            ) : (
              '—'
            )}
          </Detail>
          <Detail label="Child accounts">
            {account.children.length === 0
              ? '—'
              : account.children.map((child) => (
                  <Link
                    key={child.id}
                    href={`/accounts/${child.id}`}
                    className="mr-2 text-brand-700 hover:underline"
                  >
                    {child.externalId}
                  </Link>
                ))}
          </Detail>
        </dl>
      )}
    </Card>
  );
}
