import { getAccount, listAccounts } from '../../../lib/accounts/list-accounts';
import type { Resolvers } from '../../__generated__/resolvers-types';

export const accountResolvers: Resolvers = {
  AccountStatus: { ACTIVE: 'active', SUSPENDED: 'suspended', CLOSED: 'closed' },
  Query: {
    accounts: (_parent, args, context) => listAccounts(context, args),
    account: (_parent, args, context) => getAccount(context, args.id),
  },
  Account: {
    ratePlan: (account, _args, { loaders }) =>
      account.ratePlanId ? loaders.ratePlanById.load(account.ratePlanId) : null,
  },
};
