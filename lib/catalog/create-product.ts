import { getCatalogById } from '../../db/queries/catalogs';
import { getProductByCode, insertProduct } from '../../db/queries/products';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import type { UsageAggregation } from '../rating/usage-aggregation';
import { RollbackWithUserErrors, withRollbackOnUserErrors } from '../transaction';
import { codeProblem, collect, nameProblem, taxCategoryProblem } from './catalog-input';
import { ensureDefaultCatalog } from './default-catalog';
import { addPrice, type SetProductPriceInput } from './set-product-price';
import type { ProductKind, ProductRecord, UsageType } from './types';
import { parseUsageRules, type RecordRoundingInput } from './usage-rules-input';

export interface CreateProductInput {
  /** Omit for the installation's default catalog. */
  catalogId?: string | null | undefined;
  code: string;
  name: string;
  description?: string | null | undefined;
  kind: ProductKind;
  usageType?: UsageType | null | undefined;
  unitName?: string | null | undefined;
  taxCategory: string;
  /** Metered usage only: how a period's records make its quantity (default sum). */
  aggregation?: UsageAggregation | null | undefined;
  /** Metered usage only: each record's quantity rounded to a block first (default off). */
  recordRounding?: RecordRoundingInput | null | undefined;
  /** An opening price; more can be added with setProductPrice. */
  price?: Omit<SetProductPriceInput, 'productId'> | null | undefined;
}

/**
 * Adds a product (and optionally its first price) in one transaction.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function createProduct(
  { db, actor }: OperationContext,
  input: CreateProductInput,
): Promise<{ product: ProductRecord | null; userErrors: UserError[] }> {
  authorize(actor, 'createProduct');
  const userErrors = collect(
    codeProblem(input.code, ['input', 'code']),
    nameProblem(input.name, ['input', 'name']),
    taxCategoryProblem(input.taxCategory, ['input', 'taxCategory']),
  );
  if (input.kind === 'usage' && !input.usageType) {
    userErrors.push(
      userError(
        'REQUIRED',
        ['input', 'usageType'],
        'A usage product says what it counts: voice, sms, data or custom.',
      ),
    );
  }
  if (input.kind !== 'usage' && input.usageType) {
    userErrors.push(userError('INVALID', ['input', 'usageType'], 'Only usage products count usage.'));
  }
  const rules = parseUsageRules({ kind: input.kind, usageType: input.usageType }, input, ['input']);
  userErrors.push(...rules.userErrors);
  if (userErrors.length > 0) return { product: null, userErrors };

  return withRollbackOnUserErrors(
    db,
    async (tx) => {
      const catalog = input.catalogId
        ? await getCatalogById(tx, input.catalogId)
        : await ensureDefaultCatalog(tx);
      if (!catalog)
        return {
          product: null,
          userErrors: [userError('NOT_FOUND', ['input', 'catalogId'], 'No such catalog.')],
        };
      if (await getProductByCode(tx, catalog.id, input.code)) {
        return {
          product: null,
          userErrors: [
            userError('TAKEN', ['input', 'code'], `A product with code ${input.code} already exists.`),
          ],
        };
      }
      const product = await insertProduct(tx, {
        catalogId: catalog.id,
        code: input.code,
        name: input.name.trim(),
        description: input.description?.trim() || null,
        kind: input.kind,
        usageType: input.usageType ?? null,
        unitName: input.unitName?.trim() || null,
        taxCategory: input.taxCategory,
        ...rules.columns,
      });
      if (input.price) {
        const priced = await addPrice(tx, product, input.price, ['input', 'price']);
        // A product without the price it was created with must not stay half-written.
        if (priced.userErrors.length > 0) throw new RollbackWithUserErrors(priced.userErrors);
      }
      return { product, userErrors: [] };
    },
    (userErrors) => ({ product: null, userErrors }),
  );
}
