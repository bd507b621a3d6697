import { getDeliveryById, requeueUnknownDelivery } from '../../db/queries/deliveries';
import type { InvoiceDeliveryRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { enqueueInvoiceEmail } from '../jobs/invoice-email-jobs';

/**
 * A person's decision to send again an invoice email whose outcome is unknown (the sender
 * stopped mid-conversation, or the connection dropped after the message was sent): the same
 * delivery goes back in the queue with the same Message-ID, so a receiving system that has
 * the first copy can drop the second. The transport audits the decision, as every mutation.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function resendInvoiceEmail(
  { db, actor }: OperationContext,
  input: { emailId: string },
): Promise<{ delivery: InvoiceDeliveryRow | null; userErrors: UserError[] }> {
  authorize(actor, 'resendInvoiceEmail');
  const fail = (error: UserError) => ({ delivery: null, userErrors: [error] });
  return db.transaction(async (tx) => {
    const delivery = await requeueUnknownDelivery(tx, input.emailId);
    if (delivery) {
      await enqueueInvoiceEmail(tx, delivery.id);
      return { delivery, userErrors: [] };
    }
    const existing = await getDeliveryById(tx, input.emailId);
    if (!existing) return fail(userError('NOT_FOUND', ['input', 'emailId'], 'No such invoice email.'));
    return fail(
      userError(
        'INVALID_STATE',
        ['input', 'emailId'],
        'Only an email whose outcome is unknown is resent this way; send the invoice again instead.',
      ),
    );
  });
}
