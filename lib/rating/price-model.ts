import type { Dec } from '../money/decimal';
import { rateFlat } from './flat';
import { rateGraduated } from './graduated';
import { rateGraduatedPercentage } from './graduated-percentage';
import { applyMinimumCharge } from './minimum-charge';
import { ratePackage } from './package';
import { ratePerUnit } from './per-unit';
import { type PercentagePrice, percentageProblems, ratePercentage } from './percentage';
import { tierProblems } from './tiers';
import type { RatedAmount, Tier } from './types';
import { rateVolume } from './volume';

export const priceModels = [
  'flat',
  'per_unit',
  'graduated',
  'volume',
  'package',
  'percentage',
  'graduated_percentage',
] as const;
export type PriceModelKind = (typeof priceModels)[number];

/** A price definition, as the catalog stores it, with an optional minimum for the period. */
export type PriceModel = (
  | { model: 'flat'; amount: Dec }
  | { model: 'per_unit'; unitPrice: Dec }
  | { model: 'graduated'; tiers: Tier[] }
  | { model: 'volume'; tiers: Tier[] }
  | { model: 'package'; packageSize: Dec; packagePrice: Dec; freeUnits?: Dec | null }
  | ({ model: 'percentage' } & PercentagePrice)
  | { model: 'graduated_percentage'; tiers: Tier[] }
) & { minimumCharge?: Dec | null };

/**
 * What a quantity costs under a price: unrounded, with its breakdown. A percentage price is
 * charged per transaction, so here the quantity is read as the period's only transaction
 * (the price preview); billing charges a period's transactions with ratePercentage's rule
 * in SQL (db/queries/percentage-charges.ts) and tops the result up with `applyMinimumCharge`.
 */
export function ratePrice(price: PriceModel, quantity: Dec): RatedAmount {
  return applyMinimumCharge(rateByModel(price, quantity), price.minimumCharge);
}

function rateByModel(price: PriceModel, quantity: Dec): RatedAmount {
  switch (price.model) {
    case 'flat':
      return rateFlat(quantity, price);
    case 'per_unit':
      return ratePerUnit(quantity, price);
    case 'graduated':
      return rateGraduated(quantity, price);
    case 'volume':
      return rateVolume(quantity, price);
    case 'package':
      return ratePackage(quantity, price);
    case 'percentage':
      return ratePercentage([quantity], price);
    case 'graduated_percentage':
      return rateGraduatedPercentage(quantity, price);
  }
}

/** Why a price definition cannot be used, or an empty list. */
export function priceModelProblems(price: PriceModel): string[] {
  const problems: string[] = [];
  if (price.minimumCharge?.isNegative()) problems.push('The minimum charge cannot be negative.');
  switch (price.model) {
    case 'flat':
      if (price.amount.isNegative()) problems.push('The amount cannot be negative.');
      break;
    case 'per_unit':
      if (price.unitPrice.isNegative()) problems.push('The unit price cannot be negative.');
      break;
    case 'graduated':
    case 'volume':
    case 'graduated_percentage':
      problems.push(...tierProblems(price.tiers));
      break;
    case 'percentage':
      problems.push(...percentageProblems(price));
      break;
    case 'package':
      if (!price.packageSize.greaterThan(0)) problems.push('The package size must be above zero.');
      if (price.packagePrice.isNegative()) problems.push('The package price cannot be negative.');
      if (price.freeUnits?.isNegative()) problems.push('The free units cannot be negative.');
      break;
  }
  return problems;
}
