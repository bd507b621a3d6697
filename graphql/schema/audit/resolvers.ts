import { listAuditEntries } from '../../../lib/audit/list-audit-entries';
import type { Resolvers } from '../../__generated__/resolvers-types';

export const auditResolvers: Resolvers = {
  ActorKind: { USER: 'user', API_KEY: 'api_key', SYSTEM: 'system', ANONYMOUS: 'anonymous' },
  AuditResult: { OK: 'ok', REJECTED: 'rejected', ERROR: 'error' },
  Query: {
    auditEntries: (_parent, args, context) =>
      listAuditEntries(context, {
        first: args.first,
        after: args.after,
        filter: args.filter
          ? {
              operation: args.filter.operation ?? undefined,
              actorUserId: args.filter.actorUserId ?? undefined,
              actorApiKeyId: args.filter.actorApiKeyId ?? undefined,
              since: args.filter.since ?? undefined,
              until: args.filter.until ?? undefined,
            }
          : undefined,
      }),
  },
  AuditEntry: {
    actorUser: (entry, _args, { loaders }) =>
      entry.actorUserId ? loaders.userById.load(entry.actorUserId) : null,
    inputSummary: (entry) => JSON.stringify(entry.inputSummary),
  },
};
