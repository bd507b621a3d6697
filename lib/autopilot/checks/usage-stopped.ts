import { countUsageOfRecentPeriods } from '../../../db/queries/draft-checks';
import { plural } from './describe';
import type { DraftCheck } from './types';

/**
 * No usage records at all in the period from an account that had some in each of the three
 * periods before it: a broken feed or a lost customer, either worth knowing before billing.
 * Periods before it are of the same length in months, over UTC days (as bill runs read usage).
 */
export const usageStopped: DraftCheck = {
  code: 'USAGE_STOPPED',
  title: 'Usage stopped',
  description: 'No usage in the period, though the account had usage in each of the three periods before.',
  defaultSeverity: 'hold',
  thresholds: [],
  async find(db, chunk) {
    const counts = await countUsageOfRecentPeriods(db, chunk.invoiceIds);
    return counts
      .filter((c) => c.current === 0 && c.back1 > 0 && c.back2 > 0 && c.back3 > 0)
      .map((c) => ({
        invoiceId: c.invoiceId,
        code: 'USAGE_STOPPED',
        message: `No usage this period, after ${plural(c.back1, 'record')}, ${plural(c.back2, 'record')} and ${plural(c.back3, 'record')} in the three periods before (latest first).`,
        details: { previousPeriods: [c.back1, c.back2, c.back3] },
      }));
  },
};
