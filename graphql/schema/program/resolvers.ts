import {
  listApproversOfRequests,
  listPhasesOfProgram,
  listProgramRows,
  listReviewRows,
  listSignOffRows,
  listStatusReportRows,
  listVotesOfReview,
} from '../../../db/queries/program';
import type { ChecklistItemRow, ProgramRow } from '../../../db/schema';
import {
  checklistAreaEnum,
  checklistItemStatusEnum,
  checkStateEnum,
  goNoGoOutcomeEnum,
  healthEnum,
  kpiEnum,
  milestoneStatusEnum,
  programPhaseEnum,
  signOffDecisionEnum,
  signOffRuleEnum,
  signOffStatusEnum,
  signOffSubjectEnum,
} from '../../../db/schema/program';
import { authorize } from '../../../lib/auth/permissions';
import { todayIso } from '../../../lib/dates';
import { getCutoverWave } from '../../../lib/migration/cutover/wave-queries';
import { getMigrationImport } from '../../../lib/migration/migration-queries';
import { readCharter, updateCharter } from '../../../lib/program/charter';
import { saveChecklistItem } from '../../../lib/program/checklist/save-checklist-item';
import { createProgram } from '../../../lib/program/create-program';
import { describeCheck, evidenceCheckKinds } from '../../../lib/program/evidence/check-kinds';
import { castGoNoGoVote, createGoNoGoReview, decideGoNoGo } from '../../../lib/program/go-no-go/reviews';
import type { ScorecardCriterion } from '../../../lib/program/go-no-go/scorecard';
import { computeKpis } from '../../../lib/program/kpis/compute-kpis';
import { healthOf } from '../../../lib/program/milestones/milestone-health';
import { saveMilestone } from '../../../lib/program/milestones/save-milestone';
import {
  forgetProgramState,
  freshProgramState,
  freshStateOf,
  getProgram,
  memoInRequest,
} from '../../../lib/program/program-access';
import { programHealth } from '../../../lib/program/program-health';
import { liveScorecard, milestonesOf } from '../../../lib/program/program-reads';
import { decideSignOff } from '../../../lib/program/sign-offs/decide-sign-off';
import { awaitsActor, mySignOffRequests } from '../../../lib/program/sign-offs/my-sign-off-requests';
import { requestSignOff } from '../../../lib/program/sign-offs/request-sign-off';
import { draftStatusReport } from '../../../lib/program/status-reports/draft-status-report';
import { saveStatusReport } from '../../../lib/program/status-reports/save-status-report';
import type { Resolvers } from '../../__generated__/resolvers-types';
import type { GraphQLContext } from '../../context';
import { screamingCaseEnum } from '../enum-values';

/** A program's milestones with health, read once per request. */
const milestonesOfProgram = async (context: GraphQLContext, programId: string) =>
  memoInRequest(context, `milestones:${programId}`, async () =>
    milestonesOf(await freshStateOf(context, programId)),
  );

/** A program's sign-off requests (after invalidation) and their approvers, read once per request. */
const signOffsOfProgram = (context: GraphQLContext, programId: string) =>
  memoInRequest(context, `sign-offs:${programId}`, async () => {
    await freshStateOf(context, programId);
    const requests = await listSignOffRows(context.db, programId);
    const approvers = await listApproversOfRequests(
      context.db,
      requests.map((request) => request.id),
    );
    return { requests, approvers };
  });

const approversOf = async (context: GraphQLContext, programId: string, requestId: string) =>
  (await signOffsOfProgram(context, programId)).approvers.filter(
    (approver) => approver.requestId === requestId,
  );

const kpisOf = (context: GraphQLContext, program: ProgramRow) =>
  memoInRequest(context, `kpis:${program.id}`, () => computeKpis(context.db, program));

const overallHealth = async (context: GraphQLContext, program: ProgramRow) =>
  programHealth(
    await milestonesOfProgram(context, program.id),
    (await freshProgramState(context, program)).items,
    await kpisOf(context, program),
    todayIso(),
  );

