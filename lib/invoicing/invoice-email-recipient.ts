import type { AccountRow } from '../../db/schema';

/**
 * Where finalizing emails an account's invoice: its billing email when it takes invoices by
 * email and has one; null otherwise (portal, mail, none, or no address yet).
 */
export function invoiceEmailRecipient(
  account: Pick<AccountRow, 'invoiceDelivery' | 'billingEmail'>,
): string | null {
  return account.invoiceDelivery === 'email' && account.billingEmail ? account.billingEmail : null;
}
