import type { Db } from '../../db/client';
import { getAccountsByIds } from '../../db/queries/accounts';
import { listAllowanceUsagesEndingOn } from '../../db/queries/allowance-usages';
import {
  listAccountsWithBilledSubscriptions,
  listBilledSpansOfSubscriptions,
} from '../../db/queries/billed-spans';
import { listCatalogRows } from '../../db/queries/catalogs';
import { listAllowancesOfProducts, listPricesOfProducts, listTiersOfPrices } from '../../db/queries/prices';
import { getProductsByIds } from '../../db/queries/products';
import { getRatePlansByIds } from '../../db/queries/rate-plans';
import {
  getSubscriptionsByIds,
  listChargesOfAccounts,
  listSubscriptionsOfAccounts,
} from '../../db/queries/subscriptions';
import { aggregateQuantitiesOfAccounts } from '../../db/queries/usage';
import type { AccountRow } from '../../db/schema';
import { DEFAULT_CATALOG_CODE } from '../catalog/default-catalog';
import { priceModelOf } from '../catalog/price-input';
import { roundingPolicyOf } from '../catalog/rounding-policy';
import type { PriceRecord, PriceTierRecord, ProductRecord } from '../catalog/types';
import { addDays, utcDayStart } from '../dates';
import { Dec } from '../money/decimal';
import { defaultRoundingPolicy } from '../money/rounding';
import { periodAfter } from '../rating/billing-cycles';
import type { PriceModel } from '../rating/price-model';
import { overlapOf } from '../rating/spans';
import type { LineRounding, PeriodBillingInput } from './compute-invoice-lines';
import { fullCycleAmount } from './full-cycle-amount';
import { groupBy } from './group-by';
import { loadPercentageCharges, percentageKey } from './load-percentage-charges';
import { loadVoiceUsage } from './load-voice-usage';
import { percentageRequests } from './percentage-requests';
import { planUsageAllowances } from './plan-usage-allowances';
import { type BilledSpan, recurringSpans } from './recurring-spans';
import type { AllowanceUsage } from './usage-allowances';

export interface AccountBillingInput {
  account: AccountRow;
  input: Omit<PeriodBillingInput, 'taxRates'>;
  /** Why something on the account could not be billed (e.g. no price in its currency). */
  problems: string[];
  /** What its rolling-over allowances did in the period, to store with the invoice it goes on. */
  allowanceUsages: AllowanceUsage[];
}

/**
 * Everything a period's invoices need for a chunk of accounts, in a fixed number of queries
 * whatever the chunk's size (no query per account): subscriptions, charges, voice charges
 * per destination (charged by the database), metered quantities (aggregated and rounded per
 * record by each product's rules, in the database), products, prices and allowances, and the
 * recurring days earlier invoices billed (for charges billed in advance).
 */
