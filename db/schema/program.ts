import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id, timestampMs, updatedAt } from './columns';
import { migrationImports } from './migration';

// The migration program: how a provider plans, decides and measures its move off the legacy
// system. Evidence checks read the billing data live; see lib/program/evidence.

export const programPhaseEnum = pgEnum('program_phase', [
  'discovery',
  'configuration',
  'data_migration',
  'parallel_runs',
  'training',
  'communications',
  'cutover',
  'hypercare',
]);
export const milestoneStatusEnum = pgEnum('milestone_status', ['not_started', 'in_progress', 'done']);
export const healthEnum = pgEnum('program_health', ['on_track', 'at_risk', 'off_track']);
export const checklistAreaEnum = pgEnum('checklist_area', [
  'data_validation',
  'technical_readiness',
  'communications',
  'training_support',
  'contingency',
]);
export const checklistItemStatusEnum = pgEnum('checklist_item_status', ['open', 'done', 'not_applicable']);
export const checkStateEnum = pgEnum('evidence_check_state', ['passing', 'failing', 'unknown']);
export const kpiEnum = pgEnum('program_kpi', [
  'arpu_preservation',
  'invoice_accuracy',
  'on_time_billing',
  'manual_touches',
  'revenue_leakage',
  'untouched_invoices',
]);
export const signOffSubjectEnum = pgEnum('sign_off_subject', ['checklist_item', 'milestone', 'parallel_run']);
export const signOffRuleEnum = pgEnum('sign_off_rule', ['all', 'any', 'quorum']);
export const signOffStatusEnum = pgEnum('sign_off_status', [
  'pending',
  'approved',
  'changes_requested',
  'rejected',
  'invalidated',
]);
export const signOffDecisionEnum = pgEnum('sign_off_decision', ['approved', 'changes_requested', 'rejected']);
export const goNoGoOutcomeEnum = pgEnum('go_no_go_outcome', ['go', 'no_go', 'go_with_conditions']);
export const riskStatusEnum = pgEnum('risk_status', ['open', 'mitigated', 'occurred', 'closed']);
export const raciEnum = pgEnum('raci_responsibility', [
  'responsible',
  'accountable',
  'consulted',
  'informed',
]);
export const decisionCategoryEnum = pgEnum('decision_category', [
  'system_setup',
  'test_outcome',
  'integration_config',
  'data_mapping',
  'decision',
]);

/** What a live evidence check tests, e.g. { kind: 'parallel_run_accuracy', threshold: '0.99' }. */
export type EvidenceCheckSpec = { kind: string } & Record<string, string | number | boolean | null>;

/** One migration off a legacy system; its evidence comes from `importId`'s parallel runs and waves. */
export const programs = pgTable('programs', {
  id: id(),
  name: text().notNull(),
  importId: uuid().references(() => migrationImports.id),
  /** { stakeholders: [{ name, role, email }], scopeIn/scopeOut: [{ category, item }], assumptions: [], constraints: [] } */
  charter: jsonb().notNull().default({}),
  /** When the evidence checks last ran (lib/program/evidence); null until they first do. */
  evidenceCheckedAt: timestampMs(),
  createdBy: text().notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A business goal of the charter, measured by a KPI against a target. */
export const programGoals = pgTable(
  'program_goals',
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    title: text().notNull(),
    kpi: kpiEnum().notNull(),
    /** A decimal string; ratios as fractions (0.995), counts as numbers. */
    target: text().notNull(),
  },
  (t) => [index('program_goals_program_idx').on(t.programId, t.position)],
);

/** A phase of the roadmap on the timeline. */
export const programPhases = pgTable(
  'program_phases',
  {
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    phase: programPhaseEnum().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.phase] })],
);

export const milestones = pgTable(
  'milestones',
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    /** Identifies the standard milestones every program is seeded with; null for others. */
    standardKey: text(),
    phase: programPhaseEnum().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    ownerId: uuid().references(() => users.id),
    dueOn: date({ mode: 'string' }).notNull(),
    status: milestoneStatusEnum().notNull().default('not_started'),
    completedAt: timestampMs(),
    check: jsonb().$type<EvidenceCheckSpec>(),
    checkState: checkStateEnum().notNull().default('unknown'),
    checkDetail: text(),
    healthOverride: healthEnum(),
    healthOverrideReason: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('milestones_program_idx').on(t.programId, t.dueOn),
    uniqueIndex('milestones_standard_key').on(t.programId, t.standardKey),
  ],
);

