import { todayIso } from '../../../lib/dates';
import { listDecisions } from '../../../lib/program/decision-log/list-decisions';
import { logDecision } from '../../../lib/program/decision-log/log-decision';
import { assignRaci } from '../../../lib/program/raci/assign-raci';
import { getPointOfContactMatrix } from '../../../lib/program/raci/get-point-of-contact-matrix';
import { getRaciMatrix } from '../../../lib/program/raci/get-raci-matrix';
import { removeRaciAssignment } from '../../../lib/program/raci/remove-raci-assignment';
import { createRisk } from '../../../lib/program/risks/create-risk';
import { getRiskHeatMap } from '../../../lib/program/risks/get-risk-heat-map';
import { listRisks } from '../../../lib/program/risks/list-risks';
import { isReviewOverdue, riskScore } from '../../../lib/program/risks/risk-score';
import { updateRisk } from '../../../lib/program/risks/update-risk';
import { addTrainee } from '../../../lib/program/training/add-trainee';
import { createTrainingModule } from '../../../lib/program/training/create-training-module';
import { getTrainingCompletion } from '../../../lib/program/training/get-training-completion';
import { getTrainingGrid } from '../../../lib/program/training/get-training-grid';
import { recordTrainingCompletion } from '../../../lib/program/training/record-training-completion';
import { undoTrainingCompletion } from '../../../lib/program/training/undo-training-completion';
import type { Resolvers } from '../../__generated__/resolvers-types';

export const programRegisterResolvers: Resolvers = {
  RiskStatus: { OPEN: 'open', MITIGATED: 'mitigated', OCCURRED: 'occurred', CLOSED: 'closed' },
  RaciSubjectType: { AREA: 'area', MILESTONE: 'milestone' },
  RaciResponsibility: {
    RESPONSIBLE: 'responsible',
    ACCOUNTABLE: 'accountable',
    CONSULTED: 'consulted',
    INFORMED: 'informed',
  },
  DecisionCategory: {
    SYSTEM_SETUP: 'system_setup',
    TEST_OUTCOME: 'test_outcome',
    INTEGRATION_CONFIG: 'integration_config',
    DATA_MAPPING: 'data_mapping',
    DECISION: 'decision',
  },
  Query: {
    risks: (_parent, { programId, ...filter }, context) => listRisks(context, programId, filter),
    riskHeatMap: (_parent, args, context) => getRiskHeatMap(context, args.programId),
    raciMatrix: (_parent, args, context) => getRaciMatrix(context, args.programId),
    pointOfContactMatrix: (_parent, args, context) => getPointOfContactMatrix(context, args.programId),
    trainingGrid: (_parent, args, context) => getTrainingGrid(context, args.programId),
    trainingCompletion: (_parent, args, context) => getTrainingCompletion(context, args.programId),
    decisionLog: (_parent, args, context) => listDecisions(context, args.programId, args.category),
  },
  Mutation: {
    createRisk: (_parent, { input }, context) => createRisk(context, input),
    updateRisk: (_parent, { input }, context) => updateRisk(context, input),
    assignRaci: (_parent, { input }, context) => assignRaci(context, input),
    removeRaciAssignment: (_parent, { input }, context) => removeRaciAssignment(context, input.id),
    createTrainingModule: (_parent, { input }, context) => createTrainingModule(context, input),
    addTrainee: (_parent, { input }, context) => addTrainee(context, input),
    recordTrainingCompletion: async (_parent, { input }, context) => {
      const { completion, userErrors } = await recordTrainingCompletion(context, input);
      return { cell: completion, userErrors };
    },
    undoTrainingCompletion: (_parent, { input }, context) => undoTrainingCompletion(context, input),
    logDecision: (_parent, { input }, context) => logDecision(context, input),
  },
  Risk: {
    score: (risk) => riskScore(risk),
    owner: (risk, _args, { loaders }) => (risk.ownerId ? loaders.userById.load(risk.ownerId) : null),
    reviewOverdue: (risk) => isReviewOverdue(risk, todayIso()),
  },
  RaciAssignment: {
    user: async (assignment, _args, { loaders }) => {
      const user = await loaders.userById.load(assignment.userId);
      if (!user) throw new Error(`user ${assignment.userId} not found`);
      return user;
    },
  },
  ProgramContact: {
    user: async (contact, _args, { loaders }) => {
      const user = await loaders.userById.load(contact.userId);
      if (!user) throw new Error(`user ${contact.userId} not found`);
      return user;
    },
  },
  DecisionLogEntry: {
    authorUser: (entry, _args, { loaders }) =>
      entry.authorId ? loaders.userById.load(entry.authorId) : null,
  },
};
