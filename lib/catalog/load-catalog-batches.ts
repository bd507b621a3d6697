import type { Db } from '../../db/client';
import { getCatalogById } from '../../db/queries/catalogs';
import { listAllowancesOfProducts, listPricesOfProducts, listTiersOfPrices } from '../../db/queries/prices';
import { countEntriesOfVersions, getRatePlansByIds, listVersionsOfPlans } from '../../db/queries/rate-plans';
import type {
  AllowanceRecord,
  CatalogRecord,
  PriceRecord,
  PriceTierRecord,
  RatePlanRecord,
  RatePlanVersionRecord,
} from './types';

/**
 * Batch loads behind the per-request DataLoaders: one query for many parents, results in
 * the order of the keys. Callers were authorised for the parent objects.
 */
function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

export async function loadPricesOfProducts(db: Db, productIds: readonly string[]): Promise<PriceRecord[][]> {
  return groupBy(productIds, await listPricesOfProducts(db, productIds), (row) => row.productId);
}

export async function loadTiersOfPrices(db: Db, priceIds: readonly string[]): Promise<PriceTierRecord[][]> {
  return groupBy(priceIds, await listTiersOfPrices(db, priceIds), (row) => row.priceId);
}

export async function loadAllowancesOfProducts(
  db: Db,
  productIds: readonly string[],
): Promise<AllowanceRecord[][]> {
  return groupBy(productIds, await listAllowancesOfProducts(db, productIds), (row) => row.productId);
}

export async function loadVersionsOfPlans(
  db: Db,
  planIds: readonly string[],
): Promise<RatePlanVersionRecord[][]> {
  return groupBy(planIds, await listVersionsOfPlans(db, planIds), (row) => row.ratePlanId);
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
  const plans = new Map((await getRatePlansByIds(db, ids)).map((plan) => [plan.id, plan]));
  return ids.map((id) => plans.get(id) ?? null);
}