const isOverdue = (item: ChecklistItemRow, today: string) =>
  item.status === 'open' && item.dueOn !== null && item.dueOn < today;

export const programResolvers: Resolvers = {
  ProgramPhase: screamingCaseEnum(programPhaseEnum.enumValues),
  MilestoneStatus: screamingCaseEnum(milestoneStatusEnum.enumValues),
  Health: screamingCaseEnum(healthEnum.enumValues),
  ChecklistArea: screamingCaseEnum(checklistAreaEnum.enumValues),
  ChecklistItemStatus: screamingCaseEnum(checklistItemStatusEnum.enumValues),
  CheckState: screamingCaseEnum(checkStateEnum.enumValues),
  EvidenceCheckKind: screamingCaseEnum(evidenceCheckKinds),
  Kpi: screamingCaseEnum(kpiEnum.enumValues),
  SignOffSubject: screamingCaseEnum(signOffSubjectEnum.enumValues),
  SignOffRule: screamingCaseEnum(signOffRuleEnum.enumValues),
  SignOffStatus: screamingCaseEnum(signOffStatusEnum.enumValues),
  SignOffDecision: screamingCaseEnum(signOffDecisionEnum.enumValues),
  Rag: screamingCaseEnum(['green', 'amber', 'red'] as const),
  GoNoGoOutcome: screamingCaseEnum(goNoGoOutcomeEnum.enumValues),

  Query: {
    programs: (_parent, _args, context) => {
      authorize(context.actor, 'programs');
      return listProgramRows(context.db);
    },
    program: (_parent, args, context) => getProgram(context, args.id),
    mySignOffRequests: (_parent, _args, context) => mySignOffRequests(context),
  },

  Mutation: {
    createProgram: (_parent, { input }, context) => createProgram(context, input),
    updateCharter: (_parent, { input }, context) => updateCharter(context, input),
    saveMilestone: async (_parent, { input }, context) => {
      const { milestone, userErrors } = await saveMilestone(context, input);
      if (!milestone) return { milestone: null, userErrors };
      forgetProgramState(context);
      const saved = (await milestonesOfProgram(context, milestone.programId)).find(
        (m) => m.id === milestone.id,
      );
      return { milestone: saved ?? null, userErrors };
    },
    saveChecklistItem: async (_parent, { input }, context) => {
      const { item, userErrors } = await saveChecklistItem(context, input);
      if (!item) return { item: null, userErrors };
      forgetProgramState(context);
      const state = await freshStateOf(context, item.programId);
      return { item: state.items.find((candidate) => candidate.id === item.id) ?? item, userErrors };
    },
    requestSignOff: async (_parent, { input }, context) => {
      const result = await requestSignOff(context, input);
      forgetProgramState(context);
      return result;
    },
    decideSignOff: async (_parent, { input }, context) => {
      const result = await decideSignOff(context, input);
      forgetProgramState(context);
      return result;
    },
    createGoNoGoReview: (_parent, { input }, context) => createGoNoGoReview(context, input),
    castGoNoGoVote: (_parent, { input }, context) => castGoNoGoVote(context, input),
    decideGoNoGo: (_parent, { input }, context) => decideGoNoGo(context, input),
    saveStatusReport: (_parent, { input }, context) => saveStatusReport(context, input),
  },

  Program: {
    import: (program, _args, context) =>
      program.importId ? getMigrationImport(context, program.importId) : null,
    charter: (program, _args, context) => readCharter(context.db, program),
    phases: (program, _args, context) => listPhasesOfProgram(context.db, program.id),
    milestones: (program, _args, context) => milestonesOfProgram(context, program.id),
    checklist: async (program, { filter }, context) => {
      const { items } = await freshProgramState(context, program);
      const today = todayIso();
      const me = context.actor.kind === 'user' ? context.actor.user.id : null;
      return items.filter(
        (item) =>
          (!filter?.area || item.area === filter.area) &&
          (!filter?.status || item.status === filter.status) &&
          (filter?.blocking === undefined || filter.blocking === null || item.blocking === filter.blocking) &&
          (!filter?.mine || item.ownerId === me) &&
          (!filter?.overdue || isOverdue(item, today)),
      );
    },
    health: async (program, _args, context) => (await overallHealth(context, program)).health,
    healthReasons: async (program, _args, context) => (await overallHealth(context, program)).reasons,
    blockingItems: async (program, _args, context) =>
      (await freshProgramState(context, program)).items.filter(
        (item) => item.blocking && item.status === 'open',
      ),
    nextMilestones: async (program, args, context) =>
      (await milestonesOfProgram(context, program.id))
        .filter((milestone) => milestone.status !== 'done')
        .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0))
        .slice(0, Math.max(0, Math.min(args.first ?? 5, 100))),
    signOffRequests: async (program, args, context) =>
      (await signOffsOfProgram(context, program.id)).requests.filter(
        (request) => !args.status || request.status === args.status,
      ),
    goNoGoReviews: (program, _args, context) => listReviewRows(context.db, program.id),
    kpis: (program, _args, context) => kpisOf(context, program),
    statusReports: (program, _args, context) => listStatusReportRows(context.db, program.id),
    statusReportDraft: async (program, _args, context) =>
      draftStatusReport(
        context.db,
        program,
        await freshProgramState(context, program),
        await milestonesOfProgram(context, program.id),
        await kpisOf(context, program),
      ),
  },

  Charter: {
    stakeholders: (charter) =>
      charter.stakeholders.map((person) => ({ ...person, email: person.email ?? null })),
  },

  Milestone: {
    owner: (milestone, _args, { loaders }) =>
      milestone.ownerId ? loaders.userById.load(milestone.ownerId) : null,
    health: (milestone) => healthOf(milestone),
    dependsOn: async (milestone, _args, context) =>
      (await milestonesOfProgram(context, milestone.programId)).filter((other) =>
        milestone.dependsOnIds.includes(other.id),
      ),
    lateDependencies: async (milestone, _args, context) =>
      (await milestonesOfProgram(context, milestone.programId)).filter((other) =>
        milestone.lateDependencyIds.includes(other.id),
      ),
    signOffs: async (milestone, _args, context) =>
      (await signOffsOfProgram(context, milestone.programId)).requests.filter(
        (request) => request.subjectId === milestone.id,
      ),
  },

  ChecklistItem: {
    owner: (item, _args, { loaders }) => (item.ownerId ? loaders.userById.load(item.ownerId) : null),
    overdue: (item) => isOverdue(item, todayIso()),
    conditionOf: async (item, _args, context) =>
      item.reviewId
        ? ((await listReviewRows(context.db, item.programId)).find((review) => review.id === item.reviewId) ??
          null)
        : null,
    signOffs: async (item, _args, context) =>
      (await signOffsOfProgram(context, item.programId)).requests.filter(
        (request) => request.subjectId === item.id,
      ),
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
    approvers: (request, _args, context) => approversOf(context, request.programId, request.id),
    awaitingMe: async (request, _args, context) =>
      awaitsActor(context.actor, request, await approversOf(context, request.programId, request.id)),
  },

  SignOffApprover: {
    user: (approver, _args, { loaders }) => (approver.userId ? loaders.userById.load(approver.userId) : null),
    role: (approver) => (approver.role as never) ?? null,
  },

  GoNoGoReview: {
    scorecard: async (review, _args, context) => {
      if (review.scorecard) return review.scorecard as ScorecardCriterion[];
      const program = await getProgram(context, review.programId);
      return program ? liveScorecard(context, program) : [];
    },
    votes: (review, _args, context) => listVotesOfReview(context.db, review.id),
    conditions: async (review, _args, context) =>
      (await freshStateOf(context, review.programId)).items.filter((item) => item.reviewId === review.id),
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
