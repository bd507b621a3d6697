import { listPaymentRows } from '../../db/queries/payments';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { decodeCursor, type Page, type PageArgs, pageSize, toPage } from '../pagination';
import { isUuid } from '../uuid';
import type { PaymentRecord } from './types';

/**
 * Payments, newest recorded first; of one account when `accountId` is given.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (page size, cursor)
 */
export async function listPayments(
  { db, actor }: OperationContext,
  args: PageArgs & { accountId?: string | null | undefined },
): Promise<Page<PaymentRecord>> {
  authorize(actor, 'payments');
  const limit = pageSize(args.first);
  // A malformed account id names no account: an empty page, not every account's payments.
  const rows =
    args.accountId && !isUuid(args.accountId)
      ? []
      : await listPaymentRows(db, {
          limit,
          after: args.after ? decodeCursor(args.after) : undefined,
          accountId: args.accountId ?? undefined,
        });
  return toPage(rows, limit, (row) => row);
}
