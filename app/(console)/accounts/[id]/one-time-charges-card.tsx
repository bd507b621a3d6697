'use client';

import { formatDay } from '@/app/_components/format';
import { useCan } from '@/app/_components/permissions';
import { today } from '@/app/_components/today';
import { CardWithInlineForm } from '@/app/_components/ui/card-with-inline-form';
import { Field, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { OneTimeChargesCardAccountFragment } from '@/app/_gql/graphql';
import { formatQuantity, formatUnitPrice } from '@/lib/money/format-money';
import { ProductField, QuantityAndUnitPriceFields } from './product-field';

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

function AddChargeForm({
  accountId,
  onDone,
  onCancel,
}: {
  accountId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: ONE_TIME_CHARGES_CARD_ADD,
    toVariables: (values) => ({
      input: {
        accountId,
        productId: values.text('productId'),
        chargeDate: values.text('chargeDate'),
        quantity: values.text('quantity'),
        unitPrice: values.optionalText('unitPrice'),
        description: values.optionalText('description'),
      },
    }),
    payload: (data) => data.addOneTimeCharge,
    onDone,
  });

  return (
    <FormPanel aria-label="Add a one-time charge" onSubmit={onSubmit}>
      <div className="grid gap-4 sm:grid-cols-3 lg:grid-cols-5">
        <ProductField
          kind="ONE_TIME"
          ariaLabel="One-time product"
          noneText="No one-time products"
          error={errors.productId}
        />
        <Field label="Charge date" error={errors.chargeDate}>
          <TextInput name="chargeDate" type="date" defaultValue={today()} required />
        </Field>
        <QuantityAndUnitPriceFields errors={errors} />
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
    </FormPanel>
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
  return (
    <CardWithInlineForm
      title="One-time charges"
      openLabel="Add charge"
      canOpen={can('addOneTimeCharge')}
      form={(close) => (
        <AddChargeForm
          accountId={account.id}
          onDone={() => {
            close();
            onChanged();
          }}
          onCancel={close}
        />
      )}
    >
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
    </CardWithInlineForm>
  );
}
