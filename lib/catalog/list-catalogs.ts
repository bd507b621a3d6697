import { listCatalogRows } from '../../db/queries/catalogs';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { ensureDefaultCatalog } from './default-catalog';
import type { CatalogRecord } from './types';

/**
 * Every catalog, the installation's default first.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listCatalogs({ db, actor }: OperationContext): Promise<CatalogRecord[]> {
  authorize(actor, 'catalogs');
  const rows = await listCatalogRows(db);
  return rows.length > 0 ? rows : [await ensureDefaultCatalog(db)];
}
