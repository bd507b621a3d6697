import { createUser } from '../../../lib/auth/create-user';
import { listPeople } from '../../../lib/auth/list-people';
import { isSessionLive, listUserSessions } from '../../../lib/auth/list-user-sessions';
import { listUsers } from '../../../lib/auth/list-users';
import { revokeUserSessions } from '../../../lib/auth/revoke-user-sessions';
import { setUserPassword } from '../../../lib/auth/set-user-password';
import { updateUser } from '../../../lib/auth/update-user';
import type { Resolvers } from '../../__generated__/resolvers-types';

export const userResolvers: Resolvers = {
  Role: { ADMIN: 'admin', BILLING: 'billing', PROGRAM: 'program', VIEWER: 'viewer' },
  Query: {
    people: (_parent, _args, context) => listPeople(context),
    users: (_parent, args, context) =>
      listUsers(context, {
        first: args.first,
        after: args.after,
        filter: args.filter
          ? {
              search: args.filter.search ?? undefined,
              role: args.filter.role ?? undefined,
              isActive: args.filter.isActive ?? undefined,
            }
          : undefined,
      }),
    userSessions: (_parent, args, context) => listUserSessions(context, args.userId),
  },
  Mutation: {
    createUser: (_parent, { input }, context) => createUser(context, input),
    updateUser: (_parent, { input }, context) => updateUser(context, input),
    setUserPassword: (_parent, { input }, context) =>
      setUserPassword(context, { id: input.id, password: input.password ?? null }),
    revokeUserSessions: (_parent, { input }, context) => revokeUserSessions(context, input),
  },
  User: {
    hasPassword: (user) => user.passwordHash !== null,
  },
  UserSession: {
    isLive: (session) => isSessionLive(session),
  },
};
