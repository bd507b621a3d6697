import type {
  AccountContactRow,
  AccountRow,
  InvoiceRow,
  NoticeRow,
  PortalSignInEmailRow,
} from '../../db/schema';

/** A sign-in link mailed to a contact, as kept in the outbox. */
export type PortalSignInEmailRecord = PortalSignInEmailRow;

/** Who is signed in to the portal: one of an account's contacts. */
export type PortalContact = AccountContactRow;
export type PortalAccount = AccountRow;
/** A notice the provider posted to the account, on the portal or in-app channel. */
export type PortalNotice = NoticeRow;
export type PortalInvoiceRow = InvoiceRow;

export interface PortalInvoice {
  invoice: PortalInvoiceRow;
  /** What is still to pay on a finalized invoice; null for credit notes and void invoices. */
  amountDue: string | null;
}

export interface PortalCutover {
  systemOfRecord: PortalAccount['systemOfRecord'];
  waveName: string | null;
  /** The day Switchboard bills from: done when the account has moved, else the planned day. */
  date: string | null;
  done: boolean;
  firstInvoiceDate: string | null;
}

export interface PortalUsageMonth {
  /** The month's first day, YYYY-MM-DD. */
  month: string;
  /** Whether it is the month in progress. */
  current: boolean;
  calls: number;
  /** Billable minutes, to 2 decimals. */
  minutes: string;
  /** Other metered usage: SMS, data and custom units. */
  metered: { name: string; quantity: string; amount: string | null }[];
  total: string;
}
