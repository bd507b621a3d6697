import { insertTaxRule, listAllTaxRules } from '../../db/queries/tax-rules';
import type { TaxRuleRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import { codeProblem, dateProblem } from '../catalog/catalog-input';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { Dec, isPlainDecimal } from '../money/decimal';

/** Every tax rule, by region, code, category and date. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function listTaxRules({ db, actor }: OperationContext): Promise<TaxRuleRow[]> {
  authorize(actor, 'taxRules');
  return listAllTaxRules(db);
}

export interface CreateTaxRuleInput {
  region: string;
  taxCode: string;
  taxCategory: string;
  ratePercent: string;
  effectiveFrom: string;
  effectiveTo?: string | null | undefined;
}

const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,10})?$/;

/**
 * Adds a rate for a region and product tax category from a date. Bill runs use the rules in
 * force on the period's first day.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function createTaxRule(
  { db, actor }: OperationContext,
  input: CreateTaxRuleInput,
): Promise<{ taxRule: TaxRuleRow | null; userErrors: UserError[] }> {
  authorize(actor, 'createTaxRule');
  const problems: (UserError | null)[] = [
    REGION.test(input.region)
      ? null
      : userError(
          'INVALID',
          ['input', 'region'],
          'A region is a country code, optionally with a subdivision (US-TX).',
        ),
    codeProblem(input.taxCode, ['input', 'taxCode']),
    codeProblem(input.taxCategory, ['input', 'taxCategory']),
    dateProblem(input.effectiveFrom, ['input', 'effectiveFrom']),
    input.effectiveTo == null ? null : dateProblem(input.effectiveTo, ['input', 'effectiveTo']),
  ];
  if (
    !isPlainDecimal(input.ratePercent) ||
    new Dec(input.ratePercent).lt(0) ||
    new Dec(input.ratePercent).gte(100)
  )
    problems.push(
      userError('INVALID', ['input', 'ratePercent'], 'A rate is a percentage from 0 to below 100.'),
    );
  if (input.effectiveTo != null && input.effectiveTo <= input.effectiveFrom)
    problems.push(userError('INVALID', ['input', 'effectiveTo'], 'The end must come after the start.'));
  const userErrors = problems.filter((problem): problem is UserError => problem !== null);
  if (userErrors.length > 0) return { taxRule: null, userErrors };
  const taxRule = await insertTaxRule(db, {
    region: input.region,
    taxCode: input.taxCode,
    taxCategory: input.taxCategory,
    ratePercent: new Dec(input.ratePercent).toString(),
    effectiveFrom: input.effectiveFrom,
    effectiveTo: input.effectiveTo ?? null,
  });
  return { taxRule, userErrors: [] };
}
