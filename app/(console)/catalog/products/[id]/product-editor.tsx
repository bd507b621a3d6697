'use client';

import { type FormEvent, useState } from 'react';
import {
  emptyPriceDraft,
  type PriceDraft,
  PriceEditor,
  toLineRounding,
  toPriceInput,
} from '@/app/_components/catalog/price-editor';
import {
  describeUsageRules,
  toRecordRoundingInput,
  type UsageRulesDraft,
  UsageRulesFields,
} from '@/app/_components/catalog/usage-rules-fields';
import { formatDay } from '@/app/_components/format';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { ErrorText } from '@/app/_components/ui/error-text';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Cell, Table } from '@/app/_components/ui/table';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import { BackToCatalog } from '../../back-to-catalog';
import { describePrice } from '../../describe-price';
import { AllowanceEditor } from './allowance-editor';

const PRODUCT_EDITOR = graphql(`
  query ProductEditor($id: ID!) {
    product(id: $id) {
      id code name description kind usageType taxCategory isActive
      aggregation recordRounding { direction block }
      prices {
        ...DescribePricePrice
        id currency model amount unitPrice packageSize packagePrice freeUnits minimumCharge
        tiers { upTo unitPrice flatFee }
        ratePercent transactionFee transactionMinimum transactionMaximum freeTransactions freeAmount
        effectiveFrom effectiveTo
      }
      allowances { usageType usageProduct { id code } quantityPerUnit destinationClasses isPooled rollsOver }
    }
  }
`);

const PRODUCT_EDITOR_SET_PRICE = graphql(`
  mutation ProductEditorSetPrice($input: SetProductPriceInput!) {
    setProductPrice(input: $input) { price { id } userErrors { code field message } }
  }
`);

const PRODUCT_EDITOR_UPDATE_RULES = graphql(`
  mutation ProductEditorUpdateRules($input: UpdateProductInput!) {
    updateProduct(input: $input) { product { id } userErrors { code field message } }
  }
`);

