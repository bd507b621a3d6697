'use client';

import { useState } from 'react';
import { RecordPaymentForm } from '@/app/_components/payments/record-payment-form';
import { Card } from '@/app/_components/ui/card';
import { Field, Select } from '@/app/_components/ui/field';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';

/** A payment entered by hand for any account: it pays the account's oldest invoices first; the rest is credit. */
export function RecordPayment({ onRecorded }: { onRecorded: () => void }) {
  const accounts = useGraphQLQuery<{
    accounts: { edges: { node: { id: string; externalId: string; name: string; currency: string } }[] };
  }>('{ accounts(first: 200) { edges { node { id externalId name currency } } } }');
  const list = (accounts.data?.accounts.edges ?? [])
    .map((edge) => edge.node)
    .sort((a, b) => a.externalId.localeCompare(b.externalId));
  const [accountId, setAccountId] = useState('');
  const account = list.find((a) => a.id === accountId) ?? list[0];

  return (
    <Card title="Record a payment">
      <RecordPaymentForm
        account={account}
        onRecorded={onRecorded}
        accountPicker={
          <Field label="Account">
            <Select
              value={account?.id ?? ''}
              onChange={(e) => setAccountId(e.target.value)}
              aria-label="Account"
            >
              {list.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.externalId} · {a.name}
                </option>
              ))}
            </Select>
          </Field>
        }
      />
    </Card>
  );
}
