import { getProductById, type ProductPatch, updateProductById } from '../../db/queries/products';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import type { UsageAggregation } from '../rating/usage-aggregation';
import { collect, nameProblem, taxCategoryProblem } from './catalog-input';
import type { ProductRecord } from './types';
import { parseUsageRules, type RecordRoundingInput } from './usage-rules-input';

/**
 * Renames, re-describes, re-categorises or archives a product, or changes a metered usage
 * product's aggregation and record rounding (bill runs from then on use them; issued
 * invoices keep their lines). Code, kind and usage type are fixed once created: usage and
 * invoices refer to them.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function updateProduct(
  { db, actor }: OperationContext,
  input: {
    id: string;
    name?: string | null | undefined;
    description?: string | null | undefined;
    unitName?: string | null | undefined;
    taxCategory?: string | null | undefined;
    isActive?: boolean | null | undefined;
    aggregation?: UsageAggregation | null | undefined;
    recordRounding?: RecordRoundingInput | null | undefined;
    clearRecordRounding?: boolean | null | undefined;
  },
): Promise<{ product: ProductRecord | null; userErrors: UserError[] }> {
  authorize(actor, 'updateProduct');
  const existing = await getProductById(db, input.id);
  if (!existing) {
    return { product: null, userErrors: [userError('NOT_FOUND', ['input', 'id'], 'No such product.')] };
  }
  const userErrors = collect(
    input.name != null ? nameProblem(input.name, ['input', 'name']) : null,
    input.taxCategory != null ? taxCategoryProblem(input.taxCategory, ['input', 'taxCategory']) : null,
  );
  const rules = parseUsageRules(existing, input, ['input']);
  userErrors.push(...rules.userErrors);
  if (userErrors.length > 0) return { product: null, userErrors };
  const patch: ProductPatch = {};
  if (input.name != null) patch.name = input.name.trim();
  if (input.description !== undefined) patch.description = input.description?.trim() || null;
  if (input.unitName !== undefined) patch.unitName = input.unitName?.trim() || null;
  if (input.taxCategory != null) patch.taxCategory = input.taxCategory;
  if (input.isActive != null) patch.isActive = input.isActive;
  Object.assign(patch, rules.columns);
  return { product: await updateProductById(db, input.id, patch), userErrors: [] };
}
