/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Input of createCutoverWave. */
export type CreateCutoverWaveInput = {
  /** These accounts; every account of the import not in a wave yet when absent. */
  accountIds?: Array<string | number> | null | undefined;
  /** The import whose accounts to group. */
  importId: string | number;
  /** E.g. Pilot. */
  name: string;
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

/** A tolerance to compare with. */
export type LineToleranceInput = {
  /** Largest difference still counted as a match, 0 or more. */
  amount: string;
  /** recurring, discount, usage, one_time or tax. */
  lineType: string;
};

/** Where an import stands. */
export type MigrationImportStatus =
  /** Written; its report is final. */
  | 'COMPLETED'
  /** Stopped by an error; nothing was kept. */
  | 'FAILED'
  /** Being written. */
  | 'RUNNING';

/** Where a parallel run stands. */
export type ParallelRunStatus =
  /** Done; its summary is final. */
  | 'COMPLETED'
  /** Stopped by an error. */
  | 'FAILED'
  /** Billing and comparing. */
  | 'RUNNING';

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

/** Input of rollBackWave. */
export type RollBackWaveInput = {
  /** Why. */
  reason: string;
  /** The wave. */
  waveId: string | number;
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


export type MigrationImportRunsQuery = { parallelRuns: Array<{ id: string, status: ParallelRunStatus, createdAt: string, createdBy: string, error: string | null, tolerances: Array<{ lineType: string, amount: string }>, summary: { invoiceAccuracy: string | null, matching: number, invoicesCompared: number, arpuPreservation: string | null, totalDifference: string } | null }> };

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


export type MigrationRunDashboardQuery = { parallelRun: { id: string, status: ParallelRunStatus, createdAt: string, createdBy: string, error: string | null, periodStart: string, periodEnd: string, tolerances: Array<{ lineType: string, amount: string }>, summary: { invoicesCompared: number, matching: number, invoiceAccuracy: string | null, legacyInvoices: number, newInvoices: number, variances: number, missingInLegacy: number, missingInNew: number, legacyArpu: string | null, newArpu: string | null, arpuPreservation: string | null, totalDifference: string, leakage: string } | null, import: { id: string, sourceName: string, parallelRuns: Array<{ id: string, createdAt: string, status: ParallelRunStatus }> } } | null };

export type MigrationRunSummaryFragment = { invoicesCompared: number, matching: number, invoiceAccuracy: string | null, legacyInvoices: number, newInvoices: number, variances: number, missingInLegacy: number, missingInNew: number, legacyArpu: string | null, newArpu: string | null, arpuPreservation: string | null, totalDifference: string, leakage: string };

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
  legacyArpu
  newArpu
  arpuPreservation
  totalDifference
  leakage
}
    `, {"fragmentName":"MigrationRunSummary"}) as unknown as TypedDocumentString<MigrationRunSummaryFragment, unknown>;
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
      totalDifference
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
  legacyArpu
  newArpu
  arpuPreservation
  totalDifference
  leakage
}`) as unknown as TypedDocumentString<MigrationRunDashboardQuery, MigrationRunDashboardQueryVariables>;
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