import { listDraftIdsOfRun } from '../../db/queries/bulk-finalize';
import { listCleanDraftIds, recordAutomaticApprovals } from '../../db/queries/draft-reviews';
import type { DraftPicker } from './finalize-drafts-of-run';

/**
 * The run's drafts its checks found clean and nobody has decided on, claimed by marking their
 * reviews approved by `decidedBy` first: reviews are locked before invoices, as a reviewer's
 * decision locks them, so the two never wait on each other in a circle.
 */
export function cleanDraftsOf(billRunId: string, decidedBy: string): DraftPicker {
  return async (tx, limit) =>
    recordAutomaticApprovals(tx, await listCleanDraftIds(tx, billRunId, limit), decidedBy);
}

/** Every draft of the run, reviewed or not. */
export function everyDraftOf(billRunId: string): DraftPicker {
  return (tx, limit) => listDraftIdsOfRun(tx, billRunId, limit);
}