/** `milestoneId` cannot finish before `dependsOnId`. */
export const milestoneDependencies = pgTable(
  'milestone_dependencies',
  {
    milestoneId: uuid()
      .notNull()
      .references(() => milestones.id, { onDelete: 'cascade' }),
    dependsOnId: uuid()
      .notNull()
      .references(() => milestones.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.milestoneId, t.dependsOnId] })],
);

export const goNoGoReviews = pgTable(
  'go_no_go_reviews',
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    scheduledAt: timestampMs().notNull(),
    outcome: goNoGoOutcomeEnum(),
    outcomeNote: text(),
    /** The criteria as they stood when the outcome was recorded. */
    scorecard: jsonb(),
    rollbackOwnerId: uuid().references(() => users.id),
    pointOfNoReturn: timestampMs(),
    decidedBy: text(),
    decidedAt: timestampMs(),
    createdAt: createdAt(),
  },
  (t) => [index('go_no_go_reviews_program_idx').on(t.programId, t.scheduledAt)],
);

export const goNoGoVotes = pgTable(
  'go_no_go_votes',
  {
    reviewId: uuid()
      .notNull()
      .references(() => goNoGoReviews.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    /** The role the voter spoke for (e.g. Finance, Support), free text. */
    role: text().notNull(),
    vote: goNoGoOutcomeEnum().notNull(),
    comment: text().notNull().default(''),
    at: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.userId] })],
);

export const checklistItems = pgTable(
  'checklist_items',
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    standardKey: text(),
    area: checklistAreaEnum().notNull(),
    position: integer().notNull(),
    title: text().notNull(),
    ownerId: uuid().references(() => users.id),
    dueOn: date({ mode: 'string' }),
    blocking: boolean().notNull().default(false),
    status: checklistItemStatusEnum().notNull().default('open'),
    /** Who or what set the status: a user's label, or `evidence check`. */
    statusBy: text(),
    statusAt: timestampMs(),
    notes: text().notNull().default(''),
    evidenceLinks: jsonb().$type<string[]>().notNull().default([]),
    check: jsonb().$type<EvidenceCheckSpec>(),
    checkState: checkStateEnum().notNull().default('unknown'),
    checkDetail: text(),
    /** Set when the item is a condition of a go-with-conditions decision. */
    reviewId: uuid().references(() => goNoGoReviews.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('checklist_items_program_idx').on(t.programId, t.area, t.position),
    uniqueIndex('checklist_items_standard_key').on(t.programId, t.standardKey),
  ],
);

/** A request for approval of an item, milestone or report, stamped with its evidence. */
export const signOffRequests = pgTable(
  'sign_off_requests',
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    subjectType: signOffSubjectEnum().notNull(),
    subjectId: uuid().notNull(),
    title: text().notNull(),
    rule: signOffRuleEnum().notNull(),
    /** Approvals needed under the quorum rule. */
    quorum: integer(),
    note: text().notNull().default(''),
    /** sha256 of the evidence as it was requested; a different hash now invalidates the request. */
    evidenceHash: text().notNull(),
    evidence: jsonb().notNull(),
    status: signOffStatusEnum().notNull().default('pending'),
    requestedBy: text().notNull(),
    requestedById: uuid().references(() => users.id),
    decidedAt: timestampMs(),
    invalidatedAt: timestampMs(),
    invalidationReason: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index('sign_off_requests_subject_idx').on(t.subjectType, t.subjectId),
    index('sign_off_requests_program_idx').on(t.programId, t.createdAt),
  ],
);

/** Who is asked: a named user, or anyone holding a role. */
export const signOffApprovers = pgTable(
  'sign_off_approvers',
  {
    id: id(),
    requestId: uuid()
      .notNull()
      .references(() => signOffRequests.id, { onDelete: 'cascade' }),
    userId: uuid().references(() => users.id),
    role: text(),
    decision: signOffDecisionEnum(),
    comment: text(),
    decidedById: uuid().references(() => users.id),
    decidedBy: text(),
    decidedAt: timestampMs(),
  },
  (t) => [index('sign_off_approvers_request_idx').on(t.requestId)],
);

