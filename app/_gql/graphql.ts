/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Input of addTrainee. */
export type AddTraineeInput = {
  /** Their email. */
  email?: string | null | undefined;
  /** Their name. */
  name: string;
  /** The program. */
  programId: string | number;
  /** Their team. */
  team?: string | null | undefined;
};

/** Input of assignRaci. */
export type AssignRaciInput = {
  /** Their place on the escalation path, 1 to 9; absent when not on it. */
  escalationLevel?: number | null | undefined;
  /** Where to call them. */
  phone?: string | null | undefined;
  /** The program. */
  programId: string | number;
  /** When someone else is accountable for the subject: take their place (their assignment is removed). */
  replaceAccountable?: boolean | null | undefined;
  /** Their part. */
  responsibility: RaciResponsibility;
  /** The area (data_validation, technical_readiness, communications, training_support, contingency), or the milestone's id. */
  subjectKey: string;
  /** Area or milestone. */
  subjectType: RaciSubjectType;
  /** Who. */
  userId: string | number;
};

export type CastGoNoGoVoteInput = {
  comment?: string | null | undefined;
  reviewId: string | number;
  role: string;
  vote: GoNoGoOutcome;
};

/** The result of a live evidence check. */
export type CheckState =
  | 'FAILING'
  | 'PASSING'
  /** Not evaluated yet, or there is nothing to evaluate (e.g. no parallel run yet). */
  | 'UNKNOWN';

/** The five areas of the go-live checklist. */
export type ChecklistArea =
  /** Customer and internal communications. */
  | 'COMMUNICATIONS'
  /** Contingency planning: rollback, point of no return, escalation. */
  | 'CONTINGENCY'
  /** Data and system validation: parallel runs, ARPU, balances, pricing, tax, usage. */
  | 'DATA_VALIDATION'
  /** Integrations, monitoring, staging runs, delivery. */
  | 'TECHNICAL_READINESS'
  /** Training and support. */
  | 'TRAINING_SUPPORT';

/** Filters of the checklist; all optional, combined with AND. */
export type ChecklistFilter = {
  area?: ChecklistArea | null | undefined;
  blocking?: boolean | null | undefined;
  /** Only items owned by the signed-in user. */
  mine?: boolean | null | undefined;
  /** Only open items past their due date. */
  overdue?: boolean | null | undefined;
  status?: ChecklistItemStatus | null | undefined;
};

export type ChecklistItemInput = {
  area?: ChecklistArea | null | undefined;
  blocking?: boolean | null | undefined;
  check?: EvidenceCheckInput | null | undefined;
  clearCheck?: boolean | null | undefined;
  dueOn?: string | null | undefined;
  evidenceLinks?: Array<string> | null | undefined;
  /** Absent to create one. */
  id?: string | number | null | undefined;
  notes?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  programId: string | number;
  status?: ChecklistItemStatus | null | undefined;
  title?: string | null | undefined;
};

/** Where a checklist item stands. */
export type ChecklistItemStatus =
  | 'DONE'
  | 'NOT_APPLICABLE'
  | 'OPEN';

/** Input of createCutoverWave. */
export type CreateCutoverWaveInput = {
  /** These accounts; every account of the import not in a wave yet when absent. */
  accountIds?: Array<string | number> | null | undefined;
  /** The import whose accounts to group. */
  importId: string | number;
  /** E.g. Pilot. */
  name: string;
};

export type CreateGoNoGoReviewInput = {
  programId: string | number;
  scheduledAt: string;
  title: string;
};

export type CreateProgramInput = {
  /** The planned cutover day; the standard plan fits between the two. */
  goLiveOn: string;
  /** The legacy import to read evidence from. */
  importId?: string | number | null | undefined;
  name: string;
  /** The roadmap starts here; phases and standard milestones are laid out from it. */
  startsOn: string;
};

/** Input of createRisk. */
export type CreateRiskInput = {
  /** Checklist items of the same program. */
  checklistItemIds?: Array<string | number> | null | undefined;
  /** What happens if it occurs. */
  contingency?: string | null | undefined;
  /** More about it. */
  description?: string | null | undefined;
  /** 1 (negligible) to 5 (severe). */
  impact: number;
  /** Milestones of the same program. */
  milestoneIds?: Array<string | number> | null | undefined;
  /** What is done about it. */
  mitigation?: string | null | undefined;
  /** Who watches it. */
  ownerId?: string | number | null | undefined;
  /** 1 (rare) to 5 (almost certain). */
  probability: number;
  /** The program. */
  programId: string | number;
  /** When to review it next. */
  reviewOn?: string | null | undefined;
  /** OPEN when absent. */
  status?: RiskStatus | null | undefined;
  /** What could go wrong, in a line. */
  title: string;
  /** The sign that it is occurring. */
  trigger?: string | null | undefined;
};

/** Input of createTrainingModule. */
export type CreateTrainingModuleInput = {
  /** Who takes it. */
  audience?: string | null | undefined;
  /** The program. */
  programId: string | number;
  /** Counts towards training being complete; true when absent. */
  required?: boolean | null | undefined;
  /** Its title. */
  title: string;
};

/** Input of cutOverWave. */
export type CutOverWaveInput = {
  /** The day Switchboard bills from. */
  cutoverDate: string;
  /** The wave. */
  waveId: string | number;
};

/** Where a wave stands. */
export type CutoverWaveStatus =
  /** Switchboard bills its accounts. */
  | 'CUT_OVER'
  /** Its accounts are still billed by the legacy system. */
  | 'PLANNED'
  /** Handed back to the legacy system. */
  | 'ROLLED_BACK';

export type DecideGoNoGoInput = {
  /** Required with GO_WITH_CONDITIONS; each becomes a blocking contingency item. */
  conditions?: Array<GoNoGoConditionInput> | null | undefined;
  note?: string | null | undefined;
  outcome: GoNoGoOutcome;
  pointOfNoReturn?: string | null | undefined;
  reviewId: string | number;
  rollbackOwnerId?: string | number | null | undefined;
};

export type DecideSignOffInput = {
  comment?: string | null | undefined;
  decision: SignOffDecision;
  requestId: string | number;
};

/** What a log entry records. */
export type DecisionCategory =
  /** How legacy data maps onto Switchboard's. */
  | 'DATA_MAPPING'
  /** A decision taken. */
  | 'DECISION'
  /** How an integration is configured. */
  | 'INTEGRATION_CONFIG'
  /** How the system was set up. */
  | 'SYSTEM_SETUP'
  /** What a test showed. */
  | 'TEST_OUTCOME';

/** Ties a live check to an item or milestone. Thresholds default to the usual ones. */
export type EvidenceCheckInput = {
  area?: ChecklistArea | null | undefined;
  kind: EvidenceCheckKind;
  max?: string | null | undefined;
  min?: string | null | undefined;
  threshold?: string | null | undefined;
  tolerance?: string | null | undefined;
  waveId?: string | number | null | undefined;
};

/** What a live evidence check tests. Each reads the billing data when the program is read. */
export type EvidenceCheckKind =
  /** The latest parallel run's ARPU preservation is within [`min`, `max`]. */
  | 'ARPU_PRESERVATION'
  /** A bill run completed with no failed account. */
  | 'BILL_RUN_SUCCEEDED'
  /** Every campaign to `wave` (or to any wave of the program's import) is approved and test-sent; there is at least one. */
  | 'CAMPAIGNS_READY'
  /** Every blocking checklist item of `area` is done. */
  | 'CHECKLIST_AREA_DONE'
  /** A go/no-go review decided Go or Go with conditions. */
  | 'GO_DECISION'
  /** The program's legacy import completed with every file's rows accounted for and no referential problems. */
  | 'IMPORT_VALIDATED'
  /** The latest parallel run's total difference is within ± `tolerance`. */
  | 'INVOICE_TOTALS_MATCH'
  /** The latest parallel run's invoice accuracy is at least `threshold` and every variance is explained (reviewed). */
  | 'PARALLEL_RUN_ACCURACY'
  /** Every trainee completed every required training module. */
  | 'TRAINING_COMPLETE'
  /** No usage waits in the unbillable (unrated) queue. */
  | 'UNBILLABLE_QUEUE_EMPTY';

export type GoNoGoConditionInput = {
  dueOn?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  title: string;
};

/** A go/no-go decision. */
export type GoNoGoOutcome =
  | 'GO'
  | 'GO_WITH_CONDITIONS'
  | 'NO_GO';

/** How a milestone is going. */
export type Health =
  | 'AT_RISK'
  | 'OFF_TRACK'
  | 'ON_TRACK';

/** Why an ingestion did not import a record. */
export type IngestionProblemKind =
  /** Its id was already used with different content; the first one stands. */
  | 'CONFLICT'
  /** It breaks the format. */
  | 'REJECTED';

/** Which invoices to list. */
export type InvoiceFilter = {
  /** One account's. */
  accountId?: string | number | null | undefined;
  /** One bill run's. */
  billRunId?: string | number | null | undefined;
  /** Invoices or credit notes. */
  kind?: InvoiceKind | null | undefined;
  /**
   * Billing periods that start in this month, written YYYY-MM (e.g. 2026-03), whatever the day:
   * calendar-month periods start on the 1st, anniversary cycles on any day.
   */
  periodMonth?: string | null | undefined;
  /** Billing periods that start on this day. */
  periodStart?: string | null | undefined;
  /** Matches the number, or the account's number or name. */
  search?: string | null | undefined;
  /** In this status. */
  status?: InvoiceStatus | null | undefined;
};

/** An invoice or a credit note. */
export type InvoiceKind =
  /** A correction that reduces what is owed. */
  | 'CREDIT_NOTE'
  /** What the customer owes for a period. */
  | 'INVOICE';

/** Where an invoice is in its life. */
export type InvoiceStatus =
  /** Can be reviewed, discarded and billed again; no number yet. */
  | 'DRAFT'
  /** Numbered and immutable. */
  | 'FINALIZED'
  /** Cancelled; keeps its number. */
  | 'VOID';

