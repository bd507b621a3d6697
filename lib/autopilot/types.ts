import type { DraftFindingRow, DraftReviewRow } from '../../db/schema';

export type { CheckSettingRecord } from './check-settings';
export type DraftReviewState = DraftReviewRow['state'];
export type DraftFindingRecord = DraftFindingRow;

/** A draft's review with its findings, as the review queue shows it. */
export interface DraftReviewRecord extends DraftReviewRow {
  findings: DraftFindingRow[];
}
