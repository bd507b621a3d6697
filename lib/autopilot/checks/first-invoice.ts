import type { DraftCheck } from './types';

/** A new account's first invoice shows whether it was set up right; worth a look before it goes out. */
export const firstInvoice: DraftCheck = {
  code: 'FIRST_INVOICE',
  title: 'First invoice',
  description: 'The account has never had an invoice finalized.',
  defaultSeverity: 'hold',
  thresholds: [],
  async find(_db, chunk) {
    return chunk.facts
      .filter((draft) => !draft.hasIssuedInvoice)
      .map((draft) => ({
        invoiceId: draft.invoiceId,
        code: 'FIRST_INVOICE',
        message: `First invoice of ${draft.accountName} (${draft.accountExternalId}): check its set-up before it goes out.`,
        details: {},
      }));
  },
};
