'use client';

import Link from 'next/link';
import { useState } from 'react';
import {
  emptyPriceDraft,
  PriceEditor,
  type PriceModelValue,
  toPriceInput,
} from '@/app/_components/catalog/price-editor';
import { graphqlRequest, type UserErrorData } from '@/app/_components/graphql-client';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Cell, Table } from '@/app/_components/ui/table';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { describePrice, type PriceSummary } from '../../describe-price';

const PRODUCT_QUERY = `query Product($id: ID!) {
  product(id: $id) {
    id code name description kind usageType unitName taxCategory isActive
    prices { id currency model amount unitPrice packageSize packagePrice minimumCharge tiers { from unitPrice flatFee } effectiveFrom effectiveTo }
    allowances { minutesPerUnit destinationClasses }
  }
}`;

type PriceRow = PriceSummary & {
  id: string;
  currency: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  tiers: { from: string; unitPrice: string; flatFee: string | null }[];
};

export function ProductEditor({ id }: { id: string }) {
  const { data, error, reload } = useGraphQLQuery<{
    product: {
      code: string;
      name: string;
      description: string | null;
      kind: string;
      usageType: string | null;
      taxCategory: string;
      isActive: boolean;
      prices: PriceRow[];
      allowances: { minutesPerUnit: string; destinationClasses: string[] }[];
    } | null;
  }>(PRODUCT_QUERY, { id });
  const { errors, pending, submit } = useFormSubmission();
  const [draft, setDraft] = useState<ReturnType<typeof emptyPriceDraft> | null>(null);
  const product = data?.product;
  if (error) return <p className="text-sm text-red-700">{error}</p>;
  if (!data) return null;
  if (!product) return <p className="text-sm text-slate-600">No such product.</p>;

  const current = product.prices.find((price) => price.effectiveTo === null);
  const startEditing = () => {
    const base = emptyPriceDraft((current?.model as PriceModelValue) ?? 'PER_UNIT');
    setDraft({
      ...base,
      currency: current?.currency ?? 'USD',
      amount: current?.amount ?? '',
      unitPrice: current?.unitPrice ?? '',
      packageSize: current?.packageSize ?? '',
      packagePrice: current?.packagePrice ?? '',
      minimumCharge: current?.minimumCharge ?? '',
      tiers: current?.tiers.length
        ? current.tiers.map((tier) => ({
            from: tier.from,
            unitPrice: tier.unitPrice,
            flatFee: tier.flatFee ?? '',
          }))
        : base.tiers,
    });
  };

  async function savePrice() {
    if (!draft) return;
    const saved = await submit(async () => {
      const { setProductPrice } = await graphqlRequest<{
        setProductPrice: { price: { id: string } | null; userErrors: UserErrorData[] };
      }>(
        'mutation($input: SetProductPriceInput!) { setProductPrice(input: $input) { price { id } userErrors { code field message } } }',
        { input: { productId: id, price: { ...toPriceInput(draft), effectiveFrom: draft.effectiveFrom } } },
      );
      return setProductPrice;
    });
    if (saved) {
      setDraft(null);
      await reload();
    }
  }

  return (
    <>
      <p className="mb-2 text-sm">
        <Link className="text-brand-600 hover:underline" href="/catalog">
          ← Catalog
        </Link>
      </p>
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
            <div className="mb-6 rounded-md border border-brand-100 p-4">
              <PriceEditor
                value={draft}
                onChange={setDraft}
                allowRateDeck={product.usageType === 'VOICE'}
                errors={errors}
              />
              {(errors.form || errors.input || errors.price) && (
                <p className="mt-2 text-sm text-red-700">{errors.form ?? errors.input ?? errors.price}</p>
              )}
              <div className="mt-4 flex gap-2">
                <Button onClick={savePrice} disabled={pending}>
                  {pending ? 'Saving…' : 'Save price'}
                </Button>
                <Button variant="ghost" onClick={() => setDraft(null)}>
                  Cancel
                </Button>
              </div>
            </div>
          )}
          {product.prices.length === 0 ? (
            <p className="text-sm text-slate-500">No price yet.</p>
          ) : (
            <Table head={['Currency', 'Price', 'From', 'Until', '']}>
              {product.prices.map((price) => (
                <tr key={price.id}>
                  <Cell>{price.currency}</Cell>
                  <Cell>{describePrice(price)}</Cell>
                  <Cell>{price.effectiveFrom}</Cell>
                  <Cell>{price.effectiveTo ?? '—'}</Cell>
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
        {product.kind === 'RECURRING' && (
          <Card title="Included minutes">
            {product.allowances.length === 0 ? (
              <p className="text-sm text-slate-500">None.</p>
            ) : (
              <ul className="text-sm text-slate-700">
                {product.allowances.map((allowance) => (
                  <li key={allowance.minutesPerUnit + allowance.destinationClasses.join()}>
                    {allowance.minutesPerUnit} minutes per unit,{' '}
                    {allowance.destinationClasses.map((c) => c.toLowerCase().replace('_', '-')).join(', ')}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        )}
      </div>
    </>
  );
}
