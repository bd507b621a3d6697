import { findUsageOfRecentPeriods } from '../../../db/queries/draft-checks';
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
    const usage = await findUsageOfRecentPeriods(db, chunk.invoiceIds);
    return usage
      .filter((u) => !u.current && u.back1 && u.back2 && u.back3)
      .map((u) => ({
        invoiceId: u.invoiceId,
        code: 'USAGE_STOPPED',
        message: `No usage this period, though the account had usage in each of the three periods before (since ${u.since}).`,
        details: { since: u.since },
      }));
  },
};
