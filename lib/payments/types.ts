import type { DunningEventRow, DunningStepRow, PaymentRow } from '../../db/schema';

export type PaymentMethod = PaymentRow['method'];
export type DunningAction = DunningStepRow['action'];

/** A payment with what it has not yet paid to invoices: the account credit it holds. */
export type PaymentRecord = PaymentRow & {
  /** Exact decimal string. */
  unallocated: string;
};

/** Part of a payment applied to an invoice. */
export interface AllocationRecord {
  paymentId: string;
  invoiceId: string;
  invoiceNumber: string;
  /** Settled amount, decimal string. */
  amount: string;
}

export type DunningStepRecord = DunningStepRow;

export type DunningEventRecord = DunningEventRow & {
  invoiceNumber: string;
  step: DunningStepRecord;
};
