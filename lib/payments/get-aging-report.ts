import { type AgingSums, sumAgingBuckets } from '../../db/queries/receivables';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { isIsoDate, todayIso } from '../dates';
import { AppError } from '../errors';
import { Dec } from '../money/decimal';
import { formatAmount } from '../money/settled-amounts';

/** Open balances by days past due; decimal strings. */
export type AgingBuckets = AgingSums;

export interface AgingRow {
  accountId: string;
  currency: string;
  buckets: AgingBuckets;
}

/** Every account's buckets in one currency, added up. */
export interface AgingTotal {
  currency: string;
  buckets: AgingBuckets;
}

export interface AgingReport {
  asOf: string;
  /** One row per account (and currency) with something open, by account number. */
  rows: AgingRow[];
  /** Every account's buckets added up, one entry per currency: amounts in two currencies never add. */
  totals: AgingTotal[];
}

/**
 * Receivables aging as of a date: every open invoice balance in a bucket by days past due
 * (current, 1–30, 31–60, 61–90, over 90), per account, with totals per currency. One query.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (asOf not a date)
 */
export async function getAgingReport(
  { db, actor }: OperationContext,
  args: { asOf?: string | null | undefined },
): Promise<AgingReport> {
  authorize(actor, 'agingReport');
  const asOf = args.asOf ?? todayIso();
  if (!isIsoDate(asOf)) throw new AppError('BAD_USER_INPUT', `"${asOf}" is not a date (YYYY-MM-DD).`);
  const report: AgingReport = { asOf, rows: [], totals: [] };
  for (const row of await sumAgingBuckets(db, asOf)) {
    const format = (value: string) => formatAmount(new Dec(value), row.currency);
    const buckets: AgingBuckets = {
      current: format(row.current),
      days1To30: format(row.days1To30),
      days31To60: format(row.days31To60),
      days61To90: format(row.days61To90),
      over90Days: format(row.over90Days),
      total: format(row.total),
    };
    if (row.accountId) report.rows.push({ accountId: row.accountId, currency: row.currency, buckets });
    else report.totals.push({ currency: row.currency, buckets });
  }
  return report;
}
