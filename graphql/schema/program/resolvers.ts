import { todayIso } from '../../../lib/dates';
import { getCutoverWave } from '../../../lib/migration/cutover/wave-queries';
import { getMigrationImport } from '../../../lib/migration/migration-queries';
import { isChecklistItemOverdue } from '../../../lib/program/checklist/is-checklist-item-overdue';
import { listBlockingItems } from '../../../lib/program/checklist/list-blocking-items';
import { listChecklistItems } from '../../../lib/program/checklist/list-checklist-items';
import { saveChecklistItem } from '../../../lib/program/checklist/save-checklist-item';
import { createProgram } from '../../../lib/program/create-program';
import { describeCheck, evidenceCheckKinds } from '../../../lib/program/evidence/check-kinds';
import { refreshProgramEvidence } from '../../../lib/program/evidence/refresh-program-evidence';
import { getCharter } from '../../../lib/program/get-charter';
import { getProgram } from '../../../lib/program/get-program';
import { getProgramHealth } from '../../../lib/program/get-program-health';
import { castGoNoGoVote } from '../../../lib/program/go-no-go/cast-go-no-go-vote';
import { createGoNoGoReview } from '../../../lib/program/go-no-go/create-go-no-go-review';
import { decideGoNoGo } from '../../../lib/program/go-no-go/decide-go-no-go';
import { getGoNoGoReview } from '../../../lib/program/go-no-go/get-go-no-go-review';
import { getReviewScorecard } from '../../../lib/program/go-no-go/get-review-scorecard';
import { listGoNoGoReviews } from '../../../lib/program/go-no-go/list-go-no-go-reviews';
import { listGoNoGoVotes } from '../../../lib/program/go-no-go/list-go-no-go-votes';
import { listReviewConditions } from '../../../lib/program/go-no-go/list-review-conditions';
import { listProgramKpis } from '../../../lib/program/kpis/list-program-kpis';
import { listProgramPhases } from '../../../lib/program/list-program-phases';
import { listPrograms } from '../../../lib/program/list-programs';
import { healthOf } from '../../../lib/program/milestones/milestone-health';
import { milestonesAmong, nextMilestones } from '../../../lib/program/milestones/next-milestones';
import { saveMilestone } from '../../../lib/program/milestones/save-milestone';
import { decideSignOff } from '../../../lib/program/sign-offs/decide-sign-off';
import { listSignOffRequests } from '../../../lib/program/sign-offs/list-sign-off-requests';
import { awaitsActor, mySignOffRequests } from '../../../lib/program/sign-offs/my-sign-off-requests';
import { requestSignOff } from '../../../lib/program/sign-offs/request-sign-off';
import { getStatusReportDraft } from '../../../lib/program/status-reports/get-status-report-draft';
import { listStatusReports } from '../../../lib/program/status-reports/list-status-reports';
import { saveStatusReport } from '../../../lib/program/status-reports/save-status-report';
import { programEnumValues } from '../../../lib/program/types';
import { updateCharter } from '../../../lib/program/update-charter';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { screamingCaseEnum } from '../enum-values';

