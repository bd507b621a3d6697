'use client';

import { type FormEvent, useState } from 'react';
import { type AccountOption, AccountPicker } from '@/app/_components/account-picker';
import type { UserErrorData } from '@/app/_components/graphql-client';
import { Button } from '@/app/_components/ui/button';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { useRatePlanOptions } from './account-options';

/** The editable fields of an account, as the API names them. */
export interface AccountFields {
  externalId: string;
  name: string;
  currency: string;
  status?: 'ACTIVE' | 'SUSPENDED' | 'CLOSED';
  billingEmail: string | null;
  contactName: string | null;
  taxRegion: string | null;
  ratePlanId: string | null;
  billingCycle: 'CALENDAR_MONTH' | 'ANNIVERSARY';
  billingDay: number;
  paymentTermsDays: number;
  invoiceDelivery: 'EMAIL' | 'PORTAL' | 'MAIL' | 'NONE';
  parentAccountId: string | null;
  billToParent: boolean;
}

const blank: AccountFields = {
  externalId: '',
  name: '',
  currency: 'USD',
  billingEmail: null,
  contactName: null,
  taxRegion: null,
  ratePlanId: null,
  billingCycle: 'CALENDAR_MONTH',
  billingDay: 1,
  paymentTermsDays: 30,
  invoiceDelivery: 'EMAIL',
  parentAccountId: null,
  billToParent: false,
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/**
 * The account form, for a new account or an edit: `save` sends the fields and resolves to
 * the mutation payload; on success `onSaved` gets the account id. `initialParent` is the
 * account `initial.parentAccountId` names, shown in the parent picker.
 */
export function AccountFieldsForm({
  initial,
  initialParent = null,
  accountId,
  save,
  onSaved,
  onCancel,
  submitLabel,
}: {
  initial?: AccountFields;
  initialParent?: AccountOption | null;
  accountId?: string;
  save: (fields: AccountFields) => Promise<{ account: { id: string } | null; userErrors: UserErrorData[] }>;
  onSaved: (id: string) => void;
  onCancel?: () => void;
  submitLabel: string;
}) {
  const start = initial ?? blank;
  const ratePlans = useRatePlanOptions();
  const [parent, setParent] = useState<AccountOption | null>(initialParent);
  const [cycle, setCycle] = useState(start.billingCycle);
  const { errors, pending, submit } = useFormSubmission();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const fields: AccountFields = {
      externalId: text(form, 'externalId'),
      name: text(form, 'name'),
      currency: text(form, 'currency').toUpperCase(),
      billingEmail: text(form, 'billingEmail') || null,
      contactName: text(form, 'contactName') || null,
      taxRegion: text(form, 'taxRegion') || null,
      ratePlanId: text(form, 'ratePlanId') || null,
      billingCycle: text(form, 'billingCycle') as AccountFields['billingCycle'],
      billingDay: Number(text(form, 'billingDay') || 1),
      paymentTermsDays: Number(text(form, 'paymentTermsDays') || 0),
      invoiceDelivery: text(form, 'invoiceDelivery') as AccountFields['invoiceDelivery'],
      parentAccountId: text(form, 'parentAccountId') || null,
      billToParent: form.get('billToParent') === 'on',
      ...(start.status ? { status: text(form, 'status') as AccountFields['status'] } : {}),
    };
    const payload = await submit(() => save(fields));
    if (payload?.account) onSaved(payload.account.id);
  }

  return (
    <form onSubmit={onSubmit} aria-label={submitLabel}>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="Name" error={errors.name}>
          <TextInput name="name" defaultValue={start.name} required />
        </Field>
        <Field label="Account number (external id)" error={errors.externalId}>
          <TextInput name="externalId" defaultValue={start.externalId} required />
        </Field>
        <Field label="Currency" error={errors.currency} hint="Fixed once the account has invoices">
          <TextInput name="currency" defaultValue={start.currency} maxLength={3} required />
        </Field>
        {start.status && (
          <Field label="Status" error={errors.status}>
            <Select name="status" defaultValue={start.status}>
              <option value="ACTIVE">Active</option>
              <option value="SUSPENDED">Suspended</option>
              <option value="CLOSED">Closed</option>
            </Select>
          </Field>
        )}
        <Field label="Billing email" error={errors.billingEmail}>
          <TextInput name="billingEmail" type="email" defaultValue={start.billingEmail ?? ''} />
        </Field>
        <Field label="Billing contact" error={errors.contactName}>
          <TextInput name="contactName" defaultValue={start.contactName ?? ''} />
        </Field>
        <Field label="Tax region" error={errors.taxRegion} hint="e.g. US-TX; empty for no tax">
          <TextInput name="taxRegion" defaultValue={start.taxRegion ?? ''} />
        </Field>
        <Field label="Rate plan" error={errors.ratePlanId}>
          <Select name="ratePlanId" defaultValue={start.ratePlanId ?? ''} key={ratePlans.length}>
            <option value="">None</option>
            {ratePlans.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {plan.code} · {plan.name} ({plan.currency})
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Billing cycle" error={errors.billingCycle}>
          <Select
            name="billingCycle"
            value={cycle}
            onChange={(e) => setCycle(e.target.value as AccountFields['billingCycle'])}
          >
            <option value="CALENDAR_MONTH">Calendar month</option>
            <option value="ANNIVERSARY">Anniversary</option>
          </Select>
        </Field>
        {cycle === 'ANNIVERSARY' && (
          <Field label="Billing day (1–28)" error={errors.billingDay}>
            <TextInput name="billingDay" type="number" min={1} max={28} defaultValue={start.billingDay} />
          </Field>
        )}
        <Field label="Payment terms (net days)" error={errors.paymentTermsDays}>
          <TextInput name="paymentTermsDays" type="number" min={0} defaultValue={start.paymentTermsDays} />
        </Field>
        <Field label="Invoice delivery" error={errors.invoiceDelivery}>
          <Select name="invoiceDelivery" defaultValue={start.invoiceDelivery}>
            <option value="EMAIL">Email</option>
            <option value="PORTAL">Portal</option>
            <option value="MAIL">Mail</option>
            <option value="NONE">None</option>
          </Select>
        </Field>
        <AccountPicker
          label="Parent account"
          name="parentAccountId"
          value={parent}
          onChange={setParent}
          isClearable
          excludeId={accountId}
          error={errors.parentAccountId}
        />
        <label className="flex items-center gap-2 self-end pb-2 text-sm text-slate-700">
          <input type="checkbox" name="billToParent" defaultChecked={start.billToParent} />
          Parent pays (bill to parent)
        </label>
      </div>
      {errors.form && <p className="mt-3 text-sm text-red-700">{errors.form}</p>}
      <div className="mt-4 flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
