import { countUnratedUsageOfDrafts } from '../../../db/queries/draft-checks';
import { plural } from './describe';
import type { DraftCheck } from './types';

/**
 * Usage of the period still in the unbillable queue (unrated: no price, no rate, unknown
 * account number…) is missing from the draft; rerating it first bills it on time.
 */
export const unratedUsage: DraftCheck = {
  code: 'UNRATED_USAGE',
  title: 'Unrated usage',
  description: 'Usage of the period waits in the unbillable queue, so the draft does not bill it.',
  defaultSeverity: 'hold',
  thresholds: [],
  async find(db, chunk) {
    const unrated = await countUnratedUsageOfDrafts(db, chunk.invoiceIds);
    return unrated.map((u) => ({
      invoiceId: u.invoiceId,
      code: 'UNRATED_USAGE',
      message: `${plural(u.records, 'usage record')} of this period ${u.records === 1 ? 'is' : 'are'} unrated (${[...u.reasons].sort().join(', ')}) and not billed on this draft.`,
      details: { records: u.records, reasons: u.reasons },
    }));
  },
};
