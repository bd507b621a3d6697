'use client';

import { type FormEvent, useState } from 'react';
import { type AccountOption, AccountPicker } from '@/app/_components/account-picker';
import { FormValues } from '@/app/_components/form-values';
import type { UserErrorData } from '@/app/_components/graphql-client';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { ChoiceOptions, ChoiceSelect, isOneOf } from '@/app/_components/ui/choice-select';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { graphql } from '@/app/_gql';
import type { AccountFieldsFormAccountFragment, AccountFieldsInput, BillingCycle } from '@/app/_gql/graphql';
import {
  accountStatuses,
  accountStatusLabels,
  billingCycleLabels,
  billingCycles,
  invoiceDeliveries,
  invoiceDeliveryLabels,
  useRatePlanOptions,
} from './account-options';

/** What the edit form starts from: the account's editable fields as they are. */
export const ACCOUNT_FIELDS_FORM_ACCOUNT = graphql(`
  fragment AccountFieldsFormAccount on Account {
    id externalId name currency status billingEmail contactName taxRegion billingCycle billingDay
    paymentTermsDays invoiceDelivery billToParent
    ratePlan { id }
    parent { id externalId name currency }
  }
`);

/**
 * The account form, for a new account or (with `account`) an edit: `save` sends the fields
 * and resolves to the mutation payload; on success `onSaved` gets the account id.
 */
export function AccountFieldsForm({
  account,
  save,
  onSaved,
  onCancel,
  submitLabel,
}: {
  account?: AccountFieldsFormAccountFragment;
  save: (
    fields: AccountFieldsInput,
  ) => Promise<{ account: { id: string } | null; userErrors: UserErrorData[] }>;
  onSaved: (id: string) => void;
  onCancel?: () => void;
  submitLabel: string;
}) {
  const ratePlans = useRatePlanOptions();
  const [parent, setParent] = useState<AccountOption | null>(account?.parent ?? null);
  const [cycle, setCycle] = useState<BillingCycle>(account?.billingCycle ?? 'CALENDAR_MONTH');
  const { errors, pending, submit } = useFormSubmission();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = FormValues.of(event.currentTarget);
    const delivery = values.text('invoiceDelivery');
    const status = values.text('status');
    const fields: AccountFieldsInput = {
      externalId: values.text('externalId'),
      name: values.text('name'),
      currency: values.text('currency').toUpperCase(),
      billingEmail: values.optionalText('billingEmail'),
      contactName: values.optionalText('contactName'),
      taxRegion: values.optionalText('taxRegion'),
      ratePlanId: values.optionalText('ratePlanId'),
      billingCycle: cycle,
      billingDay: Number(values.text('billingDay') || 1),
      paymentTermsDays: Number(values.text('paymentTermsDays') || 0),
      invoiceDelivery: isOneOf(invoiceDeliveries, delivery) ? delivery : undefined,
      parentAccountId: values.optionalText('parentAccountId'),
      billToParent: values.checked('billToParent'),
      ...(account ? { status: isOneOf(accountStatuses, status) ? status : undefined } : {}),
    };
    const payload = await submit(() => save(fields));
    if (payload?.account) onSaved(payload.account.id);
  }

  return (
    <form onSubmit={onSubmit} aria-label={submitLabel} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="Name" error={errors.name}>
          <TextInput name="name" defaultValue={account?.name ?? ''} required />
        </Field>
        <Field label="Account number (external id)" error={errors.externalId}>
          <TextInput name="externalId" defaultValue={account?.externalId ?? ''} required />
        </Field>
        <Field label="Currency" error={errors.currency} hint="Fixed once the account has invoices">
          <TextInput name="currency" defaultValue={account?.currency ?? 'USD'} maxLength={3} required />
        </Field>
        {account && (
          <Field label="Status" error={errors.status}>
            <Select name="status" defaultValue={account.status}>
              <ChoiceOptions choices={accountStatuses} labels={accountStatusLabels} />
            </Select>
          </Field>
        )}
        <Field label="Billing email" error={errors.billingEmail}>
          <TextInput name="billingEmail" type="email" defaultValue={account?.billingEmail ?? ''} />
        </Field>
        <Field label="Billing contact" error={errors.contactName}>
          <TextInput name="contactName" defaultValue={account?.contactName ?? ''} />
        </Field>
        <Field label="Tax region" error={errors.taxRegion} hint="e.g. US-TX; empty for no tax">
          <TextInput name="taxRegion" defaultValue={account?.taxRegion ?? ''} />
        </Field>
        <Field label="Rate plan" error={errors.ratePlanId}>
          <Select name="ratePlanId" defaultValue={account?.ratePlan?.id ?? ''} key={ratePlans.length}>
            <option value="">None</option>
            {ratePlans.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {plan.code} · {plan.name} ({plan.currency})
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Billing cycle" error={errors.billingCycle}>
          <ChoiceSelect
            name="billingCycle"
            choices={billingCycles}
            labels={billingCycleLabels}
            value={cycle}
            onChange={setCycle}
          />
        </Field>
        {cycle === 'ANNIVERSARY' && (
          <Field label="Billing day (1–28)" error={errors.billingDay}>
            <TextInput
              name="billingDay"
              type="number"
              min={1}
              max={28}
              defaultValue={account?.billingDay ?? 1}
            />
          </Field>
        )}
        <Field label="Payment terms (net days)" error={errors.paymentTermsDays}>
          <TextInput
            name="paymentTermsDays"
            type="number"
            min={0}
            defaultValue={account?.paymentTermsDays ?? 30}
          />
        </Field>
        <Field label="Invoice delivery" error={errors.invoiceDelivery}>
          <Select name="invoiceDelivery" defaultValue={account?.invoiceDelivery ?? 'EMAIL'}>
            <ChoiceOptions choices={invoiceDeliveries} labels={invoiceDeliveryLabels} />
          </Select>
        </Field>
        <AccountPicker
          label="Parent account"
          name="parentAccountId"
          value={parent}
          onChange={setParent}
          isClearable
          excludeId={account?.id}
          error={errors.parentAccountId}
        />
        <Checkbox name="billToParent" defaultChecked={account?.billToParent ?? false}>
          Parent pays (bill to parent)
        </Checkbox>
      </div>
      <FormFooter
        error={errors.form}
        pending={pending}
        submit={submitLabel}
        busy="Saving…"
        onCancel={onCancel}
      />
    </form>
  );
}
