'use client';

import { useState } from 'react';
import { graphqlRequest, type UserErrorData } from '@/app/_components/graphql-client';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';

const methods = ['CHECK', 'ACH', 'WIRE', 'CARD', 'MANUAL'] as const;

interface Recorded {
  recordPayment: {
    payment: {
      amount: string;
      currency: string;
      unallocatedAmount: string;
      allocations: { invoiceNumber: string; amount: string }[];
    } | null;
    userErrors: UserErrorData[];
  };
}

/** A payment entered by hand: it pays the account's oldest invoices first; the rest is credit. */
export function RecordPayment({ onRecorded }: { onRecorded: () => void }) {
  const accounts = useGraphQLQuery<{
    accounts: { edges: { node: { id: string; externalId: string; name: string; currency: string } }[] };
  }>('{ accounts(first: 200) { edges { node { id externalId name currency } } } }');
  const list = (accounts.data?.accounts.edges ?? [])
    .map((edge) => edge.node)
    .sort((a, b) => a.externalId.localeCompare(b.externalId));
  const [accountId, setAccountId] = useState('');
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<(typeof methods)[number]>('CHECK');
  const [receivedDate, setReceivedDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [reference, setReference] = useState('');
  const [result, setResult] = useState<Recorded['recordPayment']['payment']>(null);
  const { errors, pending, submit } = useFormSubmission();
  const account = list.find((a) => a.id === accountId) ?? list[0];

  async function record() {
    if (!account) return;
    setResult(null);
    const payload = await submit(
      async () =>
        (
          await graphqlRequest<Recorded>(
            'mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { payment { amount currency unallocatedAmount allocations { invoiceNumber amount } } userErrors { code field message } } }',
            {
              input: {
                accountId: account.id,
                amount: amount.trim(),
                currency: account.currency,
                method,
                receivedDate,
                reference: reference.trim() || null,
              },
            },
          )
        ).recordPayment,
    );
    if (payload?.payment) {
      setResult(payload.payment);
      setAmount('');
      setReference('');
      onRecorded();
    }
  }

  return (
    <Card title="Record a payment">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Account" error={errors.accountId}>
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
        <Field
          label={`Amount${account ? ` (${account.currency})` : ''}`}
          error={errors.amount ?? errors.currency}
        >
          <TextInput
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            placeholder="0.00"
          />
        </Field>
        <Field label="Method">
          <Select value={method} onChange={(e) => setMethod(e.target.value as (typeof methods)[number])}>
            {methods.map((m) => (
              <option key={m} value={m}>
                {m.charAt(0) + m.slice(1).toLowerCase()}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Received" error={errors.receivedDate}>
          <TextInput type="date" value={receivedDate} onChange={(e) => setReceivedDate(e.target.value)} />
        </Field>
        <Field label="Reference (check number, bank reference)" error={errors.reference}>
          <TextInput value={reference} onChange={(e) => setReference(e.target.value)} />
        </Field>
      </div>
      {errors.form && <p className="mt-3 text-sm text-red-700">{errors.form}</p>}
      <div className="mt-4 flex items-center gap-3">
        <Button onClick={record} disabled={pending || !account || !amount.trim()}>
          {pending ? 'Recording…' : 'Record payment'}
        </Button>
        {result && (
          <p className="text-sm text-slate-700" role="status">
            Recorded {result.currency} {result.amount}
            {result.allocations.length > 0 &&
              `: paid ${result.allocations.map((a) => `${a.invoiceNumber} (${a.amount})`).join(', ')}`}
            {result.unallocatedAmount !== '0.00' && `; ${result.unallocatedAmount} kept as credit`}.
          </p>
        )}
      </div>
    </Card>
  );
}
