'use client';

import { today } from '@/app/_components/today';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { ChangeSubscriptionFormSubscriptionFragment } from '@/app/_gql/graphql';
import { ProductField, QuantityAndUnitPriceFields } from './product-field';

/** What the change form starts from: the subscription's terms as they are. */
export const CHANGE_SUBSCRIPTION_FORM_SUBSCRIPTION = graphql(`
  fragment ChangeSubscriptionFormSubscription on AccountSubscription {
    id quantity unitPrice discountPercent
  }
`);

const SUBSCRIPTION_FORMS_CREATE = graphql(`
  mutation SubscriptionFormsCreate($input: CreateSubscriptionInput!) {
    createSubscription(input: $input) { subscription { id } userErrors { code field message } }
  }
`);

const SUBSCRIPTION_FORMS_CHANGE = graphql(`
  mutation SubscriptionFormsChange($input: ChangeSubscriptionInput!) {
    changeSubscription(input: $input) { subscription { id } userErrors { code field message } }
  }
`);

const SUBSCRIPTION_FORMS_END = graphql(`
  mutation SubscriptionFormsEnd($input: EndSubscriptionInput!) {
    endSubscription(input: $input) { subscription { id } userErrors { code field message } }
  }
`);

/** Subscribes the account to a recurring product from a date. */
export function AddSubscriptionForm({
  accountId,
  onDone,
  onCancel,
}: {
  accountId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: SUBSCRIPTION_FORMS_CREATE,
    toVariables: (values) => ({
      input: {
        accountId,
        productId: values.text('productId'),
        quantity: values.text('quantity'),
        unitPrice: values.optionalText('unitPrice'),
        discountPercent: values.optionalText('discountPercent'),
        startDate: values.text('startDate'),
        billingAlignment:
          values.text('billingAlignment') === 'SUBSCRIPTION'
            ? ('SUBSCRIPTION' as const)
            : ('ACCOUNT' as const),
        serviceIds: values
          .text('serviceIds')
          .split(/[\s,]+/)
          .filter(Boolean),
      },
    }),
    payload: (data) => data.createSubscription,
    onDone,
  });

  return (
    <FormPanel aria-label="Add a subscription" onSubmit={onSubmit}>
      <div className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
        <ProductField
          kind="RECURRING"
          ariaLabel="Product"
          noneText="No recurring products"
          error={errors.productId}
        />
        <QuantityAndUnitPriceFields errors={errors} />
        <Field label="Discount %" error={errors.discountPercent}>
          <TextInput name="discountPercent" inputMode="decimal" placeholder="0" />
        </Field>
        <Field label="Start date" error={errors.startDate}>
          <TextInput name="startDate" type="date" defaultValue={today()} required />
        </Field>
        <Field label="Service ids" error={errors.serviceIds} hint="Numbers, circuits">
          <TextInput name="serviceIds" />
        </Field>
        <Field label="Billing periods start" error={errors.billingAlignment}>
          <Select name="billingAlignment" defaultValue="ACCOUNT">
            <option value="ACCOUNT">On the account's billing day</option>
            <option value="SUBSCRIPTION">On the day of the month it begins</option>
          </Select>
        </Field>
      </div>
      <FormFooter
        error={errors.form}
        pending={pending}
        submit="Add subscription"
        busy="Saving…"
        onCancel={onCancel}
      />
    </FormPanel>
  );
}

/** New quantity, price or discount from a date: the subscription ends that day and a new one starts. */
export function ChangeSubscriptionForm({
  subscription,
  onDone,
  onCancel,
}: {
  subscription: ChangeSubscriptionFormSubscriptionFragment;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: SUBSCRIPTION_FORMS_CHANGE,
    toVariables: (values) => ({
      input: {
        id: subscription.id,
        effectiveDate: values.text('effectiveDate'),
        quantity: values.text('quantity'),
        unitPrice: values.optionalText('unitPrice'),
        discountPercent: values.text('discountPercent') || '0',
      },
    }),
    payload: (data) => data.changeSubscription,
    onDone,
  });

  return (
    <form onSubmit={onSubmit} aria-label="Change the subscription" className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-4">
        <Field label="From" error={errors.effectiveDate}>
          <TextInput name="effectiveDate" type="date" defaultValue={today()} required />
        </Field>
        <Field label="Quantity" error={errors.quantity}>
          <TextInput name="quantity" inputMode="decimal" defaultValue={subscription.quantity} required />
        </Field>
        <Field label="Unit price" error={errors.unitPrice} hint="Empty: the catalog price">
          <TextInput name="unitPrice" inputMode="decimal" defaultValue={subscription.unitPrice ?? ''} />
        </Field>
        <Field label="Discount %" error={errors.discountPercent}>
          <TextInput name="discountPercent" inputMode="decimal" defaultValue={subscription.discountPercent} />
        </Field>
      </div>
      <FormFooter error={errors.form} pending={pending} submit="Change" busy="Saving…" onCancel={onCancel} />
    </form>
  );
}

/** Ends a subscription: the end date is the first day no longer billed. */
export function EndSubscriptionForm({
  subscriptionId,
  onDone,
  onCancel,
}: {
  subscriptionId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: SUBSCRIPTION_FORMS_END,
    toVariables: (values) => ({ input: { id: subscriptionId, endDate: values.text('endDate') } }),
    payload: (data) => data.endSubscription,
    onDone,
  });

  return (
    <form onSubmit={onSubmit} aria-label="End the subscription" className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-4">
        <Field label="First day not billed" error={errors.endDate}>
          <TextInput name="endDate" type="date" defaultValue={today()} required />
        </Field>
      </div>
      <FormFooter
        error={errors.form}
        pending={pending}
        submit="End subscription"
        busy="Saving…"
        onCancel={onCancel}
      />
    </form>
  );
}
