'use client';

import Link from 'next/link';
import { useState } from 'react';
import {
  emptyPriceDraft,
  PriceEditor,
  toLineRounding,
  toPriceInput,
} from '@/app/_components/catalog/price-editor';
import {
  defaultUsageRules,
  toRecordRoundingInput,
  UsageRulesFields,
} from '@/app/_components/catalog/usage-rules-fields';
import { formatDay } from '@/app/_components/format';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { ChoiceSelect, choicesOf } from '@/app/_components/ui/choice-select';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { ProductKind, UsageType } from '@/app/_gql/graphql';
import { describePrice } from './describe-price';

const CATALOG_BROWSER = graphql(`
  query CatalogBrowser($search: String) {
    products(first: 100, filter: { search: $search }) {
      edges {
        node {
          id code name kind usageType taxCategory isActive
          priceOn(currency: "USD") { ...DescribePricePrice }
        }
      }
    }
    ratePlans { id code name currency timeZone versionOn { version effectiveFrom entryCount } }
  }
`);

const CATALOG_BROWSER_CREATE_PRODUCT = graphql(`
  mutation CatalogBrowserCreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) { product { id } userErrors { code field message } }
  }
`);

const kindLabels: Record<ProductKind, string> = {
  RECURRING: 'recurring',
  USAGE: 'usage',
  ONE_TIME: 'one-time',
};
const kinds = choicesOf(kindLabels);

const usageTypeLabels: Record<UsageType, string> = {
  VOICE: 'voice (rate deck)',
  SMS: 'messages',
  DATA: 'data (MB)',
  CUSTOM: 'a custom unit',
};
const usageTypes = choicesOf(usageTypeLabels);

export function CatalogBrowser() {
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const { data, error, reload } = useGraphQLQuery(CATALOG_BROWSER, { search: search || null });
  const products = (data?.products.edges ?? [])
    .map((edge) => edge.node)
    .sort((a, b) => a.code.localeCompare(b.code));

  return (
    <div className="space-y-6">
      {creating && (
        <NewProductForm
          onDone={async () => {
            setCreating(false);
            await reload();
          }}
        />
      )}
      <Card
        title="Products"
        actions={
          <>
            <TextInput
              aria-label="Search products"
              placeholder="Search code or name"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              className="w-56"
            />
            {!creating && <Button onClick={() => setCreating(true)}>New product</Button>}
          </>
        }
      >
        <ErrorText>{error}</ErrorText>
        {data && products.length === 0 && (
          <p className="text-sm text-slate-500">No products{search ? ' match' : ' yet'}.</p>
        )}
        {products.length > 0 && (
          <Table head={['Code', 'Name', 'Kind', 'Price (USD, today)', 'Tax category', '']}>
            {products.map((product) => (
              <tr key={product.id}>
                <Cell className="font-mono text-xs">
                  <Link className="text-brand-600 hover:underline" href={`/catalog/products/${product.id}`}>
                    {product.code}
                  </Link>
                </Cell>
                <Cell className="font-medium text-slate-900">{product.name}</Cell>
                <Cell>
                  {kindLabels[product.kind]}
                  {product.usageType && (
                    <span className="text-slate-400"> · {product.usageType.toLowerCase()}</span>
                  )}
                </Cell>
                <Cell>{describePrice(product.priceOn)}</Cell>
                <Cell>{product.taxCategory}</Cell>
                <Cell>{!product.isActive && <Badge>archived</Badge>}</Cell>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <Card title="Rate plans">
        {data && data.ratePlans.length === 0 && <p className="text-sm text-slate-500">No rate plans yet.</p>}
        {data && data.ratePlans.length > 0 && (
          <Table head={['Code', 'Name', 'Currency', 'Time zone', 'In force today']}>
            {data.ratePlans.map((plan) => (
              <tr key={plan.id}>
                <Cell className="font-mono text-xs">
                  <Link className="text-brand-600 hover:underline" href={`/catalog/rate-plans/${plan.id}`}>
                    {plan.code}
                  </Link>
                </Cell>
                <Cell className="font-medium text-slate-900">{plan.name}</Cell>
                <Cell>{plan.currency}</Cell>
                <Cell>{plan.timeZone}</Cell>
                <Cell>
                  {plan.versionOn
                    ? `version ${plan.versionOn.version} since ${formatDay(plan.versionOn.effectiveFrom)}, ${plan.versionOn.entryCount.toLocaleString('en-US')} destinations`
                    : 'no rates in force'}
                </Cell>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}

function NewProductForm({ onDone }: { onDone: () => Promise<void> }) {
  const [kind, setKind] = useState<ProductKind>('RECURRING');
  const [usageType, setUsageType] = useState<UsageType>('VOICE');
  const [price, setPrice] = useState(emptyPriceDraft());
  const [rules, setRules] = useState(defaultUsageRules);
  const isMetered = kind === 'USAGE' && usageType !== 'VOICE';
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: CATALOG_BROWSER_CREATE_PRODUCT,
    toVariables: (values) => ({
      input: {
        code: values.text('code'),
        name: values.text('name'),
        kind,
        usageType: kind === 'USAGE' ? usageType : null,
        unitName: values.optionalText('unitName'),
        aggregation: isMetered ? rules.aggregation : null,
        recordRounding: isMetered ? toRecordRoundingInput(rules) : null,
        taxCategory: values.text('taxCategory'),
        price: { ...toPriceInput(price), ...toLineRounding(price), effectiveFrom: price.effectiveFrom },
      },
    }),
    payload: (data) => data.createProduct,
    onDone: () => void onDone(),
  });

  return (
    <Card title="New product">
      <form onSubmit={onSubmit} aria-label="New product" className="space-y-5">
        <div className="grid gap-4 md:grid-cols-5">
          <Field label="Code" error={errors.code}>
            <TextInput name="code" required placeholder="e.g. HPBX-SEAT" />
          </Field>
          <Field label="Name" error={errors.name}>
            <TextInput name="name" required />
          </Field>
          <Field label="Kind">
            <ChoiceSelect choices={kinds} labels={kindLabels} value={kind} onChange={setKind} />
          </Field>
          {kind === 'USAGE' ? (
            <Field label="Counts" error={errors.usageType}>
              <ChoiceSelect
                choices={usageTypes}
                labels={usageTypeLabels}
                value={usageType}
                onChange={setUsageType}
              />
            </Field>
          ) : (
            <span />
          )}
          <Field label="Tax category" error={errors.taxCategory}>
            <TextInput name="taxCategory" defaultValue="telecom" required />
          </Field>
        </div>
        {isMetered && <UsageRulesFields value={rules} onChange={setRules} errors={errors} />}
        <PriceEditor
          value={price}
          onChange={setPrice}
          allowRateDeck={kind === 'USAGE' && usageType === 'VOICE'}
          recurring={kind === 'RECURRING'}
          errors={errors}
        />
        <FormFooter
          error={errors.form ?? errors.price ?? errors.input}
          pending={pending}
          submit="Create product"
          busy="Saving…"
          onCancel={() => void onDone()}
        />
      </form>
    </Card>
  );
}
