import { permittedOperations } from '../../../lib/auth/permissions';
import type { Resolvers } from '../../__generated__/resolvers-types';

export const viewerResolvers: Resolvers = {
  ViewerKind: { USER: 'user', API_KEY: 'api_key' },
  Query: {
    // Anonymous requests get null rather than an error, so a client can ask "who am I?".
    viewer: (_parent, _args, { actor }) => (actor.kind === 'user' || actor.kind === 'api_key' ? actor : null),
  },
  Viewer: {
    kind: (actor) => (actor.kind === 'api_key' ? 'api_key' : 'user'),
    user: (actor) => (actor.kind === 'user' ? actor.user : null),
    apiKey: (actor) => (actor.kind === 'api_key' ? actor.apiKey : null),
    permissions: (actor) => permittedOperations(actor),
  },
};
