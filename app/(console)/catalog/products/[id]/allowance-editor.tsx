'use client';

import { type FormEvent, useState } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { RowListEditor, useEditableRows } from '@/app/_components/ui/row-list-editor';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { DestinationClass, UsageType } from '@/app/_gql/graphql';

const ALLOWANCE_USAGE_PRODUCTS = graphql(`
  query AllowanceUsageProducts {
    products(first: 100, filter: { kind: USAGE, isActive: true }) { edges { node { id code name usageType } } }
  }
`);

const ALLOWANCE_EDITOR_SET = graphql(`
  mutation AllowanceEditorSet($input: SetProductAllowancesInput!) {
    setProductAllowances(input: $input) { product { id } userErrors { code field message } }
  }
`);

const USAGE_TYPES: UsageType[] = ['VOICE', 'SMS', 'DATA', 'CUSTOM'];
const CLASSES: DestinationClass[] = ['DOMESTIC', 'INTERNATIONAL', 'MOBILE', 'TOLL_FREE', 'PREMIUM', 'OTHER'];
const label = (value: string) => value.toLowerCase().replace('_', '-');

export interface AllowanceView {
  usageType: UsageType;
  usageProduct: { id: string; code: string } | null;
  quantityPerUnit: string;
  destinationClasses: DestinationClass[];
  isPooled: boolean;
  rollsOver: boolean;
}

interface AllowanceDraft {
  usageType: UsageType;
  usageProductId: string;
  quantityPerUnit: string;
  destinationClasses: DestinationClass[];
  isPooled: boolean;
  rollsOver: boolean;
}

const blank: AllowanceDraft = {
  usageType: 'VOICE',
  usageProductId: '',
  quantityPerUnit: '',
  destinationClasses: ['DOMESTIC'],
  isPooled: false,
  rollsOver: false,
};

function describe(allowance: AllowanceView): string {
  const what =
    allowance.usageType === 'VOICE'
      ? `minutes (${allowance.destinationClasses.map(label).join(', ')})`
      : `${label(allowance.usageType)} units of ${allowance.usageProduct?.code ?? `every ${label(allowance.usageType)} product`}`;
  return `${allowance.quantityPerUnit} ${what} per unit`;
}

/**
 * A recurring product's included usage, in the order it is consumed: voice minutes of some
 * destination classes, SMS, data or custom units, each pooled with the children billed to the
 * subscriber or not, rolling over one period or not.
 */
export function AllowanceEditor({
  productId,
  allowances,
  onSaved,
}: {
  productId: string;
  allowances: readonly AllowanceView[];
  onSaved: () => Promise<void>;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <Card
      title="Included usage"
      actions={!editing && <Button onClick={() => setEditing(true)}>Edit included usage</Button>}
    >
      {editing ? (
        <AllowanceForm
          productId={productId}
          allowances={allowances}
          onDone={async (saved) => {
            setEditing(false);
            if (saved) await onSaved();
          }}
        />
      ) : allowances.length === 0 ? (
        <p className="text-sm text-slate-500">None.</p>
      ) : (
        <ol className="space-y-1 text-sm text-slate-700">
          {allowances.map((allowance, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the position is the allowance's identity
            <li key={i}>
              {describe(allowance)} {allowance.isPooled && <Badge>pooled</Badge>}{' '}
              {allowance.rollsOver && <Badge>rolls over</Badge>}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

function AllowanceForm({
  productId,
  allowances,
  onDone,
}: {
  productId: string;
  allowances: readonly AllowanceView[];
  onDone: (saved: boolean) => Promise<void>;
}) {
  const { data } = useGraphQLQuery(ALLOWANCE_USAGE_PRODUCTS);
  const usageProducts = data?.products.edges.map((edge) => edge.node) ?? [];
  const rows = useEditableRows<AllowanceDraft>(
    allowances.map((a) => ({
      usageType: a.usageType,
      usageProductId: a.usageProduct?.id ?? '',
      quantityPerUnit: a.quantityPerUnit,
      destinationClasses: [...a.destinationClasses],
      isPooled: a.isPooled,
      rollsOver: a.rollsOver,
    })),
    blank,
  );
  const { errors, pending, submit } = useFormSubmission();

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      productId,
      allowances: rows.rows.map((row) => ({
        usageType: row.usageType,
        usageProductId: row.usageType === 'VOICE' || !row.usageProductId ? null : row.usageProductId,
        quantityPerUnit: row.quantityPerUnit,
        destinationClasses: row.usageType === 'VOICE' ? row.destinationClasses : [],
        isPooled: row.isPooled,
        rollsOver: row.rollsOver,
      })),
    };
    const saved = await submit(
      async () => (await graphqlRequest(ALLOWANCE_EDITOR_SET, { input })).setProductAllowances,
    );
    if (saved) await onDone(true);
  }

  return (
    <form onSubmit={save} aria-label="Included usage" className="space-y-4">
      <RowListEditor
        rows={rows}
        columns="sm:grid-cols-[8rem_minmax(0,1fr)_8rem_minmax(0,1fr)_auto]"
        addLabel="Add an allowance"
        hint="Consumed in this order: an account's own allowances, then its payer's pooled ones; carried units first."
        error={errors.quantityPerUnit ?? errors.destinationClasses ?? errors.usageProductId ?? null}
        renderRow={(row) => (
          <>
            <Field label="Usage">
              <Select
                value={row.usageType}
                onChange={(event) => rows.update(row.key, { usageType: event.target.value as UsageType })}
              >
                {USAGE_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {label(type)}
                  </option>
                ))}
              </Select>
            </Field>
            {row.usageType === 'VOICE' ? (
              <Field label="Destination classes">
                <div className="flex flex-wrap gap-x-3">
                  {CLASSES.map((c) => (
                    <Checkbox
                      key={c}
                      checked={row.destinationClasses.includes(c)}
                      onChange={(checked) =>
                        rows.update(row.key, {
                          destinationClasses: checked
                            ? [...row.destinationClasses, c]
                            : row.destinationClasses.filter((x) => x !== c),
                        })
                      }
                    >
                      {label(c)}
                    </Checkbox>
                  ))}
                </div>
              </Field>
            ) : (
              <Field label="Usage product">
                <Select
                  value={row.usageProductId}
                  onChange={(event) => rows.update(row.key, { usageProductId: event.target.value })}
                >
                  <option value="">Every {label(row.usageType)} product</option>
                  {usageProducts
                    .filter((p) => p.usageType === row.usageType)
                    .map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.code} · {p.name}
                      </option>
                    ))}
                </Select>
              </Field>
            )}
            <Field label={row.usageType === 'VOICE' ? 'Minutes per unit' : 'Units per unit'}>
              <TextInput
                inputMode="decimal"
                value={row.quantityPerUnit}
                onChange={(event) => rows.update(row.key, { quantityPerUnit: event.target.value })}
              />
            </Field>
            <div className="space-y-1 pt-5">
              <Checkbox checked={row.isPooled} onChange={(isPooled) => rows.update(row.key, { isPooled })}>
                Pooled with child accounts
              </Checkbox>
              <Checkbox checked={row.rollsOver} onChange={(rollsOver) => rows.update(row.key, { rollsOver })}>
                Unused units roll over one period
              </Checkbox>
            </div>
          </>
        )}
      />
      <FormFooter
        error={errors.form ?? errors.input ?? errors.productId}
        pending={pending}
        submit="Save included usage"
        busy="Saving…"
        onCancel={() => void onDone(false)}
      />
    </form>
  );
}
