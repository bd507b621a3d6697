import {
  createBillRun,
  getBillRun,
  listBillRunResults,
  listBillRuns,
} from '../../../lib/invoicing/bill-runs';
import { creditInvoice } from '../../../lib/invoicing/credit-invoice';
import { discardDraftInvoice } from '../../../lib/invoicing/discard-draft-invoice';
import { finalizeInvoice } from '../../../lib/invoicing/finalize-invoice';
import { invoicePdfPath } from '../../../lib/invoicing/invoice-pdf-path';
import { getInvoice, listInvoices } from '../../../lib/invoicing/invoice-queries';
import { billToOf } from '../../../lib/invoicing/invoice-snapshot';
import { resendInvoiceEmail } from '../../../lib/invoicing/resend-invoice-email';
import { sendInvoice } from '../../../lib/invoicing/send-invoice';
import { deliveryStatuses } from '../../../lib/invoicing/types';
import { voidInvoice } from '../../../lib/invoicing/void-invoice';
import { invoiceAmountDue } from '../../../lib/payments/invoice-amount-due';
import { createTaxRule, listTaxRules } from '../../../lib/tax/tax-rules';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { screamingCaseEnum } from '../enum-values';
import { loaded } from '../loaded';

export const invoicingResolvers: Resolvers = {
  BillRunStatus: { QUEUED: 'queued', RUNNING: 'running', COMPLETED: 'completed', FAILED: 'failed' },
  BillRunAccountStatus: {
    PENDING: 'pending',
    INVOICED: 'invoiced',
    NOTHING_TO_BILL: 'nothing_to_bill',
    ALREADY_INVOICED: 'already_invoiced',
    FAILED: 'failed',
  },
  InvoiceKind: { INVOICE: 'invoice', CREDIT_NOTE: 'credit_note' },
  InvoiceStatus: { DRAFT: 'draft', FINALIZED: 'finalized', VOID: 'void' },
  InvoiceLineType: {
    RECURRING: 'recurring',
    DISCOUNT: 'discount',
    USAGE: 'usage',
    ONE_TIME: 'one_time',
    TAX: 'tax',
    CREDIT: 'credit',
    ACCOUNT_CREDIT: 'account_credit',
  },
  EmailStatus: screamingCaseEnum(deliveryStatuses),
  EmailTransport: { SMTP: 'smtp', OUTBOX: 'outbox' },
  Query: {
    taxRules: (_parent, _args, context) => listTaxRules(context),
    billRuns: (_parent, args, context) => listBillRuns(context, args.first ?? undefined),
    billRun: (_parent, args, context) => getBillRun(context, args.id),
    invoices: (_parent, args, context) =>
      listInvoices(context, {
        first: args.first,
        after: args.after,
        filter: args.filter
          ? {
              accountId: args.filter.accountId ?? undefined,
              billRunId: args.filter.billRunId ?? undefined,
              status: args.filter.status ?? undefined,
              kind: args.filter.kind ?? undefined,
              search: args.filter.search ?? undefined,
              periodStart: args.filter.periodStart ?? undefined,
              periodMonth: args.filter.periodMonth ?? undefined,
            }
          : undefined,
      }),
    invoice: (_parent, args, context) => getInvoice(context, args.id),
  },
  Mutation: {
    createTaxRule: (_parent, { input }, context) => createTaxRule(context, input),
    createBillRun: (_parent, { input }, context) => createBillRun(context, input),
    finalizeInvoice: (_parent, { input }, context) => finalizeInvoice(context, input),
    voidInvoice: (_parent, { input }, context) => voidInvoice(context, input),
    discardDraftInvoice: (_parent, { input }, context) => discardDraftInvoice(context, input),
    creditInvoice: (_parent, { input }, context) => creditInvoice(context, input),
    sendInvoice: async (_parent, { input }, context) => {
      const { delivery, userErrors } = await sendInvoice(context, input);
      return { email: delivery, userErrors };
    },
    resendInvoiceEmail: async (_parent, { input }, context) => {
      const { delivery, userErrors } = await resendInvoiceEmail(context, input);
      return { email: delivery, userErrors };
    },
  },
  BillRun: {
    accountsFailed: (run, _args, { loaders }) => loaders.failedCountByBillRunId.load(run.id),
    results: (run, args, context) => listBillRunResults(context, run.id, args),
  },
  BillRunResult: {
    account: (result, _args, { loaders }) =>
      loaded(loaders.accountById.load(result.accountId), 'result account'),
    invoice: (result, _args, { loaders }) =>
      result.invoiceId ? loaders.invoiceById.load(result.invoiceId) : null,
  },
  Invoice: {
    account: (invoice, _args, { loaders }) =>
      loaded(loaders.accountById.load(invoice.accountId), 'invoice account'),
    billTo: async (invoice, _args, { loaders }) =>
      // Frozen when finalized; a draft (no snapshot) shows the account as it is.
      invoice.snapshot?.billTo ??
      billToOf(await loaded(loaders.accountById.load(invoice.accountId), 'invoice account')),
    billRun: (invoice, _args, { loaders }) =>
      invoice.billRunId ? loaders.billRunById.load(invoice.billRunId) : null,
    creditedInvoice: (invoice, _args, { loaders }) =>
      invoice.creditedInvoiceId ? loaders.invoiceById.load(invoice.creditedInvoiceId) : null,
    creditNotes: (invoice, _args, { loaders }) =>
      invoice.kind === 'invoice' ? loaders.creditNotesByInvoiceId.load(invoice.id) : [],
    lines: (invoice, _args, { loaders }) => loaders.linesByInvoiceId.load(invoice.id),
    amountDue: (invoice, _args, { loaders }) => invoiceAmountDue(invoice, loaders.balanceByInvoiceId),
    payments: (invoice, _args, { loaders }) => loaders.allocationsByInvoiceId.load(invoice.id),
    pdfUrl: (invoice) => invoicePdfPath(invoice.id),
    emails: (invoice, _args, { loaders }) => loaders.deliveriesByInvoiceId.load(invoice.id),
  },
  InvoiceLine: {
    key: (line) => line.lineKey,
  },
};
