import type { Db } from '../../db/client';
import { getAccountsByIds } from '../../db/queries/accounts';
import { listCatalogRows } from '../../db/queries/catalogs';
import { listAllowancesOfProducts, listPricesOfProducts, listTiersOfPrices } from '../../db/queries/prices';
import { getProductsByIds } from '../../db/queries/products';
import { getRatePlansByIds } from '../../db/queries/rate-plans';
import { listChargesOfAccounts, listSubscriptionsOfAccounts } from '../../db/queries/subscriptions';
import { sumQuantitiesOfAccounts } from '../../db/queries/usage';
import type { AccountRow } from '../../db/schema';
import { DEFAULT_CATALOG_CODE } from '../catalog/default-catalog';
import { priceModelOf } from '../catalog/price-input';
import { roundingPolicyOf } from '../catalog/rounding-policy';
import type { PriceRecord, PriceTierRecord, ProductRecord } from '../catalog/types';
import { utcDayStart } from '../dates';
import { Dec } from '../money/decimal';
import { defaultRoundingPolicy } from '../money/rounding';
import { type PriceModel, ratePrice } from '../rating/price-model';
import type { LineRounding, PeriodBillingInput } from './compute-invoice-lines';
import { groupBy } from './group-by';
import { loadVoiceUsage } from './load-voice-usage';

export interface AccountBillingInput {
  account: AccountRow;
  input: Omit<PeriodBillingInput, 'taxRates'>;
  /** Why something on the account could not be billed (e.g. no price in its currency). */
  problems: string[];
}

/**
 * Everything a period's invoices need for a chunk of accounts, in a fixed number of queries
 * whatever the chunk's size (no query per account): subscriptions, charges, voice charges
 * per destination (charged by the database), metered totals, products, prices and allowances.
 */
