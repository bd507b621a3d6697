import { getCatalogById, updateCatalogById } from '../../db/queries/catalogs';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import type { RoundingMode } from '../money/rounding';
import type { CatalogRecord } from './types';

/**
 * Sets how a catalog rounds: call charges to `callDecimals`, invoice lines to
 * `lineDecimals` (null: the currency's minor unit), both with `mode`.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function updateCatalogRounding(
  { db, actor }: OperationContext,
  input: {
    catalogId: string;
    mode: RoundingMode;
    callDecimals: number;
    lineDecimals?: number | null | undefined;
  },
): Promise<{ catalog: CatalogRecord | null; userErrors: UserError[] }> {
  authorize(actor, 'updateCatalogRounding');
  const userErrors: UserError[] = [];
  if (!Number.isInteger(input.callDecimals) || input.callDecimals < 0 || input.callDecimals > 10) {
    userErrors.push(
      userError('INVALID', ['input', 'callDecimals'], 'Call decimals must be a whole number from 0 to 10.'),
    );
  }
  const lineDecimals = input.lineDecimals ?? null;
  if (lineDecimals !== null && (!Number.isInteger(lineDecimals) || lineDecimals < 0 || lineDecimals > 6)) {
    userErrors.push(
      userError(
        'INVALID',
        ['input', 'lineDecimals'],
        'Line decimals must be a whole number from 0 to 6, or empty for the currency.',
      ),
    );
  }
  if (!(await getCatalogById(db, input.catalogId)))
    userErrors.push(userError('NOT_FOUND', ['input', 'catalogId'], 'No such catalog.'));
  if (userErrors.length > 0) return { catalog: null, userErrors };
  const catalog = await updateCatalogById(db, input.catalogId, {
    roundingMode: input.mode,
    callDecimals: input.callDecimals,
    lineDecimals,
  });
  return { catalog, userErrors };
}
