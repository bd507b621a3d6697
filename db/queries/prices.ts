import { and, asc, desc, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../client';
import { prices, priceTiers, productAllowances } from '../schema';

export type NewPrice = typeof prices.$inferInsert;
export type NewPriceTier = Omit<typeof priceTiers.$inferInsert, 'priceId'>;

export async function insertPrice(db: Db, price: NewPrice, tiers: NewPriceTier[]) {
  const [row] = await db.insert(prices).values(price).returning();
  if (!row) throw new Error('insert into prices returned no row');
  if (tiers.length > 0)
    await db.insert(priceTiers).values(tiers.map((tier) => ({ ...tier, priceId: row.id })));
  return row;
}

/** Every price of a product in a currency, latest start first. */
export async function listPricesOfProduct(db: Db, productId: string, currency?: string) {
  const conditions = [eq(prices.productId, productId)];
  if (currency) conditions.push(eq(prices.currency, currency));
  return db
    .select()
    .from(prices)
    .where(and(...conditions))
    .orderBy(asc(prices.currency), desc(prices.effectiveFrom));
}

/** Prices of many products, for batching (all currencies, all dates). */
export async function listPricesOfProducts(db: Db, productIds: readonly string[]) {
  if (productIds.length === 0) return [];
  return db
    .select()
    .from(prices)
    .where(inArray(prices.productId, [...productIds]))
    .orderBy(asc(prices.currency), desc(prices.effectiveFrom));
}

/** The price in force on `date` (YYYY-MM-DD), if any. */
export async function getEffectivePrice(db: Db, productId: string, currency: string, date: string) {
  const [row] = await db
    .select()
    .from(prices)
    .where(
      and(
        eq(prices.productId, productId),
        eq(prices.currency, currency),
        lte(prices.effectiveFrom, date),
        or(isNull(prices.effectiveTo), gt(prices.effectiveTo, date)),
      ),
    )
    .orderBy(desc(prices.effectiveFrom))
    .limit(1);
  return row ?? null;
}

export async function closePrice(db: Db, priceId: string, effectiveTo: string) {
  await db.update(prices).set({ effectiveTo }).where(eq(prices.id, priceId));
}

export async function listTiersOfPrices(db: Db, priceIds: readonly string[]) {
  if (priceIds.length === 0) return [];
  return db
    .select()
    .from(priceTiers)
    .where(inArray(priceTiers.priceId, [...priceIds]))
    .orderBy(asc(priceTiers.priceId), asc(priceTiers.position));
}

export async function listAllowancesOfProducts(db: Db, productIds: readonly string[]) {
  if (productIds.length === 0) return [];
  return db
    .select()
    .from(productAllowances)
    .where(inArray(productAllowances.productId, [...productIds]))
    .orderBy(
      asc(productAllowances.productId),
      asc(productAllowances.position),
      asc(productAllowances.createdAt),
    );
}

export async function replaceAllowancesOfProduct(
  db: Db,
  productId: string,
  allowances: Omit<typeof productAllowances.$inferInsert, 'productId'>[],
) {
  await db.delete(productAllowances).where(eq(productAllowances.productId, productId));
  if (allowances.length > 0)
    await db
      .insert(productAllowances)
      .values(allowances.map((allowance, position) => ({ ...allowance, position, productId })));
}
