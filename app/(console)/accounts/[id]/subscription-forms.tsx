'use client';

import { type FormEvent, useState } from 'react';
import { graphqlRequest, type UserErrorData } from '@/app/_components/graphql-client';
import { Button } from '@/app/_components/ui/button';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { type SubscriptionData, today } from './account-query';
import { useProductOptions } from './product-options';

type Payload = { subscription: { id: string } | null; userErrors: UserErrorData[] };

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

async function mutate(name: 'createSubscription' | 'changeSubscription' | 'endSubscription', input: object) {
  const inputType = `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
  const data = await graphqlRequest<Record<string, Payload>>(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { subscription { id } userErrors { code field message } } }`,
    { input },
  );
  return data[name] as Payload;
}

function Actions({ pending, label, onCancel }: { pending: boolean; label: string; onCancel: () => void }) {
  return (
    <div className="flex items-end gap-2">
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : label}
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}

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
  const products = useProductOptions('RECURRING');
  const [productId, setProductId] = useState('');
  const { errors, pending, submit } = useFormSubmission();
  const selected = productId || products[0]?.id || '';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const payload = await submit(() =>
      mutate('createSubscription', {
        accountId,
        productId: selected,
        quantity: text(form, 'quantity'),
        unitPrice: text(form, 'unitPrice') || null,
        discountPercent: text(form, 'discountPercent') || null,
        startDate: text(form, 'startDate'),
        serviceIds: text(form, 'serviceIds')
          .split(/[\s,]+/)
          .filter(Boolean),
      }),
    );
    if (payload) onDone();
  }

  return (
    <form onSubmit={onSubmit} aria-label="Add a subscription" className="rounded-md bg-slate-50 p-4">
      <div className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
        <Field label="Product" error={errors.productId}>
          <Select value={selected} onChange={(e) => setProductId(e.target.value)} aria-label="Product">
            {products.length === 0 && <option value="">No recurring products</option>}
            {products.map((product) => (
              <option key={product.id} value={product.id}>
                {product.code} · {product.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Quantity" error={errors.quantity}>
          <TextInput name="quantity" inputMode="decimal" defaultValue="1" required />
        </Field>
        <Field label="Unit price" error={errors.unitPrice} hint="Empty: the catalog price">
          <TextInput name="unitPrice" inputMode="decimal" />
        </Field>
        <Field label="Discount %" error={errors.discountPercent}>
          <TextInput name="discountPercent" inputMode="decimal" placeholder="0" />
        </Field>
        <Field label="Start date" error={errors.startDate}>
          <TextInput name="startDate" type="date" defaultValue={today()} required />
        </Field>
        <Field label="Service ids" error={errors.serviceIds} hint="Numbers, circuits">
          <TextInput name="serviceIds" />
        </Field>
      </div>
      {errors.form && <p className="mt-3 text-sm text-red-700">{errors.form}</p>}
      <div className="mt-4">
        <Actions pending={pending || !selected} label="Add subscription" onCancel={onCancel} />
      </div>
    </form>
  );
}

/** New quantity, price or discount from a date: the subscription ends that day and a new one starts. */
export function ChangeSubscriptionForm({
  subscription,
  onDone,
  onCancel,
}: {
  subscription: SubscriptionData;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { errors, pending, submit } = useFormSubmission();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const payload = await submit(() =>
      mutate('changeSubscription', {
        id: subscription.id,
        effectiveDate: text(form, 'effectiveDate'),
        quantity: text(form, 'quantity'),
        unitPrice: text(form, 'unitPrice') || null,
        discountPercent: text(form, 'discountPercent') || '0',
      }),
    );
    if (payload) onDone();
  }

  return (
    <form onSubmit={onSubmit} aria-label="Change the subscription" className="grid gap-3 sm:grid-cols-5">
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
      <Actions pending={pending} label="Change" onCancel={onCancel} />
      {errors.form && <p className="text-sm text-red-700 sm:col-span-5">{errors.form}</p>}
    </form>
  );
}

/** Ends a subscription: the end date is the first day no longer billed. */
export function EndSubscriptionForm({
  subscription,
  onDone,
  onCancel,
}: {
  subscription: SubscriptionData;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { errors, pending, submit } = useFormSubmission();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const payload = await submit(() =>
      mutate('endSubscription', { id: subscription.id, endDate: text(form, 'endDate') }),
    );
    if (payload) onDone();
  }

  return (
    <form onSubmit={onSubmit} aria-label="End the subscription" className="grid gap-3 sm:grid-cols-5">
      <Field label="First day not billed" error={errors.endDate}>
        <TextInput name="endDate" type="date" defaultValue={today()} required />
      </Field>
      <Actions pending={pending} label="End subscription" onCancel={onCancel} />
      {errors.form && <p className="text-sm text-red-700 sm:col-span-5">{errors.form}</p>}
    </form>
  );
}
