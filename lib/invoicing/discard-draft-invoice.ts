import { deleteDraftInvoice, lockInvoice } from '../../db/queries/invoices';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import type { UserError } from '../errors';
import { withRollbackOnUserErrors } from '../transaction';
import { failInvoice } from './finalize-invoice';

/**
 * Deletes a draft (it never had a number), so the period can be billed again, e.g. after
 * fixing a subscription the review found wrong.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function discardDraftInvoice(
  { db, actor }: OperationContext,
  input: { id: string },
): Promise<{ discardedId: string | null; userErrors: UserError[] }> {
  authorize(actor, 'discardDraftInvoice');
  return withRollbackOnUserErrors<{ discardedId: string | null; userErrors: UserError[] }>(
    db,
    async (tx) => {
      const invoice = await lockInvoice(tx, input.id);
      if (!invoice) failInvoice('NOT_FOUND', ['input', 'id'], 'No such invoice.');
      if (invoice.status !== 'draft')
        failInvoice(
          'INVALID_STATE',
          ['input', 'id'],
          'Only drafts can be discarded; void a finalized invoice or credit it.',
        );
      await deleteDraftInvoice(tx, invoice.id);
      return { discardedId: invoice.id, userErrors: [] };
    },
    (userErrors) => ({ discardedId: null, userErrors }),
  );
}
