import { addAccountContact } from '../../../lib/accounts/contacts/add-account-contact';
import { removeAccountContact } from '../../../lib/accounts/contacts/remove-account-contact';
import { getAccount, listAccounts } from '../../../lib/accounts/list-accounts';
import { createAccount, updateAccount } from '../../../lib/accounts/save-account';
import { addOneTimeCharge } from '../../../lib/subscriptions/add-one-time-charge';
import { changeSubscription } from '../../../lib/subscriptions/change-subscription';
import { createSubscription } from '../../../lib/subscriptions/create-subscription';
import { endSubscription } from '../../../lib/subscriptions/end-subscription';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { loaded } from '../loaded';

export const accountResolvers: Resolvers = {
  AccountStatus: { ACTIVE: 'active', SUSPENDED: 'suspended', CLOSED: 'closed' },
  BillingCycle: { CALENDAR_MONTH: 'calendar_month', ANNIVERSARY: 'anniversary' },
  InvoiceDelivery: { EMAIL: 'email', PORTAL: 'portal', MAIL: 'mail', NONE: 'none' },
  Query: {
    accounts: (_parent, args, context) => listAccounts(context, args),
    account: (_parent, args, context) => getAccount(context, args.id),
  },
  Mutation: {
    createAccount: (_parent, { input }, context) => createAccount(context, input),
    updateAccount: (_parent, { input }, context) => updateAccount(context, input.id, input.fields),
    createSubscription: (_parent, { input }, context) => createSubscription(context, input),
    changeSubscription: (_parent, { input }, context) => changeSubscription(context, input),
    endSubscription: (_parent, { input }, context) => endSubscription(context, input),
    addOneTimeCharge: (_parent, { input }, context) => addOneTimeCharge(context, input),
    addAccountContact: (_parent, { input }, context) => addAccountContact(context, input),
    removeAccountContact: (_parent, { input }, context) => removeAccountContact(context, input),
  },
  Account: {
    ratePlan: (account, _args, { loaders }) =>
      account.ratePlanId ? loaders.ratePlanById.load(account.ratePlanId) : null,
    parent: (account, _args, { loaders }) =>
      account.parentAccountId ? loaders.accountById.load(account.parentAccountId) : null,
    children: (account, _args, { loaders }) => loaders.childrenByAccountId.load(account.id),
    subscriptions: (account, _args, { loaders }) => loaders.subscriptionsByAccountId.load(account.id),
    oneTimeCharges: (account, _args, { loaders }) => loaders.chargesByAccountId.load(account.id),
    contacts: (account, _args, { loaders }) => loaders.contactsByAccountId.load(account.id),
    billingEmailBounce: (account) =>
      account.billingEmailBouncedAt
        ? { at: account.billingEmailBouncedAt, reply: account.billingEmailBounceReply ?? '' }
        : null,
  },
  AccountContact: {
    verifiedAt: (contact) => contact.emailVerifiedAt,
  },
  AccountSubscription: {
    account: (subscription, _args, { loaders }) =>
      loaded(loaders.accountById.load(subscription.accountId), 'subscription account'),
    product: (subscription, _args, { loaders }) =>
      loaded(loaders.productById.load(subscription.productId), 'subscription product'),
    replaces: (subscription, _args, { loaders }) =>
      subscription.replacesId ? loaders.subscriptionById.load(subscription.replacesId) : null,
    bundleBase: (subscription, _args, { loaders }) =>
      subscription.bundleBaseId ? loaders.subscriptionById.load(subscription.bundleBaseId) : null,
  },
  OneTimeCharge: {
    product: (charge, _args, { loaders }) =>
      loaded(loaders.productById.load(charge.productId), 'charge product'),
  },
};
