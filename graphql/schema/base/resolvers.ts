import { getOrganization } from '../../../lib/organization/get-organization';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { scalarResolvers } from '../../scalars';

export const baseResolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    organization: (_parent, _args, context) => getOrganization(context),
  },
};
