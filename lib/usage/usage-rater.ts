import type { Db } from '../../db/client';
import { getCatalogById } from '../../db/queries/catalogs';
import { listPricesOfProducts } from '../../db/queries/prices';
import { getRatePlansByIds, listVersionsOfPlans } from '../../db/queries/rate-plans';
import {
  getAccountsByExternalIds,
  listUsageProductsOfCatalogs,
  type UsageRatingColumns,
} from '../../db/queries/usage';
import type { AccountRow } from '../../db/schema';
import { loadCompiledDeck } from '../catalog/compiled-deck';
import { ensureDefaultCatalog } from '../catalog/default-catalog';
import { roundingPolicyOf } from '../catalog/rounding-policy';
import type {
  CatalogRecord,
  PriceRecord,
  ProductRecord,
  RatePlanRecord,
  RatePlanVersionRecord,
} from '../catalog/types';
import type { RoundingPolicy } from '../money/rounding';
import type { DestinationClass } from '../rating/destinations';
import { type CompiledRateDeck, rateCall } from '../rating/rate-call';
import { localDate } from '../rating/time-bands';
import type { UsageDraft } from './usage-row';

/** Why a record could not be rated on arrival; it waits in the unbillable queue. */
export const unratedReasons = [
  'UNKNOWN_ACCOUNT',
  'NO_RATE_PLAN',
  'NO_RATES_IN_FORCE',
  'NO_PREFIX_MATCH',
  'INVALID_NUMBER',
  'NO_PRODUCT',
  'NO_PRICE',
] as const;
export type UnratedUsageReason = (typeof unratedReasons)[number];

export interface UsageRating {
  status: 'rated' | 'unrated';
  unratedReason: UnratedUsageReason | null;
  accountId: string | null;
  productId: string | null;
  rateVersionId: string | null;
  prefix: string | null;
  destinationName: string | null;
  destinationClass: DestinationClass | null;
  band: string | null;
  billableSeconds: number | null;
  ratePerMinute: string | null;
  connectionFee: string | null;
  /** Voice billed in more than one step of a multi-step rate: seconds and rate of each. */
  stepSeconds?: number[] | null;
  stepRates?: string[] | null;
  /** Voice only: before allowances, rounded as the rate plan (or its catalog) rounds calls. */
  charge: string | null;
}

const blank: Omit<UsageRating, 'status' | 'unratedReason'> = {
  accountId: null,
  productId: null,
  rateVersionId: null,
  prefix: null,
  destinationName: null,
  destinationClass: null,
  band: null,
  billableSeconds: null,
  ratePerMinute: null,
  connectionFee: null,
  charge: null,
};

interface CatalogContext {
  catalog: CatalogRecord;
  policy: RoundingPolicy;
  /** Usage products by usage type (first by code) and by code. */
  byType: Map<string, ProductRecord>;
  byCode: Map<string, ProductRecord>;
}

/**
 * Rates usage records on arrival. `prepare` loads, in a few queries, whatever a batch of
 * records refers to (accounts, rate plans and their versions and decks, usage products and
 * prices) and keeps it for later batches; `rate` is then synchronous, so cost grows with
 * the records, not with round trips.
 */
export class UsageRater {
  private readonly accounts = new Map<string, AccountRow | null>();
  private readonly plans = new Map<string, RatePlanRecord>();
  /** Latest first. */
  private readonly versions = new Map<string, RatePlanVersionRecord[]>();
  private readonly decks = new Map<string, CompiledRateDeck>();
  private readonly catalogs = new Map<string, CatalogContext>();
  private readonly prices = new Map<string, PriceRecord[]>();
  private readonly productCodes = new Map<string, string>();
  /** Call rounding per rate plan: the plan's own over its catalog's. */
  private readonly planPolicies = new Map<string, RoundingPolicy>();
  private defaultCatalogId: string | null = null;

  constructor(private readonly db: Db) {}

  async prepare(drafts: readonly UsageDraft[]): Promise<void> {
    await this.prepareAccounts(drafts.map((draft) => draft.accountRef));
  }

  /**
   * Loads accounts by their numbers (and their plans, decks and catalogs). Known numbers
   * cost nothing, so a caller who knows the accounts ahead loads them in one query and
   * `prepare` then sends none.
   */
  async prepareAccounts(accountRefs: Iterable<string>): Promise<void> {
    const refs = [...new Set(accountRefs)].filter((ref) => !this.accounts.has(ref));
    const found = await getAccountsByExternalIds(this.db, refs);
    for (const ref of refs) this.accounts.set(ref, null);
    for (const account of found) this.accounts.set(account.externalId, account);

    const planIds = [
      ...new Set(
        found.map((account) => account.ratePlanId).filter((id): id is string => !!id && !this.plans.has(id)),
      ),
    ];
    for (const plan of await getRatePlansByIds(this.db, planIds)) this.plans.set(plan.id, plan);
    for (const version of await listVersionsOfPlans(this.db, planIds)) {
      const list = this.versions.get(version.ratePlanId) ?? [];
      list.push(version);
      this.versions.set(version.ratePlanId, list);
    }
    for (const planId of planIds) {
      const plan = this.plans.get(planId);
      for (const version of this.versions.get(planId) ?? []) {
        if (plan && !this.decks.has(version.id))
          this.decks.set(version.id, await loadCompiledDeck(this.db, plan, version));
      }
    }

    if (!this.defaultCatalogId) this.defaultCatalogId = (await ensureDefaultCatalog(this.db)).id;
    const catalogIds = new Set<string>([this.defaultCatalogId]);
    for (const plan of this.plans.values()) catalogIds.add(plan.catalogId);
    const missing = [...catalogIds].filter((id) => !this.catalogs.has(id));
    if (missing.length === 0) return;
    const usageProducts = await listUsageProductsOfCatalogs(this.db, missing);
    for (const price of await listPricesOfProducts(
      this.db,
      usageProducts.map((product) => product.id),
    )) {
      const list = this.prices.get(price.productId) ?? [];
      list.push(price);
      this.prices.set(price.productId, list);
    }
    for (const catalogId of missing) {
      const catalog = await getCatalogById(this.db, catalogId);
      if (!catalog) continue;
      const context: CatalogContext = {
        catalog,
        policy: roundingPolicyOf(catalog),
        byType: new Map(),
        byCode: new Map(),
      };
      for (const product of usageProducts.filter((p) => p.catalogId === catalogId)) {
        this.productCodes.set(product.id, product.code);
        context.byCode.set(product.code, product);
        if (product.usageType && !context.byType.has(product.usageType))
          context.byType.set(product.usageType, product);
      }
      this.catalogs.set(catalogId, context);
    }
  }

