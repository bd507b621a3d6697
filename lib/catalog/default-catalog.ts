import type { Db } from '../../db/client';
import { insertCatalogIfMissing } from '../../db/queries/catalogs';
import type { CatalogRecord } from './types';

export const DEFAULT_CATALOG_CODE = 'default';

/** The installation's own catalog, created on first use (half-up, 4 call decimals). */
export function ensureDefaultCatalog(db: Db): Promise<CatalogRecord> {
  return insertCatalogIfMissing(db, { code: DEFAULT_CATALOG_CODE, name: 'Catalog' });
}
