/**
 * The program's GraphQL shapes as the console reads them (graphql/schema/program/schema.graphql).
 * The console sends plain query strings, so these mirror the selections by hand.
 */

export type ProgramPhase =
  | 'DISCOVERY'
  | 'CONFIGURATION'
  | 'DATA_MIGRATION'
  | 'PARALLEL_RUNS'
  | 'TRAINING'
  | 'COMMUNICATIONS'
  | 'CUTOVER'
  | 'HYPERCARE';
export type MilestoneStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE';
export type Health = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK';
export type ChecklistArea =
  | 'DATA_VALIDATION'
  | 'TECHNICAL_READINESS'
  | 'COMMUNICATIONS'
  | 'TRAINING_SUPPORT'
  | 'CONTINGENCY';
export type ChecklistItemStatus = 'OPEN' | 'DONE' | 'NOT_APPLICABLE';
export type CheckState = 'PASSING' | 'FAILING' | 'UNKNOWN';
export type EvidenceCheckKind =
  | 'PARALLEL_RUN_ACCURACY'
  | 'ARPU_PRESERVATION'
  | 'INVOICE_TOTALS_MATCH'
  | 'UNBILLABLE_QUEUE_EMPTY'
  | 'IMPORT_VALIDATED'
  | 'BILL_RUN_SUCCEEDED'
  | 'TRAINING_COMPLETE'
  | 'GO_DECISION'
  | 'CHECKLIST_AREA_DONE';
export type Kpi =
  | 'ARPU_PRESERVATION'
  | 'INVOICE_ACCURACY'
  | 'ON_TIME_BILLING'
  | 'MANUAL_TOUCHES'
  | 'REVENUE_LEAKAGE';
export type SignOffSubject = 'CHECKLIST_ITEM' | 'MILESTONE' | 'PARALLEL_RUN';
export type SignOffRule = 'ALL' | 'ANY' | 'QUORUM';
export type SignOffStatus = 'PENDING' | 'APPROVED' | 'CHANGES_REQUESTED' | 'REJECTED' | 'INVALIDATED';
export type SignOffDecision = 'APPROVED' | 'CHANGES_REQUESTED' | 'REJECTED';
export type Rag = 'GREEN' | 'AMBER' | 'RED';
export type GoNoGoOutcome = 'GO' | 'NO_GO' | 'GO_WITH_CONDITIONS';
export type Role = 'ADMIN' | 'BILLING' | 'PROGRAM' | 'VIEWER';

export interface UserRef {
  id: string;
  name: string;
}

export interface EvidenceCheck {
  kind: EvidenceCheckKind;
  threshold: string | null;
  min: string | null;
  max: string | null;
  tolerance: string | null;
  area: ChecklistArea | null;
  description: string;
}

export const EVIDENCE_CHECK_FIELDS = 'kind threshold min max tolerance area description';

