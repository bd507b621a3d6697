import DataLoader from 'dataloader';
import type { Db } from '../db/client';
import { loadAccountsByIds } from '../lib/accounts/load-accounts-by-ids';
import { loadUsersByIds } from '../lib/auth/load-users-by-ids';
import {
  loadAllowancesOfProducts,
  loadCatalogs,
  loadEntryCounts,
  loadPricesOfProducts,
  loadRatePlans,
  loadTiersOfPrices,
  loadVersionsOfPlans,
} from '../lib/catalog/load-catalog-batches';
import { loadAllocationsOfPayments } from '../lib/payments/load-payment-batches';

/** Per-request batching, so a list resolving a related object costs one query, not one per row. */
export function createLoaders(db: Db) {
  return {
    userById: new DataLoader((ids: readonly string[]) => loadUsersByIds(db, ids)),
    catalogById: new DataLoader((ids: readonly string[]) => loadCatalogs(db, ids)),
    ratePlanById: new DataLoader((ids: readonly string[]) => loadRatePlans(db, ids)),
    pricesByProductId: new DataLoader((ids: readonly string[]) => loadPricesOfProducts(db, ids)),
    tiersByPriceId: new DataLoader((ids: readonly string[]) => loadTiersOfPrices(db, ids)),
    allowancesByProductId: new DataLoader((ids: readonly string[]) => loadAllowancesOfProducts(db, ids)),
    versionsByPlanId: new DataLoader((ids: readonly string[]) => loadVersionsOfPlans(db, ids)),
    entryCountByVersionId: new DataLoader((ids: readonly string[]) => loadEntryCounts(db, ids)),
    accountById: new DataLoader((ids: readonly string[]) => loadAccountsByIds(db, ids)),
    allocationsByPaymentId: new DataLoader((ids: readonly string[]) => loadAllocationsOfPayments(db, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