/** The KPIs a program is measured by; always computed from the data. */
export type Kpi =
  /** New ARPU / legacy ARPU of the latest parallel run. */
  | 'ARPU_PRESERVATION'
  /** Matching invoices / invoices compared in the latest parallel run. */
  | 'INVOICE_ACCURACY'
  /** Credit notes, voids, discarded drafts and manual one-time charges per 100 finalized invoices. */
  | 'MANUAL_TOUCHES'
  /** Finalized invoices delivered by their due date / finalized invoices. */
  | 'ON_TIME_BILLING'
  /** What the legacy system failed to bill, found by the latest parallel run. */
  | 'REVENUE_LEAKAGE';

/** A tolerance to compare with. */
export type LineToleranceInput = {
  /** Largest difference still counted as a match, 0 or more. */
  amount: string;
  /** recurring, discount, usage, one_time or tax. */
  lineType: string;
};

/** Input of logDecision. */
export type LogDecisionInput = {
  /** The detail. */
  body?: string | null | undefined;
  /** What it records. */
  category: DecisionCategory;
  /** The day it was decided (or set up, or tested); not in the future. */
  decidedOn: string;
  /** The program. */
  programId: string | number;
  /** In a line. */
  title: string;
};

/** Where an import stands. */
export type MigrationImportStatus =
  /** Written; its report is final. */
  | 'COMPLETED'
  /** Stopped by an error; nothing was kept. */
  | 'FAILED'
  /** Being written. */
  | 'RUNNING';

export type MilestoneInput = {
  check?: EvidenceCheckInput | null | undefined;
  /** Remove the evidence check. */
  clearCheck?: boolean | null | undefined;
  /** Replaces the dependencies. */
  dependsOnIds?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  dueOn?: string | null | undefined;
  /** Null clears the override; a reason is required with one. */
  healthOverride?: Health | null | undefined;
  healthOverrideReason?: string | null | undefined;
  /** Absent to create one. */
  id?: string | number | null | undefined;
  ownerId?: string | number | null | undefined;
  phase?: ProgramPhase | null | undefined;
  programId: string | number;
  status?: MilestoneStatus | null | undefined;
  title?: string | null | undefined;
};

/** Where a milestone stands. */
export type MilestoneStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

/** Where a parallel run stands. */
export type ParallelRunStatus =
  /** Done; its summary is final. */
  | 'COMPLETED'
  /** Stopped by an error. */
  | 'FAILED'
  /** Billing and comparing. */
  | 'RUNNING';

export type ProgramGoalInput = {
  kpi: Kpi;
  target: string;
  title: string;
};

/** A phase of a migration program's roadmap. */
export type ProgramPhase =
  | 'COMMUNICATIONS'
  | 'CONFIGURATION'
  | 'CUTOVER'
  | 'DATA_MIGRATION'
  | 'DISCOVERY'
  | 'HYPERCARE'
  | 'PARALLEL_RUNS'
  | 'TRAINING';

/** A person's part on a subject. */
export type RaciResponsibility =
  /** Answers for it; exactly one per subject. */
  | 'ACCOUNTABLE'
  /** Asked before. */
  | 'CONSULTED'
  /** Told after. */
  | 'INFORMED'
  /** Does the work. */
  | 'RESPONSIBLE';

/** What a RACI assignment is about. */
export type RaciSubjectType =
  /** A checklist area; the key is the area (data_validation, technical_readiness, communications, training_support, contingency). */
  | 'AREA'
  /** A milestone; the key is its id. */
  | 'MILESTONE';

/** The colour of a go/no-go criterion. */
export type Rag =
  | 'AMBER'
  | 'GREEN'
  | 'RED';

/** How an account's invoices compare. */
export type ReconciliationStatus =
  /** Every line agrees within tolerance. */
  | 'MATCH'
  /** Switchboard bills it, the legacy system did not: revenue leakage. */
  | 'MISSING_IN_LEGACY'
  /** The legacy system billed it, Switchboard does not. */
  | 'MISSING_IN_NEW'
  /** Some line differs. */
  | 'VARIANCE';

/** Input of recordTrainingCompletion. */
export type RecordTrainingCompletionInput = {
  /** The day they completed it; not in the future. */
  completedOn: string;
  /** The module, of the trainee's program. */
  moduleId: string | number;
  /** The trainee. */
  traineeId: string | number;
};

/** Input of removeRaciAssignment. */
export type RemoveRaciAssignmentInput = {
  /** The assignment. */
  id: string | number;
};

export type RequestSignOffInput = {
  approvers: Array<SignOffApproverInput>;
  note?: string | null | undefined;
  /** Required with QUORUM. */
  quorum?: number | null | undefined;
  rule: SignOffRule;
  subjectId: string | number;
  subjectType: SignOffSubject;
  title?: string | null | undefined;
};

/** Input of reviewVariances: some accounts of a run, or every open variance of a cause. */
export type ReviewVariancesInput = {
  /** A corrected cause. */
  cause?: VarianceCause | null | undefined;
  /** Why (required to accept or mark a defect). */
  comment?: string | null | undefined;
  /** These accounts… */
  legacyAccountIds?: Array<string> | null | undefined;
  /** What the review concludes. */
  resolution: VarianceResolution;
  /** The run. */
  runId: string | number;
  /** …or every open variance with this cause. */
  whereCause?: VarianceCause | null | undefined;
};

/** Where a risk stands. */
export type RiskStatus =
  /** No longer a concern. */
  | 'CLOSED'
  /** Reduced to an acceptable level by its mitigation. */
  | 'MITIGATED'
  /** It happened; its contingency applies. */
  | 'OCCURRED'
  /** Live: counted on the heat map. */
  | 'OPEN';

/** What a console user may do. */
export type Role =
  /** Everything, including users, API keys and settings. */
  | 'ADMIN'
  /** Catalog, accounts, usage, invoices and the migration toolkit. */
  | 'BILLING'
  /** Milestones, checklist, war room and customer communications. */
  | 'PROGRAM'
  /** Reads everything outside settings; changes nothing. */
  | 'VIEWER';

/** Input of rollBackWave. */
export type RollBackWaveInput = {
  /** Why. */
  reason: string;
  /** The wave. */
  waveId: string | number;
};

export type SaveStatusReportInput = {
  body: string;
  programId: string | number;
};

export type ScopeEntryInput = {
  category: string;
  item: string;
};

/** Name a user or a role. */
export type SignOffApproverInput = {
  role?: Role | null | undefined;
  userId?: string | number | null | undefined;
};

/** An approver's decision. */
export type SignOffDecision =
  | 'APPROVED'
  | 'CHANGES_REQUESTED'
  | 'REJECTED';

/** How many approvers must approve. */
export type SignOffRule =
  | 'ALL'
  | 'ANY'
  | 'QUORUM';

/** Where a sign-off request stands. */
export type SignOffStatus =
  | 'APPROVED'
  | 'CHANGES_REQUESTED'
  /** The evidence it approved has changed since; request it again. */
  | 'INVALIDATED'
  | 'PENDING'
  | 'REJECTED';

/** What a sign-off approves. */
export type SignOffSubject =
  | 'CHECKLIST_ITEM'
  | 'MILESTONE'
  /** A parallel run's reconciliation report. */
  | 'PARALLEL_RUN';

export type StakeholderInput = {
  email?: string | null | undefined;
  name: string;
  role: string;
};

/** Input of startParallelRun. */
export type StartParallelRunInput = {
  /** The import whose period to re-bill. */
  importId: string | number;
  /** Per line type; exact to the cent where none is given. */
  tolerances?: Array<LineToleranceInput> | null | undefined;
};

/** Which system bills an account. */
export type SystemOfRecord =
  /** The legacy billing system (a migrated account not cut over yet). */
  | 'LEGACY'
  /** Switchboard. */
  | 'SWITCHBOARD';

/** Input of undoTrainingCompletion. */
export type UndoTrainingCompletionInput = {
  /** The module. */
  moduleId: string | number;
  /** The trainee. */
  traineeId: string | number;
};

export type UpdateCharterInput = {
  assumptions?: Array<string> | null | undefined;
  constraints?: Array<string> | null | undefined;
  goals?: Array<ProgramGoalInput> | null | undefined;
  programId: string | number;
  scopeIn?: Array<ScopeEntryInput> | null | undefined;
  scopeOut?: Array<ScopeEntryInput> | null | undefined;
  stakeholders?: Array<StakeholderInput> | null | undefined;
};

/** Input of updateRisk: what is left out stays as it is. */
export type UpdateRiskInput = {
  /** Checklist items of the same program; replaces the list. */
  checklistItemIds?: Array<string | number> | null | undefined;
  /** What happens if it occurs. */
  contingency?: string | null | undefined;
  /** More about it. */
  description?: string | null | undefined;
  /** The risk. */
  id: string | number;
  /** 1 (negligible) to 5 (severe). */
  impact?: number | null | undefined;
  /** Milestones of the same program; replaces the list. */
  milestoneIds?: Array<string | number> | null | undefined;
  /** What is done about it. */
  mitigation?: string | null | undefined;
  /** Who watches it; null clears the owner. */
  ownerId?: string | number | null | undefined;
  /** 1 (rare) to 5 (almost certain). */
  probability?: number | null | undefined;
  /** When to review it next; null clears it. */
  reviewOn?: string | null | undefined;
  /** Where it stands. */
  status?: RiskStatus | null | undefined;
  /** What could go wrong, in a line. */
  title?: string | null | undefined;
  /** The sign that it is occurring. */
  trigger?: string | null | undefined;
};

/** Why a user-fixable problem stopped a mutation. */
export type UserErrorCode =
  /** The value is not acceptable (format, length, range). */
  | 'INVALID'
  /** The thing cannot change this way in its current state. */
  | 'INVALID_STATE'
  /** The thing referred to does not exist. */
  | 'NOT_FOUND'
  /** A value is missing. */
  | 'REQUIRED'
  /** The value must be unique and is already used. */
  | 'TAKEN';

