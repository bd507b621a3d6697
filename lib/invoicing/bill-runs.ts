import {
  addAccountsToBillRun,
  getBillRunById,
  insertBillRun,
  listBillRunResults as listBillRunResultRows,
  listRecentBillRuns,
  setBillRunAccountsTotal,
} from '../../db/queries/bill-runs';
import type { BillRunRow } from '../../db/schema';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import { dateProblem } from '../catalog/catalog-input';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { enqueueBillRun } from '../jobs/bill-run-jobs';
import { decodeKeyCursor, type Page, type PageArgs, pageSize, toKeyPage } from '../pagination';
import { isUuid } from '../uuid';
import type { BillRunAccountStatus, BillRunResultRow } from './types';

export interface CreateBillRunInput {
  periodStart: string;
  periodEnd: string;
  /**
   * The date printed on the run's invoices and the start of their payment terms, given to
   * each draft when it is finalized without another; the day of finalizing when absent.
   */
  issueDate?: string | null | undefined;
  /** Only these accounts; all accounts that are not closed when absent. */
  accountIds?: readonly string[] | null | undefined;
}

/**
 * Starts a bill run: the run, its list of accounts and its job are written in one
 * transaction, so a run is never queued without its accounts nor stored without its job.
 * The job queue's workers produce the draft invoices; they are dated `issueDate` when finalized.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function createBillRun(
  { db, actor }: OperationContext,
  input: CreateBillRunInput,
): Promise<{ billRun: BillRunRow | null; userErrors: UserError[] }> {
  authorize(actor, 'createBillRun');
  const userErrors = [
    dateProblem(input.periodStart, ['input', 'periodStart']),
    dateProblem(input.periodEnd, ['input', 'periodEnd']),
    input.issueDate == null ? null : dateProblem(input.issueDate, ['input', 'issueDate']),
  ].filter((problem): problem is UserError => problem !== null);
  if (userErrors.length === 0 && input.periodEnd <= input.periodStart)
    userErrors.push(userError('INVALID', ['input', 'periodEnd'], 'The period must end after it starts.'));
  if (userErrors.length === 0 && input.issueDate != null && input.issueDate < input.periodStart)
    userErrors.push(
      userError('INVALID', ['input', 'issueDate'], 'The issue date cannot be before the period starts.'),
    );
  if (input.accountIds && input.accountIds.length === 0)
    userErrors.push(
      userError(
        'REQUIRED',
        ['input', 'accountIds'],
        'Choose at least one account, or leave the list out for all.',
      ),
    );
  if (userErrors.length > 0) return { billRun: null, userErrors };

  const billRun = await db.transaction(async (tx) => {
    const run = await insertBillRun(tx, {
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      issueDate: input.issueDate ?? null,
      selection: input.accountIds ? { kind: 'accounts', count: input.accountIds.length } : { kind: 'all' },
      createdBy: actorLabel(actor),
    });
    const total = await addAccountsToBillRun(tx, run.id, { accountIds: input.accountIds ?? null });
    await enqueueBillRun(tx, run.id);
    return setBillRunAccountsTotal(tx, run.id, total);
  });
  return { billRun, userErrors: [] };
}

/** @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function getBillRun({ db, actor }: OperationContext, id: string): Promise<BillRunRow | null> {
  authorize(actor, 'billRun');
  return getBillRunById(db, id);
}

/** The latest bill runs first. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function listBillRuns({ db, actor }: OperationContext, limit = 50): Promise<BillRunRow[]> {
  authorize(actor, 'billRuns');
  return listRecentBillRuns(db, Math.min(Math.max(limit, 1), 200));
}

/**
 * A page of a run's per-account outcomes, in account order.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (page size, cursor)
 */
export async function listBillRunResults(
  { db, actor }: OperationContext,
  billRunId: string,
  args: PageArgs & { status?: BillRunAccountStatus | null | undefined },
): Promise<Page<BillRunResultRow>> {
  authorize(actor, 'billRun');
  const limit = pageSize(args.first);
  const rows = await listBillRunResultRows(db, billRunId, {
    limit,
    afterAccountId: args.after ? decodeKeyCursor(args.after, isUuid) : undefined,
    status: args.status ?? undefined,
  });
  return toKeyPage(rows, limit, (row) => row.accountId);
}
