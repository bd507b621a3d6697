import {
  getDraftReview as getDraftReviewRow,
  listDraftReviewRows,
  listFindingsOfDrafts,
} from '../../db/queries/draft-reviews';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { groupBy } from '../invoicing/group-by';
import { decodeCursor, type Page, type PageArgs, pageSize, toPage } from '../pagination';
import type { DraftReviewRecord, DraftReviewState } from './types';

export interface DraftReviewsArgs extends PageArgs {
  billRunId: string;
  /** Only reviews in these states; all when empty. */
  states?: readonly DraftReviewState[] | null | undefined;
  /** Only drafts with a finding of this code. */
  findingCode?: string | null | undefined;
}

/**
 * A page of a bill run's draft reviews, newest checked first, each with its findings (one
 * query for the page's findings).
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing), BAD_USER_INPUT (page size, cursor)
 */
export async function listDraftReviews(
  { db, actor }: OperationContext,
  args: DraftReviewsArgs,
): Promise<Page<DraftReviewRecord>> {
  authorize(actor, 'draftReviews');
  const limit = pageSize(args.first);
  const rows = await listDraftReviewRows(db, {
    limit,
    after: args.after ? decodeCursor(args.after) : undefined,
    filter: {
      billRunId: args.billRunId,
      states: args.states ?? undefined,
      findingCode: args.findingCode ?? undefined,
    },
  });
  const findings = groupBy(
    await listFindingsOfDrafts(
      db,
      rows.slice(0, limit).map((row) => row.invoiceId),
    ),
    (finding) => finding.invoiceId,
  );
  return toPage(
    rows.map((row) => ({ ...row, findings: findings.get(row.invoiceId) ?? [] })),
    limit,
    (row) => ({ createdAt: row.checkedAt, id: row.invoiceId }),
  );
}

/**
 * One draft's review with its findings; null when the draft was never checked.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function getDraftReview(
  { db, actor }: OperationContext,
  invoiceId: string,
): Promise<DraftReviewRecord | null> {
  authorize(actor, 'draftReview');
  const row = await getDraftReviewRow(db, invoiceId);
  if (!row) return null;
  return { ...row, findings: await listFindingsOfDrafts(db, [invoiceId]) };
}
