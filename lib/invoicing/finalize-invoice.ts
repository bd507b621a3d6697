import { getAccountById } from '../../db/queries/accounts';
import { getBillRunById } from '../../db/queries/bill-runs';
import { lockInvoice, takeNextInvoiceNumber, updateInvoice } from '../../db/queries/invoices';
import { getOrganizationRow } from '../../db/queries/organization';
import type { InvoiceRow } from '../../db/schema';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import { dateProblem } from '../catalog/catalog-input';
import type { OperationContext } from '../context';
import { addDays, todayIso } from '../dates';
import { type UserError, userError } from '../errors';
import { RollbackWithUserErrors, withRollbackOnUserErrors } from '../transaction';
import { invoiceEmailRecipient } from './invoice-email-recipient';
import { invoiceSnapshotOf } from './invoice-snapshot';
import { queueInvoiceEmail } from './queue-invoice-email';

export type InvoiceResult = { invoice: InvoiceRow | null; userErrors: UserError[] };

export function failInvoice(code: UserError['code'], field: string[], message: string): never {
  throw new RollbackWithUserErrors([userError(code, field, message)]);
}

/**
 * Finalizes a draft: takes the next number of its gapless series inside this transaction
 * (a rollback gives the number back), dates it and sets the due date by the account's
 * payment terms. The issue date is the one given, else the one its bill run was started
 * with, else today. From then on the invoice is immutable; corrections are credit notes or
 * void-and-reissue. What it prints from the account and the organization (bill-to, seller)
 * is stored with it, so renaming the account later changes no issued invoice. An account that takes invoices by email gets it queued for sending in
 * the same transaction.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function finalizeInvoice(
  { db, actor }: OperationContext,
  input: { id: string; issueDate?: string | null | undefined },
): Promise<InvoiceResult> {
  authorize(actor, 'finalizeInvoice');
  const problem = input.issueDate == null ? null : dateProblem(input.issueDate, ['input', 'issueDate']);
  if (problem) return { invoice: null, userErrors: [problem] };
  return withRollbackOnUserErrors<InvoiceResult>(
    db,
    async (tx) => {
      const draft = await lockInvoice(tx, input.id);
      if (!draft) failInvoice('NOT_FOUND', ['input', 'id'], 'No such invoice.');
      if (draft.status !== 'draft')
        failInvoice('INVALID_STATE', ['input', 'id'], `Invoice ${draft.number} is already ${draft.status}.`);
      const account = await getAccountById(tx, draft.accountId);
      if (!account) throw new Error(`invoice ${draft.id} has no account`);
      const billRun = draft.billRunId ? await getBillRunById(tx, draft.billRunId) : null;
      const issueDate = input.issueDate ?? billRun?.issueDate ?? todayIso();
      const number = await takeNextInvoiceNumber(tx, draft.kind);
      const invoice = await updateInvoice(tx, draft.id, {
        status: 'finalized',
        number,
        issueDate,
        dueDate: addDays(issueDate, account.paymentTermsDays),
        finalizedAt: new Date(),
        snapshot: invoiceSnapshotOf(account, await getOrganizationRow(tx)),
      });
      const recipient = invoiceEmailRecipient(account);
      if (recipient)
        await queueInvoiceEmail(tx, {
          invoiceId: invoice.id,
          recipient,
          requestedBy: actorLabel(actor),
        });
      return { invoice, userErrors: [] };
    },
    (userErrors) => ({ invoice: null, userErrors }),
  );
}
