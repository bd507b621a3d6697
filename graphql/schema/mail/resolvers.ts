import { getMailSettings } from '../../../lib/email/get-mail-settings';
import type { Resolvers } from '../../__generated__/resolvers-types';

export const mailResolvers: Resolvers = {
  Query: {
    mailSettings: (_parent, _args, context) => getMailSettings(context),
  },
};
