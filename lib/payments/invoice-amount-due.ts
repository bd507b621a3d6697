import type { InvoiceRow } from '../../db/schema';
import { Dec } from '../money/decimal';
import { formatAmount } from '../money/settled-amounts';

/**
 * What is still owed on an invoice, as a decimal string in its currency; null for what
 * nobody pays (drafts, voided invoices, credit notes). `balances` loads the balance the
 * allocation and aging code use (total − live payments − finalized credit notes).
 */
export async function invoiceAmountDue(
  invoice: Pick<InvoiceRow, 'id' | 'kind' | 'status' | 'currency'>,
  balances: { load: (invoiceId: string) => Promise<string | null> },
): Promise<string | null> {
  if (invoice.kind !== 'invoice' || invoice.status !== 'finalized') return null;
  const balance = await balances.load(invoice.id);
  return balance === null ? null : formatAmount(new Dec(balance), invoice.currency);
}
