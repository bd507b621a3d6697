import type { AccountRow } from '../../db/schema';

export type { AccountRow };

export type AccountStatus = AccountRow['status'];
export type BillingCycle = AccountRow['billingCycle'];
export type InvoiceDelivery = AccountRow['invoiceDelivery'];
