'use client';

import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { ProductKind } from '@/app/_gql/graphql';

const ACCOUNT_PRODUCT_OPTIONS = graphql(`
  query AccountProductOptions($kind: ProductKind) {
    products(first: 200, filter: { kind: $kind, isActive: true }) { edges { node { id code name } } }
  }
`);

/**
 * The `productId` of a form: one active product of a kind, by code, the first until the user
 * picks another. Required, so with no such product the form cannot be sent.
 */
export function ProductField({
  kind,
  ariaLabel,
  noneText,
  error,
}: {
  kind: ProductKind;
  ariaLabel: string;
  noneText: string;
  error?: string;
}) {
  const { data } = useGraphQLQuery(ACCOUNT_PRODUCT_OPTIONS, { kind });
  const products = (data?.products.edges ?? [])
    .map((edge) => edge.node)
    .sort((a, b) => a.code.localeCompare(b.code));
  return (
    <Field label="Product" error={error}>
      {/* keyed by the count: the first product is chosen once they have loaded */}
      <Select name="productId" aria-label={ariaLabel} required key={products.length}>
        {products.length === 0 && <option value="">{noneText}</option>}
        {products.map((product) => (
          <option key={product.id} value={product.id}>
            {product.code} · {product.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** How many of the product, and at what price when not the catalog's: the `quantity` and `unitPrice` of a form. */
export function QuantityAndUnitPriceFields({ errors }: { errors: Record<string, string> }) {
  return (
    <>
      <Field label="Quantity" error={errors.quantity}>
        <TextInput name="quantity" inputMode="decimal" defaultValue="1" required />
      </Field>
      <Field label="Unit price" error={errors.unitPrice} hint="Empty: the catalog price">
        <TextInput name="unitPrice" inputMode="decimal" />
      </Field>
    </>
  );
}
