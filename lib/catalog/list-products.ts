import {
  getProductById,
  listProducts as listProductRows,
  type ProductFilter,
} from '../../db/queries/products';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { decodeCursor, type Page, type PageArgs, pageSize, toPage } from '../pagination';
import type { ProductRecord } from './types';

/**
 * Products, newest first.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (bad cursor or page size)
 */
export async function listProducts(
  { db, actor }: OperationContext,
  args: PageArgs & { filter?: ProductFilter | null | undefined },
): Promise<Page<ProductRecord>> {
  authorize(actor, 'products');
  const limit = pageSize(args.first);
  const rows = await listProductRows(db, {
    limit,
    after: args.after ? decodeCursor(args.after) : undefined,
    filter: args.filter ?? {},
  });
  return toPage(rows, limit, (row) => row);
}

/**
 * One product, or null.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getProduct({ db, actor }: OperationContext, id: string): Promise<ProductRecord | null> {
  authorize(actor, 'product');
  return getProductById(db, id);
}
