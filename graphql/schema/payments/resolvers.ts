import { allocateCredit } from '../../../lib/payments/allocate-credit';
import { getAccountBalance } from '../../../lib/payments/get-account-balance';
import { getAgingReport } from '../../../lib/payments/get-aging-report';
import { importRemittanceCsv } from '../../../lib/payments/import-remittance-csv';
import { listDunningEvents } from '../../../lib/payments/list-dunning-events';
import { listDunningSteps } from '../../../lib/payments/list-dunning-steps';
import { listPayments } from '../../../lib/payments/list-payments';
import { recordPayment } from '../../../lib/payments/record-payment';
import type { Resolvers } from '../../__generated__/resolvers-types';
import type { Loaders } from '../../loaders';
import { loaded } from '../loaded';

/** The account a payment, aging row or dunning event belongs to; foreign keys guarantee it exists. */
async function accountOf(loaders: Loaders, accountId: string) {
  const account = await loaders.accountById.load(accountId);
  if (!account) throw new Error(`account ${accountId} not found`);
  return account;
}

export const paymentResolvers: Resolvers = {
  PaymentMethod: {
    MANUAL: 'manual',
    CHECK: 'check',
    ACH: 'ach',
    CARD: 'card',
    WIRE: 'wire',
    CREDIT: 'credit',
  },
  DunningAction: {
    REMINDER: 'reminder',
    SECOND_REMINDER: 'second_reminder',
    FINAL_NOTICE: 'final_notice',
    SUSPEND: 'suspend',
    COLLECTIONS: 'collections',
  },
  Query: {
    payments: (_parent, args, context) => listPayments(context, args),
    accountBalance: (_parent, args, context) => getAccountBalance(context, args.accountId),
    agingReport: (_parent, args, context) => getAgingReport(context, { asOf: args.asOf }),
    dunningSteps: (_parent, _args, context) => listDunningSteps(context),
    dunningEvents: (_parent, args, context) => listDunningEvents(context, args),
  },
  Mutation: {
    recordPayment: (_parent, { input }, context) => recordPayment(context, input),
    importRemittance: (_parent, { input }, context) => importRemittanceCsv(context, input.csv),
    allocateCredit: (_parent, { input }, context) => allocateCredit(context, input),
  },
  Account: {
    balance: (account, _args, { loaders }) => loaders.balanceByAccount.load(account),
  },
  Payment: {
    account: (payment, _args, { loaders }) => accountOf(loaders, payment.accountId),
    allocations: (payment, _args, { loaders }) => loaders.allocationsByPaymentId.load(payment.id),
    unallocatedAmount: (payment) => payment.unallocated,
  },
  PaymentAllocation: {
    payment: (allocation, _args, { loaders }) =>
      loaded(loaders.paymentById.load(allocation.paymentId), 'allocated payment'),
  },
  AgingRow: {
    account: (row, _args, { loaders }) => accountOf(loaders, row.accountId),
  },
  DunningEvent: {
    account: (event, _args, { loaders }) => accountOf(loaders, event.accountId),
  },
};