/** Why an account's invoices differ. */
export type VarianceCause =
  /** A discount line differs. */
  | 'DISCOUNT'
  /** The legacy system issued no invoice. */
  | 'NOT_BILLED_IN_LEGACY'
  /** Switchboard makes no invoice. */
  | 'NOT_BILLED_IN_NEW'
  /** Something else. */
  | 'OTHER'
  /** A recurring line at the same price over other days. */
  | 'PRORATION'
  /** Same usage, different amount: a rate question. */
  | 'RATE'
  /** A recurring line at another unit price. */
  | 'RECURRING_PRICE'
  /** Only tax lines differ. */
  | 'TAX'
  /** Different usage quantities: records missing on one side. */
  | 'USAGE_MISSING';

/** Where the review of a variance stands. */
export type VarianceResolution =
  /** The difference is accepted as it is. */
  | 'ACCEPTED'
  /** The cause is confirmed (or corrected); the difference is understood. */
  | 'CONFIRMED'
  /** A defect in Switchboard's setup to fix before cutover. */
  | 'DEFECT'
  /** Not reviewed yet. */
  | 'OPEN';

export type MigrationImportListQueryVariables = Exact<{ [key: string]: never; }>;


export type MigrationImportListQuery = { migrationImports: Array<{ id: string, sourceName: string, sourceSystem: string | null, periodStart: string, periodEnd: string, status: MigrationImportStatus, unrated: number, createdBy: string, createdAt: string, files: Array<{ file: string, read: number, imported: number, duplicates: number, conflicts: number, rejected: number }>, parallelRuns: Array<{ id: string }>, waves: Array<{ id: string }> }> };

export type MigrationImportReportQueryVariables = Exact<{
  id: string | number;
}>;


export type MigrationImportReportQuery = { migrationImport: { id: string, sourceName: string, sourceSystem: string | null, periodStart: string, periodEnd: string, status: MigrationImportStatus, unrated: number, createdBy: string, createdAt: string, finishedAt: string | null, usageIngestion: { id: string, unrated: number } | null, waves: Array<{ id: string, name: string, status: CutoverWaveStatus, accountCount: number }>, validation: { referenceProblemCount: number, usageOutsidePeriod: number, clean: boolean, files: Array<{ file: string, expectedRows: number | null, read: number, imported: number, duplicates: number, conflicts: number, rejected: number, matchesManifest: boolean }>, referenceProblems: Array<{ file: string, line: number | null, legacyId: string | null, reason: string }>, subscriptionsOutsideLifetimes: Array<{ legacyId: string, accountRef: string, problem: string }>, usageOutsideLifetimes: Array<{ accountRef: string, records: number, firstAt: string, lastAt: string }>, unratedUsage: Array<{ reason: string, records: number }>, openingBalances: Array<{ currency: string, accounts: number, total: string }> } | null } | null };

export type MigrationImportRunsQueryVariables = Exact<{
  importId: string | number;
}>;


export type MigrationImportRunsQuery = { parallelRuns: Array<{ id: string, status: ParallelRunStatus, createdAt: string, createdBy: string, error: string | null, tolerances: Array<{ lineType: string, amount: string }>, summary: { invoiceAccuracy: string | null, matching: number, invoicesCompared: number, arpuPreservation: string | null, currency: string | null, totalDifference: string | null, byCurrency: Array<{ currency: string, totalDifference: string }> } | null }> };

export type MigrationStartParallelRunMutationVariables = Exact<{
  input: StartParallelRunInput;
}>;