export const risks = pgTable(
  'risks',
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    description: text().notNull().default(''),
    /** 1 (rare) to 5 (almost certain). */
    probability: integer().notNull(),
    /** 1 (negligible) to 5 (severe). */
    impact: integer().notNull(),
    ownerId: uuid().references(() => users.id),
    mitigation: text().notNull().default(''),
    contingency: text().notNull().default(''),
    trigger: text().notNull().default(''),
    reviewOn: date({ mode: 'string' }),
    status: riskStatusEnum().notNull().default('open'),
    milestoneIds: jsonb().$type<string[]>().notNull().default([]),
    checklistItemIds: jsonb().$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('risks_program_idx').on(t.programId),
    check('risks_probability_range', sql`${t.probability} between 1 and 5`),
    check('risks_impact_range', sql`${t.impact} between 1 and 5`),
  ],
);

/** RACI: per checklist area (subjectKey = the area) or milestone (subjectKey = its id). */
export const raciAssignments = pgTable(
  'raci_assignments',
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    subjectType: text().notNull(),
    subjectKey: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    responsibility: raciEnum().notNull(),
    /** Order on the war room's escalation path (1 first); null when not on it. */
    escalationLevel: integer(),
    phone: text(),
  },
  (t) => [
    uniqueIndex('raci_assignments_key').on(t.programId, t.subjectType, t.subjectKey, t.userId),
    // Exactly one accountable person per subject; "at least one" is checked when read.
    uniqueIndex('raci_one_accountable')
      .on(t.programId, t.subjectType, t.subjectKey)
      .where(sql`${t.responsibility} = 'accountable'`),
  ],
);

export const trainingModules = pgTable(
  'training_modules',
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    audience: text().notNull().default(''),
    required: boolean().notNull().default(true),
    position: integer().notNull(),
  },
  (t) => [index('training_modules_program_idx').on(t.programId, t.position)],
);

/** A person to train; not every trainee has a console login. */
export const trainees = pgTable(
  'trainees',
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    email: text(),
    team: text().notNull().default(''),
  },
  (t) => [index('trainees_program_idx').on(t.programId)],
);

export const trainingCompletions = pgTable(
  'training_completions',
  {
    traineeId: uuid()
      .notNull()
      .references(() => trainees.id, { onDelete: 'cascade' }),
    moduleId: uuid()
      .notNull()
      .references(() => trainingModules.id, { onDelete: 'cascade' }),
    completedOn: date({ mode: 'string' }).notNull(),
    recordedBy: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.traineeId, t.moduleId] })],
);

/** The decision and configuration log: dated, attributed, never edited. */
export const decisionLog = pgTable(
  'decision_log',
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    category: decisionCategoryEnum().notNull(),
    title: text().notNull(),
    body: text().notNull().default(''),
    decidedOn: date({ mode: 'string' }).notNull(),
    author: text().notNull(),
    authorId: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('decision_log_program_idx').on(t.programId, t.decidedOn)],
);

/** A weekly status update; drafted from what changed since the previous one. */
export const statusReports = pgTable(
  'program_status_reports',
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    /** The instant the report covers changes up to; the next draft starts here. */
    coversUntil: timestampMs().notNull(),
    body: text().notNull(),
    author: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('program_status_reports_program_idx').on(t.programId, t.coversUntil)],
);

export type ProgramRow = typeof programs.$inferSelect;
export type ProgramGoalRow = typeof programGoals.$inferSelect;
export type ProgramPhaseRow = typeof programPhases.$inferSelect;
export type MilestoneRow = typeof milestones.$inferSelect;
export type ChecklistItemRow = typeof checklistItems.$inferSelect;
export type SignOffRequestRow = typeof signOffRequests.$inferSelect;
export type SignOffApproverRow = typeof signOffApprovers.$inferSelect;
export type GoNoGoReviewRow = typeof goNoGoReviews.$inferSelect;
export type GoNoGoVoteRow = typeof goNoGoVotes.$inferSelect;
export type RiskRow = typeof risks.$inferSelect;
export type RaciAssignmentRow = typeof raciAssignments.$inferSelect;
export type TrainingModuleRow = typeof trainingModules.$inferSelect;
export type TraineeRow = typeof trainees.$inferSelect;
export type TrainingCompletionRow = typeof trainingCompletions.$inferSelect;
export type DecisionLogRow = typeof decisionLog.$inferSelect;
export type StatusReportRow = typeof statusReports.$inferSelect;
