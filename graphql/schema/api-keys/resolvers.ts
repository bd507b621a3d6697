import { createApiKey } from '../../../lib/auth/create-api-key';
import { listApiKeys } from '../../../lib/auth/list-api-keys';
import { revokeApiKey } from '../../../lib/auth/revoke-api-key';
import type { Resolvers } from '../../__generated__/resolvers-types';

export const apiKeyResolvers: Resolvers = {
  ApiKeyScope: { READ: 'read', READ_WRITE: 'read_write' },
  ApiModule: {
    CATALOG: 'catalog',
    ACCOUNTS: 'accounts',
    USAGE: 'usage',
    INVOICING: 'invoicing',
    PAYMENTS: 'payments',
    MIGRATION: 'migration',
    PROGRAM: 'program',
    COMMS: 'comms',
  },
  Query: {
    apiKeys: (_parent, args, context) =>
      listApiKeys(context, { first: args.first, after: args.after, includeRevoked: args.includeRevoked }),
  },
  Mutation: {
    createApiKey: (_parent, { input }, context) => createApiKey(context, input),
    revokeApiKey: (_parent, { input }, context) => revokeApiKey(context, input),
  },
  ApiKey: {
    createdBy: (key, _args, { loaders }) => (key.createdById ? loaders.userById.load(key.createdById) : null),
  },
};