export interface SignOffApprover {
  id: string;
  user: UserRef | null;
  role: Role | null;
  decision: SignOffDecision | null;
  comment: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface SignOffRequest {
  id: string;
  subjectType: SignOffSubject;
  subjectId: string;
  title: string;
  rule: SignOffRule;
  quorum: number | null;
  note: string;
  status: SignOffStatus;
  evidenceHash: string;
  evidence: string;
  approvers: SignOffApprover[];
  requestedBy: string;
  createdAt: string;
  decidedAt: string | null;
  invalidatedAt: string | null;
  invalidationReason: string | null;
  awaitingMe: boolean;
}

export const SIGN_OFF_FIELDS =
  'id subjectType subjectId title rule quorum note status evidenceHash evidence approvers { id user { id name } role decision comment decidedBy decidedAt } requestedBy createdAt decidedAt invalidatedAt invalidationReason awaitingMe';

/** A sign-off as a milestone or item lists it: enough for a status line. */
export interface SignOffSummary {
  id: string;
  title: string;
  status: SignOffStatus;
  invalidationReason: string | null;
}

export const SIGN_OFF_SUMMARY_FIELDS = 'id title status invalidationReason';

export interface MilestoneRef {
  id: string;
  title: string;
  dueOn: string;
  status: MilestoneStatus;
}

export interface Milestone {
  id: string;
  standardKey: string | null;
  phase: ProgramPhase;
  title: string;
  description: string;
  owner: UserRef | null;
  dueOn: string;
  status: MilestoneStatus;
  completedAt: string | null;
  health: Health;
  suggestedHealth: Health;
  healthReasons: string[];
  healthOverride: Health | null;
  healthOverrideReason: string | null;
  dependsOn: MilestoneRef[];
  lateDependencies: MilestoneRef[];
  check: EvidenceCheck | null;
  checkState: CheckState;
  checkDetail: string | null;
  signOffs: SignOffSummary[];
}

export const MILESTONE_FIELDS = `id standardKey phase title description owner { id name } dueOn status completedAt health suggestedHealth healthReasons healthOverride healthOverrideReason dependsOn { id title dueOn status } lateDependencies { id title dueOn status } check { ${EVIDENCE_CHECK_FIELDS} } checkState checkDetail signOffs { ${SIGN_OFF_SUMMARY_FIELDS} }`;

export interface ChecklistItem {
  id: string;
  standardKey: string | null;
  area: ChecklistArea;
  title: string;
  owner: UserRef | null;
  dueOn: string | null;
  blocking: boolean;
  status: ChecklistItemStatus;
  statusBy: string | null;
  statusAt: string | null;
  notes: string;
  evidenceLinks: string[];
  overdue: boolean;
  check: EvidenceCheck | null;
  checkState: CheckState;
  checkDetail: string | null;
  conditionOf: { id: string; title: string } | null;
  signOffs: SignOffSummary[];
}

export const CHECKLIST_ITEM_FIELDS = `id standardKey area title owner { id name } dueOn blocking status statusBy statusAt notes evidenceLinks overdue check { ${EVIDENCE_CHECK_FIELDS} } checkState checkDetail conditionOf { id title } signOffs { ${SIGN_OFF_SUMMARY_FIELDS} }`;

export interface PhaseSpan {
  phase: ProgramPhase;
  startsOn: string;
  endsOn: string;
}

export interface KpiValue {
  kpi: Kpi;
  value: string | null;
  target: string | null;
  meetsTarget: boolean | null;
  trend: { label: string; value: string | null }[];
}

export interface StatusReport {
  id: string;
  coversUntil: string;
  body: string;
  author: string;
  createdAt: string;
}

export interface ScorecardCriterion {
  label: string;
  source: string;
  sourceId: string | null;
  rag: Rag;
  detail: string;
}

export interface GoNoGoReview {
  id: string;
  title: string;
  scheduledAt: string;
  scorecard: ScorecardCriterion[];
  votes: { user: UserRef; role: string; vote: GoNoGoOutcome; comment: string; at: string }[];
  outcome: GoNoGoOutcome | null;
  outcomeNote: string | null;
  conditions: {
    id: string;
    title: string;
    status: ChecklistItemStatus;
    owner: UserRef | null;
    dueOn: string | null;
  }[];
  rollbackOwner: UserRef | null;
  pointOfNoReturn: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

export const GO_NO_GO_FIELDS =
  'id title scheduledAt scorecard { label source sourceId rag detail } votes { user { id name } role vote comment at } outcome outcomeNote conditions { id title status owner { id name } dueOn } rollbackOwner { id name } pointOfNoReturn decidedBy decidedAt';

export interface Charter {
  goals: { id: string; title: string; kpi: Kpi; target: string }[];
  stakeholders: { name: string; role: string; email: string | null }[];
  scopeIn: { category: string; item: string }[];
  scopeOut: { category: string; item: string }[];
  assumptions: string[];
  constraints: string[];
}

export const CHARTER_FIELDS =
  'goals { id title kpi target } stakeholders { name role email } scopeIn { category item } scopeOut { category item } assumptions constraints';