  /** The code of a prepared usage product: re-rating keeps the product a record named. */
  productCodeOf(productId: string): string | null {
    return this.productCodes.get(productId) ?? null;
  }

  /** Rates one record; everything it needs must have been prepared. */
  rate(draft: UsageDraft): UsageRating {
    const account = this.accounts.get(draft.accountRef);
    if (!account) return { ...blank, status: 'unrated', unratedReason: 'UNKNOWN_ACCOUNT' };
    const plan = account.ratePlanId ? this.plans.get(account.ratePlanId) : undefined;
    const catalog = this.catalogs.get(plan?.catalogId ?? this.defaultCatalogId ?? '');
    const unrated = (reason: UnratedUsageReason, extra: Partial<UsageRating> = {}): UsageRating => ({
      ...blank,
      accountId: account.id,
      ...extra,
      status: 'unrated',
      unratedReason: reason,
    });
    const product = draft.productCode
      ? catalog?.byCode.get(draft.productCode)
      : catalog?.byType.get(draft.usageType);
    if (!catalog || !product || product.usageType !== draft.usageType) return unrated('NO_PRODUCT');

    if (draft.usageType !== 'voice') {
      const date = draft.startedAt.toISOString().slice(0, 10);
      const price = (this.prices.get(product.id) ?? []).find(
        (p) =>
          p.currency === account.currency &&
          p.effectiveFrom <= date &&
          (p.effectiveTo === null || p.effectiveTo > date),
      );
      if (!price) return unrated('NO_PRICE', { productId: product.id });
      return { ...blank, status: 'rated', unratedReason: null, accountId: account.id, productId: product.id };
    }

    if (!plan) return unrated('NO_RATE_PLAN', { productId: product.id });
    const date = localDate(draft.startedAt, plan.timeZone);
    const version = (this.versions.get(plan.id) ?? []).find((v) => v.effectiveFrom <= date);
    const deck = version ? this.decks.get(version.id) : undefined;
    if (!version || !deck) return unrated('NO_RATES_IN_FORCE', { productId: product.id });
    let policy = this.planPolicies.get(plan.id);
    if (!policy) {
      policy = roundingPolicyOf(catalog.catalog, { ratePlan: plan });
      this.planPolicies.set(plan.id, policy);
    }
    const rating = rateCall(
      {
        durationSeconds: draft.durationSeconds ?? 0,
        destinationNumber: draft.destinationNumber ?? '',
        startedAt: draft.startedAt,
      },
      deck,
      policy,
    );
    if (rating.status === 'unrated')
      return unrated(rating.reason, { productId: product.id, rateVersionId: version.id });
    return {
      status: 'rated',
      unratedReason: null,
      accountId: account.id,
      productId: product.id,
      rateVersionId: version.id,
      prefix: rating.prefix,
      destinationName: rating.destination,
      destinationClass: rating.destinationClass,
      band: rating.band,
      billableSeconds: rating.billableSeconds,
      ratePerMinute: rating.ratePerMinute.toString(),
      connectionFee: rating.connectionFee.toString(),
      stepSeconds: rating.steps?.map((step) => step.seconds) ?? null,
      stepRates: rating.steps?.map((step) => step.ratePerMinute.toString()) ?? null,
      charge: rating.charge.toString(),
    };
  }
}

/** A rating as the columns it is stored in. */
export function ratingColumns(rating: UsageRating, ratedAt: string): UsageRatingColumns {
  return {
    account_id: rating.accountId,
    product_id: rating.productId,
    status: rating.status,
    unrated_reason: rating.unratedReason,
    rate_version_id: rating.rateVersionId,
    prefix: rating.prefix,
    destination_name: rating.destinationName,
    destination_class: rating.destinationClass,
    band: rating.band,
    billable_seconds: rating.billableSeconds,
    rate_per_minute: rating.ratePerMinute,
    connection_fee: rating.connectionFee,
    step_seconds: rating.stepSeconds ?? null,
    step_rates: rating.stepRates ?? null,
    charge: rating.charge,
    rated_at: rating.status === 'rated' ? ratedAt : null,
  };
}
