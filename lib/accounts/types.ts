import type { AccountContactRow, AccountRow } from '../../db/schema';

/** An account as stored; resolvers and screens read accounts as this. */
export type AccountRecord = AccountRow;
/** A contact on an account: who gets its invoices and may sign in to the portal. */
export type AccountContactRecord = AccountContactRow;

export type { AccountRow };

export type AccountStatus = AccountRow['status'];
export type BillingCycle = AccountRow['billingCycle'];
export type InvoiceDelivery = AccountRow['invoiceDelivery'];
