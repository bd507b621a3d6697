import { getCatalogById, updateCatalogById } from '../../db/queries/catalogs';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import type { BillingTiming, CatalogRecord, ProrationMethodName } from './types';

/**
 * Sets how a catalog bills recurring charges: the timing of prices that do not set their
 * own, the proration method, and the two rules of in-advance charges (lib/invoicing/recurring-spans).
 * Applies to invoices drafted from now on; issued invoices keep what they say.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function updateCatalogBilling(
  { db, actor }: OperationContext,
  input: {
    catalogId: string;
    defaultBillingTiming: BillingTiming;
    prorationMethod: ProrationMethodName;
    creditUnusedOnCancel: boolean;
    billPartialWithNextPeriod: boolean;
  },
): Promise<{ catalog: CatalogRecord | null; userErrors: UserError[] }> {
  authorize(actor, 'updateCatalogBilling');
  if (!(await getCatalogById(db, input.catalogId)))
    return {
      catalog: null,
      userErrors: [userError('NOT_FOUND', ['input', 'catalogId'], 'No such catalog.')],
    };
  const catalog = await updateCatalogById(db, input.catalogId, {
    defaultBillingTiming: input.defaultBillingTiming,
    prorationMethod: input.prorationMethod,
    creditUnusedOnCancel: input.creditUnusedOnCancel,
    billPartialWithNextPeriod: input.billPartialWithNextPeriod,
  });
  return { catalog, userErrors: [] };
}
