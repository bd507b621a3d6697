import type { Db } from '../../db/client';
import { getAccountById } from '../../db/queries/accounts';
import { getOrganizationRow } from '../../db/queries/organization';
import type { AccountRow, InvoiceRow, InvoiceSnapshot } from '../../db/schema';

export type { InvoiceSnapshot };

/** The seller's name when no organization has been set up yet. */
const DEFAULT_SELLER_NAME = 'Switchboard';

/** The "Bill to" block an invoice of this account prints, from its row. */
export function billToOf(
  account: Pick<AccountRow, 'externalId' | 'name' | 'contactName' | 'billingEmail'>,
): InvoiceSnapshot['billTo'] {
  return {
    externalId: account.externalId,
    name: account.name,
    contactName: account.contactName,
    billingEmail: account.billingEmail,
  };
}

/** What an invoice of this account prints about the seller and who is billed, from the given rows. */
export function invoiceSnapshotOf(
  account: Pick<AccountRow, 'externalId' | 'name' | 'contactName' | 'billingEmail'>,
  organization: { name: string } | null,
): InvoiceSnapshot {
  return { seller: { name: organization?.name ?? DEFAULT_SELLER_NAME }, billTo: billToOf(account) };
}

/**
 * The account's and the organization's details as they are now: what a finalizing stores,
 * and what a draft prints.
 */
export async function loadLiveInvoiceSnapshot(db: Db, accountId: string): Promise<InvoiceSnapshot> {
  const [account, organization] = await Promise.all([getAccountById(db, accountId), getOrganizationRow(db)]);
  if (!account) throw new Error(`no account ${accountId}`);
  return invoiceSnapshotOf(account, organization);
}

/**
 * What the invoice prints about seller and bill-to: the snapshot taken when it was finalized,
 * or for a draft the live details. (The snapshot is null exactly while a draft, a check
 * constraint says so; invoices finalized before snapshots were stored were given one by
 * their migration.)
 */
export async function loadInvoiceSnapshot(
  db: Db,
  invoice: Pick<InvoiceRow, 'accountId' | 'snapshot'>,
): Promise<InvoiceSnapshot> {
  return invoice.snapshot ?? loadLiveInvoiceSnapshot(db, invoice.accountId);
}
