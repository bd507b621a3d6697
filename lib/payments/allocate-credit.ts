import { getAccountById } from '../../db/queries/accounts';
import { getPaymentCredits, lockPaymentsWithCredit } from '../../db/queries/payments';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { Dec, sum } from '../money/decimal';
import { formatAmount } from '../money/settled-amounts';
import { isUuid } from '../uuid';
import { applyToOpenInvoices } from './apply-to-open-invoices';
import type { AllocationRecord } from './types';

export interface AllocateCreditResult {
  /** What was applied, payment by payment and invoice by invoice. */
  allocations: AllocationRecord[];
  /** Credit the account still holds afterwards, decimal string; null with userErrors. */
  remainingCredit: string | null;
  userErrors: UserError[];
}

/**
 * Applies an account's credit (what its payments have not yet paid) to its open invoices:
 * the oldest credit to the oldest due invoice. The payments are locked, then the invoices,
 * always in that order, so concurrent calls neither spend credit twice nor deadlock.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function allocateCredit(
  { db, actor }: OperationContext,
  input: { accountId: string },
): Promise<AllocateCreditResult> {
  authorize(actor, 'allocateCredit');
  return db.transaction(async (tx) => {
    const account = isUuid(input.accountId) ? await getAccountById(tx, input.accountId) : null;
    if (!account) {
      return {
        allocations: [],
        remainingCredit: null,
        userErrors: [userError('NOT_FOUND', ['input', 'accountId'], 'No such account.')],
      };
    }
    const credits = await getPaymentCredits(tx, await lockPaymentsWithCredit(tx, account.id));
    const sources = credits.map((credit) => ({ id: credit.id, amount: new Dec(credit.unallocated) }));
    const allocations =
      sources.length === 0
        ? []
        : await applyToOpenInvoices(tx, { accountId: account.id, currency: account.currency }, sources);
    const remaining = sum(sources.map((source) => source.amount)).minus(
      sum(allocations.map((allocation) => new Dec(allocation.amount))),
    );
    return { allocations, remainingCredit: formatAmount(remaining, account.currency), userErrors: [] };
  });
}
