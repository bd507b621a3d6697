/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MigrationImportList {\n    migrationImports(first: 50) {\n      id sourceName sourceSystem periodStart periodEnd status unrated createdBy createdAt\n      files { file read imported duplicates conflicts rejected }\n      parallelRuns { id }\n      waves { id }\n    }\n  }\n": typeof types.MigrationImportListDocument,
    "\n  query MigrationImportReport($id: ID!) {\n    migrationImport(id: $id) {\n      id sourceName sourceSystem periodStart periodEnd status unrated createdBy createdAt finishedAt\n      usageIngestion { id unrated }\n      waves { id name status accountCount }\n      validation {\n        files { file expectedRows read imported duplicates conflicts rejected matchesManifest }\n        ...MigrationValidationReport\n      }\n    }\n  }\n": typeof types.MigrationImportReportDocument,
    "\n  query MigrationImportRuns($importId: ID!) {\n    parallelRuns(importId: $importId) {\n      id status createdAt createdBy error tolerances { lineType amount }\n      summary { invoiceAccuracy matching invoicesCompared arpuPreservation totalDifference }\n    }\n  }\n": typeof types.MigrationImportRunsDocument,
    "\n  mutation MigrationStartParallelRun($input: StartParallelRunInput!) {\n    startParallelRun(input: $input) { parallelRun { id } userErrors { code field message } }\n  }\n": typeof types.MigrationStartParallelRunDocument,
    "\n  query MigrationProblemRows($id: ID!, $file: String, $usage: Boolean!) {\n    migrationImport(id: $id) {\n      problems(file: $file) @skip(if: $usage) { line legacyId kind reason raw }\n      usageIngestion @include(if: $usage) { problems(first: 200) { line legacyId: recordId kind reason raw } }\n    }\n  }\n": typeof types.MigrationProblemRowsDocument,
    "\n  fragment MigrationValidationReport on ValidationReport {\n    referenceProblems { file line legacyId reason } referenceProblemCount\n    subscriptionsOutsideLifetimes { legacyId accountRef problem }\n    usageOutsideLifetimes { accountRef records firstAt lastAt }\n    usageOutsidePeriod unratedUsage { reason records }\n    openingBalances { currency accounts total } clean\n  }\n": typeof types.MigrationValidationReportFragmentDoc,
    "\n  mutation MigrationCreateWave($input: CreateCutoverWaveInput!) {\n    createCutoverWave(input: $input) { wave { id } userErrors { code field message } }\n  }\n": typeof types.MigrationCreateWaveDocument,
    "\n  fragment MigrationWaveCard on CutoverWave {\n    id name position status cutoverDate accountCount cutOverAt rolledBackAt createdAt\n    accounts {\n      account { id externalId name currency systemOfRecord }\n      openingBalance\n      openingInvoice { id number total currency status }\n    }\n    events { action detail actor at }\n    rollbackExport { name content }\n  }\n": typeof types.MigrationWaveCardFragmentDoc,
    "\n  mutation MigrationCutOverWave($input: CutOverWaveInput!) {\n    cutOverWave(input: $input) { wave { id status } userErrors { code field message } }\n  }\n": typeof types.MigrationCutOverWaveDocument,
    "\n  mutation MigrationRollBackWave($input: RollBackWaveInput!) {\n    rollBackWave(input: $input) { wave { id status } clean userErrors { code field message } }\n  }\n": typeof types.MigrationRollBackWaveDocument,
    "\n  query MigrationWaves($id: ID!) {\n    migrationImport(id: $id) {\n      id sourceName periodStart periodEnd status\n      parallelRuns { id status createdAt }\n      waves { ...MigrationWaveCard }\n    }\n  }\n": typeof types.MigrationWavesDocument,
    "\n  query MigrationAccountComparison($id: ID!, $account: String!) {\n    parallelRun(id: $id) {\n      account(legacyAccountId: $account) {\n        ...MigrationReconciledAccount\n        lines {\n          lineType key productCode description legacyQuantity newQuantity legacyUnitPrice newUnitPrice\n          legacyAmount newAmount difference differs\n        }\n      }\n    }\n  }\n": typeof types.MigrationAccountComparisonDocument,
    "\n  mutation MigrationReviewVariances($input: ReviewVariancesInput!) {\n    reviewVariances(input: $input) {\n      accounts { legacyAccountId resolution cause }\n      userErrors { code field message }\n    }\n  }\n": typeof types.MigrationReviewVariancesDocument,
    "\n  fragment MigrationRunChangeSide on ComparisonSide {\n    status difference suggestedCause\n  }\n": typeof types.MigrationRunChangeSideFragmentDoc,
    "\n  query MigrationRunChanges($later: ID!, $earlier: ID) {\n    parallelRun(id: $later) {\n      changesSince(runId: $earlier) {\n        legacyAccountId accountName\n        before { ...MigrationRunChangeSide }\n        after { ...MigrationRunChangeSide }\n      }\n    }\n  }\n": typeof types.MigrationRunChangesDocument,
    "\n  query MigrationRunDashboard($id: ID!) {\n    parallelRun(id: $id) {\n      id status createdAt createdBy error periodStart periodEnd tolerances { lineType amount }\n      summary { ...MigrationRunSummary }\n      import { id sourceName parallelRuns { id createdAt status } }\n    }\n  }\n": typeof types.MigrationRunDashboardDocument,
    "\n  fragment MigrationRunSummary on ParallelRunSummary {\n    invoicesCompared matching invoiceAccuracy legacyInvoices newInvoices variances missingInLegacy\n    missingInNew legacyArpu newArpu arpuPreservation totalDifference leakage\n  }\n": typeof types.MigrationRunSummaryFragmentDoc,
    "\n  query InvoiceList($first: Int, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id kind status number account { id externalId name } currency periodStart periodEnd\n          issueDate dueDate total amountDue\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.InvoiceListDocument,
    "\n  fragment MigrationReconciledAccount on ReconciledAccount {\n    legacyAccountId accountName account { id currency systemOfRecord } status\n    legacySubtotal legacyTaxTotal legacyTotal newSubtotal newTaxTotal newTotal difference\n    suggestedCause cause resolution comment reviewedBy reviewedAt\n  }\n": typeof types.MigrationReconciledAccountFragmentDoc,
    "\n  query MigrationRunAccounts($id: ID!, $first: Int, $offset: Int) {\n    parallelRun(id: $id) { accounts(first: $first, offset: $offset) { ...MigrationReconciledAccount } }\n  }\n": typeof types.MigrationRunAccountsDocument,
};
const documents: Documents = {
    "\n  query MigrationImportList {\n    migrationImports(first: 50) {\n      id sourceName sourceSystem periodStart periodEnd status unrated createdBy createdAt\n      files { file read imported duplicates conflicts rejected }\n      parallelRuns { id }\n      waves { id }\n    }\n  }\n": types.MigrationImportListDocument,
    "\n  query MigrationImportReport($id: ID!) {\n    migrationImport(id: $id) {\n      id sourceName sourceSystem periodStart periodEnd status unrated createdBy createdAt finishedAt\n      usageIngestion { id unrated }\n      waves { id name status accountCount }\n      validation {\n        files { file expectedRows read imported duplicates conflicts rejected matchesManifest }\n        ...MigrationValidationReport\n      }\n    }\n  }\n": types.MigrationImportReportDocument,
    "\n  query MigrationImportRuns($importId: ID!) {\n    parallelRuns(importId: $importId) {\n      id status createdAt createdBy error tolerances { lineType amount }\n      summary { invoiceAccuracy matching invoicesCompared arpuPreservation totalDifference }\n    }\n  }\n": types.MigrationImportRunsDocument,
    "\n  mutation MigrationStartParallelRun($input: StartParallelRunInput!) {\n    startParallelRun(input: $input) { parallelRun { id } userErrors { code field message } }\n  }\n": types.MigrationStartParallelRunDocument,
    "\n  query MigrationProblemRows($id: ID!, $file: String, $usage: Boolean!) {\n    migrationImport(id: $id) {\n      problems(file: $file) @skip(if: $usage) { line legacyId kind reason raw }\n      usageIngestion @include(if: $usage) { problems(first: 200) { line legacyId: recordId kind reason raw } }\n    }\n  }\n": types.MigrationProblemRowsDocument,
    "\n  fragment MigrationValidationReport on ValidationReport {\n    referenceProblems { file line legacyId reason } referenceProblemCount\n    subscriptionsOutsideLifetimes { legacyId accountRef problem }\n    usageOutsideLifetimes { accountRef records firstAt lastAt }\n    usageOutsidePeriod unratedUsage { reason records }\n    openingBalances { currency accounts total } clean\n  }\n": types.MigrationValidationReportFragmentDoc,
    "\n  mutation MigrationCreateWave($input: CreateCutoverWaveInput!) {\n    createCutoverWave(input: $input) { wave { id } userErrors { code field message } }\n  }\n": types.MigrationCreateWaveDocument,
    "\n  fragment MigrationWaveCard on CutoverWave {\n    id name position status cutoverDate accountCount cutOverAt rolledBackAt createdAt\n    accounts {\n      account { id externalId name currency systemOfRecord }\n      openingBalance\n      openingInvoice { id number total currency status }\n    }\n    events { action detail actor at }\n    rollbackExport { name content }\n  }\n": types.MigrationWaveCardFragmentDoc,
    "\n  mutation MigrationCutOverWave($input: CutOverWaveInput!) {\n    cutOverWave(input: $input) { wave { id status } userErrors { code field message } }\n  }\n": types.MigrationCutOverWaveDocument,
    "\n  mutation MigrationRollBackWave($input: RollBackWaveInput!) {\n    rollBackWave(input: $input) { wave { id status } clean userErrors { code field message } }\n  }\n": types.MigrationRollBackWaveDocument,
    "\n  query MigrationWaves($id: ID!) {\n    migrationImport(id: $id) {\n      id sourceName periodStart periodEnd status\n      parallelRuns { id status createdAt }\n      waves { ...MigrationWaveCard }\n    }\n  }\n": types.MigrationWavesDocument,
    "\n  query MigrationAccountComparison($id: ID!, $account: String!) {\n    parallelRun(id: $id) {\n      account(legacyAccountId: $account) {\n        ...MigrationReconciledAccount\n        lines {\n          lineType key productCode description legacyQuantity newQuantity legacyUnitPrice newUnitPrice\n          legacyAmount newAmount difference differs\n        }\n      }\n    }\n  }\n": types.MigrationAccountComparisonDocument,
    "\n  mutation MigrationReviewVariances($input: ReviewVariancesInput!) {\n    reviewVariances(input: $input) {\n      accounts { legacyAccountId resolution cause }\n      userErrors { code field message }\n    }\n  }\n": types.MigrationReviewVariancesDocument,
    "\n  fragment MigrationRunChangeSide on ComparisonSide {\n    status difference suggestedCause\n  }\n": types.MigrationRunChangeSideFragmentDoc,
    "\n  query MigrationRunChanges($later: ID!, $earlier: ID) {\n    parallelRun(id: $later) {\n      changesSince(runId: $earlier) {\n        legacyAccountId accountName\n        before { ...MigrationRunChangeSide }\n        after { ...MigrationRunChangeSide }\n      }\n    }\n  }\n": types.MigrationRunChangesDocument,
    "\n  query MigrationRunDashboard($id: ID!) {\n    parallelRun(id: $id) {\n      id status createdAt createdBy error periodStart periodEnd tolerances { lineType amount }\n      summary { ...MigrationRunSummary }\n      import { id sourceName parallelRuns { id createdAt status } }\n    }\n  }\n": types.MigrationRunDashboardDocument,
    "\n  fragment MigrationRunSummary on ParallelRunSummary {\n    invoicesCompared matching invoiceAccuracy legacyInvoices newInvoices variances missingInLegacy\n    missingInNew legacyArpu newArpu arpuPreservation totalDifference leakage\n  }\n": types.MigrationRunSummaryFragmentDoc,
    "\n  query InvoiceList($first: Int, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id kind status number account { id externalId name } currency periodStart periodEnd\n          issueDate dueDate total amountDue\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.InvoiceListDocument,
    "\n  fragment MigrationReconciledAccount on ReconciledAccount {\n    legacyAccountId accountName account { id currency systemOfRecord } status\n    legacySubtotal legacyTaxTotal legacyTotal newSubtotal newTaxTotal newTotal difference\n    suggestedCause cause resolution comment reviewedBy reviewedAt\n  }\n": types.MigrationReconciledAccountFragmentDoc,
    "\n  query MigrationRunAccounts($id: ID!, $first: Int, $offset: Int) {\n    parallelRun(id: $id) { accounts(first: $first, offset: $offset) { ...MigrationReconciledAccount } }\n  }\n": types.MigrationRunAccountsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MigrationImportList {\n    migrationImports(first: 50) {\n      id sourceName sourceSystem periodStart periodEnd status unrated createdBy createdAt\n      files { file read imported duplicates conflicts rejected }\n      parallelRuns { id }\n      waves { id }\n    }\n  }\n"): typeof import('./graphql').MigrationImportListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MigrationImportReport($id: ID!) {\n    migrationImport(id: $id) {\n      id sourceName sourceSystem periodStart periodEnd status unrated createdBy createdAt finishedAt\n      usageIngestion { id unrated }\n      waves { id name status accountCount }\n      validation {\n        files { file expectedRows read imported duplicates conflicts rejected matchesManifest }\n        ...MigrationValidationReport\n      }\n    }\n  }\n"): typeof import('./graphql').MigrationImportReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MigrationImportRuns($importId: ID!) {\n    parallelRuns(importId: $importId) {\n      id status createdAt createdBy error tolerances { lineType amount }\n      summary { invoiceAccuracy matching invoicesCompared arpuPreservation totalDifference }\n    }\n  }\n"): typeof import('./graphql').MigrationImportRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MigrationStartParallelRun($input: StartParallelRunInput!) {\n    startParallelRun(input: $input) { parallelRun { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').MigrationStartParallelRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MigrationProblemRows($id: ID!, $file: String, $usage: Boolean!) {\n    migrationImport(id: $id) {\n      problems(file: $file) @skip(if: $usage) { line legacyId kind reason raw }\n      usageIngestion @include(if: $usage) { problems(first: 200) { line legacyId: recordId kind reason raw } }\n    }\n  }\n"): typeof import('./graphql').MigrationProblemRowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MigrationValidationReport on ValidationReport {\n    referenceProblems { file line legacyId reason } referenceProblemCount\n    subscriptionsOutsideLifetimes { legacyId accountRef problem }\n    usageOutsideLifetimes { accountRef records firstAt lastAt }\n    usageOutsidePeriod unratedUsage { reason records }\n    openingBalances { currency accounts total } clean\n  }\n"): typeof import('./graphql').MigrationValidationReportFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MigrationCreateWave($input: CreateCutoverWaveInput!) {\n    createCutoverWave(input: $input) { wave { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').MigrationCreateWaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MigrationWaveCard on CutoverWave {\n    id name position status cutoverDate accountCount cutOverAt rolledBackAt createdAt\n    accounts {\n      account { id externalId name currency systemOfRecord }\n      openingBalance\n      openingInvoice { id number total currency status }\n    }\n    events { action detail actor at }\n    rollbackExport { name content }\n  }\n"): typeof import('./graphql').MigrationWaveCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MigrationCutOverWave($input: CutOverWaveInput!) {\n    cutOverWave(input: $input) { wave { id status } userErrors { code field message } }\n  }\n"): typeof import('./graphql').MigrationCutOverWaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MigrationRollBackWave($input: RollBackWaveInput!) {\n    rollBackWave(input: $input) { wave { id status } clean userErrors { code field message } }\n  }\n"): typeof import('./graphql').MigrationRollBackWaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MigrationWaves($id: ID!) {\n    migrationImport(id: $id) {\n      id sourceName periodStart periodEnd status\n      parallelRuns { id status createdAt }\n      waves { ...MigrationWaveCard }\n    }\n  }\n"): typeof import('./graphql').MigrationWavesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MigrationAccountComparison($id: ID!, $account: String!) {\n    parallelRun(id: $id) {\n      account(legacyAccountId: $account) {\n        ...MigrationReconciledAccount\n        lines {\n          lineType key productCode description legacyQuantity newQuantity legacyUnitPrice newUnitPrice\n          legacyAmount newAmount difference differs\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MigrationAccountComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MigrationReviewVariances($input: ReviewVariancesInput!) {\n    reviewVariances(input: $input) {\n      accounts { legacyAccountId resolution cause }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').MigrationReviewVariancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MigrationRunChangeSide on ComparisonSide {\n    status difference suggestedCause\n  }\n"): typeof import('./graphql').MigrationRunChangeSideFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MigrationRunChanges($later: ID!, $earlier: ID) {\n    parallelRun(id: $later) {\n      changesSince(runId: $earlier) {\n        legacyAccountId accountName\n        before { ...MigrationRunChangeSide }\n        after { ...MigrationRunChangeSide }\n      }\n    }\n  }\n"): typeof import('./graphql').MigrationRunChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MigrationRunDashboard($id: ID!) {\n    parallelRun(id: $id) {\n      id status createdAt createdBy error periodStart periodEnd tolerances { lineType amount }\n      summary { ...MigrationRunSummary }\n      import { id sourceName parallelRuns { id createdAt status } }\n    }\n  }\n"): typeof import('./graphql').MigrationRunDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MigrationRunSummary on ParallelRunSummary {\n    invoicesCompared matching invoiceAccuracy legacyInvoices newInvoices variances missingInLegacy\n    missingInNew legacyArpu newArpu arpuPreservation totalDifference leakage\n  }\n"): typeof import('./graphql').MigrationRunSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceList($first: Int, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id kind status number account { id externalId name } currency periodStart periodEnd\n          issueDate dueDate total amountDue\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').InvoiceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MigrationReconciledAccount on ReconciledAccount {\n    legacyAccountId accountName account { id currency systemOfRecord } status\n    legacySubtotal legacyTaxTotal legacyTotal newSubtotal newTaxTotal newTotal difference\n    suggestedCause cause resolution comment reviewedBy reviewedAt\n  }\n"): typeof import('./graphql').MigrationReconciledAccountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MigrationRunAccounts($id: ID!, $first: Int, $offset: Int) {\n    parallelRun(id: $id) { accounts(first: $first, offset: $offset) { ...MigrationReconciledAccount } }\n  }\n"): typeof import('./graphql').MigrationRunAccountsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
