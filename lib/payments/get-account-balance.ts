import type { Db } from '../../db/client';
import { getAccountById } from '../../db/queries/accounts';
import { type AccountTotals, sumTotalsOfAccounts } from '../../db/queries/receivables';
import type { AccountRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { Dec } from '../money/decimal';
import { formatAmount } from '../money/settled-amounts';
import { isUuid } from '../uuid';

/** Where an account stands, in its currency; decimal strings. */
export interface AccountBalance {
  account: AccountRow;
  currency: string;
  /** Totals of finalized invoices. */
  invoiced: string;
  /** Totals of finalized credit notes (stored positive; they reduce what is owed). */
  credited: string;
  /** Live (not voided) payments received. */
  paid: string;
  /** What those payments have not yet paid to invoices. */
  credit: string;
  /** invoiced − credited − paid: owed when positive, in the customer's favour when negative. */
  balance: string;
}

/**
 * An account's invoiced, credited and paid totals, its unallocated credit and its balance;
 * null for no such account.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getAccountBalance(
  { db, actor }: OperationContext,
  accountId: string,
): Promise<AccountBalance | null> {
  authorize(actor, 'accountBalance');
  const account = isUuid(accountId) ? await getAccountById(db, accountId) : null;
  if (!account) return null;
  const [balance] = await loadAccountBalances(db, [account]);
  return balance ?? null;
}

/**
 * The balances of several accounts, in their order, in one query: the batch function behind
 * a per-request DataLoader (a list of accounts with their balances). Callers were authorised
 * for the accounts.
 */
export async function loadAccountBalances(
  db: Db,
  accounts: readonly AccountRow[],
): Promise<AccountBalance[]> {
  const totals = new Map(
    (
      await sumTotalsOfAccounts(
        db,
        accounts.map((account) => account.id),
      )
    ).map((row) => [row.accountId, row]),
  );
  return accounts.map((account) => toAccountBalance(account, totals.get(account.id)));
}

/** What an account's totals (none: nothing invoiced or paid yet) come to, in its currency. */
function toAccountBalance(account: AccountRow, totals: AccountTotals | undefined): AccountBalance {
  const [invoiced, credited, paid, allocated] = [
    totals?.invoiced,
    totals?.credited,
    totals?.paid,
    totals?.allocated,
  ].map((value) => new Dec(value ?? 0)) as [Dec, Dec, Dec, Dec];
  const format = (value: Dec) => formatAmount(value, account.currency);
  return {
    account,
    currency: account.currency,
    invoiced: format(invoiced),
    credited: format(credited),
    paid: format(paid),
    credit: format(paid.minus(allocated)),
    balance: format(invoiced.minus(credited).minus(paid)),
  };
}
