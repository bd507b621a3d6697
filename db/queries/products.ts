import { and, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { products } from '../schema';
import { newestFirst, olderThan } from './keyset';
import { containsPattern } from './like-pattern';

export type NewProduct = typeof products.$inferInsert;
export type ProductPatch = Partial<
  Pick<
    NewProduct,
    | 'name'
    | 'description'
    | 'taxCategory'
    | 'isActive'
    | 'unitName'
    | 'aggregation'
    | 'recordRounding'
    | 'recordRoundingBlock'
  >
>;

export async function insertProduct(db: Db, product: NewProduct) {
  const [row] = await db.insert(products).values(product).returning();
  if (!row) throw new Error('insert into products returned no row');
  return row;
}

export async function getProductById(db: Db, id: string) {
  const [row] = await db.select().from(products).where(eq(products.id, id));
  return row ?? null;
}

/** Locks the product row for the rest of the transaction (serialises its price changes). */
export async function lockProduct(db: Db, id: string) {
  const [row] = await db.select().from(products).where(eq(products.id, id)).for('update');
  return row ?? null;
}

export async function getProductByCode(db: Db, catalogId: string, code: string) {
  const [row] = await db
    .select()
    .from(products)
    .where(and(eq(products.catalogId, catalogId), eq(products.code, code)));
  return row ?? null;
}

export async function getProductsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(products)
    .where(inArray(products.id, [...ids]));
}

export async function updateProductById(db: Db, id: string, patch: ProductPatch) {
  const [row] = await db.update(products).set(patch).where(eq(products.id, id)).returning();
  return row ?? null;
}

export interface ProductFilter {
  catalogId?: string | undefined;
  kind?: NewProduct['kind'] | undefined;
  search?: string | undefined;
  isActive?: boolean | undefined;
}

export async function listProducts(
  db: Db,
  options: { limit: number; after?: { createdAt: Date; id: string } | undefined; filter: ProductFilter },
) {
  const { filter } = options;
  const conditions: (SQL | undefined)[] = [olderThan(products.createdAt, products.id, options.after)];
  if (filter.catalogId) conditions.push(eq(products.catalogId, filter.catalogId));
  if (filter.kind) conditions.push(eq(products.kind, filter.kind));
  if (filter.isActive !== undefined) conditions.push(eq(products.isActive, filter.isActive));
  if (filter.search) {
    const pattern = containsPattern(filter.search);
    conditions.push(or(ilike(products.code, pattern), ilike(products.name, pattern)));
  }
  return db
    .select()
    .from(products)
    .where(and(...conditions))
    .orderBy(...newestFirst(products.createdAt, products.id))
    .limit(options.limit + 1);
}