export type MigrationStartParallelRunMutation = { startParallelRun: { parallelRun: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MigrationProblemRowsQueryVariables = Exact<{
  id: string | number;
  file?: string | null | undefined;
  usage: boolean;
}>;


export type MigrationProblemRowsQuery = { migrationImport: { problems?: Array<{ line: number | null, legacyId: string | null, kind: IngestionProblemKind, reason: string, raw: string | null }>, usageIngestion?: { problems: Array<{ line: number | null, kind: IngestionProblemKind, reason: string, raw: string | null, legacyId: string | null }> } | null } | null };

export type MigrationValidationReportFragment = { referenceProblemCount: number, usageOutsidePeriod: number, clean: boolean, referenceProblems: Array<{ file: string, line: number | null, legacyId: string | null, reason: string }>, subscriptionsOutsideLifetimes: Array<{ legacyId: string, accountRef: string, problem: string }>, usageOutsideLifetimes: Array<{ accountRef: string, records: number, firstAt: string, lastAt: string }>, unratedUsage: Array<{ reason: string, records: number }>, openingBalances: Array<{ currency: string, accounts: number, total: string }> };

export type MigrationCreateWaveMutationVariables = Exact<{
  input: CreateCutoverWaveInput;
}>;


export type MigrationCreateWaveMutation = { createCutoverWave: { wave: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MigrationWaveCardFragment = { id: string, name: string, position: number, status: CutoverWaveStatus, cutoverDate: string | null, accountCount: number, cutOverAt: string | null, rolledBackAt: string | null, createdAt: string, accounts: Array<{ openingBalance: string | null, account: { id: string, externalId: string, name: string, currency: string, systemOfRecord: SystemOfRecord }, openingInvoice: { id: string, number: string | null, total: string, currency: string, status: InvoiceStatus } | null }>, events: Array<{ action: string, detail: string, actor: string, at: string }>, rollbackExport: Array<{ name: string, content: string }> | null };

export type MigrationCutOverWaveMutationVariables = Exact<{
  input: CutOverWaveInput;
}>;


export type MigrationCutOverWaveMutation = { cutOverWave: { wave: { id: string, status: CutoverWaveStatus } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MigrationRollBackWaveMutationVariables = Exact<{
  input: RollBackWaveInput;
}>;


export type MigrationRollBackWaveMutation = { rollBackWave: { clean: boolean, wave: { id: string, status: CutoverWaveStatus } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MigrationWavesQueryVariables = Exact<{
  id: string | number;
}>;


export type MigrationWavesQuery = { migrationImport: { id: string, sourceName: string, periodStart: string, periodEnd: string, status: MigrationImportStatus, parallelRuns: Array<{ id: string, status: ParallelRunStatus, createdAt: string }>, waves: Array<{ id: string, name: string, position: number, status: CutoverWaveStatus, cutoverDate: string | null, accountCount: number, cutOverAt: string | null, rolledBackAt: string | null, createdAt: string, accounts: Array<{ openingBalance: string | null, account: { id: string, externalId: string, name: string, currency: string, systemOfRecord: SystemOfRecord }, openingInvoice: { id: string, number: string | null, total: string, currency: string, status: InvoiceStatus } | null }>, events: Array<{ action: string, detail: string, actor: string, at: string }>, rollbackExport: Array<{ name: string, content: string }> | null }> } | null };

export type MigrationAccountComparisonQueryVariables = Exact<{
  id: string | number;
  account: string;
}>;


export type MigrationAccountComparisonQuery = { parallelRun: { account: { legacyAccountId: string, accountName: string | null, status: ReconciliationStatus, legacySubtotal: string | null, legacyTaxTotal: string | null, legacyTotal: string | null, newSubtotal: string | null, newTaxTotal: string | null, newTotal: string | null, difference: string, suggestedCause: VarianceCause | null, cause: VarianceCause | null, resolution: VarianceResolution, comment: string | null, reviewedBy: string | null, reviewedAt: string | null, lines: Array<{ lineType: string, key: string, productCode: string | null, description: string | null, legacyQuantity: string | null, newQuantity: string | null, legacyUnitPrice: string | null, newUnitPrice: string | null, legacyAmount: string | null, newAmount: string | null, difference: string, differs: boolean }>, account: { id: string, currency: string, systemOfRecord: SystemOfRecord } | null } | null } | null };

export type MigrationReviewVariancesMutationVariables = Exact<{
  input: ReviewVariancesInput;
}>;


export type MigrationReviewVariancesMutation = { reviewVariances: { accounts: Array<{ legacyAccountId: string, resolution: VarianceResolution, cause: VarianceCause | null }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MigrationRunChangeSideFragment = { status: ReconciliationStatus, difference: string, suggestedCause: VarianceCause | null };

export type MigrationRunChangesQueryVariables = Exact<{
  later: string | number;
  earlier?: string | number | null | undefined;
}>;


export type MigrationRunChangesQuery = { parallelRun: { changesSince: Array<{ legacyAccountId: string, accountName: string | null, before: { status: ReconciliationStatus, difference: string, suggestedCause: VarianceCause | null } | null, after: { status: ReconciliationStatus, difference: string, suggestedCause: VarianceCause | null } | null }> } | null };

export type MigrationRunDashboardQueryVariables = Exact<{
  id: string | number;
}>;


export type MigrationRunDashboardQuery = { parallelRun: { id: string, status: ParallelRunStatus, createdAt: string, createdBy: string, error: string | null, periodStart: string, periodEnd: string, tolerances: Array<{ lineType: string, amount: string }>, summary: { invoicesCompared: number, matching: number, invoiceAccuracy: string | null, legacyInvoices: number, newInvoices: number, variances: number, missingInLegacy: number, missingInNew: number, currency: string | null, legacyArpu: string | null, newArpu: string | null, arpuPreservation: string | null, totalDifference: string | null, leakage: string | null, byCurrency: Array<{ currency: string, legacyArpu: string | null, newArpu: string | null, arpuPreservation: string | null, totalDifference: string, leakage: string }> } | null, import: { id: string, sourceName: string, parallelRuns: Array<{ id: string, createdAt: string, status: ParallelRunStatus }> } } | null };

export type MigrationRunSummaryFragment = { invoicesCompared: number, matching: number, invoiceAccuracy: string | null, legacyInvoices: number, newInvoices: number, variances: number, missingInLegacy: number, missingInNew: number, currency: string | null, legacyArpu: string | null, newArpu: string | null, arpuPreservation: string | null, totalDifference: string | null, leakage: string | null, byCurrency: Array<{ currency: string, legacyArpu: string | null, newArpu: string | null, arpuPreservation: string | null, totalDifference: string, leakage: string }> };

export type ProgramKpiValueFragment = { kpi: Kpi, value: string | null, currency: string | null, target: string | null, meetsTarget: boolean | null, trend: Array<{ label: string, value: string | null }> };

export type ProgramStatusReportFragment = { id: string, coversUntil: string, body: string, author: string, createdAt: string };

export type ProgramSaveStatusReportMutationVariables = Exact<{
  input: SaveStatusReportInput;
}>;


export type ProgramSaveStatusReportMutation = { saveStatusReport: { report: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CharterQueryVariables = Exact<{ [key: string]: never; }>;


export type CharterQuery = { program: { id: string, name: string, charter: { assumptions: Array<string>, constraints: Array<string>, goals: Array<{ id: string, title: string, kpi: Kpi, target: string }>, stakeholders: Array<{ name: string, role: string, email: string | null }>, scopeIn: Array<{ category: string, item: string }>, scopeOut: Array<{ category: string, item: string }> } } | null };

export type ProgramCharterFragment = { assumptions: Array<string>, constraints: Array<string>, goals: Array<{ id: string, title: string, kpi: Kpi, target: string }>, stakeholders: Array<{ name: string, role: string, email: string | null }>, scopeIn: Array<{ category: string, item: string }>, scopeOut: Array<{ category: string, item: string }> };

export type CharterUpdateMutationVariables = Exact<{
  input: UpdateCharterInput;
}>;


export type CharterUpdateMutation = { updateCharter: { program: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ChecklistQueryVariables = Exact<{
  filter?: ChecklistFilter | null | undefined;
}>;


export type ChecklistQuery = { program: { id: string, name: string, checklist: Array<{ id: string, standardKey: string | null, area: ChecklistArea, title: string, dueOn: string | null, blocking: boolean, status: ChecklistItemStatus, statusBy: string | null, statusAt: string | null, notes: string, evidenceLinks: Array<string>, overdue: boolean, checkState: CheckState, checkDetail: string | null, owner: { id: string, name: string } | null, check: { kind: EvidenceCheckKind, threshold: string | null, min: string | null, max: string | null, tolerance: string | null, area: ChecklistArea | null, description: string } | null, conditionOf: { id: string, title: string } | null, signOffs: Array<{ id: string, title: string, status: SignOffStatus, invalidationReason: string | null }> }> } | null };

export type ChecklistItemRowFragment = { id: string, standardKey: string | null, area: ChecklistArea, title: string, dueOn: string | null, blocking: boolean, status: ChecklistItemStatus, statusBy: string | null, statusAt: string | null, notes: string, evidenceLinks: Array<string>, overdue: boolean, checkState: CheckState, checkDetail: string | null, owner: { id: string, name: string } | null, check: { kind: EvidenceCheckKind, threshold: string | null, min: string | null, max: string | null, tolerance: string | null, area: ChecklistArea | null, description: string } | null, conditionOf: { id: string, title: string } | null, signOffs: Array<{ id: string, title: string, status: SignOffStatus, invalidationReason: string | null }> };

export type ChecklistSaveItemMutationVariables = Exact<{
  input: ChecklistItemInput;
}>;


export type ChecklistSaveItemMutation = { saveChecklistItem: { item: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DecisionLogQueryVariables = Exact<{
  id: string | number;
  category?: DecisionCategory | null | undefined;
}>;


export type DecisionLogQuery = { decisionLog: Array<{ id: string, category: DecisionCategory, title: string, body: string, decidedOn: string, author: string, createdAt: string, authorUser: { name: string } | null }> };

export type DecisionLogAddEntryMutationVariables = Exact<{
  input: LogDecisionInput;
}>;


export type DecisionLogAddEntryMutation = { logDecision: { entry: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type GoNoGoDecideMutationVariables = Exact<{
  input: DecideGoNoGoInput;
}>;


export type GoNoGoDecideMutation = { decideGoNoGo: { review: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type GoNoGoQueryVariables = Exact<{ [key: string]: never; }>;


export type GoNoGoQuery = { program: { id: string, name: string, goNoGoReviews: Array<{ id: string, title: string, scheduledAt: string, outcome: GoNoGoOutcome | null, outcomeNote: string | null, pointOfNoReturn: string | null, decidedBy: string | null, decidedAt: string | null, scorecard: Array<{ label: string, source: string, sourceId: string | null, rag: Rag, detail: string }>, votes: Array<{ role: string, vote: GoNoGoOutcome, comment: string, at: string, user: { id: string, name: string } }>, conditions: Array<{ id: string, title: string, status: ChecklistItemStatus, dueOn: string | null, owner: { id: string, name: string } | null }>, rollbackOwner: { id: string, name: string } | null }> } | null };

export type GoNoGoCreateReviewMutationVariables = Exact<{
  input: CreateGoNoGoReviewInput;
}>;


export type GoNoGoCreateReviewMutation = { createGoNoGoReview: { review: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type GoNoGoReviewCardFragment = { id: string, title: string, scheduledAt: string, outcome: GoNoGoOutcome | null, outcomeNote: string | null, pointOfNoReturn: string | null, decidedBy: string | null, decidedAt: string | null, scorecard: Array<{ label: string, source: string, sourceId: string | null, rag: Rag, detail: string }>, votes: Array<{ role: string, vote: GoNoGoOutcome, comment: string, at: string, user: { id: string, name: string } }>, conditions: Array<{ id: string, title: string, status: ChecklistItemStatus, dueOn: string | null, owner: { id: string, name: string } | null }>, rollbackOwner: { id: string, name: string } | null };

export type GoNoGoCastVoteMutationVariables = Exact<{
  input: CastGoNoGoVoteInput;
}>;


export type GoNoGoCastVoteMutation = { castGoNoGoVote: { review: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ProgramOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramOverviewQuery = { program: { id: string, name: string, health: Health, healthReasons: Array<string>, statusReportDraft: string, import: { id: string, sourceName: string } | null, nextMilestones: Array<{ id: string, title: string, dueOn: string, status: MilestoneStatus, health: Health, healthReasons: Array<string>, owner: { id: string, name: string } | null }>, blockingItems: Array<{ id: string, title: string, area: ChecklistArea, dueOn: string | null, overdue: boolean, owner: { id: string, name: string } | null }>, kpis: Array<{ kpi: Kpi, value: string | null, currency: string | null, target: string | null, meetsTarget: boolean | null, trend: Array<{ label: string, value: string | null }> }>, statusReports: Array<{ id: string, coversUntil: string, body: string, author: string, createdAt: string }> } | null };

export type ProgramOverviewAwaitingMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramOverviewAwaitingMeQuery = { mySignOffRequests: Array<{ id: string }> };

export type RaciAssignMutationVariables = Exact<{
  input: AssignRaciInput;
}>;


export type RaciAssignMutation = { assignRaci: { assignment: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RaciRegisterQueryVariables = Exact<{
  id: string | number;
}>;


export type RaciRegisterQuery = { raciMatrix: Array<{ subjectType: RaciSubjectType, subjectKey: string, label: string, missingAccountable: boolean, assignments: Array<{ id: string, responsibility: RaciResponsibility, escalationLevel: number | null, phone: string | null, user: { id: string, name: string, email: string } }> }>, pointOfContactMatrix: Array<{ area: string, label: string, accountable: { name: string, email: string, phone: string | null, responsibility: RaciResponsibility, escalationLevel: number | null } | null, responsible: Array<{ name: string, email: string, phone: string | null, responsibility: RaciResponsibility, escalationLevel: number | null }>, escalationPath: Array<{ name: string, email: string, phone: string | null, responsibility: RaciResponsibility, escalationLevel: number | null }> }> };

export type RaciContactFieldsFragment = { name: string, email: string, phone: string | null, responsibility: RaciResponsibility, escalationLevel: number | null };

export type RaciRemoveAssignmentMutationVariables = Exact<{
  input: RemoveRaciAssignmentInput;
}>;


export type RaciRemoveAssignmentMutation = { removeRaciAssignment: { userErrors: Array<{ message: string }> } };

export type RiskRegisterRowFragment = { id: string, title: string, description: string, probability: number, impact: number, score: number, mitigation: string, contingency: string, trigger: string, reviewOn: string | null, reviewOverdue: boolean, status: RiskStatus, owner: { id: string, name: string, email: string } | null };

export type RiskFormCreateMutationVariables = Exact<{
  input: CreateRiskInput;
}>;


export type RiskFormCreateMutation = { createRisk: { risk: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RiskFormUpdateMutationVariables = Exact<{
  input: UpdateRiskInput;
}>;


export type RiskFormUpdateMutation = { updateRisk: { risk: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RiskHeatMapCellsFragment = { openRisks: number, cells: Array<{ probability: number, impact: number, score: number, count: number }> };

export type RiskRegisterQueryVariables = Exact<{
  id: string | number;
  status?: RiskStatus | null | undefined;
  overdue?: boolean | null | undefined;
}>;


export type RiskRegisterQuery = { riskHeatMap: { openRisks: number, cells: Array<{ probability: number, impact: number, score: number, count: number }> } | null, risks: Array<{ id: string, title: string, description: string, probability: number, impact: number, score: number, mitigation: string, contingency: string, trigger: string, reviewOn: string | null, reviewOverdue: boolean, status: RiskStatus, owner: { id: string, name: string, email: string } | null }> };

export type RoadmapSaveMilestoneMutationVariables = Exact<{
  input: MilestoneInput;
}>;


export type RoadmapSaveMilestoneMutation = { saveMilestone: { milestone: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RoadmapMilestoneFragment = { id: string, standardKey: string | null, phase: ProgramPhase, title: string, description: string, dueOn: string, status: MilestoneStatus, completedAt: string | null, health: Health, suggestedHealth: Health, healthReasons: Array<string>, healthOverride: Health | null, healthOverrideReason: string | null, checkState: CheckState, checkDetail: string | null, owner: { id: string, name: string } | null, dependsOn: Array<{ id: string, title: string, dueOn: string, status: MilestoneStatus }>, lateDependencies: Array<{ id: string, title: string, dueOn: string, status: MilestoneStatus }>, check: { kind: EvidenceCheckKind, threshold: string | null, min: string | null, max: string | null, tolerance: string | null, area: ChecklistArea | null, description: string } | null, signOffs: Array<{ id: string, title: string, status: SignOffStatus, invalidationReason: string | null }> };

export type RoadmapQueryVariables = Exact<{ [key: string]: never; }>;


export type RoadmapQuery = { program: { id: string, name: string, phases: Array<{ phase: ProgramPhase, startsOn: string, endsOn: string }>, milestones: Array<{ id: string, standardKey: string | null, phase: ProgramPhase, title: string, description: string, dueOn: string, status: MilestoneStatus, completedAt: string | null, health: Health, suggestedHealth: Health, healthReasons: Array<string>, healthOverride: Health | null, healthOverrideReason: string | null, checkState: CheckState, checkDetail: string | null, owner: { id: string, name: string } | null, dependsOn: Array<{ id: string, title: string, dueOn: string, status: MilestoneStatus }>, lateDependencies: Array<{ id: string, title: string, dueOn: string, status: MilestoneStatus }>, check: { kind: EvidenceCheckKind, threshold: string | null, min: string | null, max: string | null, tolerance: string | null, area: ChecklistArea | null, description: string } | null, signOffs: Array<{ id: string, title: string, status: SignOffStatus, invalidationReason: string | null }> }> } | null };

export type RoadmapPhaseSpanFragment = { phase: ProgramPhase, startsOn: string, endsOn: string };

export type SignOffCardRequestFragment = { id: string, subjectType: SignOffSubject, subjectId: string, title: string, rule: SignOffRule, quorum: number | null, note: string, status: SignOffStatus, evidenceHash: string, evidence: string, requestedBy: string, createdAt: string, decidedAt: string | null, invalidatedAt: string | null, invalidationReason: string | null, awaitingMe: boolean, approvers: Array<{ id: string, role: Role | null, decision: SignOffDecision | null, comment: string | null, decidedBy: string | null, decidedAt: string | null, user: { id: string, name: string } | null }> };

export type SignOffsDecideMutationVariables = Exact<{
  input: DecideSignOffInput;
}>;


export type SignOffsDecideMutation = { decideSignOff: { signOff: { id: string, status: SignOffStatus } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SignOffsQueryVariables = Exact<{
  status?: SignOffStatus | null | undefined;
}>;


export type SignOffsQuery = { program: { id: string, name: string, signOffRequests: Array<{ id: string, subjectType: SignOffSubject, subjectId: string, title: string, rule: SignOffRule, quorum: number | null, note: string, status: SignOffStatus, evidenceHash: string, evidence: string, requestedBy: string, createdAt: string, decidedAt: string | null, invalidatedAt: string | null, invalidationReason: string | null, awaitingMe: boolean, approvers: Array<{ id: string, role: Role | null, decision: SignOffDecision | null, comment: string | null, decidedBy: string | null, decidedAt: string | null, user: { id: string, name: string } | null }> }> } | null };

export type SignOffsInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type SignOffsInboxQuery = { mySignOffRequests: Array<{ id: string, subjectType: SignOffSubject, subjectId: string, title: string, rule: SignOffRule, quorum: number | null, note: string, status: SignOffStatus, evidenceHash: string, evidence: string, requestedBy: string, createdAt: string, decidedAt: string | null, invalidatedAt: string | null, invalidationReason: string | null, awaitingMe: boolean, approvers: Array<{ id: string, role: Role | null, decision: SignOffDecision | null, comment: string | null, decidedBy: string | null, decidedAt: string | null, user: { id: string, name: string } | null }> }> };

export type TrainingCreateModuleMutationVariables = Exact<{
  input: CreateTrainingModuleInput;
}>;


export type TrainingCreateModuleMutation = { createTrainingModule: { module: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TrainingAddTraineeMutationVariables = Exact<{
  input: AddTraineeInput;
}>;


export type TrainingAddTraineeMutation = { addTrainee: { trainee: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TrainingTrackerQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingTrackerQuery = { trainingGrid: { modules: Array<{ id: string, title: string, audience: string, required: boolean }>, rows: Array<{ trainee: { id: string, name: string, email: string | null, team: string }, cells: Array<{ moduleId: string, completedOn: string | null, recordedBy: string | null }> }> } | null, trainingCompletion: { requiredModules: number, trainees: number, completed: number, expected: number, ratio: string, complete: boolean } | null };

export type TrainingRecordCompletionMutationVariables = Exact<{
  input: RecordTrainingCompletionInput;
}>;


export type TrainingRecordCompletionMutation = { recordTrainingCompletion: { userErrors: Array<{ message: string }> } };

export type TrainingUndoCompletionMutationVariables = Exact<{
  input: UndoTrainingCompletionInput;
}>;


export type TrainingUndoCompletionMutation = { undoTrainingCompletion: { userErrors: Array<{ message: string }> } };

export type InvoiceListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: InvoiceFilter | null | undefined;
}>;


export type InvoiceListQuery = { invoices: { edges: Array<{ node: { id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, periodStart: string, periodEnd: string, issueDate: string | null, dueDate: string | null, total: string, amountDue: string | null, account: { id: string, externalId: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MigrationReconciledAccountFragment = { legacyAccountId: string, accountName: string | null, status: ReconciliationStatus, legacySubtotal: string | null, legacyTaxTotal: string | null, legacyTotal: string | null, newSubtotal: string | null, newTaxTotal: string | null, newTotal: string | null, difference: string, suggestedCause: VarianceCause | null, cause: VarianceCause | null, resolution: VarianceResolution, comment: string | null, reviewedBy: string | null, reviewedAt: string | null, account: { id: string, currency: string, systemOfRecord: SystemOfRecord } | null };

export type MigrationRunAccountsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type MigrationRunAccountsQuery = { parallelRun: { accounts: Array<{ legacyAccountId: string, accountName: string | null, status: ReconciliationStatus, legacySubtotal: string | null, legacyTaxTotal: string | null, legacyTotal: string | null, newSubtotal: string | null, newTaxTotal: string | null, newTotal: string | null, difference: string, suggestedCause: VarianceCause | null, cause: VarianceCause | null, resolution: VarianceResolution, comment: string | null, reviewedBy: string | null, reviewedAt: string | null, account: { id: string, currency: string, systemOfRecord: SystemOfRecord } | null }> } | null };

export type ProgramEvidenceCheckFragment = { kind: EvidenceCheckKind, threshold: string | null, min: string | null, max: string | null, tolerance: string | null, area: ChecklistArea | null, description: string };

export type ProgramRequestSignOffMutationVariables = Exact<{
  input: RequestSignOffInput;
}>;


export type ProgramRequestSignOffMutation = { requestSignOff: { signOff: { id: string, status: SignOffStatus } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ProgramSignOffSummaryFragment = { id: string, title: string, status: SignOffStatus, invalidationReason: string | null };

export type StartProgramImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type StartProgramImportsQuery = { migrationImports: Array<{ id: string, sourceName: string, status: MigrationImportStatus, periodStart: string, periodEnd: string }> };

export type StartProgramCreateMutationVariables = Exact<{
  input: CreateProgramInput;
}>;


export type StartProgramCreateMutation = { createProgram: { program: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CurrentProgramQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type CurrentProgramQuery = { program: { id: string, name: string } | null };

export type ProgramPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramPeopleQuery = { people: Array<{ id: string, name: string, email: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MigrationValidationReportFragmentDoc = new TypedDocumentString(`
    fragment MigrationValidationReport on ValidationReport {
  referenceProblems {
    file
    line
    legacyId
    reason
  }
  referenceProblemCount
  subscriptionsOutsideLifetimes {
    legacyId
    accountRef
    problem
  }
  usageOutsideLifetimes {
    accountRef
    records
    firstAt
    lastAt
  }
  usageOutsidePeriod
  unratedUsage {
    reason
    records
  }
  openingBalances {
    currency
    accounts
    total
  }
  clean
}
    `, {"fragmentName":"MigrationValidationReport"}) as unknown as TypedDocumentString<MigrationValidationReportFragment, unknown>;
export const MigrationWaveCardFragmentDoc = new TypedDocumentString(`
    fragment MigrationWaveCard on CutoverWave {
  id
  name
  position
  status
  cutoverDate
  accountCount
  cutOverAt
  rolledBackAt
  createdAt
  accounts {
    account {
      id
      externalId
      name
      currency
      systemOfRecord
    }
    openingBalance
    openingInvoice {
      id
      number
      total
      currency
      status
    }
  }
  events {
    action
    detail
    actor
    at
  }
  rollbackExport {
    name
    content
  }
}
    `, {"fragmentName":"MigrationWaveCard"}) as unknown as TypedDocumentString<MigrationWaveCardFragment, unknown>;
export const MigrationRunChangeSideFragmentDoc = new TypedDocumentString(`
    fragment MigrationRunChangeSide on ComparisonSide {
  status
  difference
  suggestedCause
}
    `, {"fragmentName":"MigrationRunChangeSide"}) as unknown as TypedDocumentString<MigrationRunChangeSideFragment, unknown>;
export const MigrationRunSummaryFragmentDoc = new TypedDocumentString(`
    fragment MigrationRunSummary on ParallelRunSummary {
  invoicesCompared
  matching
  invoiceAccuracy
  legacyInvoices
  newInvoices
  variances
  missingInLegacy
  missingInNew
  currency
  legacyArpu
  newArpu
  arpuPreservation
  totalDifference
  leakage
  byCurrency {
    currency
    legacyArpu
    newArpu
    arpuPreservation
    totalDifference
    leakage
  }
}
    `, {"fragmentName":"MigrationRunSummary"}) as unknown as TypedDocumentString<MigrationRunSummaryFragment, unknown>;
export const ProgramKpiValueFragmentDoc = new TypedDocumentString(`
    fragment ProgramKpiValue on KpiValue {
  kpi
  value
  currency
  target
  meetsTarget
  trend {
    label
    value
  }
}
    `, {"fragmentName":"ProgramKpiValue"}) as unknown as TypedDocumentString<ProgramKpiValueFragment, unknown>;
export const ProgramStatusReportFragmentDoc = new TypedDocumentString(`
    fragment ProgramStatusReport on StatusReport {
  id
  coversUntil
  body
  author
  createdAt
}
    `, {"fragmentName":"ProgramStatusReport"}) as unknown as TypedDocumentString<ProgramStatusReportFragment, unknown>;
export const ProgramCharterFragmentDoc = new TypedDocumentString(`
    fragment ProgramCharter on Charter {
  goals {
    id
    title
    kpi
    target
  }
  stakeholders {
    name
    role
    email
  }
  scopeIn {
    category
    item
  }
  scopeOut {
    category
    item
  }
  assumptions
  constraints
}
    `, {"fragmentName":"ProgramCharter"}) as unknown as TypedDocumentString<ProgramCharterFragment, unknown>;
export const ProgramEvidenceCheckFragmentDoc = new TypedDocumentString(`
    fragment ProgramEvidenceCheck on EvidenceCheck {
  kind
  threshold
  min
  max
  tolerance
  area
  description
}
    `, {"fragmentName":"ProgramEvidenceCheck"}) as unknown as TypedDocumentString<ProgramEvidenceCheckFragment, unknown>;
export const ProgramSignOffSummaryFragmentDoc = new TypedDocumentString(`
    fragment ProgramSignOffSummary on SignOffRequest {
  id
  title
  status
  invalidationReason
}
    `, {"fragmentName":"ProgramSignOffSummary"}) as unknown as TypedDocumentString<ProgramSignOffSummaryFragment, unknown>;
export const ChecklistItemRowFragmentDoc = new TypedDocumentString(`
    fragment ChecklistItemRow on ChecklistItem {
  id
  standardKey
  area
  title
  owner {
    id
    name
  }
  dueOn
  blocking
  status
  statusBy
  statusAt
  notes
  evidenceLinks
  overdue
  check {
    ...ProgramEvidenceCheck
  }
  checkState
  checkDetail
  conditionOf {
    id
    title
  }
  signOffs {
    ...ProgramSignOffSummary
  }
}
    fragment ProgramEvidenceCheck on EvidenceCheck {
  kind
  threshold
  min
  max
  tolerance
  area
  description
}
fragment ProgramSignOffSummary on SignOffRequest {
  id
  title
  status
  invalidationReason
}`, {"fragmentName":"ChecklistItemRow"}) as unknown as TypedDocumentString<ChecklistItemRowFragment, unknown>;
export const GoNoGoReviewCardFragmentDoc = new TypedDocumentString(`
    fragment GoNoGoReviewCard on GoNoGoReview {
  id
  title
  scheduledAt
  scorecard {
    label
    source
    sourceId
    rag
    detail
  }
  votes {
    user {
      id
      name
    }
    role
    vote
    comment
    at
  }
  outcome
  outcomeNote
  conditions {
    id
    title
    status
    owner {
      id
      name
    }
    dueOn
  }
  rollbackOwner {
    id
    name
  }
  pointOfNoReturn
  decidedBy
  decidedAt
}
    `, {"fragmentName":"GoNoGoReviewCard"}) as unknown as TypedDocumentString<GoNoGoReviewCardFragment, unknown>;
export const RaciContactFieldsFragmentDoc = new TypedDocumentString(`
    fragment RaciContactFields on ProgramContact {
  name
  email
  phone
  responsibility
  escalationLevel
}
    `, {"fragmentName":"RaciContactFields"}) as unknown as TypedDocumentString<RaciContactFieldsFragment, unknown>;
export const RiskRegisterRowFragmentDoc = new TypedDocumentString(`
    fragment RiskRegisterRow on Risk {
  id
  title
  description
  probability
  impact
  score
  owner {
    id
    name
    email
  }
  mitigation
  contingency
  trigger
  reviewOn
  reviewOverdue
  status
}
    `, {"fragmentName":"RiskRegisterRow"}) as unknown as TypedDocumentString<RiskRegisterRowFragment, unknown>;
export const RiskHeatMapCellsFragmentDoc = new TypedDocumentString(`
    fragment RiskHeatMapCells on RiskHeatMap {
  openRisks
  cells {
    probability
    impact
    score
    count
  }
}
    `, {"fragmentName":"RiskHeatMapCells"}) as unknown as TypedDocumentString<RiskHeatMapCellsFragment, unknown>;
export const RoadmapMilestoneFragmentDoc = new TypedDocumentString(`
    fragment RoadmapMilestone on Milestone {
  id
  standardKey
  phase
  title
  description
  owner {
    id
    name
  }
  dueOn
  status
  completedAt
  health
  suggestedHealth
  healthReasons
  healthOverride
  healthOverrideReason
  dependsOn {
    id
    title
    dueOn
    status
  }
  lateDependencies {
    id
    title
    dueOn
    status
  }
  check {
    ...ProgramEvidenceCheck
  }
  checkState
  checkDetail
  signOffs {
    ...ProgramSignOffSummary
  }
}
    fragment ProgramEvidenceCheck on EvidenceCheck {
  kind
  threshold
  min
  max
  tolerance
  area
  description
}
fragment ProgramSignOffSummary on SignOffRequest {
  id
  title
  status
  invalidationReason
}`, {"fragmentName":"RoadmapMilestone"}) as unknown as TypedDocumentString<RoadmapMilestoneFragment, unknown>;
export const RoadmapPhaseSpanFragmentDoc = new TypedDocumentString(`
    fragment RoadmapPhaseSpan on PhaseSpan {
  phase
  startsOn
  endsOn
}
    `, {"fragmentName":"RoadmapPhaseSpan"}) as unknown as TypedDocumentString<RoadmapPhaseSpanFragment, unknown>;
export const SignOffCardRequestFragmentDoc = new TypedDocumentString(`
    fragment SignOffCardRequest on SignOffRequest {
  id
  subjectType
  subjectId
  title
  rule
  quorum
  note
  status
  evidenceHash
  evidence
  approvers {
    id
    user {
      id
      name
    }
    role
    decision
    comment
    decidedBy
    decidedAt
  }
  requestedBy
  createdAt
  decidedAt
  invalidatedAt
  invalidationReason
  awaitingMe
}
    `, {"fragmentName":"SignOffCardRequest"}) as unknown as TypedDocumentString<SignOffCardRequestFragment, unknown>;
export const MigrationReconciledAccountFragmentDoc = new TypedDocumentString(`
    fragment MigrationReconciledAccount on ReconciledAccount {
  legacyAccountId
  accountName
  account {
    id
    currency
    systemOfRecord
  }
  status
  legacySubtotal
  legacyTaxTotal
  legacyTotal
  newSubtotal
  newTaxTotal
  newTotal
  difference
  suggestedCause
  cause
  resolution
  comment
  reviewedBy
  reviewedAt
}
    `, {"fragmentName":"MigrationReconciledAccount"}) as unknown as TypedDocumentString<MigrationReconciledAccountFragment, unknown>;
export const MigrationImportListDocument = new TypedDocumentString(`
    query MigrationImportList {
  migrationImports(first: 50) {
    id
    sourceName
    sourceSystem
    periodStart
    periodEnd
    status
    unrated
    createdBy
    createdAt
    files {
      file
      read
      imported
      duplicates
      conflicts
      rejected
    }
    parallelRuns {
      id
    }
    waves {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MigrationImportListQuery, MigrationImportListQueryVariables>;
export const MigrationImportReportDocument = new TypedDocumentString(`
    query MigrationImportReport($id: ID!) {
  migrationImport(id: $id) {
    id
    sourceName
    sourceSystem
    periodStart
    periodEnd
    status
    unrated
    createdBy
    createdAt
    finishedAt
    usageIngestion {
      id
      unrated
    }
    waves {
      id
      name
      status
      accountCount
    }
    validation {
      files {
        file
        expectedRows
        read
        imported
        duplicates
        conflicts
        rejected
        matchesManifest
      }
      ...MigrationValidationReport
    }
  }
}
    fragment MigrationValidationReport on ValidationReport {
  referenceProblems {
    file
    line
    legacyId
    reason
  }
  referenceProblemCount
  subscriptionsOutsideLifetimes {
    legacyId
    accountRef
    problem
  }
  usageOutsideLifetimes {
    accountRef
    records
    firstAt
    lastAt
  }
  usageOutsidePeriod
  unratedUsage {
    reason
    records
  }
  openingBalances {
    currency
    accounts
    total
  }
  clean
}`) as unknown as TypedDocumentString<MigrationImportReportQuery, MigrationImportReportQueryVariables>;
export const MigrationImportRunsDocument = new TypedDocumentString(`
    query MigrationImportRuns($importId: ID!) {
  parallelRuns(importId: $importId) {
    id
    status
    createdAt
    createdBy
    error
    tolerances {
      lineType
      amount
    }
    summary {
      invoiceAccuracy
      matching
      invoicesCompared
      arpuPreservation
      currency
      totalDifference
      byCurrency {
        currency
        totalDifference
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MigrationImportRunsQuery, MigrationImportRunsQueryVariables>;
export const MigrationStartParallelRunDocument = new TypedDocumentString(`
    mutation MigrationStartParallelRun($input: StartParallelRunInput!) {
  startParallelRun(input: $input) {
    parallelRun {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MigrationStartParallelRunMutation, MigrationStartParallelRunMutationVariables>;
export const MigrationProblemRowsDocument = new TypedDocumentString(`
    query MigrationProblemRows($id: ID!, $file: String, $usage: Boolean!) {
  migrationImport(id: $id) {
    problems(file: $file) @skip(if: $usage) {
      line
      legacyId
      kind
      reason
      raw
    }
    usageIngestion @include(if: $usage) {
      problems(first: 200) {
        line
        legacyId: recordId
        kind
        reason
        raw
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MigrationProblemRowsQuery, MigrationProblemRowsQueryVariables>;
export const MigrationCreateWaveDocument = new TypedDocumentString(`
    mutation MigrationCreateWave($input: CreateCutoverWaveInput!) {
  createCutoverWave(input: $input) {
    wave {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MigrationCreateWaveMutation, MigrationCreateWaveMutationVariables>;
export const MigrationCutOverWaveDocument = new TypedDocumentString(`
    mutation MigrationCutOverWave($input: CutOverWaveInput!) {
  cutOverWave(input: $input) {
    wave {
      id
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MigrationCutOverWaveMutation, MigrationCutOverWaveMutationVariables>;
export const MigrationRollBackWaveDocument = new TypedDocumentString(`
    mutation MigrationRollBackWave($input: RollBackWaveInput!) {
  rollBackWave(input: $input) {
    wave {
      id
      status
    }
    clean
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MigrationRollBackWaveMutation, MigrationRollBackWaveMutationVariables>;
export const MigrationWavesDocument = new TypedDocumentString(`
    query MigrationWaves($id: ID!) {
  migrationImport(id: $id) {
    id
    sourceName
    periodStart
    periodEnd
    status
    parallelRuns {
      id
      status
      createdAt
    }
    waves {
      ...MigrationWaveCard
    }
  }
}
    fragment MigrationWaveCard on CutoverWave {
  id
  name
  position
  status
  cutoverDate
  accountCount
  cutOverAt
  rolledBackAt
  createdAt
  accounts {
    account {
      id
      externalId
      name
      currency
      systemOfRecord
    }
    openingBalance
    openingInvoice {
      id
      number
      total
      currency
      status
    }
  }
  events {
    action
    detail
    actor
    at
  }
  rollbackExport {
    name
    content
  }
}`) as unknown as TypedDocumentString<MigrationWavesQuery, MigrationWavesQueryVariables>;
export const MigrationAccountComparisonDocument = new TypedDocumentString(`
    query MigrationAccountComparison($id: ID!, $account: String!) {
  parallelRun(id: $id) {
    account(legacyAccountId: $account) {
      ...MigrationReconciledAccount
      lines {
        lineType
        key
        productCode
        description
        legacyQuantity
        newQuantity
        legacyUnitPrice
        newUnitPrice
        legacyAmount
        newAmount
        difference
        differs
      }
    }
  }
}
    fragment MigrationReconciledAccount on ReconciledAccount {
  legacyAccountId
  accountName
  account {
    id
    currency
    systemOfRecord
  }
  status
  legacySubtotal
  legacyTaxTotal
  legacyTotal
  newSubtotal
  newTaxTotal
  newTotal
  difference
  suggestedCause
  cause
  resolution
  comment
  reviewedBy
  reviewedAt
}`) as unknown as TypedDocumentString<MigrationAccountComparisonQuery, MigrationAccountComparisonQueryVariables>;
export const MigrationReviewVariancesDocument = new TypedDocumentString(`
    mutation MigrationReviewVariances($input: ReviewVariancesInput!) {
  reviewVariances(input: $input) {
    accounts {
      legacyAccountId
      resolution
      cause
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MigrationReviewVariancesMutation, MigrationReviewVariancesMutationVariables>;
export const MigrationRunChangesDocument = new TypedDocumentString(`
    query MigrationRunChanges($later: ID!, $earlier: ID) {
  parallelRun(id: $later) {
    changesSince(runId: $earlier) {
      legacyAccountId
      accountName
      before {
        ...MigrationRunChangeSide
      }
      after {
        ...MigrationRunChangeSide
      }
    }
  }
}
    fragment MigrationRunChangeSide on ComparisonSide {
  status
  difference
  suggestedCause
}`) as unknown as TypedDocumentString<MigrationRunChangesQuery, MigrationRunChangesQueryVariables>;
export const MigrationRunDashboardDocument = new TypedDocumentString(`
    query MigrationRunDashboard($id: ID!) {
  parallelRun(id: $id) {
    id
    status
    createdAt
    createdBy
    error
    periodStart
    periodEnd
    tolerances {
      lineType
      amount
    }
    summary {
      ...MigrationRunSummary
    }
    import {
      id
      sourceName
      parallelRuns {
        id
        createdAt
        status
      }
    }
  }
}
    fragment MigrationRunSummary on ParallelRunSummary {
  invoicesCompared
  matching
  invoiceAccuracy
  legacyInvoices
  newInvoices
  variances
  missingInLegacy
  missingInNew
  currency
  legacyArpu
  newArpu
  arpuPreservation
  totalDifference
  leakage
  byCurrency {
    currency
    legacyArpu
    newArpu
    arpuPreservation
    totalDifference
    leakage
  }
}`) as unknown as TypedDocumentString<MigrationRunDashboardQuery, MigrationRunDashboardQueryVariables>;
export const ProgramSaveStatusReportDocument = new TypedDocumentString(`
    mutation ProgramSaveStatusReport($input: SaveStatusReportInput!) {
  saveStatusReport(input: $input) {
    report {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramSaveStatusReportMutation, ProgramSaveStatusReportMutationVariables>;
export const CharterDocument = new TypedDocumentString(`
    query Charter {
  program {
    id
    name
    charter {
      ...ProgramCharter
    }
  }
}
    fragment ProgramCharter on Charter {
  goals {
    id
    title
    kpi
    target
  }
  stakeholders {
    name
    role
    email
  }
  scopeIn {
    category
    item
  }
  scopeOut {
    category
    item
  }
  assumptions
  constraints
}`) as unknown as TypedDocumentString<CharterQuery, CharterQueryVariables>;
export const CharterUpdateDocument = new TypedDocumentString(`
    mutation CharterUpdate($input: UpdateCharterInput!) {
  updateCharter(input: $input) {
    program {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CharterUpdateMutation, CharterUpdateMutationVariables>;
export const ChecklistDocument = new TypedDocumentString(`
    query Checklist($filter: ChecklistFilter) {
  program {
    id
    name
    checklist(filter: $filter) {
      ...ChecklistItemRow
    }
  }
}
    fragment ChecklistItemRow on ChecklistItem {
  id
  standardKey
  area
  title
  owner {
    id
    name
  }
  dueOn
  blocking
  status
  statusBy
  statusAt
  notes
  evidenceLinks
  overdue
  check {
    ...ProgramEvidenceCheck
  }
  checkState
  checkDetail
  conditionOf {
    id
    title
  }
  signOffs {
    ...ProgramSignOffSummary
  }
}
fragment ProgramEvidenceCheck on EvidenceCheck {
  kind
  threshold
  min
  max
  tolerance
  area
  description
}
fragment ProgramSignOffSummary on SignOffRequest {
  id
  title
  status
  invalidationReason
}`) as unknown as TypedDocumentString<ChecklistQuery, ChecklistQueryVariables>;
export const ChecklistSaveItemDocument = new TypedDocumentString(`
    mutation ChecklistSaveItem($input: ChecklistItemInput!) {
  saveChecklistItem(input: $input) {
    item {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ChecklistSaveItemMutation, ChecklistSaveItemMutationVariables>;
export const DecisionLogDocument = new TypedDocumentString(`
    query DecisionLog($id: ID!, $category: DecisionCategory) {
  decisionLog(programId: $id, category: $category) {
    id
    category
    title
    body
    decidedOn
    author
    authorUser {
      name
    }
    createdAt
  }
}
    `) as unknown as TypedDocumentString<DecisionLogQuery, DecisionLogQueryVariables>;
export const DecisionLogAddEntryDocument = new TypedDocumentString(`
    mutation DecisionLogAddEntry($input: LogDecisionInput!) {
  logDecision(input: $input) {
    entry {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DecisionLogAddEntryMutation, DecisionLogAddEntryMutationVariables>;
export const GoNoGoDecideDocument = new TypedDocumentString(`
    mutation GoNoGoDecide($input: DecideGoNoGoInput!) {
  decideGoNoGo(input: $input) {
    review {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<GoNoGoDecideMutation, GoNoGoDecideMutationVariables>;
export const GoNoGoDocument = new TypedDocumentString(`
    query GoNoGo {
  program {
    id
    name
    goNoGoReviews {
      ...GoNoGoReviewCard
    }
  }
}
    fragment GoNoGoReviewCard on GoNoGoReview {
  id
  title
  scheduledAt
  scorecard {
    label
    source
    sourceId
    rag
    detail
  }
  votes {
    user {
      id
      name
    }
    role
    vote
    comment
    at
  }
  outcome
  outcomeNote
  conditions {
    id
    title
    status
    owner {
      id
      name
    }
    dueOn
  }
  rollbackOwner {
    id
    name
  }
  pointOfNoReturn
  decidedBy
  decidedAt
}`) as unknown as TypedDocumentString<GoNoGoQuery, GoNoGoQueryVariables>;
export const GoNoGoCreateReviewDocument = new TypedDocumentString(`
    mutation GoNoGoCreateReview($input: CreateGoNoGoReviewInput!) {
  createGoNoGoReview(input: $input) {
    review {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<GoNoGoCreateReviewMutation, GoNoGoCreateReviewMutationVariables>;
export const GoNoGoCastVoteDocument = new TypedDocumentString(`
    mutation GoNoGoCastVote($input: CastGoNoGoVoteInput!) {
  castGoNoGoVote(input: $input) {
    review {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<GoNoGoCastVoteMutation, GoNoGoCastVoteMutationVariables>;
export const ProgramOverviewDocument = new TypedDocumentString(`
    query ProgramOverview {
  program {
    id
    name
    health
    healthReasons
    import {
      id
      sourceName
    }
    nextMilestones(first: 5) {
      id
      title
      dueOn
      status
      health
      healthReasons
      owner {
        id
        name
      }
    }
    blockingItems {
      id
      title
      area
      dueOn
      overdue
      owner {
        id
        name
      }
    }
    kpis {
      ...ProgramKpiValue
    }
    statusReports {
      ...ProgramStatusReport
    }
    statusReportDraft
  }
}
    fragment ProgramKpiValue on KpiValue {
  kpi
  value
  currency
  target
  meetsTarget
  trend {
    label
    value
  }
}
fragment ProgramStatusReport on StatusReport {
  id
  coversUntil
  body
  author
  createdAt
}`) as unknown as TypedDocumentString<ProgramOverviewQuery, ProgramOverviewQueryVariables>;
export const ProgramOverviewAwaitingMeDocument = new TypedDocumentString(`
    query ProgramOverviewAwaitingMe {
  mySignOffRequests {
    id
  }
}
    `) as unknown as TypedDocumentString<ProgramOverviewAwaitingMeQuery, ProgramOverviewAwaitingMeQueryVariables>;
export const RaciAssignDocument = new TypedDocumentString(`
    mutation RaciAssign($input: AssignRaciInput!) {
  assignRaci(input: $input) {
    assignment {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RaciAssignMutation, RaciAssignMutationVariables>;
export const RaciRegisterDocument = new TypedDocumentString(`
    query RaciRegister($id: ID!) {
  raciMatrix(programId: $id) {
    subjectType
    subjectKey
    label
    missingAccountable
    assignments {
      id
      responsibility
      escalationLevel
      phone
      user {
        id
        name
        email
      }
    }
  }
  pointOfContactMatrix(programId: $id) {
    area
    label
    accountable {
      ...RaciContactFields
    }
    responsible {
      ...RaciContactFields
    }
    escalationPath {
      ...RaciContactFields
    }
  }
}
    fragment RaciContactFields on ProgramContact {
  name
  email
  phone
  responsibility
  escalationLevel
}`) as unknown as TypedDocumentString<RaciRegisterQuery, RaciRegisterQueryVariables>;
export const RaciRemoveAssignmentDocument = new TypedDocumentString(`
    mutation RaciRemoveAssignment($input: RemoveRaciAssignmentInput!) {
  removeRaciAssignment(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RaciRemoveAssignmentMutation, RaciRemoveAssignmentMutationVariables>;
export const RiskFormCreateDocument = new TypedDocumentString(`
    mutation RiskFormCreate($input: CreateRiskInput!) {
  createRisk(input: $input) {
    risk {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RiskFormCreateMutation, RiskFormCreateMutationVariables>;
export const RiskFormUpdateDocument = new TypedDocumentString(`
    mutation RiskFormUpdate($input: UpdateRiskInput!) {
  updateRisk(input: $input) {
    risk {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RiskFormUpdateMutation, RiskFormUpdateMutationVariables>;
export const RiskRegisterDocument = new TypedDocumentString(`
    query RiskRegister($id: ID!, $status: RiskStatus, $overdue: Boolean) {
  riskHeatMap(programId: $id) {
    ...RiskHeatMapCells
  }
  risks(programId: $id, status: $status, reviewOverdue: $overdue) {
    ...RiskRegisterRow
  }
}
    fragment RiskRegisterRow on Risk {
  id
  title
  description
  probability
  impact
  score
  owner {
    id
    name
    email
  }
  mitigation
  contingency
  trigger
  reviewOn
  reviewOverdue
  status
}
fragment RiskHeatMapCells on RiskHeatMap {
  openRisks
  cells {
    probability
    impact
    score
    count
  }
}`) as unknown as TypedDocumentString<RiskRegisterQuery, RiskRegisterQueryVariables>;
export const RoadmapSaveMilestoneDocument = new TypedDocumentString(`
    mutation RoadmapSaveMilestone($input: MilestoneInput!) {
  saveMilestone(input: $input) {
    milestone {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RoadmapSaveMilestoneMutation, RoadmapSaveMilestoneMutationVariables>;
export const RoadmapDocument = new TypedDocumentString(`
    query Roadmap {
  program {
    id
    name
    phases {
      ...RoadmapPhaseSpan
    }
    milestones {
      ...RoadmapMilestone
    }
  }
}
    fragment RoadmapMilestone on Milestone {
  id
  standardKey
  phase
  title
  description
  owner {
    id
    name
  }
  dueOn
  status
  completedAt
  health
  suggestedHealth
  healthReasons
  healthOverride
  healthOverrideReason
  dependsOn {
    id
    title
    dueOn
    status
  }
  lateDependencies {
    id
    title
    dueOn
    status
  }
  check {
    ...ProgramEvidenceCheck
  }
  checkState
  checkDetail
  signOffs {
    ...ProgramSignOffSummary
  }
}
fragment RoadmapPhaseSpan on PhaseSpan {
  phase
  startsOn
  endsOn
}
fragment ProgramEvidenceCheck on EvidenceCheck {
  kind
  threshold
  min
  max
  tolerance
  area
  description
}
fragment ProgramSignOffSummary on SignOffRequest {
  id
  title
  status
  invalidationReason
}`) as unknown as TypedDocumentString<RoadmapQuery, RoadmapQueryVariables>;
export const SignOffsDecideDocument = new TypedDocumentString(`
    mutation SignOffsDecide($input: DecideSignOffInput!) {
  decideSignOff(input: $input) {
    signOff {
      id
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SignOffsDecideMutation, SignOffsDecideMutationVariables>;
export const SignOffsDocument = new TypedDocumentString(`
    query SignOffs($status: SignOffStatus) {
  program {
    id
    name
    signOffRequests(status: $status) {
      ...SignOffCardRequest
    }
  }
}
    fragment SignOffCardRequest on SignOffRequest {
  id
  subjectType
  subjectId
  title
  rule
  quorum
  note
  status
  evidenceHash
  evidence
  approvers {
    id
    user {
      id
      name
    }
    role
    decision
    comment
    decidedBy
    decidedAt
  }
  requestedBy
  createdAt
  decidedAt
  invalidatedAt
  invalidationReason
  awaitingMe
}`) as unknown as TypedDocumentString<SignOffsQuery, SignOffsQueryVariables>;
export const SignOffsInboxDocument = new TypedDocumentString(`
    query SignOffsInbox {
  mySignOffRequests {
    ...SignOffCardRequest
  }
}
    fragment SignOffCardRequest on SignOffRequest {
  id
  subjectType
  subjectId
  title
  rule
  quorum
  note
  status
  evidenceHash
  evidence
  approvers {
    id
    user {
      id
      name
    }
    role
    decision
    comment
    decidedBy
    decidedAt
  }
  requestedBy
  createdAt
  decidedAt
  invalidatedAt
  invalidationReason
  awaitingMe
}`) as unknown as TypedDocumentString<SignOffsInboxQuery, SignOffsInboxQueryVariables>;
export const TrainingCreateModuleDocument = new TypedDocumentString(`
    mutation TrainingCreateModule($input: CreateTrainingModuleInput!) {
  createTrainingModule(input: $input) {
    module {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingCreateModuleMutation, TrainingCreateModuleMutationVariables>;
export const TrainingAddTraineeDocument = new TypedDocumentString(`
    mutation TrainingAddTrainee($input: AddTraineeInput!) {
  addTrainee(input: $input) {
    trainee {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingAddTraineeMutation, TrainingAddTraineeMutationVariables>;
export const TrainingTrackerDocument = new TypedDocumentString(`
    query TrainingTracker($id: ID!) {
  trainingGrid(programId: $id) {
    modules {
      id
      title
      audience
      required
    }
    rows {
      trainee {
        id
        name
        email
        team
      }
      cells {
        moduleId
        completedOn
        recordedBy
      }
    }
  }
  trainingCompletion(programId: $id) {
    requiredModules
    trainees
    completed
    expected
    ratio
    complete
  }
}
    `) as unknown as TypedDocumentString<TrainingTrackerQuery, TrainingTrackerQueryVariables>;
export const TrainingRecordCompletionDocument = new TypedDocumentString(`
    mutation TrainingRecordCompletion($input: RecordTrainingCompletionInput!) {
  recordTrainingCompletion(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingRecordCompletionMutation, TrainingRecordCompletionMutationVariables>;
export const TrainingUndoCompletionDocument = new TypedDocumentString(`
    mutation TrainingUndoCompletion($input: UndoTrainingCompletionInput!) {
  undoTrainingCompletion(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingUndoCompletionMutation, TrainingUndoCompletionMutationVariables>;
export const InvoiceListDocument = new TypedDocumentString(`
    query InvoiceList($first: Int, $after: String, $filter: InvoiceFilter) {
  invoices(first: $first, after: $after, filter: $filter) {
    edges {
      node {
        id
        kind
        status
        number
        account {
          id
          externalId
          name
        }
        currency
        periodStart
        periodEnd
        issueDate
        dueDate
        total
        amountDue
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<InvoiceListQuery, InvoiceListQueryVariables>;
export const MigrationRunAccountsDocument = new TypedDocumentString(`
    query MigrationRunAccounts($id: ID!, $first: Int, $offset: Int) {
  parallelRun(id: $id) {
    accounts(first: $first, offset: $offset) {
      ...MigrationReconciledAccount
    }
  }
}
    fragment MigrationReconciledAccount on ReconciledAccount {
  legacyAccountId
  accountName
  account {
    id
    currency
    systemOfRecord
  }
  status
  legacySubtotal
  legacyTaxTotal
  legacyTotal
  newSubtotal
  newTaxTotal
  newTotal
  difference
  suggestedCause
  cause
  resolution
  comment
  reviewedBy
  reviewedAt
}`) as unknown as TypedDocumentString<MigrationRunAccountsQuery, MigrationRunAccountsQueryVariables>;
export const ProgramRequestSignOffDocument = new TypedDocumentString(`
    mutation ProgramRequestSignOff($input: RequestSignOffInput!) {
  requestSignOff(input: $input) {
    signOff {
      id
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramRequestSignOffMutation, ProgramRequestSignOffMutationVariables>;
export const StartProgramImportsDocument = new TypedDocumentString(`
    query StartProgramImports {
  migrationImports(first: 50) {
    id
    sourceName
    status
    periodStart
    periodEnd
  }
}
    `) as unknown as TypedDocumentString<StartProgramImportsQuery, StartProgramImportsQueryVariables>;
export const StartProgramCreateDocument = new TypedDocumentString(`
    mutation StartProgramCreate($input: CreateProgramInput!) {
  createProgram(input: $input) {
    program {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StartProgramCreateMutation, StartProgramCreateMutationVariables>;
export const CurrentProgramDocument = new TypedDocumentString(`
    query CurrentProgram($id: ID) {
  program(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CurrentProgramQuery, CurrentProgramQueryVariables>;
export const ProgramPeopleDocument = new TypedDocumentString(`
    query ProgramPeople {
  people {
    id
    name
    email
  }
}
    `) as unknown as TypedDocumentString<ProgramPeopleQuery, ProgramPeopleQueryVariables>;