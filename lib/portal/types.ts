import type { AccountContactRow, AccountRow, InvoiceRow, NoticeRow } from '../../db/schema';

/** Who is signed in to the portal: one of an account's contacts. */
export type PortalContact = AccountContactRow;
export type PortalAccount = AccountRow;
/** A notice the provider posted to the account, on the portal or in-app channel. */
export type PortalNotice = NoticeRow;
export type PortalInvoiceRow = InvoiceRow;