export async function loadBillingInputs(
  db: Db,
  accountIds: readonly string[],
  period: { start: string; end: string },
): Promise<AccountBillingInput[]> {
  const from = utcDayStart(period.start);
  const to = utcDayStart(period.end);
  // Recurring charges look a cycle back (arrears on a subscription's own cycle) and a period
  // ahead (in advance); a month either side covers every account's anchor day.
  const reach = { start: addDays(period.start, -31), end: addDays(periodAfter(period, 1).end, 31) };
  const [accounts, subscriptions, charges, sums, catalogs, billedAccounts] = await Promise.all([
    getAccountsByIds(db, accountIds),
    listSubscriptionsOfAccounts(db, accountIds, reach.start, reach.end),
    listChargesOfAccounts(db, accountIds, period.start, period.end),
    aggregateQuantitiesOfAccounts(db, accountIds, from, to),
    listCatalogRows(db),
    listAccountsWithBilledSubscriptions(db, accountIds),
  ]);
  const productIds = [
    ...new Set([
      ...subscriptions.map((s) => s.productId),
      ...charges.map((c) => c.productId),
      ...sums.map((s) => s.productId),
    ]),
  ];
  const bundleBaseIds = subscriptions.flatMap((s) => (s.bundleBaseId ? [s.bundleBaseId] : []));
  const loadedIds = new Set(subscriptions.map((s) => s.id));
  const [products, priceRows, allowanceRows, plans, billedRows, bundleBases] = await Promise.all([
    getProductsByIds(db, productIds),
    listPricesOfProducts(db, productIds),
    listAllowancesOfProducts(db, productIds),
    getRatePlansByIds(db, [...new Set(accounts.map((a) => a.ratePlanId).filter((id): id is string => !!id))]),
    listBilledSpansOfSubscriptions(
      db,
      subscriptions.map((s) => s.id),
      reach.start,
      reach.end,
    ),
    getSubscriptionsByIds(
      db,
      bundleBaseIds.filter((id) => !loadedIds.has(id)),
    ),
  ]);
  const startOfSubscription = new Map([...subscriptions, ...bundleBases].map((s) => [s.id, s.startDate]));
  const replacedIds = new Set(subscriptions.flatMap((s) => (s.replacesId ? [s.replacesId] : [])));
  const billedBySubscription = groupBy(billedRows, (row) => row.subscriptionId);
  const withHistory = new Set(billedAccounts);
  const productById = new Map<string, ProductRecord>(products.map((p) => [p.id, p]));
  const catalogById = new Map(catalogs.map((c) => [c.id, c]));
  const defaultCatalog = catalogs.find((c) => c.code === DEFAULT_CATALOG_CODE);
  const planById = new Map(plans.map((p) => [p.id, p]));
  const pricesByProduct = groupBy(priceRows, (p) => p.productId);
  const allowancesByProduct = groupBy(allowanceRows, (a) => a.productId);
  const subsByAccount = groupBy(subscriptions, (s) => s.accountId);
  const chargesByAccount = groupBy(charges, (c) => c.accountId);
  const sumsByAccount = groupBy(sums, (s) => s.accountId);
  const product = (id: string) => productById.get(id) as ProductRecord;
  // Voice minutes not pooled, as FORMAT.md's step 3 reads them; the voice rule itself is
  // given every allowance by planUsageAllowances.
  const voiceMinutesOf = (productId: string) =>
    (allowancesByProduct.get(productId) ?? [])
      .filter((a) => a.usageType === 'voice' && !a.isPooled)
      .map((a) => ({ minutesPerUnit: new Dec(a.quantityPerUnit), classes: a.destinationClasses }));

  // What voice needs first: each account's rounding policy and subscriptions (its allowances).
  const bases = accounts.map((account) => {
    const plan = account.ratePlanId ? planById.get(account.ratePlanId) : undefined;
    const catalog = (plan && catalogById.get(plan.catalogId)) ?? defaultCatalog;
    const policy = catalog ? roundingPolicyOf(catalog, { ratePlan: plan }) : defaultRoundingPolicy;
    const subs = subsByAccount.get(account.id) ?? [];
    // Allowances and usage follow the subscriptions of the period itself.
    const periodSubscriptions = subs
      .filter((sub) => overlapOf({ start: sub.startDate, end: sub.endDate }, period))
      .map((sub) => ({
        id: sub.id,
        productCode: product(sub.productId).code,
        quantity: new Dec(sub.quantity),
        discountPercent: new Dec(sub.discountPercent),
        start: sub.startDate,
        end: sub.endDate,
        taxCategory: product(sub.productId).taxCategory,
        allowances: voiceMinutesOf(sub.productId),
      }));
    return { account, catalog, policy, subs, periodSubscriptions };
  });
  // Allowances on any usage type, pooled per payer, with last period's rollover records.
  const rolling = new Set(allowanceRows.filter((a) => a.rollsOver).map((a) => a.productId));
  const previous = await listAllowanceUsagesEndingOn(
    db,
    subscriptions.filter((s) => rolling.has(s.productId)).map((s) => s.id),
    period.start,
  );
  const policyOf = new Map(bases.map((b) => [b.account.id, b.policy]));
  const allowancePlan = planUsageAllowances({
    accounts,
    policyOf: (id) => policyOf.get(id) ?? defaultRoundingPolicy,
    // Included units come with the subscriptions of the period itself.
    subscriptionsOf: (id) =>
      (subsByAccount.get(id) ?? []).filter((sub) =>
        overlapOf({ start: sub.startDate, end: sub.endDate }, period),
      ),
    allowancesOf: (id) => allowancesByProduct.get(id) ?? [],
    previous: new Map(previous.map((row) => [`${row.subscriptionId}/${row.position}`, row])),
    meteredOf: (id) =>
      (sumsByAccount.get(id) ?? []).flatMap((row) =>
        row.productId ? [{ productId: row.productId, quantity: new Dec(row.quantity ?? '0') }] : [],
      ),
    productOf: (id) => productById.get(id),
    period,
  });
  const [tierRows, voice] = await Promise.all([
    listTiersOfPrices(
      db,
      priceRows.map((p) => p.id),
    ),
    loadVoiceUsage(
      db,
      bases.map((b) => ({ ...b, voice: allowancePlan.voiceOf(b.account.id) })),
      period,
    ),
  ]);
  const allowances = allowancePlan.finish(voice.coveredByAccount);
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
  const percentageCharges = await loadPercentageCharges(
    db,
    percentageRequests(accounts, sumsByAccount, (productId, currency) =>
      priceOf(productId, currency, period.start),
    ),
    { from, to },
  );
  /** The price's own rounding of its lines, if it has one (lib/catalog/rounding-policy). */
  const lineRoundingOf = (productId: string, currency: string, date: string): LineRounding | null => {
    const price = priceRecordOf(productId, currency, date);
    return price && (price.lineRoundingMode !== null || price.lineDecimals !== null)
      ? { mode: price.lineRoundingMode, decimals: price.lineDecimals }
      : null;
  };

  const timingOf = (productId: string, price: PriceRecord | undefined) =>
    price?.billingTiming ??
    catalogById.get(product(productId).catalogId)?.defaultBillingTiming ??
    'in_arrears';

  return bases.map(({ account, catalog, policy, subs }) => {
    const problems: string[] = [...(allowances.problems.get(account.id) ?? [])];
    const includedOf = allowances.includedByAccount.get(account.id);
    const noPrice = (productId: string, date: string) =>
      problems.push(`${product(productId).code} has no ${account.currency} price on ${date}`);
    const accountAnchor = account.billingCycle === 'anniversary' ? account.billingDay : 1;
    const window = { period, next: periodAfter(period, accountAnchor) };
    const settings = {
      creditUnusedOnCancel: catalog?.creditUnusedOnCancel ?? true,
      billPartialWithNextPeriod: catalog?.billPartialWithNextPeriod ?? true,
    };
    // What was billed ahead is read from earlier invoices, except on a migrated account's
    // first Switchboard invoice (and in the parallel run): the legacy system billed it then.
    const migrated = account.systemOfRecord === 'legacy' || account.cutoverDate !== null;
    const history = withHistory.has(account.id) || !migrated;
    const amountOf = (productId: string, override: string | null, quantity: Dec, date: string) => {
      if (override !== null) return fullCycleAmount(quantity, { override: new Dec(override) });
      const model = priceOf(productId, account.currency, date);
      if (model) return fullCycleAmount(quantity, { model });
      noPrice(productId, date);
      return { amount: new Dec(0), unitPrice: null };
    };
    const anchorOf = (sub: (typeof subs)[number]): number | null => {
      const anchorStart =
        sub.billingAlignment === 'subscription'
          ? sub.startDate
          : sub.billingAlignment === 'bundle' && sub.bundleBaseId
            ? startOfSubscription.get(sub.bundleBaseId)
            : undefined;
      return anchorStart ? Number(anchorStart.slice(8, 10)) : null;
    };
    const subscriptionsOfInvoice = subs.flatMap((sub) => {
      const quantity = new Dec(sub.quantity);
      const firstDayBilled = sub.startDate > period.start ? sub.startDate : period.start;
      const terms = {
        start: sub.startDate,
        end: sub.endDate,
        timing: timingOf(sub.productId, priceRecordOf(sub.productId, account.currency, firstDayBilled)),
        anchorDay: anchorOf(sub),
        replaced: replacedIds.has(sub.id),
      };
      const billed: BilledSpan[] | null = history ? (billedBySubscription.get(sub.id) ?? []) : null;
      const spans = recurringSpans(terms, window, settings, billed);
      if (spans.length === 0 && !overlapOf(terms, period)) return [];
      return [
        {
          id: sub.id,
          productCode: product(sub.productId).code,
          quantity,
          discountPercent: new Dec(sub.discountPercent),
          start: sub.startDate,
          end: sub.endDate,
          taxCategory: product(sub.productId).taxCategory,
          allowances: voiceMinutesOf(sub.productId),
          lineRounding: lineRoundingOf(sub.productId, account.currency, firstDayBilled),
          charges: spans.map((span) => {
            const priceDate = sub.startDate > span.cycle.start ? sub.startDate : span.cycle.start;
            const { amount, unitPrice } = amountOf(sub.productId, sub.unitPrice, quantity, priceDate);
            return { ...span, fullAmount: amount, unitPrice };
          }),
        },
      ];
    });
    const accountVoice = voice.byAccount.get(account.id);
    const voiceProduct = accountVoice && productById.get(accountVoice.productId);
    const input: AccountBillingInput['input'] = {
      period,
      currency: account.currency,
      policy,
      prorationMethod: catalog?.prorationMethod ?? 'actual_days',
      subscriptions: subscriptionsOfInvoice,
      oneTimeCharges: (chargesByAccount.get(account.id) ?? []).map((charge) => {
        const quantity = new Dec(charge.quantity);
        return {
          id: charge.id,
          productCode: product(charge.productId).code,
          date: charge.chargeDate,
          quantity,
          ...amountOf(charge.productId, charge.unitPrice, quantity, charge.chargeDate),
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
        const price = priceOf(row.productId, account.currency, period.start);
        if (!price) {
          noPrice(row.productId, period.start);
          return [];
        }
        const transactionCharges = percentageCharges.get(percentageKey(account.id, row.productId));
        return [
          {
            productCode: product(row.productId).code,
            quantity: new Dec(row.quantity ?? '0'),
            included: includedOf?.get(row.productId) ?? new Dec(0),
            price,
            taxCategory: product(row.productId).taxCategory,
            ...(price.model === 'percentage' && { transactionCharges: transactionCharges ?? new Dec(0) }),
            lineRounding: lineRoundingOf(row.productId, account.currency, period.start),
          },
        ];
      }),
    };
    return { account, input, problems, allowanceUsages: allowances.usagesByAccount.get(account.id) ?? [] };
  });
}
