'use client';

import { useEffect, useRef, useState } from 'react';
import { graphql } from '@/app/_gql';
import type {
  BillingTiming,
  PriceEditorPreviewQuery,
  PriceInput,
  PriceModel,
  RoundingMode,
} from '@/app/_gql/graphql';
import { formatQuantity, formatUnitPrice } from '@/lib/money/format-money';
import { errorMessage, graphqlRequest } from '../graphql-client';
import { Money } from '../money';
import { today } from '../today';
import { Button } from '../ui/button';
import { ChoiceSelect, choicesOf } from '../ui/choice-select';
import { Field, Select, TextInput } from '../ui/field';
import {
  emptyPercentageDraft,
  type PercentageDraft,
  PercentageFields,
  toPercentageInput,
} from './percentage-fields';

const PRICE_EDITOR_PREVIEW = graphql(`
  query PriceEditorPreview($input: PricePreviewInput!) {
    pricePreview(input: $input) {
      preview { currency amount roundedAmount breakdown { label quantity unitPrice amount } }
      userErrors { message }
    }
  }
`);

type Preview = PriceEditorPreviewQuery['pricePreview'];

/** A price as the editor holds it: every figure as typed. */
export interface PriceDraft {
  currency: string;
  model: PriceModel;
  amount: string;
  unitPrice: string;
  packageSize: string;
  packagePrice: string;
  freeUnits: string;
  minimumCharge: string;
  /** Tiers in order; a tier's upTo is its inclusive upper bound, empty for the last (open) one. */
  tiers: { upTo: string; unitPrice: string; flatFee: string }[];
  percentage: PercentageDraft;
  effectiveFrom: string;
  /** The price's own rounding of its invoice lines; '' inherits the catalog's. */
  lineRoundingMode?: RoundingMode | '';
  lineDecimals?: string;
  /** Recurring prices: '' follows the catalog's default timing. */
  billingTiming?: BillingTiming | '';
}

export const emptyPriceDraft = (model: PriceModel = 'PER_UNIT'): PriceDraft => ({
  currency: 'USD',
  model,
  amount: '',
  unitPrice: '',
  packageSize: '',
  packagePrice: '',
  freeUnits: '',
  minimumCharge: '',
  tiers: [
    { upTo: '', unitPrice: '', flatFee: '' },
    { upTo: '', unitPrice: '', flatFee: '' },
  ],
  percentage: emptyPercentageDraft,
  effectiveFrom: today(),
});

const modelLabels: Record<PriceModel, string> = {
  FLAT: 'Flat fee per period',
  PER_UNIT: 'Per unit',
  GRADUATED: 'Graduated tiers (each unit at its tier)',
  VOLUME: 'Volume tiers (all units at one tier)',
  PACKAGE: 'Packages of units (optionally after free units)',
  RATE_DECK: 'Per call, by rate deck',
  PERCENTAGE: 'Percent of each transaction',
  GRADUATED_PERCENTAGE: 'Percent by tiers of the period’s amount',
};
const models = choicesOf(modelLabels);

export const roundingModeLabels: Record<RoundingMode, string> = {
  HALF_UP: 'Half up (2.345 → 2.35)',
  HALF_EVEN: 'Half even (2.345 → 2.34)',
  DOWN: 'Down (2.349 → 2.34)',
  UP: 'Up (2.341 → 2.35)',
};
const roundingModes = choicesOf(roundingModeLabels);

const billingTimingLabels: Record<BillingTiming, string> = {
  IN_ADVANCE: 'In advance, for the coming period',
  IN_ARREARS: 'In arrears, for the period just ended',
};
const billingTimings = choicesOf(billingTimingLabels);

