import type { Resolvers } from './__generated__/resolvers-types';
import { checkTextArguments } from './input-text';
import { accountResolvers } from './schema/accounts/resolvers';
import { apiKeyResolvers } from './schema/api-keys/resolvers';
import { auditResolvers } from './schema/audit/resolvers';
import { autopilotResolvers } from './schema/autopilot/resolvers';
import { baseResolvers } from './schema/base/resolvers';
import { catalogResolvers } from './schema/catalog/resolvers';
import { commsResolvers } from './schema/comms/resolvers';
import { draftReviewResolvers } from './schema/draft-reviews/resolvers';
import { dunningResolvers } from './schema/dunning/resolvers';
import { invoicingResolvers } from './schema/invoicing/resolvers';
import { mailResolvers } from './schema/mail/resolvers';
import { migrationResolvers } from './schema/migration/resolvers';
import { paymentResolvers } from './schema/payments/resolvers';
import { programResolvers } from './schema/program/resolvers';
import { programRegisterResolvers } from './schema/program-registers/resolvers';
import { usageResolvers } from './schema/usage/resolvers';
import { userResolvers } from './schema/users/resolvers';
import { viewerResolvers } from './schema/viewer/resolvers';
import { warRoomResolvers } from './schema/war-room/resolvers';
import { settleThenables } from './settle-thenables';

const modules: Resolvers[] = [
  baseResolvers,
  viewerResolvers,
  userResolvers,
  apiKeyResolvers,
  auditResolvers,
  catalogResolvers,
  usageResolvers,
  accountResolvers,
  invoicingResolvers,
  autopilotResolvers,
  draftReviewResolvers,
  paymentResolvers,
  dunningResolvers,
  migrationResolvers,
  programResolvers,
  commsResolvers,
  mailResolvers,
  programRegisterResolvers,
  warRoomResolvers,
];

/**
 * Every module's resolvers, merged one level deep (Query and Mutation come from several
 * modules), each receiving its arguments' text checked (see checkTextArguments) and settling
 * a returned drizzle query once (see settleThenables).
 */
export const resolvers: Resolvers = checkTextArguments(
  settleThenables(
    modules.reduce<Record<string, Record<string, unknown>>>((merged, module) => {
      for (const [typeName, fields] of Object.entries(module)) {
        merged[typeName] = Object.assign(merged[typeName] ?? {}, fields);
      }
      return merged;
    }, {}),
  ),
) as Resolvers;
