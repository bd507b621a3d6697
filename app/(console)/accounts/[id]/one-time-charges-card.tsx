'use client';

import { type FormEvent, useState } from 'react';
import { formatDay } from '@/app/_components/format';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { useCan } from '@/app/_components/permissions';
import { todayUtc } from '@/app/_components/today-utc';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { graphql } from '@/app/_gql';
import type { OneTimeChargesCardAccountFragment } from '@/app/_gql/graphql';
import { formatQuantity, formatUnitPrice } from '@/lib/money/format-money';
import { useProductOptions } from './product-options';

export const ONE_TIME_CHARGES_CARD_ACCOUNT = graphql(`
  fragment OneTimeChargesCardAccount on Account {
    id currency
    oneTimeCharges { id chargeDate quantity unitPrice description product { code name } }
  }
`);

const ONE_TIME_CHARGES_CARD_ADD = graphql(`
  mutation OneTimeChargesCardAdd($input: AddOneTimeChargeInput!) {
    addOneTimeCharge(input: $input) { charge { id } userErrors { code field message } }
  }
`);

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

function AddChargeForm({
  accountId,
  onDone,
  onCancel,
}: {
  accountId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const products = useProductOptions('ONE_TIME');
  const [productId, setProductId] = useState('');
  const selected = productId || products[0]?.id || '';
  const { errors, pending, submit } = useFormSubmission();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      accountId,
      productId: selected,
      chargeDate: text(form, 'chargeDate'),
      quantity: text(form, 'quantity'),
      unitPrice: text(form, 'unitPrice') || null,
      description: text(form, 'description') || null,
    };
    const payload = await submit(
      async () => (await graphqlRequest(ONE_TIME_CHARGES_CARD_ADD, { input })).addOneTimeCharge,
    );
    if (payload) onDone();
  }

  return (
    <form
      onSubmit={onSubmit}
      aria-label="Add a one-time charge"
      className="space-y-4 rounded-md bg-slate-50 p-4"
    >
      <div className="grid gap-4 sm:grid-cols-3 lg:grid-cols-5">
        <Field label="Product" error={errors.productId}>
          {/* required: with no one-time product the empty choice cannot be submitted */}
          <Select
            value={selected}
            onChange={(e) => setProductId(e.target.value)}
            aria-label="One-time product"
            required
          >
            {products.length === 0 && <option value="">No one-time products</option>}
            {products.map((product) => (
              <option key={product.id} value={product.id}>
                {product.code} · {product.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Charge date" error={errors.chargeDate}>
          <TextInput name="chargeDate" type="date" defaultValue={todayUtc()} required />
        </Field>
        <Field label="Quantity" error={errors.quantity}>
          <TextInput name="quantity" inputMode="decimal" defaultValue="1" required />
        </Field>
        <Field label="Unit price" error={errors.unitPrice} hint="Empty: the catalog price">
          <TextInput name="unitPrice" inputMode="decimal" />
        </Field>
        <Field label="Description" error={errors.description}>
          <TextInput name="description" />
        </Field>
      </div>
      <FormFooter
        error={errors.form}
        pending={pending}
        submit="Add charge"
        busy="Adding…"
        onCancel={onCancel}
      />
    </form>
  );
}

/** One-time charges, billed on the invoice of their date's period. */
export function OneTimeChargesCard({
  account,
  onChanged,
}: {
  account: OneTimeChargesCardAccountFragment;
  onChanged: () => void;
}) {
  const can = useCan();
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title="One-time charges"
      actions={
        can('addOneTimeCharge') &&
        !adding && (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            Add charge
          </Button>
        )
      }
    >
      {adding && (
        <div className="mb-4">
          <AddChargeForm
            accountId={account.id}
            onDone={() => {
              setAdding(false);
              onChanged();
            }}
            onCancel={() => setAdding(false)}
          />
        </div>
      )}
      {account.oneTimeCharges.length === 0 ? (
        <p className="text-sm text-slate-500">No one-time charges.</p>
      ) : (
        <Table
          head={[
            'Date',
            'Product',
            'Description',
            <NumberHead key="q">Quantity</NumberHead>,
            <NumberHead key="p">Unit price</NumberHead>,
          ]}
        >
          {account.oneTimeCharges.map((charge) => (
            <tr key={charge.id}>
              <Cell className="whitespace-nowrap">{formatDay(charge.chargeDate)}</Cell>
              <Cell>
                {charge.product.name} <span className="text-xs text-slate-500">{charge.product.code}</span>
              </Cell>
              <Cell>{charge.description ?? '—'}</Cell>
              <NumberCell>{formatQuantity(charge.quantity)}</NumberCell>
              <NumberCell className="font-mono">
                {charge.unitPrice === null ? (
                  <span className="font-sans text-slate-500">catalog</span>
                ) : (
                  formatUnitPrice(charge.unitPrice, account.currency)
                )}
              </NumberCell>
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}
