import { Dec } from '../../money/decimal';
import { money } from './describe';
import type { DraftCheck } from './types';

/** Nothing (or less than nothing) to collect: usually a missing charge or a credit gone wrong. */
export const zeroOrNegativeTotal: DraftCheck = {
  code: 'ZERO_OR_NEGATIVE_TOTAL',
  title: 'Zero or negative total',
  description: 'The total is zero or below.',
  defaultSeverity: 'hold',
  thresholds: [],
  async find(_db, chunk) {
    return chunk.facts
      .filter((draft) => new Dec(draft.total).lte(0))
      .map((draft) => ({
        invoiceId: draft.invoiceId,
        code: 'ZERO_OR_NEGATIVE_TOTAL',
        message: `Total is ${money(draft.total, draft.currency)}: ${new Dec(draft.total).isZero() ? 'nothing' : 'less than nothing'} to collect.`,
        details: { total: draft.total },
      }));
  },
};
