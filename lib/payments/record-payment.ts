import type { Db } from '../../db/client';
import { getAccountById } from '../../db/queries/accounts';
import { getInvoiceBalances, lockInvoices } from '../../db/queries/invoice-balances';
import {
  addAllocations,
  findPaymentsByReference,
  getPaymentsByIds,
  insertPaymentOnce,
  lockPaymentReferences,
} from '../../db/queries/payments';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import { collect, dateProblem } from '../catalog/catalog-input';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { Dec, sum } from '../money/decimal';
import { formatAmount } from '../money/settled-amounts';
import { RollbackWithUserErrors, withRollbackOnUserErrors } from '../transaction';
import { isUuid } from '../uuid';
import { applyToOpenInvoices } from './apply-to-open-invoices';
import { amountProblem, currencyProblem, textProblem } from './payment-input';
import type { AllocationRecord, PaymentMethod, PaymentRecord } from './types';

export interface RecordPaymentInput {
  accountId: string;
  method: PaymentMethod;
  /** Decimal string, more than zero, within the currency's minor unit. */
  amount: string;
  /** Must be the account's currency. */
  currency: string;
  receivedDate: string;
  reference?: string | null | undefined;
  /**
   * Records the payment even when the account already has a live payment with the same
   * reference (trimmed, any case): the caller says it is a separate payment. Refused otherwise.
   */
  allowDuplicateReference?: boolean | null | undefined;
  /** An importer's id for the payment; recording it a second time is refused. */
  externalId?: string | null | undefined;
  note?: string | null | undefined;
  /**
   * Where the money goes. Omitted: to the account's open invoices, oldest due first. A list
   * (even empty): exactly these amounts to these invoices. Either way, the rest is credit.
   */
  allocations?: readonly { invoiceId: string; amount: string }[] | null | undefined;
}

export interface RecordPaymentResult {
  payment: PaymentRecord | null;
  /** What this payment paid, invoice by invoice. */
  allocations: AllocationRecord[];
  userErrors: UserError[];
}

/**
 * Records a payment and allocates it, in one transaction with the invoices it pays locked,
 * so that concurrent payments never allocate more than an invoice's balance. What is not
 * allocated stays on the account as credit. A reference the account already has on a live
 * payment is refused (TAKEN, naming that payment) unless `allowDuplicateReference` says this
 * is another payment; concurrent recordings of one reference are serialized, so two cannot
 * both pass that check.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function recordPayment(
  { db, actor }: OperationContext,
  input: RecordPaymentInput,
): Promise<RecordPaymentResult> {
  authorize(actor, 'recordPayment');
  const fail = (userErrors: UserError[]): RecordPaymentResult => ({
    payment: null,
    allocations: [],
    userErrors,
  });
  const userErrors = inputProblems(input);
  if (userErrors.length > 0) return fail(userErrors);

  return withRollbackOnUserErrors(
    db,
    async (tx) => {
      const account = isUuid(input.accountId) ? await getAccountById(tx, input.accountId) : null;
      if (!account) return fail([userError('NOT_FOUND', ['input', 'accountId'], 'No such account.')]);
      if (account.currency !== input.currency) {
        return fail([
          userError(
            'INVALID',
            ['input', 'currency'],
            `The account is billed in ${account.currency}; record the payment in ${account.currency}.`,
          ),
        ]);
      }
      const reference = input.reference?.trim() || null;
      if (reference && !input.allowDuplicateReference) {
        const taken = await referenceTaken(tx, account.id, reference);
        if (taken) return fail([taken]);
      }
      const amount = new Dec(input.amount);
      const payment = await insertPaymentOnce(tx, {
        accountId: account.id,
        method: input.method,
        amount: formatAmount(amount, account.currency),
        currency: account.currency,
        receivedDate: input.receivedDate,
        reference,
        externalId: input.externalId?.trim() || null,
        note: input.note?.trim() || null,
        createdBy: actorLabel(actor),
      });
      if (!payment) {
        return fail([
          userError(
            'TAKEN',
            ['input', 'externalId'],
            `A payment with external id ${input.externalId} is already recorded.`,
          ),
        ]);
      }
      const allocations = input.allocations
        ? await allocateAsNamed(tx, { ...payment, currency: account.currency }, input.allocations)
        : await applyToOpenInvoices(tx, { accountId: account.id, currency: account.currency }, [
            { id: payment.id, amount },
          ]);
      const [stored] = await getPaymentsByIds(tx, [payment.id]);
      return { payment: stored ?? null, allocations, userErrors: [] };
    },
    fail,
  );
}

/**
 * The userError for a reference the account already has on a live payment, naming the
 * newest such payment; null when it has none. Holds the reference's lock until the
 * transaction ends, so a concurrent recording of it waits and then sees this one.
 */
