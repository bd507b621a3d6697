import {
  type ChecklistItemRow,
  checklistAreaEnum,
  checklistItemStatusEnum,
  checkStateEnum,
  type EvidenceCheckSpec,
  type GoNoGoReviewRow,
  type GoNoGoVoteRow,
  goNoGoOutcomeEnum,
  healthEnum,
  kpiEnum,
  milestoneStatusEnum,
  type ProgramGoalRow,
  type ProgramPhaseRow,
  type ProgramRow,
  programPhaseEnum,
  type SignOffApproverRow,
  type SignOffRequestRow,
  type StatusReportRow,
  signOffDecisionEnum,
  signOffRuleEnum,
  signOffStatusEnum,
  signOffSubjectEnum,
  type TraineeRow,
  type TrainingModuleRow,
} from '../../db/schema/program';

export type { EvidenceCheckSpec };
export type ProgramRecord = ProgramRow;
export type ProgramGoalRecord = ProgramGoalRow;
/** When one phase of the program runs: a span on its timeline. */
export type ProgramPhaseRecord = ProgramPhaseRow;
export type ChecklistItemRecord = ChecklistItemRow;
export type SignOffRequestRecord = SignOffRequestRow;
export type SignOffApproverRecord = SignOffApproverRow;
export type GoNoGoReviewRecord = GoNoGoReviewRow;
export type GoNoGoVoteRecord = GoNoGoVoteRow;
export type StatusReportRecord = StatusReportRow;
export type TrainingModuleRecord = TrainingModuleRow;
export type TraineeRecord = TraineeRow;

export type ProgramPhase = (typeof programPhaseEnum.enumValues)[number];
export type MilestoneStatus = (typeof milestoneStatusEnum.enumValues)[number];
export type Health = (typeof healthEnum.enumValues)[number];
export type ChecklistArea = (typeof checklistAreaEnum.enumValues)[number];
export type ChecklistItemStatus = (typeof checklistItemStatusEnum.enumValues)[number];
export type CheckState = (typeof checkStateEnum.enumValues)[number];
export type Kpi = (typeof kpiEnum.enumValues)[number];
export type SignOffSubject = (typeof signOffSubjectEnum.enumValues)[number];
export type SignOffRule = (typeof signOffRuleEnum.enumValues)[number];
export type SignOffStatus = (typeof signOffStatusEnum.enumValues)[number];
export type SignOffDecision = (typeof signOffDecisionEnum.enumValues)[number];
export type GoNoGoOutcome = (typeof goNoGoOutcomeEnum.enumValues)[number];
export type Rag = 'green' | 'amber' | 'red';

export const checklistAreas: readonly ChecklistArea[] = [
  'data_validation',
  'technical_readiness',
  'communications',
  'training_support',
  'contingency',
];

export const programPhases: readonly ProgramPhase[] = [
  'discovery',
  'configuration',
  'data_migration',
  'parallel_runs',
  'training',
  'communications',
  'cutover',
  'hypercare',
];

/** Worst first, so the program's health is the first of these any milestone has. */
export const healthsWorstFirst: readonly Health[] = ['off_track', 'at_risk', 'on_track'];

/** Each enum's values in the database's order, for the API's enum mappings. */
export const programEnumValues = {
  programPhase: programPhaseEnum.enumValues,
  milestoneStatus: milestoneStatusEnum.enumValues,
  health: healthEnum.enumValues,
  checklistArea: checklistAreaEnum.enumValues,
  checklistItemStatus: checklistItemStatusEnum.enumValues,
  checkState: checkStateEnum.enumValues,
  kpi: kpiEnum.enumValues,
  signOffSubject: signOffSubjectEnum.enumValues,
  signOffRule: signOffRuleEnum.enumValues,
  signOffStatus: signOffStatusEnum.enumValues,
  signOffDecision: signOffDecisionEnum.enumValues,
  goNoGoOutcome: goNoGoOutcomeEnum.enumValues,
} as const;
