import { getAccountById } from '../../db/queries/accounts';
import { listDeliveriesOfInvoices } from '../../db/queries/deliveries';
import { getInvoiceById } from '../../db/queries/invoices';
import type { InvoiceDeliveryRow } from '../../db/schema';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import { parseEmail } from '../auth/user-input';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { queueInvoiceEmail } from './queue-invoice-email';

/**
 * Emails a finalized invoice or credit note (again): to the given address, else the
 * account's billing email. The job queue sends it. While an earlier email to that address has
 * an unknown outcome, a new one (with a new Message-ID) goes only with `confirmDespiteUnknown`.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function sendInvoice(
  { db, actor }: OperationContext,
  input: { id: string; to?: string | null | undefined; confirmDespiteUnknown?: boolean | null | undefined },
): Promise<{ delivery: InvoiceDeliveryRow | null; userErrors: UserError[] }> {
  authorize(actor, 'sendInvoice');
  const fail = (error: UserError) => ({ delivery: null, userErrors: [error] });
  const invoice = await getInvoiceById(db, input.id);
  if (!invoice) return fail(userError('NOT_FOUND', ['input', 'id'], 'No such invoice.'));
  if (invoice.status !== 'finalized')
    return fail(
      userError('INVALID_STATE', ['input', 'id'], 'Only a finalized invoice or credit note is sent.'),
    );
  const account = await getAccountById(db, invoice.accountId);
  const recipient = input.to?.trim() || account?.billingEmail;
  if (!recipient)
    return fail(userError('REQUIRED', ['input', 'to'], 'The account has no billing email: give an address.'));
  const parsed = parseEmail(recipient, ['input', 'to']);
  if ('error' in parsed) return fail(parsed.error);
  const uncertain = (await listDeliveriesOfInvoices(db, [invoice.id])).find(
    (delivery) => delivery.status === 'unknown' && delivery.recipient === parsed.email,
  );
  if (uncertain && !input.confirmDespiteUnknown)
    return fail(
      userError(
        'INVALID_STATE',
        ['input', 'confirmDespiteUnknown'],
        `An earlier email of this ${invoice.kind === 'credit_note' ? 'credit note' : 'invoice'} to ${parsed.email} has an unknown outcome: the mail server may have it. Resend that one (same Message-ID, so a copy can be recognised), or confirm to send a new one.`,
      ),
    );
  const delivery = await db.transaction((tx) =>
    queueInvoiceEmail(tx, { invoiceId: invoice.id, recipient: parsed.email, requestedBy: actorLabel(actor) }),
  );
  return { delivery, userErrors: [] };
}
