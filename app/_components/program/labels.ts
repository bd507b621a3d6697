import type { BadgeTone } from '@/app/_components/ui/badge';
import { choicesOf } from '@/app/_components/ui/choice-select';
import type {
  ChecklistArea,
  ChecklistItemStatus,
  CheckState,
  EvidenceCheckKind,
  GoNoGoOutcome,
  Health,
  Kpi,
  MilestoneStatus,
  ProgramPhase,
  Rag,
  Role,
  SignOffDecision,
  SignOffRule,
  SignOffStatus,
} from '@/app/_gql/graphql';

export const phaseLabels: Record<ProgramPhase, string> = {
  DISCOVERY: 'Discovery',
  CONFIGURATION: 'Configuration',
  DATA_MIGRATION: 'Data migration',
  PARALLEL_RUNS: 'Parallel runs',
  TRAINING: 'Training',
  COMMUNICATIONS: 'Communications',
  CUTOVER: 'Cutover',
  HYPERCARE: 'Hypercare',
};
export const phases = choicesOf(phaseLabels);

export const milestoneStatusLabels: Record<MilestoneStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
};
export const milestoneStatuses = choicesOf(milestoneStatusLabels);
export const milestoneStatusTones: Record<MilestoneStatus, BadgeTone> = {
  NOT_STARTED: 'neutral',
  IN_PROGRESS: 'info',
  DONE: 'good',
};

export const healthLabels: Record<Health, string> = {
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
};
export const healthTones: Record<Health, BadgeTone> = { ON_TRACK: 'good', AT_RISK: 'warn', OFF_TRACK: 'bad' };
export const healths = choicesOf(healthLabels);

export const areaLabels: Record<ChecklistArea, string> = {
  DATA_VALIDATION: 'Data and system validation',
  TECHNICAL_READINESS: 'Technical readiness',
  COMMUNICATIONS: 'Communications',
  TRAINING_SUPPORT: 'Training and support',
  CONTINGENCY: 'Contingency planning',
};
export const areas = choicesOf(areaLabels);

export const itemStatusLabels: Record<ChecklistItemStatus, string> = {
  OPEN: 'Open',
  DONE: 'Done',
  NOT_APPLICABLE: 'Not applicable',
};
export const itemStatuses = choicesOf(itemStatusLabels);
export const itemStatusTones: Record<ChecklistItemStatus, BadgeTone> = {
  OPEN: 'neutral',
  DONE: 'good',
  NOT_APPLICABLE: 'neutral',
};

export const checkStateLabels: Record<CheckState, string> = {
  PASSING: 'Check passing',
  FAILING: 'Check failing',
  UNKNOWN: 'Not evaluated',
};
export const checkStateTones: Record<CheckState, BadgeTone> = {
  PASSING: 'good',
  FAILING: 'bad',
  UNKNOWN: 'neutral',
};

export const checkKindLabels: Record<EvidenceCheckKind, string> = {
  PARALLEL_RUN_ACCURACY: 'Parallel run accuracy',
  ARPU_PRESERVATION: 'ARPU preservation',
  INVOICE_TOTALS_MATCH: 'Invoice totals match',
  UNBILLABLE_QUEUE_EMPTY: 'Unbillable queue empty',
  IMPORT_VALIDATED: 'Import validated',
  BILL_RUN_SUCCEEDED: 'Bill run succeeded',
  TRAINING_COMPLETE: 'Training complete',
  GO_DECISION: 'Go decision',
  CAMPAIGNS_READY: 'Campaigns ready',
  CHECKLIST_AREA_DONE: 'Checklist area done',
};
export const checkKinds = choicesOf(checkKindLabels);

export const kpiLabels: Record<Kpi, string> = {
  ARPU_PRESERVATION: 'ARPU preservation',
  INVOICE_ACCURACY: 'Invoice accuracy',
  ON_TIME_BILLING: 'On-time billing',
  MANUAL_TOUCHES: 'Manual touches per 100 invoices',
  REVENUE_LEAKAGE: 'Revenue leakage found',
  UNTOUCHED_INVOICES: 'Invoices untouched by a person',
};
export const kpis = choicesOf(kpiLabels);
/** KPIs measured as a fraction, shown as a percentage; the others are counts or amounts. */
export const ratioKpis: ReadonlySet<Kpi> = new Set([
  'ARPU_PRESERVATION',
  'INVOICE_ACCURACY',
  'ON_TIME_BILLING',
  'UNTOUCHED_INVOICES',
]);

export const signOffStatusLabels: Record<SignOffStatus, string> = {
  PENDING: 'Pending',
  APPROVED: 'Approved',
  CHANGES_REQUESTED: 'Changes requested',
  REJECTED: 'Rejected',
  INVALIDATED: 'Invalidated',
};
export const signOffStatusTones: Record<SignOffStatus, BadgeTone> = {
  PENDING: 'info',
  APPROVED: 'good',
  CHANGES_REQUESTED: 'warn',
  REJECTED: 'bad',
  INVALIDATED: 'bad',
};
export const signOffStatuses = choicesOf(signOffStatusLabels);

export const decisionLabels: Record<SignOffDecision, string> = {
  APPROVED: 'Approved',
  CHANGES_REQUESTED: 'Changes requested',
  REJECTED: 'Rejected',
};

export const ruleLabels: Record<SignOffRule, string> = {
  ALL: 'All must approve',
  ANY: 'Any one approves',
  QUORUM: 'A quorum approves',
};
export const rules = choicesOf(ruleLabels);

export const roleLabels: Record<Role, string> = {
  ADMIN: 'Admin',
  BILLING: 'Billing',
  PROGRAM: 'Program',
  VIEWER: 'Viewer',
};
export const roles = choicesOf(roleLabels);

export const ragLabels: Record<Rag, string> = { GREEN: 'Green', AMBER: 'Amber', RED: 'Red' };
export const ragTones: Record<Rag, BadgeTone> = { GREEN: 'good', AMBER: 'warn', RED: 'bad' };

export const outcomeLabels: Record<GoNoGoOutcome, string> = {
  GO: 'Go',
  NO_GO: 'No-go',
  GO_WITH_CONDITIONS: 'Go with conditions',
};
export const outcomeTones: Record<GoNoGoOutcome, BadgeTone> = {
  GO: 'good',
  NO_GO: 'bad',
  GO_WITH_CONDITIONS: 'warn',
};
export const outcomes = choicesOf(outcomeLabels);