// Adapters only: each field calls one lib/program operation (or a per-request loader of its
// batches). Reading never writes: check results are those of the program's evidenceCheckedAt.
export const programResolvers: Resolvers = {
  ProgramPhase: screamingCaseEnum(programEnumValues.programPhase),
  MilestoneStatus: screamingCaseEnum(programEnumValues.milestoneStatus),
  Health: screamingCaseEnum(programEnumValues.health),
  ChecklistArea: screamingCaseEnum(programEnumValues.checklistArea),
  ChecklistItemStatus: screamingCaseEnum(programEnumValues.checklistItemStatus),
  CheckState: screamingCaseEnum(programEnumValues.checkState),
  EvidenceCheckKind: screamingCaseEnum(evidenceCheckKinds),
  Kpi: screamingCaseEnum(programEnumValues.kpi),
  SignOffSubject: screamingCaseEnum(programEnumValues.signOffSubject),
  SignOffRule: screamingCaseEnum(programEnumValues.signOffRule),
  SignOffStatus: screamingCaseEnum(programEnumValues.signOffStatus),
  SignOffDecision: screamingCaseEnum(programEnumValues.signOffDecision),
  Rag: screamingCaseEnum(['green', 'amber', 'red'] as const),
  GoNoGoOutcome: screamingCaseEnum(programEnumValues.goNoGoOutcome),

  Query: {
    programs: (_parent, _args, context) => listPrograms(context),
    program: (_parent, args, context) => getProgram(context, args.id),
    mySignOffRequests: (_parent, _args, context) => mySignOffRequests(context),
  },

  Mutation: {
    createProgram: (_parent, { input }, context) => createProgram(context, input),
    updateCharter: (_parent, { input }, context) => updateCharter(context, input),
    saveMilestone: (_parent, { input }, context) => saveMilestone(context, input),
    saveChecklistItem: (_parent, { input }, context) => saveChecklistItem(context, input),
    requestSignOff: (_parent, { input }, context) => requestSignOff(context, input),
    decideSignOff: (_parent, { input }, context) => decideSignOff(context, input),
    createGoNoGoReview: (_parent, { input }, context) => createGoNoGoReview(context, input),
    castGoNoGoVote: (_parent, { input }, context) => castGoNoGoVote(context, input),
    decideGoNoGo: (_parent, { input }, context) => decideGoNoGo(context, input),
    saveStatusReport: (_parent, { input }, context) => saveStatusReport(context, input),
    refreshProgramEvidence: (_parent, { input }, context) => refreshProgramEvidence(context, input),
  },

  Program: {
    import: (program, _args, context) =>
      program.importId ? getMigrationImport(context, program.importId) : null,
    charter: (program, _args, context) => getCharter(context, program),
    phases: (program, _args, context) => listProgramPhases(context, program.id),
    milestones: (program, _args, { loaders }) => loaders.milestonesByProgramId.load(program.id),
    checklist: (program, { filter }, context) => listChecklistItems(context, program.id, filter),
    health: async (program, _args, context) => (await getProgramHealth(context, program)).health,
    healthReasons: async (program, _args, context) => (await getProgramHealth(context, program)).reasons,
    blockingItems: (program, _args, context) => listBlockingItems(context, program.id),
    nextMilestones: async (program, args, { loaders }) =>
      nextMilestones(await loaders.milestonesByProgramId.load(program.id), args.first),
    signOffRequests: (program, args, context) => listSignOffRequests(context, program.id, args.status),
    goNoGoReviews: (program, _args, context) => listGoNoGoReviews(context, program.id),
    kpis: (program, _args, context) => listProgramKpis(context, program),
    statusReports: (program, _args, context) => listStatusReports(context, program.id),
    statusReportDraft: (program, _args, context) => getStatusReportDraft(context, program),
  },

  Charter: {
    stakeholders: (charter) =>
      charter.stakeholders.map((person) => ({ ...person, email: person.email ?? null })),
  },

  Milestone: {
    owner: (milestone, _args, { loaders }) =>
      milestone.ownerId ? loaders.userById.load(milestone.ownerId) : null,
    health: (milestone) => healthOf(milestone),
    dependsOn: async (milestone, _args, { loaders }) =>
      milestonesAmong(await loaders.milestonesByProgramId.load(milestone.programId), milestone.dependsOnIds),
    lateDependencies: async (milestone, _args, { loaders }) =>
      milestonesAmong(
        await loaders.milestonesByProgramId.load(milestone.programId),
        milestone.lateDependencyIds,
      ),
    signOffs: (milestone, _args, { loaders }) => loaders.signOffsBySubjectId.load(milestone.id),
  },

  ChecklistItem: {
    owner: (item, _args, { loaders }) => (item.ownerId ? loaders.userById.load(item.ownerId) : null),
    overdue: (item) => isChecklistItemOverdue(item, todayIso()),
    conditionOf: (item, _args, context) => (item.reviewId ? getGoNoGoReview(context, item.reviewId) : null),
    signOffs: (item, _args, { loaders }) => loaders.signOffsBySubjectId.load(item.id),
  },

  EvidenceCheck: {
    kind: (check) => check.kind as never,
    threshold: (check) => (check.threshold as string | undefined) ?? null,
    min: (check) => (check.min as string | undefined) ?? null,
    max: (check) => (check.max as string | undefined) ?? null,
    tolerance: (check) => (check.tolerance as string | undefined) ?? null,
    area: (check) => (check.area as never) ?? null,
    wave: (check, _args, context) => (check.waveId ? getCutoverWave(context, String(check.waveId)) : null),
    description: (check) => describeCheck(check),
  },

  SignOffRequest: {
    evidence: (request) => JSON.stringify(request.evidence),
    approvers: (request, _args, { loaders }) => loaders.approversBySignOffId.load(request.id),
    awaitingMe: async (request, _args, context) =>
      awaitsActor(context.actor, request, await context.loaders.approversBySignOffId.load(request.id)),
  },

  SignOffApprover: {
    user: (approver, _args, { loaders }) => (approver.userId ? loaders.userById.load(approver.userId) : null),
    role: (approver) => (approver.role as never) ?? null,
  },

  GoNoGoReview: {
    scorecard: (review, _args, context) => getReviewScorecard(context, review),
    votes: (review, _args, context) => listGoNoGoVotes(context, review.id),
    conditions: (review, _args, context) => listReviewConditions(context, review.id),
    rollbackOwner: (review, _args, { loaders }) =>
      review.rollbackOwnerId ? loaders.userById.load(review.rollbackOwnerId) : null,
  },

  GoNoGoVote: {
    user: async (vote, _args, { loaders }) => {
      const user = await loaders.userById.load(vote.userId);
      if (!user) throw new Error(`user ${vote.userId} not found`);
      return user;
    },
  },
};
