import { type UserError, userError } from '../errors';
import { Dec, isPlainDecimal } from '../money/decimal';
import type { RecordRoundingDirection, UsageAggregation } from '../rating/usage-aggregation';
import type { ProductKind, UsageType } from './types';

/** Per-record rounding as a client sends it. */
export interface RecordRoundingInput {
  direction: RecordRoundingDirection;
  block: string;
}

/** A metered product's usage rules as stored (null rounding fields: rounding off). */
export interface UsageRulesColumns {
  aggregation?: UsageAggregation;
  recordRounding?: RecordRoundingDirection | null;
  recordRoundingBlock?: string | null;
}

/**
 * Checks the usage rules sent for a product and turns them into its columns. They belong to
 * metered usage (SMS, data, custom): voice is priced per call by the rate deck, and other
 * kinds have no records to aggregate. Only the fields sent are returned.
 */
export function parseUsageRules(
  product: { kind: ProductKind; usageType: UsageType | null | undefined },
  input: {
    aggregation?: UsageAggregation | null | undefined;
    recordRounding?: RecordRoundingInput | null | undefined;
    clearRecordRounding?: boolean | null | undefined;
  },
  path: string[],
): { columns: UsageRulesColumns; userErrors: UserError[] } {
  const userErrors: UserError[] = [];
  const columns: UsageRulesColumns = {};
  const isMetered = product.kind === 'usage' && !!product.usageType && product.usageType !== 'voice';
  const notMetered = (field: string) =>
    userError(
      'INVALID',
      [...path, field],
      product.usageType === 'voice'
        ? 'Voice is priced per call by the rate deck; aggregation and record rounding are for SMS, data and custom usage.'
        : 'Only usage products (SMS, data, custom) aggregate and round records.',
    );
  if (input.aggregation) {
    if (!isMetered && input.aggregation !== 'sum') userErrors.push(notMetered('aggregation'));
    else columns.aggregation = input.aggregation;
  }
  if (input.recordRounding && input.clearRecordRounding) {
    userErrors.push(
      userError('INVALID', [...path, 'clearRecordRounding'], 'Give a record rounding or clear it, not both.'),
    );
  } else if (input.recordRounding) {
    const block = input.recordRounding.block.trim();
    if (!isMetered) userErrors.push(notMetered('recordRounding'));
    else if (!isPlainDecimal(block) || !new Dec(block).greaterThan(0)) {
      userErrors.push(
        userError('INVALID', [...path, 'recordRounding', 'block'], 'The block must be a decimal above zero.'),
      );
    } else {
      columns.recordRounding = input.recordRounding.direction;
      // As entered, like prices: "1024" reads as written.
      columns.recordRoundingBlock = block;
    }
  } else if (input.clearRecordRounding) {
    columns.recordRounding = null;
    columns.recordRoundingBlock = null;
  }
  return { columns, userErrors };
}
