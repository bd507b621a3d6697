import { Dec } from '../../money/decimal';
import { money } from './describe';
import type { DraftCheck, Finding } from './types';

/**
 * The total moved away from the account's previous finalized invoice by more than both
 * thresholds: a relative one (so small accounts are not flagged for cents) and an absolute
 * one (so big accounts are not flagged for a percent). Invoices in another currency and a
 * previous total of zero are compared by amount only.
 */
export const totalChanged: DraftCheck = {
  code: 'TOTAL_CHANGED',
  title: 'Total changed',
  description:
    "The total differs from the account's previous finalized invoice by more than the percent and more than the amount.",
  defaultSeverity: 'hold',
  thresholds: [
    { name: 'percent', description: 'Change in percent of the previous total', defaultValue: '25' },
    { name: 'amount', description: "Change in the invoice's currency", defaultValue: '100' },
  ],
  async find(_db, chunk, setting) {
    const percentLimit = setting.thresholds.percent ?? new Dec(0);
    const amountLimit = setting.thresholds.amount ?? new Dec(0);
    const findings: Finding[] = [];
    for (const draft of chunk.facts) {
      if (draft.previousTotal === null || draft.previousCurrency !== draft.currency) continue;
      const previous = new Dec(draft.previousTotal);
      const change = new Dec(draft.total).minus(previous);
      if (change.abs().lte(amountLimit)) continue;
      const percent = previous.isZero() ? null : change.dividedBy(previous.abs()).times(100);
      if (percent?.abs().lte(percentLimit)) continue;
      const direction = change.isNegative() ? 'below' : 'above';
      const howMuch =
        percent === null
          ? money(change.abs().toFixed(), draft.currency)
          : `${percent.abs().toDecimalPlaces(0).toFixed()} % (${money(change.abs().toFixed(), draft.currency)})`;
      findings.push({
        invoiceId: draft.invoiceId,
        code: 'TOTAL_CHANGED',
        message: `Total ${money(draft.total, draft.currency)} is ${howMuch} ${direction} the previous invoice ${draft.previousNumber} (${money(draft.previousTotal, draft.currency)}).`,
        details: {
          total: draft.total,
          previousTotal: draft.previousTotal,
          previousInvoiceId: draft.previousInvoiceId,
          previousNumber: draft.previousNumber,
          change: change.toFixed(),
          percent: percent?.toDecimalPlaces(2).toFixed() ?? null,
        },
      });
    }
    return findings;
  },
};