/** The price's own line rounding as DatedPriceInput takes it (left out: the catalog's). */
export function toLineRounding(draft: PriceDraft): {
  lineRoundingMode: RoundingMode | null;
  lineDecimals: number | null;
} {
  const decimals = draft.lineDecimals?.trim() ?? '';
  return {
    lineRoundingMode: draft.lineRoundingMode || null,
    // -1 for anything but a whole number, so the API answers with its own message on the field
    lineDecimals: decimals === '' ? null : /^\d+$/.test(decimals) ? Number(decimals) : -1,
  };
}

/** The PriceInput the API takes, from the editor's strings (empty fields left out). */
export function toPriceInput(draft: PriceDraft): Omit<PriceInput, 'effectiveFrom'> {
  const value = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    currency: draft.currency,
    model: draft.model,
    amount: draft.model === 'FLAT' ? value(draft.amount) : null,
    unitPrice: draft.model === 'PER_UNIT' ? value(draft.unitPrice) : null,
    packageSize: draft.model === 'PACKAGE' ? value(draft.packageSize) : null,
    packagePrice: draft.model === 'PACKAGE' ? value(draft.packagePrice) : null,
    freeUnits: draft.model === 'PACKAGE' ? value(draft.freeUnits) : null,
    minimumCharge: draft.model === 'RATE_DECK' ? null : value(draft.minimumCharge),
    tiers: isTiered(draft.model)
      ? draft.tiers
          .filter((tier) => tier.upTo.trim() !== '' || tier.unitPrice.trim() !== '')
          .map((tier) => ({
            upTo: value(tier.upTo),
            unitPrice: tier.unitPrice.trim(),
            flatFee: value(tier.flatFee),
          }))
      : null,
    ...(draft.model === 'PERCENTAGE' && toPercentageInput(draft.percentage)),
    billingTiming: draft.billingTiming || null,
  };
}

function isTiered(model: PriceModel): boolean {
  return model === 'GRADUATED' || model === 'VOLUME' || model === 'GRADUATED_PERCENTAGE';
}

