import { type UserError, userError } from '../errors';
import { Dec, isPlainDecimal } from '../money/decimal';
import { type PriceModel, priceModelProblems } from '../rating/price-model';
import type { Tier } from '../rating/types';
import type { BillingTiming, PriceModelName, PriceRecord, PriceTierRecord } from './types';

/** A price as a client sends it: decimals as strings, only the fields its model uses. */
export interface PriceInput {
  currency: string;
  model: PriceModelName;
  amount?: string | null | undefined;
  unitPrice?: string | null | undefined;
  packageSize?: string | null | undefined;
  packagePrice?: string | null | undefined;
  /** package: units free before packages are counted. */
  freeUnits?: string | null | undefined;
  minimumCharge?: string | null | undefined;
  /** Tiers in order, each up to an inclusive bound; the last has none (null: open). */
  tiers?:
    | { upTo?: string | null | undefined; unitPrice: string; flatFee?: string | null | undefined }[]
    | null
    | undefined;
  ratePercent?: string | null | undefined;
  transactionFee?: string | null | undefined;
  transactionMinimum?: string | null | undefined;
  transactionMaximum?: string | null | undefined;
  freeTransactions?: number | null | undefined;
  freeAmount?: string | null | undefined;
  /** Recurring products only; null follows the catalog's default. */
  billingTiming?: BillingTiming | null | undefined;
}

type Parsed = { model: PriceModel | null; userErrors: UserError[] };

/**
 * Checks a price input and turns it into a rating model (null for `rate_deck`, which is
 * priced by the account's rate plan). Every problem is reported with its field.
 */
export function parsePriceInput(input: PriceInput, path: string[]): Parsed {
  const userErrors: UserError[] = [];
  const decimal = (field: string, value: string | null | undefined, required: boolean): Dec | null => {
    if (value === null || value === undefined || value === '') {
      if (required)
        userErrors.push(userError('REQUIRED', [...path, field], `A ${model} price needs ${field}.`));
      return null;
    }
    if (!isPlainDecimal(value)) {
      userErrors.push(userError('INVALID', [...path, field], `"${value}" is not a decimal number.`));
      return null;
    }
    return new Dec(value);
  };
  const model = input.model;
  const minimumCharge = decimal('minimumCharge', input.minimumCharge, false);
  let definition: PriceModel | null = null;
  switch (model) {
    case 'flat': {
      const amount = decimal('amount', input.amount, true);
      if (amount) definition = { model, amount, minimumCharge };
      break;
    }
    case 'per_unit': {
      const unitPrice = decimal('unitPrice', input.unitPrice, true);
      if (unitPrice) definition = { model, unitPrice, minimumCharge };
      break;
    }
    case 'package': {
      const packageSize = decimal('packageSize', input.packageSize, true);
      const packagePrice = decimal('packagePrice', input.packagePrice, true);
      const freeUnits = decimal('freeUnits', input.freeUnits, false);
      if (packageSize && packagePrice)
        definition = { model, packageSize, packagePrice, freeUnits, minimumCharge };
      break;
    }
    case 'graduated':
    case 'volume':
    case 'graduated_percentage': {
      const tiers: Tier[] = [];
      (input.tiers ?? []).forEach((tier, index) => {
        const upTo = decimal(`tiers.${index}.upTo`, tier.upTo, false);
        const unitPrice = decimal(`tiers.${index}.unitPrice`, tier.unitPrice, true);
        const flatFee = decimal(`tiers.${index}.flatFee`, tier.flatFee, false);
        if (unitPrice) tiers.push({ upTo, unitPrice, flatFee });
      });
      definition = { model, tiers, minimumCharge };
      break;
    }
    case 'percentage': {
      const ratePercent = decimal('ratePercent', input.ratePercent, true);
      if (ratePercent)
        definition = {
          model,
          ratePercent,
          transactionFee: decimal('transactionFee', input.transactionFee, false),
          transactionMinimum: decimal('transactionMinimum', input.transactionMinimum, false),
          transactionMaximum: decimal('transactionMaximum', input.transactionMaximum, false),
          freeTransactions: input.freeTransactions ?? null,
          freeAmount: decimal('freeAmount', input.freeAmount, false),
          minimumCharge,
        };
      break;
    }
    case 'rate_deck':
      return { model: null, userErrors };
  }
  if (userErrors.length === 0 && definition) {
    for (const problem of priceModelProblems(definition))
      userErrors.push(userError('INVALID', path, problem));
  }
  return { model: userErrors.length === 0 ? definition : null, userErrors };
}

/** The rating model of a stored price (null for rate-deck prices). */
export function priceModelOf(price: PriceRecord, tiers: readonly PriceTierRecord[]): PriceModel | null {
  const minimumCharge = price.minimumCharge ? new Dec(price.minimumCharge) : null;
  const dec = (value: string | null) => new Dec(value ?? '0');
  const optional = (value: string | null) => (value === null ? null : new Dec(value));
  switch (price.model) {
    case 'flat':
      return { model: 'flat', amount: dec(price.amount), minimumCharge };
    case 'per_unit':
      return { model: 'per_unit', unitPrice: dec(price.unitPrice), minimumCharge };
    case 'package':
      return {
        model: 'package',
        packageSize: dec(price.packageSize),
        packagePrice: dec(price.packagePrice),
        freeUnits: price.freeUnits ? dec(price.freeUnits) : null,
        minimumCharge,
      };
    case 'percentage':
      return {
        model: 'percentage',
        ratePercent: dec(price.ratePercent),
        transactionFee: optional(price.transactionFee),
        transactionMinimum: optional(price.transactionMinimum),
        transactionMaximum: optional(price.transactionMaximum),
        freeTransactions: price.freeTransactions,
        freeAmount: optional(price.freeAmount),
        minimumCharge,
      };
    case 'graduated':
    case 'volume':
    case 'graduated_percentage':
      return {
        model: price.model,
        tiers: tiers.map((tier) => ({
          upTo: optional(tier.upTo),
          unitPrice: dec(tier.unitPrice),
          flatFee: tier.flatFee ? dec(tier.flatFee) : null,
        })),
        minimumCharge,
      };
    case 'rate_deck':
      return null;
  }
}
