import { Dec } from '../../money/decimal';
import { money } from './describe';
import type { DraftCheck } from './types';

/** A large invoice deserves a second look whatever it was last time. */
export const totalAbove: DraftCheck = {
  code: 'TOTAL_ABOVE',
  title: 'Large total',
  description: 'The total is above the amount.',
  defaultSeverity: 'hold',
  thresholds: [{ name: 'amount', description: "Total in the invoice's currency", defaultValue: '10000' }],
  async find(_db, chunk, setting) {
    const limit = setting.thresholds.amount ?? new Dec(0);
    return chunk.facts
      .filter((draft) => new Dec(draft.total).gt(limit))
      .map((draft) => ({
        invoiceId: draft.invoiceId,
        code: 'TOTAL_ABOVE',
        message: `Total ${money(draft.total, draft.currency)} is above ${money(limit.toFixed(), draft.currency)}.`,
        details: { total: draft.total, limit: limit.toFixed() },
      }));
  },
};