/** A price definition with a tier editor and a live preview of what a quantity would cost. */
export function PriceEditor({
  value,
  onChange,
  allowRateDeck = false,
  recurring = false,
  errors = {},
}: {
  value: PriceDraft;
  onChange: (next: PriceDraft) => void;
  allowRateDeck?: boolean;
  /** A recurring product's price: it is billed in advance or in arrears. */
  recurring?: boolean;
  errors?: Record<string, string>;
}) {
  const [quantity, setQuantity] = useState('1500');
  const [preview, setPreview] = useState<Preview | null>(null);
  const set = (patch: Partial<PriceDraft>) => onChange({ ...value, ...patch });
  const setTier = (index: number, patch: Partial<PriceDraft['tiers'][number]>) =>
    set({ tiers: value.tiers.map((tier, i) => (i === index ? { ...tier, ...patch } : tier)) });

  // The preview asks again when what would be sent changes, not on every new draft object.
  const inputKey = JSON.stringify(toPriceInput(value));
  const latest = useRef(value);
  latest.current = value;
  // biome-ignore lint/correctness/useExhaustiveDependencies: inputKey stands for the draft, read through latest
  useEffect(() => {
    if (value.model === 'RATE_DECK') return setPreview(null);
    const timer = setTimeout(async () => {
      try {
        const { pricePreview } = await graphqlRequest(PRICE_EDITOR_PREVIEW, {
          input: { quantity: quantity || '0', price: toPriceInput(latest.current) },
        });
        setPreview(pricePreview);
      } catch (caught) {
        setPreview({ preview: null, userErrors: [{ message: errorMessage(caught) }] });
      }
    }, 250);
    return () => clearTimeout(timer);
  }, [inputKey, quantity, value.model]);

  return (
    <div className="grid gap-6 lg:grid-cols-5">
      <div className="space-y-4 lg:col-span-3">
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label="Pricing">
            <ChoiceSelect
              choices={models.filter((model) => allowRateDeck || model !== 'RATE_DECK')}
              labels={modelLabels}
              value={value.model}
              onChange={(model) => set({ model })}
            />
          </Field>
          <Field label="Currency" error={errors.currency}>
            <TextInput
              value={value.currency}
              maxLength={3}
              onChange={(event) => set({ currency: event.target.value.toUpperCase() })}
            />
          </Field>
          <Field label="From" error={errors.effectiveFrom}>
            <TextInput
              type="date"
              value={value.effectiveFrom}
              onChange={(event) => set({ effectiveFrom: event.target.value })}
            />
          </Field>
        </div>
        {value.model === 'FLAT' && (
          <Field label="Amount per period" error={errors.amount}>
            <TextInput
              inputMode="decimal"
              value={value.amount}
              onChange={(event) => set({ amount: event.target.value })}
            />
          </Field>
        )}
        {value.model === 'PER_UNIT' && (
          <Field label="Unit price" error={errors.unitPrice}>
            <TextInput
              inputMode="decimal"
              value={value.unitPrice}
              onChange={(event) => set({ unitPrice: event.target.value })}
            />
          </Field>
        )}
        {value.model === 'PACKAGE' && (
          <div className="grid gap-4 sm:grid-cols-3">
            <Field label="Free units per period (optional)" error={errors.freeUnits}>
              <TextInput
                inputMode="decimal"
                value={value.freeUnits}
                onChange={(event) => set({ freeUnits: event.target.value })}
              />
            </Field>
            <Field label="Units per package" error={errors.packageSize}>
              <TextInput
                inputMode="decimal"
                value={value.packageSize}
                onChange={(event) => set({ packageSize: event.target.value })}
              />
            </Field>
            <Field label="Package price" error={errors.packagePrice}>
              <TextInput
                inputMode="decimal"
                value={value.packagePrice}
                onChange={(event) => set({ packagePrice: event.target.value })}
              />
            </Field>
          </div>
        )}
        {value.model === 'PERCENTAGE' && (
          <PercentageFields
            value={value.percentage}
            onChange={(percentage) => set({ percentage })}
            errors={errors}
          />
        )}
        {isTiered(value.model) && (
          <fieldset aria-label="Tiers">
            <legend className="mb-1 text-xs font-medium text-slate-700">
              {value.model === 'GRADUATED_PERCENTAGE'
                ? 'Tiers of the period’s running amount: each up to its bound (inclusive), the last open; rate in percent'
                : 'Tiers: each up to its bound (inclusive), above the one before; leave the last open'}
            </legend>
            <div className="space-y-2">
              {value.tiers.map((tier, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: tiers are edited in place by position
                <div key={index} className="flex items-center gap-2">
                  <span className="w-14 text-xs text-slate-500">Tier {index + 1}</span>
                  <TextInput
                    aria-label={`Tier ${index + 1} up to`}
                    placeholder={index === value.tiers.length - 1 ? 'and above' : 'up to'}
                    inputMode="decimal"
                    value={tier.upTo}
                    onChange={(event) => setTier(index, { upTo: event.target.value })}
                  />
                  <TextInput
                    aria-label={`Tier ${index + 1} ${value.model === 'GRADUATED_PERCENTAGE' ? 'rate percent' : 'unit price'}`}
                    placeholder={value.model === 'GRADUATED_PERCENTAGE' ? 'rate %' : 'unit price'}
                    inputMode="decimal"
                    value={tier.unitPrice}
                    onChange={(event) => setTier(index, { unitPrice: event.target.value })}
                  />
                  <TextInput
                    aria-label={`Tier ${index + 1} flat fee`}
                    placeholder="flat fee (optional)"
                    inputMode="decimal"
                    value={tier.flatFee}
                    onChange={(event) => setTier(index, { flatFee: event.target.value })}
                  />
                  <Button
                    variant="ghost"
                    aria-label={`Remove tier ${index + 1}`}
                    disabled={value.tiers.length === 1}
                    onClick={() => set({ tiers: value.tiers.filter((_, i) => i !== index) })}
                  >
                    ✕
                  </Button>
                </div>
              ))}
            </div>
            <Button
              variant="secondary"
              className="mt-2"
              onClick={() => set({ tiers: [...value.tiers, { upTo: '', unitPrice: '', flatFee: '' }] })}
            >
              Add tier
            </Button>
          </fieldset>
        )}
        {value.model !== 'RATE_DECK' && (
          <Field label="Minimum charge per period (optional)" error={errors.minimumCharge}>
            <TextInput
              inputMode="decimal"
              value={value.minimumCharge}
              onChange={(event) => set({ minimumCharge: event.target.value })}
            />
          </Field>
        )}
        {recurring && (
          <Field
            label="Billed"
            hint="In advance: December's charge is on the invoice that also bills November's usage."
            error={errors.billingTiming}
          >
            <Select
              value={value.billingTiming ?? ''}
              onChange={(event) => set({ billingTiming: event.target.value as BillingTiming | '' })}
            >
              <option value="">As the catalog's default</option>
              {billingTimings.map((timing) => (
                <option key={timing} value={timing}>
                  {billingTimingLabels[timing]}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Invoice lines round (optional)" error={errors.lineRoundingMode}>
            <Select
              value={value.lineRoundingMode ?? ''}
              onChange={(event) => set({ lineRoundingMode: event.target.value as RoundingMode | '' })}
            >
              <option value="">As the catalog rounds</option>
              {roundingModes.map((mode) => (
                <option key={mode} value={mode}>
                  {roundingModeLabels[mode]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Line decimals (optional)" error={errors.lineDecimals}>
            <TextInput
              inputMode="numeric"
              placeholder="As the catalog (or currency)"
              value={value.lineDecimals ?? ''}
              onChange={(event) => set({ lineDecimals: event.target.value })}
            />
          </Field>
        </div>
        {value.model === 'RATE_DECK' && (
          <p className="text-sm text-slate-600">
            Each call is priced by the account&apos;s rate plan: destination, increments, connection fee.
          </p>
        )}
      </div>
      {value.model !== 'RATE_DECK' && (
        <aside
          className="rounded-md bg-slate-50 p-4 ring-1 ring-slate-200 lg:col-span-2"
          aria-label="Price preview"
        >
          <Field label="Preview a quantity">
            <TextInput
              inputMode="decimal"
              value={quantity}
              onChange={(event) => setQuantity(event.target.value)}
            />
          </Field>
          {preview?.preview && <PreviewLines preview={preview.preview} />}
          {preview && preview.userErrors.length > 0 && (
            <ul className="mt-3 space-y-1 text-xs text-amber-800">
              {preview.userErrors.map((error) => (
                <li key={error.message}>{error.message}</li>
              ))}
            </ul>
          )}
        </aside>
      )}
    </div>
  );
}

/** What the previewed quantity comes to, line by line, and the invoice line it makes (in the preview's currency). */
function PreviewLines({ preview }: { preview: NonNullable<Preview['preview']> }) {
  const { currency } = preview;
  return (
    <div className="mt-3 text-sm" data-testid="price-preview">
      <table className="w-full text-xs">
        <tbody>
          {preview.breakdown.map((line) => (
            <tr key={line.label}>
              <td className="py-0.5 text-slate-600">{line.label}</td>
              <td className="py-0.5 text-right text-slate-500">
                {formatQuantity(line.quantity)} × {formatUnitPrice(line.unitPrice, currency)}
              </td>
              <td className="py-0.5 text-right font-mono">{formatUnitPrice(line.amount, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 flex justify-between border-t border-slate-200 pt-2 font-medium">
        <span>
          Invoice line{' '}
          <span className="text-xs font-normal text-slate-500">
            (exact {formatUnitPrice(preview.amount, currency)})
          </span>
        </span>
        <span data-testid="price-preview-total">
          <Money amount={preview.roundedAmount} currency={currency} />
        </span>
      </p>
    </div>
  );
}