async function referenceTaken(tx: Db, accountId: string, reference: string): Promise<UserError | null> {
  await lockPaymentReferences(tx, [{ accountId, reference }]);
  const [earlier] = await findPaymentsByReference(tx, [{ accountId, reference }]);
  if (!earlier) return null;
  const others = earlier.sameReference > 1 ? ` (and ${earlier.sameReference - 1} more)` : '';
  return userError(
    'TAKEN',
    ['input', 'reference'],
    `Payment ${earlier.id}${others} already has reference "${earlier.reference}": ${formatAmount(new Dec(earlier.amount), earlier.currency)} ${earlier.currency} received ${earlier.receivedDate}. If this is a separate payment, record it with allowDuplicateReference.`,
  );
}

function inputProblems(input: RecordPaymentInput): UserError[] {
  const problems = collect(
    currencyProblem(input.currency, ['input', 'currency']),
    amountProblem(input.amount, input.currency, ['input', 'amount']),
    dateProblem(input.receivedDate, ['input', 'receivedDate']),
    textProblem(input.reference, ['input', 'reference']),
    textProblem(input.externalId, ['input', 'externalId']),
    textProblem(input.note, ['input', 'note']),
  );
  const named = input.allocations ?? [];
  const seen = new Set<string>();
  named.forEach((allocation, index) => {
    const field = ['input', 'allocations', String(index)];
    const problem = amountProblem(allocation.amount, input.currency, [...field, 'amount']);
    if (problem) problems.push(problem);
    if (seen.has(allocation.invoiceId)) {
      problems.push(userError('INVALID', [...field, 'invoiceId'], 'Name each invoice once.'));
    }
    seen.add(allocation.invoiceId);
  });
  if (problems.length === 0 && named.length > 0) {
    const allocated = sum(named.map((allocation) => new Dec(allocation.amount)));
    if (allocated.greaterThan(input.amount)) {
      problems.push(
        userError(
          'INVALID',
          ['input', 'allocations'],
          `The allocations add up to ${allocated.toFixed()}, more than the payment of ${input.amount}.`,
        ),
      );
    }
  }
  return problems;
}

/**
 * Applies the amounts the caller named, after locking those invoices: each must be the
 * account's finalized invoice in its currency and owe at least the amount. Any problem
 * rolls the payment back.
 */
async function allocateAsNamed(
  tx: Db,
  payment: { id: string; accountId: string; currency: string },
  named: readonly { invoiceId: string; amount: string }[],
): Promise<AllocationRecord[]> {
  const locked = new Map(
    (await lockInvoices(tx, named.map((allocation) => allocation.invoiceId).filter(isUuid))).map(
      (invoice) => [invoice.id, invoice],
    ),
  );
  const balances = new Map(
    (await getInvoiceBalances(tx, [...locked.keys()])).map((invoice) => [invoice.id, invoice]),
  );
  const problems: UserError[] = [];
  const allocations: AllocationRecord[] = [];
  named.forEach((allocation, index) => {
    const field = ['input', 'allocations', String(index)];
    const invoice = locked.get(allocation.invoiceId);
    const current = balances.get(allocation.invoiceId);
    if (!invoice || !current || invoice.accountId !== payment.accountId) {
      problems.push(userError('NOT_FOUND', [...field, 'invoiceId'], 'No such invoice on this account.'));
    } else if (invoice.kind !== 'invoice' || invoice.status !== 'finalized') {
      problems.push(
        userError('INVALID_STATE', [...field, 'invoiceId'], `${invoice.number ?? 'A draft'} cannot be paid.`),
      );
    } else if (invoice.currency !== payment.currency) {
      problems.push(
        userError('INVALID', [...field, 'invoiceId'], `${invoice.number} is in ${invoice.currency}.`),
      );
    } else if (new Dec(allocation.amount).greaterThan(current.balance)) {
      problems.push(
        userError(
          'INVALID',
          [...field, 'amount'],
          `${current.number} owes ${formatAmount(new Dec(current.balance), payment.currency)}; ${allocation.amount} is more.`,
        ),
      );
    } else {
      allocations.push({
        paymentId: payment.id,
        invoiceId: invoice.id,
        invoiceNumber: current.number,
        amount: formatAmount(new Dec(allocation.amount), payment.currency),
      });
    }
  });
  if (problems.length > 0) throw new RollbackWithUserErrors(problems);
  await addAllocations(tx, allocations);
  return allocations;
}