export function ProductEditor({ id }: { id: string }) {
  const { data, error, reload } = useGraphQLQuery(PRODUCT_EDITOR, { id });
  const { errors, pending, submit } = useFormSubmission();
  const rulesForm = useFormSubmission();
  const [draft, setDraft] = useState<PriceDraft | null>(null);
  const [rules, setRules] = useState<UsageRulesDraft | null>(null);
  const product = data?.product;
  if (error) return <ErrorText>{error}</ErrorText>;
  if (!data) return null;
  if (!product) return <p className="text-sm text-slate-600">No such product.</p>;

  const current = product.prices.find((price) => price.effectiveTo === null);
  const startEditing = () => {
    const base = emptyPriceDraft(current?.model ?? 'PER_UNIT');
    setDraft({
      ...base,
      currency: current?.currency ?? 'USD',
      amount: current?.amount ?? '',
      unitPrice: current?.unitPrice ?? '',
      packageSize: current?.packageSize ?? '',
      packagePrice: current?.packagePrice ?? '',
      freeUnits: current?.freeUnits ?? '',
      minimumCharge: current?.minimumCharge ?? '',
      tiers: current?.tiers.length
        ? current.tiers.map((tier) => ({
            upTo: tier.upTo ?? '',
            unitPrice: tier.unitPrice,
            flatFee: tier.flatFee ?? '',
          }))
        : base.tiers,
      percentage: {
        ratePercent: current?.ratePercent ?? '',
        transactionFee: current?.transactionFee ?? '',
        transactionMinimum: current?.transactionMinimum ?? '',
        transactionMaximum: current?.transactionMaximum ?? '',
        freeTransactions: current?.freeTransactions?.toString() ?? '',
        freeAmount: current?.freeAmount ?? '',
      },
    });
  };

  async function savePrice(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft) return;
    const input = {
      productId: id,
      price: { ...toPriceInput(draft), ...toLineRounding(draft), effectiveFrom: draft.effectiveFrom },
    };
    const saved = await submit(
      async () => (await graphqlRequest(PRODUCT_EDITOR_SET_PRICE, { input })).setProductPrice,
    );
    if (saved) {
      setDraft(null);
      await reload();
    }
  }

  const isMetered = product.kind === 'USAGE' && product.usageType !== 'VOICE';
  async function saveRules(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!rules) return;
    const recordRounding = toRecordRoundingInput(rules);
    const input = {
      id,
      aggregation: rules.aggregation,
      recordRounding,
      clearRecordRounding: recordRounding === null,
    };
    const saved = await rulesForm.submit(
      async () => (await graphqlRequest(PRODUCT_EDITOR_UPDATE_RULES, { input })).updateProduct,
    );
    if (saved) {
      setRules(null);
      await reload();
    }
  }

  return (
    <>
      <BackToCatalog />
      <PageHeader
        title={`${product.code} · ${product.name}`}
        description={`${product.kind.toLowerCase().replace('_', '-')}${product.usageType ? ` (${product.usageType.toLowerCase()})` : ''} · tax category ${product.taxCategory}${product.description ? ` · ${product.description}` : ''}`}
        actions={!product.isActive && <Badge>archived</Badge>}
      />
      <div className="space-y-6">
        <Card
          title="Prices"
          actions={!draft && <Button onClick={startEditing}>New price from a date</Button>}
        >
          {draft && (
            <form
              onSubmit={savePrice}
              aria-label="New price"
              className="mb-6 space-y-4 rounded-md border border-brand-100 p-4"
            >
              <PriceEditor
                value={draft}
                onChange={setDraft}
                allowRateDeck={product.usageType === 'VOICE'}
                recurring={product.kind === 'RECURRING'}
                errors={errors}
              />
              <FormFooter
                error={errors.form ?? errors.input ?? errors.price}
                pending={pending}
                submit="Save price"
                busy="Saving…"
                onCancel={() => setDraft(null)}
              />
            </form>
          )}
          {product.prices.length === 0 ? (
            <p className="text-sm text-slate-500">No price yet.</p>
          ) : (
            <Table head={['Currency', 'Price', 'From', 'Until', '']}>
              {product.prices.map((price) => (
                <tr key={price.id}>
                  <Cell>{price.currency}</Cell>
                  <Cell>{describePrice(price)}</Cell>
                  <Cell className="whitespace-nowrap">{formatDay(price.effectiveFrom)}</Cell>
                  <Cell className="whitespace-nowrap">{formatDay(price.effectiveTo)}</Cell>
                  <Cell>
                    {price.effectiveTo === null ? (
                      <Badge tone="good">in force</Badge>
                    ) : (
                      <Badge>history</Badge>
                    )}
                  </Cell>
                </tr>
              ))}
            </Table>
          )}
        </Card>
        {isMetered && (
          <Card
            title="Usage rules"
            actions={
              !rules && (
                <Button
                  onClick={() =>
                    setRules({
                      aggregation: product.aggregation,
                      rounding: product.recordRounding?.direction ?? 'OFF',
                      block: product.recordRounding?.block ?? '',
                    })
                  }
                >
                  Change
                </Button>
              )
            }
          >
            {rules ? (
              <form onSubmit={saveRules} aria-label="Usage rules" className="space-y-4">
                <UsageRulesFields value={rules} onChange={setRules} errors={rulesForm.errors} />
                <p className="text-xs text-slate-500">
                  Bill runs from now on use the new rules; issued invoices keep their lines.
                </p>
                <FormFooter
                  error={rulesForm.errors.form ?? rulesForm.errors.input}
                  pending={rulesForm.pending}
                  submit="Save rules"
                  busy="Saving…"
                  onCancel={() => setRules(null)}
                />
              </form>
            ) : (
              <p className="text-sm text-slate-700" data-testid="usage-rules">
                Period quantity: {describeUsageRules(product)}.
              </p>
            )}
          </Card>
        )}
        {product.kind === 'RECURRING' && (
          <AllowanceEditor productId={product.id} allowances={product.allowances} onSaved={reload} />
        )}
      </div>
    </>
  );
}
