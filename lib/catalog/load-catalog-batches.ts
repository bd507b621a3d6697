import type { Db } from '../../db/client';
import { getCatalogById } from '../../db/queries/catalogs';
import { listAllowancesOfProducts, listPricesOfProducts, listTiersOfPrices } from '../../db/queries/prices';
import { getProductsByIds } from '../../db/queries/products';
import { countEntriesOfVersions, getRatePlansByIds, listVersionsOfPlans } from '../../db/queries/rate-plans';
import { groupByKeys, oneByKeys } from '../batch-order';
import type {
  AllowanceRecord,
  CatalogRecord,
  PriceRecord,
  PriceTierRecord,
  ProductRecord,
  RatePlanRecord,
  RatePlanVersionRecord,
} from './types';

/**
 * Batch loads behind the per-request DataLoaders: one query for many parents, results in
 * the order of the keys. Callers were authorised for the parent objects.
 */
export async function loadPricesOfProducts(db: Db, productIds: readonly string[]): Promise<PriceRecord[][]> {
  return groupByKeys(productIds, await listPricesOfProducts(db, productIds), (row) => row.productId);
}

export async function loadTiersOfPrices(db: Db, priceIds: readonly string[]): Promise<PriceTierRecord[][]> {
  return groupByKeys(priceIds, await listTiersOfPrices(db, priceIds), (row) => row.priceId);
}

export async function loadAllowancesOfProducts(
  db: Db,
  productIds: readonly string[],
): Promise<AllowanceRecord[][]> {
  return groupByKeys(productIds, await listAllowancesOfProducts(db, productIds), (row) => row.productId);
}

export async function loadVersionsOfPlans(
  db: Db,
  planIds: readonly string[],
): Promise<RatePlanVersionRecord[][]> {
  return groupByKeys(planIds, await listVersionsOfPlans(db, planIds), (row) => row.ratePlanId);
}

export async function loadEntryCounts(db: Db, versionIds: readonly string[]): Promise<number[]> {
  const counts = new Map((await countEntriesOfVersions(db, versionIds)).map((row) => [row.versionId, row.n]));
  return versionIds.map((id) => counts.get(id) ?? 0);
}

/** Catalogs are few; one query each, cached per request by the loader. */
export async function loadCatalogs(db: Db, ids: readonly string[]): Promise<(CatalogRecord | null)[]> {
  return Promise.all(ids.map((id) => getCatalogById(db, id)));
}

export async function loadRatePlans(db: Db, ids: readonly string[]): Promise<(RatePlanRecord | null)[]> {
  return oneByKeys(ids, await getRatePlansByIds(db, ids));
}

export async function loadProducts(db: Db, ids: readonly string[]): Promise<(ProductRecord | null)[]> {
  return oneByKeys(ids, await getProductsByIds(db, ids));
}
