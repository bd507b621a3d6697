import { listUsageForRerating, type UsageRecordFilter, updateUsageRatings } from '../../db/queries/usage';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { enqueueProgramEvidenceRefresh } from '../jobs/program-evidence-jobs';
import { Dec } from '../money/decimal';
import { ratingColumns, UsageRater } from './usage-rater';
import type { UsageDraft } from './usage-row';

export interface RerateResult {
  examined: number;
  rated: number;
  stillUnrated: number;
  /** Records whose rating (status, destination, charge…) changed. */
  changed: number;
}

const CHUNK = 5_000;

/** Numeric columns come back with their stored scale ("0.0120"); compare values, not text. */
function sameDecimal(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return new Dec(a).equals(b);
}

/**
 * Rates stored usage again with today's accounts, rate plans and prices: after a rate
 * change for a period, or to clear the unbillable queue once its cause is fixed. One
 * operation for one account or all, optionally only unrated records or one period.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function rerateUsage(
  { db, actor }: OperationContext,
  input: { accountId?: string | null; from?: Date | null; to?: Date | null; onlyUnrated?: boolean | null },
): Promise<RerateResult> {
  authorize(actor, 'rerateUsage');
  const filter: UsageRecordFilter = {
    // An unknown account has no id yet: re-rating "one account" also means records that name it.
    accountId: input.accountId ?? undefined,
    from: input.from ?? undefined,
    to: input.to ?? undefined,
    status: input.onlyUnrated ? 'unrated' : undefined,
  };
  const rater = new UsageRater(db);
  const result: RerateResult = { examined: 0, rated: 0, stillUnrated: 0, changed: 0 };
  const ratedAt = new Date().toISOString();
  let afterId = 0;
  for (;;) {
    const rows = await listUsageForRerating(db, { afterId, limit: CHUNK, filter });
    if (rows.length === 0) break;
    afterId = rows.at(-1)?.id ?? afterId;
    const drafts: UsageDraft[] = rows.map((row) => ({
      recordId: row.recordId,
      accountRef: row.accountRef,
      usageType: row.usageType,
      productCode: null,
      startedAt: row.startedAt,
      destinationNumber: row.destinationNumber,
      durationSeconds: row.durationSeconds,
      quantity: row.quantity,
      subject: row.subject,
      contentHash: row.contentHash,
    }));
    await rater.prepare(drafts);
    const updates = rows.map((row, index) => {
      const draft = drafts[index] as UsageDraft;
      // Custom usage named its product; other types find theirs by usage type again.
      const productCode =
        row.usageType === 'custom' && row.productId ? rater.productCodeOf(row.productId) : null;
      const rating = rater.rate({ ...draft, productCode });
      const update = { id: row.id, ...ratingColumns(rating, ratedAt) };
      const changed =
        row.status !== rating.status ||
        row.unratedReason !== rating.unratedReason ||
        row.destinationName !== rating.destinationName ||
        row.rateVersionId !== rating.rateVersionId ||
        !sameDecimal(row.charge, rating.charge);
      result.examined += 1;
      if (rating.status === 'rated') result.rated += 1;
      else result.stillUnrated += 1;
      if (changed) result.changed += 1;
      return update;
    });
    await updateUsageRatings(db, updates);
  }
  if (result.changed > 0) await enqueueProgramEvidenceRefresh(db); // the unbillable-queue check
  return result;
}
