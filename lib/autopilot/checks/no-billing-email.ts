import type { DraftCheck } from './types';

/** Finalizing would queue nothing: the customer would never receive it. */
export const noBillingEmail: DraftCheck = {
  code: 'NO_BILLING_EMAIL',
  title: 'No billing email',
  description: 'The account takes invoices by email but has no billing email.',
  defaultSeverity: 'hold',
  thresholds: [],
  async find(_db, chunk) {
    return chunk.facts
      .filter((draft) => draft.invoiceDelivery === 'email' && !draft.billingEmail?.trim())
      .map((draft) => ({
        invoiceId: draft.invoiceId,
        code: 'NO_BILLING_EMAIL',
        message: `${draft.accountName} takes invoices by email but has no billing email: it would not be sent.`,
        details: {},
      }));
  },
};
