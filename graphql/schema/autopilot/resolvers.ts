import {
  createBillingSchedule,
  listBillingSchedules,
  updateBillingSchedule,
} from '../../../lib/autopilot/billing-schedules';
import { finalizeCleanDrafts } from '../../../lib/autopilot/finalize-clean-drafts';
import { lateBySeconds } from '../../../lib/autopilot/late-by';
import { nextOccurrences } from '../../../lib/autopilot/schedule-occurrences';
import { billingScheduleCycles, issueDateRules } from '../../../lib/autopilot/types';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { screamingCaseEnum } from '../enum-values';

const MAX_NEXT_RUNS = 12;
/** The one key of the organization-zone loader: read once per request, whatever the schedules. */
const ORGANIZATION = 'organization';

export const autopilotResolvers: Resolvers = {
  ScheduleCycle: screamingCaseEnum(billingScheduleCycles),
  IssueDateRule: screamingCaseEnum(issueDateRules),
  Query: {
    billingSchedules: (_parent, _args, context) => listBillingSchedules(context),
  },
  Mutation: {
    createBillingSchedule: (_parent, { input }, context) => createBillingSchedule(context, input),
    updateBillingSchedule: (_parent, { id, input }, context) => updateBillingSchedule(context, id, input),
    finalizeCleanDrafts: (_parent, { billRunId }, context) => finalizeCleanDrafts(context, billRunId),
  },
  BillingSchedule: {
    timeZone: (_schedule, _args, { loaders }) => loaders.organizationZone.load(ORGANIZATION),
    audience: (schedule, _args, { loaders }) =>
      schedule.audienceId ? loaders.audienceById.load(schedule.audienceId) : null,
    nextRuns: async (schedule, { count }, { loaders }) =>
      schedule.enabled
        ? nextOccurrences(
            schedule,
            await loaders.organizationZone.load(ORGANIZATION),
            new Date(),
            Math.min(Math.max(count ?? 3, 1), MAX_NEXT_RUNS),
          )
        : [],
    recentRuns: async (schedule, { first }, { loaders }) =>
      (await loaders.recentRunsByScheduleId.load(schedule.id)).slice(0, Math.max(first ?? 24, 0)),
  },
  ScheduledRun: {
    periodStart: (run) => run.period.start,
    periodEnd: (run) => run.period.end,
  },
  BillRun: {
    emailCounts: (run, _args, { loaders }) => loaders.deliveryCountsByBillRunId.load(run.id),
    draftReviewCounts: (run, _args, { loaders }) => loaders.reviewCountsByBillRunId.load(run.id),
    schedule: (run, _args, { loaders }) =>
      run.scheduleId ? loaders.billingScheduleById.load(run.scheduleId) : null,
    lateBySeconds: (run) => lateBySeconds(run),
  },
};