export async function loadBillingInputs(
  db: Db,
  accountIds: readonly string[],
  period: { start: string; end: string },
): Promise<AccountBillingInput[]> {
  const from = utcDayStart(period.start);
  const to = utcDayStart(period.end);
  const [accounts, subscriptions, charges, sums, catalogs] = await Promise.all([
    getAccountsByIds(db, accountIds),
    listSubscriptionsOfAccounts(db, accountIds, period.start, period.end),
    listChargesOfAccounts(db, accountIds, period.start, period.end),
    sumQuantitiesOfAccounts(db, accountIds, from, to),
    listCatalogRows(db),
  ]);
  const productIds = [
    ...new Set([
      ...subscriptions.map((s) => s.productId),
      ...charges.map((c) => c.productId),
      ...sums.map((s) => s.productId).filter((id): id is string => !!id),
    ]),
  ];
  const [products, priceRows, allowanceRows, plans] = await Promise.all([
    getProductsByIds(db, productIds),
    listPricesOfProducts(db, productIds),
    listAllowancesOfProducts(db, productIds),
    getRatePlansByIds(db, [...new Set(accounts.map((a) => a.ratePlanId).filter((id): id is string => !!id))]),
  ]);
  const productById = new Map<string, ProductRecord>(products.map((p) => [p.id, p]));
  const catalogById = new Map(catalogs.map((c) => [c.id, c]));
  const defaultCatalog = catalogs.find((c) => c.code === DEFAULT_CATALOG_CODE);
  const planById = new Map(plans.map((p) => [p.id, p]));
  const pricesByProduct = groupBy(priceRows, (p) => p.productId);
  const allowancesByProduct = groupBy(allowanceRows, (a) => a.productId);
  const subsByAccount = groupBy(subscriptions, (s) => s.accountId);
  const chargesByAccount = groupBy(charges, (c) => c.accountId);
  const sumsByAccount = groupBy(sums, (s) => s.accountId ?? '');
  const product = (id: string) => productById.get(id) as ProductRecord;

  // What voice needs first: each account's rounding policy and subscriptions (its allowances).
  const bases = accounts.map((account) => {
    const plan = account.ratePlanId ? planById.get(account.ratePlanId) : undefined;
    const catalog = (plan && catalogById.get(plan.catalogId)) ?? defaultCatalog;
    const policy = catalog ? roundingPolicyOf(catalog, { ratePlan: plan }) : defaultRoundingPolicy;
    const subs = subsByAccount.get(account.id) ?? [];
    const periodSubscriptions = subs.map((sub) => ({
      id: sub.id,
      productCode: product(sub.productId).code,
      quantity: new Dec(sub.quantity),
      discountPercent: new Dec(sub.discountPercent),
      start: sub.startDate,
      end: sub.endDate,
      taxCategory: product(sub.productId).taxCategory,
      allowances: (allowancesByProduct.get(sub.productId) ?? []).map((a) => ({
        minutesPerUnit: new Dec(a.minutesPerUnit),
        classes: a.destinationClasses,
      })),
    }));
    return { account, policy, subs, periodSubscriptions };
  });
  const [tierRows, voice] = await Promise.all([
    listTiersOfPrices(
      db,
      priceRows.map((p) => p.id),
    ),
    loadVoiceUsage(db, bases, period),
  ]);
  const missing = [...new Set(voice.productIds)].filter((id) => !productById.has(id));
  // Voice products' prices too: a price may set its own rounding of the voice lines.
  const [missingProducts, voicePrices] = await Promise.all([
    getProductsByIds(db, missing),
    listPricesOfProducts(db, missing),
  ]);
  for (const row of missingProducts) productById.set(row.id, row);
  for (const price of voicePrices) {
    const list = pricesByProduct.get(price.productId) ?? [];
    list.push(price);
    pricesByProduct.set(price.productId, list);
  }
  const tiersByPrice = groupBy(tierRows, (t) => t.priceId);

  const priceRecordOf = (productId: string, currency: string, date: string): PriceRecord | undefined =>
    (pricesByProduct.get(productId) ?? []).find(
      (p: PriceRecord) =>
        p.currency === currency &&
        p.effectiveFrom <= date &&
        (p.effectiveTo === null || p.effectiveTo > date),
    );
  const priceOf = (productId: string, currency: string, date: string): PriceModel | null => {
    const price = priceRecordOf(productId, currency, date);
    return price ? priceModelOf(price, (tiersByPrice.get(price.id) ?? []) as PriceTierRecord[]) : null;
  };
  /** The price's own rounding of its lines, if it has one (lib/catalog/rounding-policy). */
  const lineRoundingOf = (productId: string, currency: string, date: string): LineRounding | null => {
    const price = priceRecordOf(productId, currency, date);
    return price && (price.lineRoundingMode !== null || price.lineDecimals !== null)
      ? { mode: price.lineRoundingMode, decimals: price.lineDecimals }
      : null;
  };

  return bases.map(({ account, policy, subs, periodSubscriptions }) => {
    const problems: string[] = [];
    const unitPriceOf = (productId: string, override: string | null, quantity: Dec, date: string): Dec => {
      if (override !== null) return new Dec(override);
      const model = priceOf(productId, account.currency, date);
      if (!model) {
        problems.push(`${product(productId).code} has no ${account.currency} price on ${date}`);
        return new Dec(0);
      }
      if (model.model === 'per_unit') return model.unitPrice;
      if (model.model === 'flat') return model.amount;
      return ratePrice(model, quantity).amount.dividedBy(quantity);
    };
    const accountVoice = voice.byAccount.get(account.id);
    const voiceProduct = accountVoice && productById.get(accountVoice.productId);
    const input: AccountBillingInput['input'] = {
      period,
      currency: account.currency,
      policy,
      subscriptions: subs.map((sub, i) => {
        const priceDate = sub.startDate > period.start ? sub.startDate : period.start;
        const periodSubscription = periodSubscriptions[i] as (typeof periodSubscriptions)[number];
        return {
          ...periodSubscription,
          unitPrice: unitPriceOf(sub.productId, sub.unitPrice, periodSubscription.quantity, priceDate),
          lineRounding: lineRoundingOf(sub.productId, account.currency, priceDate),
        };
      }),
      oneTimeCharges: (chargesByAccount.get(account.id) ?? []).map((charge) => {
        const quantity = new Dec(charge.quantity);
        return {
          id: charge.id,
          productCode: product(charge.productId).code,
          date: charge.chargeDate,
          quantity,
          unitPrice: unitPriceOf(charge.productId, charge.unitPrice, quantity, charge.chargeDate),
          taxCategory: product(charge.productId).taxCategory,
          lineRounding: lineRoundingOf(charge.productId, account.currency, charge.chargeDate),
        };
      }),
      voice:
        accountVoice && voiceProduct
          ? {
              productCode: voiceProduct.code,
              taxCategory: voiceProduct.taxCategory,
              destinations: accountVoice.destinations,
              lineRounding: lineRoundingOf(voiceProduct.id, account.currency, period.start),
            }
          : null,
      metered: (sumsByAccount.get(account.id) ?? []).flatMap((row) => {
        if (!row.productId) return [];
        const price = priceOf(row.productId, account.currency, period.start);
        if (!price) {
          problems.push(`${product(row.productId).code} has no ${account.currency} price on ${period.start}`);
          return [];
        }
        return [
          {
            productCode: product(row.productId).code,
            quantity: new Dec(row.quantity ?? '0'),
            price,
            taxCategory: product(row.productId).taxCategory,
            lineRounding: lineRoundingOf(row.productId, account.currency, period.start),
          },
        ];
      }),
    };
    return { account, input, problems };
  });
}
