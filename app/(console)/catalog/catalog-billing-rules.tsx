'use client';

import { useState } from 'react';
import { useCan } from '@/app/_components/permissions';
import { Card } from '@/app/_components/ui/card';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { choicesOf } from '@/app/_components/ui/choice-select';
import { Field, Select } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { BillingTiming, CatalogBillingRulesQuery, ProrationMethod } from '@/app/_gql/graphql';

const CATALOGS = graphql(`
  query CatalogBillingRules {
    catalogs { id code name defaultBillingTiming prorationMethod creditUnusedOnCancel billPartialWithNextPeriod }
  }
`);

const UPDATE = graphql(`
  mutation CatalogBillingRulesUpdate($input: UpdateCatalogBillingInput!) {
    updateCatalogBilling(input: $input) {
      catalog { id }
      userErrors { code field message }
    }
  }
`);

const timingLabels: Record<BillingTiming, string> = {
  IN_ADVANCE: 'In advance (the coming period)',
  IN_ARREARS: 'In arrears (the period just ended)',
};
const prorationLabels: Record<ProrationMethod, string> = {
  ACTUAL_DAYS: 'Actual days of the period',
  THIRTY_DAY_MONTHS: '30-day months',
  DAILY_RATE_ROUNDED: 'Daily rate rounded to the cent, × days',
  NONE: 'None: a started period costs in full',
};

type Catalog = CatalogBillingRulesQuery['catalogs'][number];

/** Per catalog: when recurring charges are billed and how partial periods and changes are charged. */
export function CatalogBillingRules() {
  const [refresh, setRefresh] = useState(0);
  const catalogs = useGraphQLQuery(CATALOGS, undefined, refresh);
  return (
    <Card title="How recurring charges are billed" label="Billing rules">
      {!catalogs.data && <QueryStatus error={catalogs.error} loading="Loading catalogs…" />}
      <div className="divide-y divide-slate-100">
        {catalogs.data?.catalogs.map((catalog) => (
          <CatalogRulesForm key={catalog.id} catalog={catalog} onSaved={() => setRefresh((n) => n + 1)} />
        ))}
      </div>
    </Card>
  );
}

function CatalogRulesForm({ catalog, onSaved }: { catalog: Catalog; onSaved: () => void }) {
  const can = useCan();
  const editable = can('updateCatalogBilling');
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: UPDATE,
    toVariables: (values) => ({
      input: {
        catalogId: catalog.id,
        defaultBillingTiming: values.text('defaultBillingTiming') as BillingTiming,
        prorationMethod: values.text('prorationMethod') as ProrationMethod,
        creditUnusedOnCancel: values.checked('creditUnusedOnCancel'),
        billPartialWithNextPeriod: values.checked('billPartialWithNextPeriod'),
      },
    }),
    payload: (data) => data.updateCatalogBilling,
    onDone: onSaved,
  });
  return (
    <form
      aria-label={`Billing rules of ${catalog.name}`}
      onSubmit={onSubmit}
      className="grid gap-4 py-4 first:pt-0 last:pb-0 lg:grid-cols-2"
    >
      <h3 className="text-sm font-semibold text-slate-900 lg:col-span-2">
        {catalog.name} <span className="font-normal text-slate-500">({catalog.code})</span>
      </h3>
      <Field
        label="Recurring prices are billed"
        hint="Each price can say otherwise; usage is always billed after the period."
        error={errors.defaultBillingTiming}
      >
        <Select name="defaultBillingTiming" defaultValue={catalog.defaultBillingTiming} disabled={!editable}>
          {choicesOf(timingLabels).map((timing) => (
            <option key={timing} value={timing}>
              {timingLabels[timing]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Partial periods are prorated by" error={errors.prorationMethod}>
        <Select name="prorationMethod" defaultValue={catalog.prorationMethod} disabled={!editable}>
          {choicesOf(prorationLabels).map((method) => (
            <option key={method} value={method}>
              {prorationLabels[method]}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        name="creditUnusedOnCancel"
        defaultChecked={catalog.creditUnusedOnCancel}
        disabled={!editable}
        hint="A change of quantity or price always credits the old terms' unused days."
      >
        Credit the unused days of a charge billed in advance when it is cancelled mid-period
      </Checkbox>
      <Checkbox
        name="billPartialWithNextPeriod"
        defaultChecked={catalog.billPartialWithNextPeriod}
        disabled={!editable}
        hint="Otherwise a partial first period is billed alone, on the invoice before it starts."
      >
        Bill a mid-period start's partial period together with its next full period
      </Checkbox>
      {editable && (
        <div className="lg:col-span-2">
          <FormFooter error={errors.form} pending={pending} submit="Save billing rules" busy="Saving…" />
        </div>
      )}
    </form>
  );
}
