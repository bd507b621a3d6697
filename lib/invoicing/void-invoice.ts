import { listCreditNotesOfInvoices, lockInvoice, updateInvoice } from '../../db/queries/invoices';
import { removeAllocationsOfInvoice } from '../../db/queries/payments';
import type { BillRunRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { withRollbackOnUserErrors } from '../transaction';
import { createBillRun } from './bill-runs';
import { failInvoice, type InvoiceResult } from './finalize-invoice';

/**
 * Voids a finalized invoice: it keeps its number (the series stays gapless) and stops
 * counting as owed; payments allocated to it become account credit again. With `reissue`, a bill run for the same account and period is queued
 * at once, which makes a new draft from the account's current data.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function voidInvoice(
  ctx: OperationContext,
  input: { id: string; reason: string; reissue?: boolean | null | undefined },
): Promise<InvoiceResult & { reissueBillRun: BillRunRow | null }> {
  authorize(ctx.actor, 'voidInvoice');
  const reason = input.reason.trim();
  if (!reason)
    return {
      invoice: null,
      reissueBillRun: null,
      userErrors: [
        { code: 'REQUIRED', field: ['input', 'reason'], message: 'Say why the invoice is voided.' },
      ],
    };
  const result = await withRollbackOnUserErrors<InvoiceResult>(
    ctx.db,
    async (tx) => {
      const invoice = await lockInvoice(tx, input.id);
      if (!invoice) failInvoice('NOT_FOUND', ['input', 'id'], 'No such invoice.');
      if (invoice.status !== 'finalized')
        failInvoice(
          'INVALID_STATE',
          ['input', 'id'],
          invoice.status === 'draft'
            ? 'A draft has no number to void; discard it instead.'
            : 'The invoice is already void.',
        );
      if ((await listCreditNotesOfInvoices(tx, [invoice.id])).length > 0)
        failInvoice(
          'INVALID_STATE',
          ['input', 'id'],
          'The invoice has credit notes; credit the rest instead of voiding it.',
        );
      // Payments on it return to the account's credit, to be applied to the reissue.
      await removeAllocationsOfInvoice(tx, invoice.id);
      const voided = await updateInvoice(tx, invoice.id, {
        status: 'void',
        voidedAt: new Date(),
        note: invoice.note ? `${invoice.note}\nVoided: ${reason}` : `Voided: ${reason}`,
      });
      return { invoice: voided, userErrors: [] };
    },
    (userErrors) => ({ invoice: null, userErrors }),
  );
  if (!result.invoice || !input.reissue) return { ...result, reissueBillRun: null };
  const reissue = await createBillRun(ctx, {
    periodStart: result.invoice.periodStart,
    periodEnd: result.invoice.periodEnd,
    accountIds: [result.invoice.accountId],
  });
  return { ...result, reissueBillRun: reissue.billRun };
}
