import { dateProblem } from '../catalog/catalog-input';
import type { ProductKind } from '../catalog/types';
import { type UserError, userError } from '../errors';
import { Dec, isPlainDecimal } from '../money/decimal';

/** A positive decimal quantity (seats, units). */
export function quantityProblem(value: string, field: string[]): UserError | null {
  if (!isPlainDecimal(value)) return userError('INVALID', field, `"${value}" is not a number.`);
  return new Dec(value).greaterThan(0)
    ? null
    : userError('INVALID', field, 'The quantity must be above zero.');
}

/** A price override: zero or more. */
export function unitPriceProblem(value: string | null | undefined, field: string[]): UserError | null {
  if (value == null) return null;
  if (!isPlainDecimal(value)) return userError('INVALID', field, `"${value}" is not a price.`);
  return new Dec(value).isNegative() ? userError('INVALID', field, 'A price cannot be negative.') : null;
}

export function discountProblem(value: string | null | undefined, field: string[]): UserError | null {
  if (value == null) return null;
  if (!isPlainDecimal(value)) return userError('INVALID', field, `"${value}" is not a percentage.`);
  const percent = new Dec(value);
  return percent.isNegative() || percent.greaterThan(100)
    ? userError('INVALID', field, 'A discount is 0 to 100 percent.')
    : null;
}

export function periodProblems(start: string, end: string | null | undefined, field: string[]): UserError[] {
  const problems = [dateProblem(start, [...field.slice(0, -1), 'startDate'])];
  if (end != null) {
    problems.push(dateProblem(end, [...field.slice(0, -1), 'endDate']));
    if (!problems.some(Boolean) && end <= start)
      problems.push(
        userError('INVALID', [...field.slice(0, -1), 'endDate'], 'The end must come after the start.'),
      );
  }
  return problems.filter((problem): problem is UserError => problem !== null);
}

export function productKindProblem(
  kind: ProductKind,
  wanted: ProductKind,
  field: string[],
): UserError | null {
  return kind === wanted
    ? null
    : userError(
        'INVALID',
        field,
        wanted === 'recurring' ? 'Subscribe to a recurring product.' : 'Charge a one-time product.',
      );
}
