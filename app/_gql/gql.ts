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
    "\n  query MigrationImportRuns($importId: ID!) {\n    parallelRuns(importId: $importId) {\n      id status createdAt createdBy error tolerances { lineType amount }\n      summary { invoiceAccuracy matching invoicesCompared arpuPreservation currency totalDifference\n        byCurrency { currency totalDifference } }\n    }\n  }\n": typeof types.MigrationImportRunsDocument,
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
    "\n  fragment MigrationRunSummary on ParallelRunSummary {\n    invoicesCompared matching invoiceAccuracy legacyInvoices newInvoices variances missingInLegacy\n    missingInNew currency legacyArpu newArpu arpuPreservation totalDifference leakage\n    byCurrency { currency legacyArpu newArpu arpuPreservation totalDifference leakage }\n  }\n": typeof types.MigrationRunSummaryFragmentDoc,
    "\n  fragment ProgramKpiValue on KpiValue {\n    kpi value currency target meetsTarget\n    trend { label value }\n  }\n": typeof types.ProgramKpiValueFragmentDoc,
    "\n  fragment ProgramStatusReport on StatusReport { id coversUntil body author createdAt }\n": typeof types.ProgramStatusReportFragmentDoc,
    "\n  mutation ProgramSaveStatusReport($input: SaveStatusReportInput!) {\n    saveStatusReport(input: $input) {\n      report { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ProgramSaveStatusReportDocument,
    "\n  query Charter {\n    program {\n      id name\n      charter { ...ProgramCharter }\n    }\n  }\n": typeof types.CharterDocument,
    "\n  fragment ProgramCharter on Charter {\n    goals { id title kpi target }\n    stakeholders { name role email }\n    scopeIn { category item }\n    scopeOut { category item }\n    assumptions constraints\n  }\n": typeof types.ProgramCharterFragmentDoc,
    "\n  mutation CharterUpdate($input: UpdateCharterInput!) {\n    updateCharter(input: $input) {\n      program { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.CharterUpdateDocument,
    "\n  query Checklist($filter: ChecklistFilter) {\n    program {\n      id name\n      checklist(filter: $filter) { ...ChecklistItemRow }\n    }\n  }\n": typeof types.ChecklistDocument,
    "\n  fragment ChecklistItemRow on ChecklistItem {\n    id standardKey area title owner { id name } dueOn blocking status statusBy statusAt notes\n    evidenceLinks overdue\n    check { ...ProgramEvidenceCheck }\n    checkState checkDetail\n    conditionOf { id title }\n    signOffs { ...ProgramSignOffSummary }\n  }\n": typeof types.ChecklistItemRowFragmentDoc,
    "\n  mutation ChecklistSaveItem($input: ChecklistItemInput!) {\n    saveChecklistItem(input: $input) {\n      item { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ChecklistSaveItemDocument,
    "\n  query DecisionLog($id: ID!, $category: DecisionCategory) {\n    decisionLog(programId: $id, category: $category) {\n      id category title body decidedOn author authorUser { name } createdAt\n    }\n  }\n": typeof types.DecisionLogDocument,
    "\n  mutation DecisionLogAddEntry($input: LogDecisionInput!) {\n    logDecision(input: $input) {\n      entry { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.DecisionLogAddEntryDocument,
    "\n  mutation GoNoGoDecide($input: DecideGoNoGoInput!) {\n    decideGoNoGo(input: $input) {\n      review { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.GoNoGoDecideDocument,
    "\n  query GoNoGo {\n    program {\n      id name\n      goNoGoReviews { ...GoNoGoReviewCard }\n    }\n  }\n": typeof types.GoNoGoDocument,
    "\n  mutation GoNoGoCreateReview($input: CreateGoNoGoReviewInput!) {\n    createGoNoGoReview(input: $input) {\n      review { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.GoNoGoCreateReviewDocument,
    "\n  fragment GoNoGoReviewCard on GoNoGoReview {\n    id title scheduledAt\n    scorecard { label source sourceId rag detail }\n    votes { user { id name } role vote comment at }\n    outcome outcomeNote\n    conditions { id title status owner { id name } dueOn }\n    rollbackOwner { id name }\n    pointOfNoReturn decidedBy decidedAt\n  }\n": typeof types.GoNoGoReviewCardFragmentDoc,
    "\n  mutation GoNoGoCastVote($input: CastGoNoGoVoteInput!) {\n    castGoNoGoVote(input: $input) {\n      review { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.GoNoGoCastVoteDocument,
    "\n  query ProgramOverview {\n    program {\n      id name health healthReasons\n      import { id sourceName }\n      nextMilestones(first: 5) { id title dueOn status health healthReasons owner { id name } }\n      blockingItems { id title area dueOn overdue owner { id name } }\n      kpis { ...ProgramKpiValue }\n      statusReports { ...ProgramStatusReport }\n      statusReportDraft\n    }\n  }\n": typeof types.ProgramOverviewDocument,
    "\n  query ProgramOverviewAwaitingMe {\n    mySignOffRequests { id }\n  }\n": typeof types.ProgramOverviewAwaitingMeDocument,
    "\n  mutation RaciAssign($input: AssignRaciInput!) {\n    assignRaci(input: $input) {\n      assignment { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RaciAssignDocument,
    "\n  query RaciRegister($id: ID!) {\n    raciMatrix(programId: $id) {\n      subjectType subjectKey label missingAccountable\n      assignments { id responsibility escalationLevel phone user { id name email } }\n    }\n    pointOfContactMatrix(programId: $id) {\n      area label\n      accountable { ...RaciContactFields }\n      responsible { ...RaciContactFields }\n      escalationPath { ...RaciContactFields }\n    }\n  }\n": typeof types.RaciRegisterDocument,
    "\n  fragment RaciContactFields on ProgramContact { name email phone responsibility escalationLevel }\n": typeof types.RaciContactFieldsFragmentDoc,
    "\n  mutation RaciRemoveAssignment($input: RemoveRaciAssignmentInput!) {\n    removeRaciAssignment(input: $input) {\n      userErrors { message }\n    }\n  }\n": typeof types.RaciRemoveAssignmentDocument,
    "\n  fragment RiskRegisterRow on Risk {\n    id title description probability impact score owner { id name email }\n    mitigation contingency trigger reviewOn reviewOverdue status\n  }\n": typeof types.RiskRegisterRowFragmentDoc,
    "\n  mutation RiskFormCreate($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      risk { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RiskFormCreateDocument,
    "\n  mutation RiskFormUpdate($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      risk { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RiskFormUpdateDocument,
    "\n  fragment RiskHeatMapCells on RiskHeatMap {\n    openRisks\n    cells { probability impact score count }\n  }\n": typeof types.RiskHeatMapCellsFragmentDoc,
    "\n  query RiskRegister($id: ID!, $status: RiskStatus, $overdue: Boolean) {\n    riskHeatMap(programId: $id) { ...RiskHeatMapCells }\n    risks(programId: $id, status: $status, reviewOverdue: $overdue) { ...RiskRegisterRow }\n  }\n": typeof types.RiskRegisterDocument,
    "\n  mutation RoadmapSaveMilestone($input: MilestoneInput!) {\n    saveMilestone(input: $input) {\n      milestone { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RoadmapSaveMilestoneDocument,
    "\n  fragment RoadmapMilestone on Milestone {\n    id standardKey phase title description owner { id name } dueOn status completedAt\n    health suggestedHealth healthReasons healthOverride healthOverrideReason\n    dependsOn { id title dueOn status }\n    lateDependencies { id title dueOn status }\n    check { ...ProgramEvidenceCheck }\n    checkState checkDetail\n    signOffs { ...ProgramSignOffSummary }\n  }\n": typeof types.RoadmapMilestoneFragmentDoc,
    "\n  query Roadmap {\n    program {\n      id name\n      phases { ...RoadmapPhaseSpan }\n      milestones { ...RoadmapMilestone }\n    }\n  }\n": typeof types.RoadmapDocument,
    "\n  fragment RoadmapPhaseSpan on PhaseSpan { phase startsOn endsOn }\n": typeof types.RoadmapPhaseSpanFragmentDoc,
    "\n  fragment SignOffCardRequest on SignOffRequest {\n    id subjectType subjectId title rule quorum note status evidenceHash evidence\n    approvers { id user { id name } role decision comment decidedBy decidedAt }\n    requestedBy createdAt decidedAt invalidatedAt invalidationReason awaitingMe\n  }\n": typeof types.SignOffCardRequestFragmentDoc,
    "\n  mutation SignOffsDecide($input: DecideSignOffInput!) {\n    decideSignOff(input: $input) {\n      signOff { id status }\n      userErrors { code field message }\n    }\n  }\n": typeof types.SignOffsDecideDocument,
    "\n  query SignOffs($status: SignOffStatus) {\n    program {\n      id name\n      signOffRequests(status: $status) { ...SignOffCardRequest }\n    }\n  }\n": typeof types.SignOffsDocument,
    "\n  query SignOffsInbox {\n    mySignOffRequests { ...SignOffCardRequest }\n  }\n": typeof types.SignOffsInboxDocument,
    "\n  mutation TrainingCreateModule($input: CreateTrainingModuleInput!) {\n    createTrainingModule(input: $input) {\n      module { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.TrainingCreateModuleDocument,
    "\n  mutation TrainingAddTrainee($input: AddTraineeInput!) {\n    addTrainee(input: $input) {\n      trainee { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.TrainingAddTraineeDocument,
    "\n  query TrainingTracker($id: ID!) {\n    trainingGrid(programId: $id) {\n      modules { id title audience required }\n      rows { trainee { id name email team } cells { moduleId completedOn recordedBy } }\n    }\n    trainingCompletion(programId: $id) { requiredModules trainees completed expected ratio complete }\n  }\n": typeof types.TrainingTrackerDocument,
    "\n  mutation TrainingRecordCompletion($input: RecordTrainingCompletionInput!) {\n    recordTrainingCompletion(input: $input) {\n      userErrors { message }\n    }\n  }\n": typeof types.TrainingRecordCompletionDocument,
    "\n  mutation TrainingUndoCompletion($input: UndoTrainingCompletionInput!) {\n    undoTrainingCompletion(input: $input) {\n      userErrors { message }\n    }\n  }\n": typeof types.TrainingUndoCompletionDocument,
    "\n  query InvoiceList($first: Int, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id kind status number account { id externalId name } currency periodStart periodEnd\n          issueDate dueDate total amountDue\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.InvoiceListDocument,
    "\n  fragment MigrationReconciledAccount on ReconciledAccount {\n    legacyAccountId accountName account { id currency systemOfRecord } status\n    legacySubtotal legacyTaxTotal legacyTotal newSubtotal newTaxTotal newTotal difference\n    suggestedCause cause resolution comment reviewedBy reviewedAt\n  }\n": typeof types.MigrationReconciledAccountFragmentDoc,
    "\n  query MigrationRunAccounts($id: ID!, $first: Int, $offset: Int) {\n    parallelRun(id: $id) { accounts(first: $first, offset: $offset) { ...MigrationReconciledAccount } }\n  }\n": typeof types.MigrationRunAccountsDocument,
    "\n  fragment ProgramEvidenceCheck on EvidenceCheck { kind threshold min max tolerance area description }\n": typeof types.ProgramEvidenceCheckFragmentDoc,
    "\n  mutation ProgramRequestSignOff($input: RequestSignOffInput!) {\n    requestSignOff(input: $input) {\n      signOff { id status }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ProgramRequestSignOffDocument,
    "\n  fragment ProgramSignOffSummary on SignOffRequest { id title status invalidationReason }\n": typeof types.ProgramSignOffSummaryFragmentDoc,
    "\n  query StartProgramImports {\n    migrationImports(first: 50) { id sourceName status periodStart periodEnd }\n  }\n": typeof types.StartProgramImportsDocument,
    "\n  mutation StartProgramCreate($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      program { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.StartProgramCreateDocument,
    "\n  query CurrentProgram($id: ID) {\n    program(id: $id) { id name }\n  }\n": typeof types.CurrentProgramDocument,
    "\n  query ProgramPeople {\n    people { id name email }\n  }\n": typeof types.ProgramPeopleDocument,
};
const documents: Documents = {
    "\n  query MigrationImportList {\n    migrationImports(first: 50) {\n      id sourceName sourceSystem periodStart periodEnd status unrated createdBy createdAt\n      files { file read imported duplicates conflicts rejected }\n      parallelRuns { id }\n      waves { id }\n    }\n  }\n": types.MigrationImportListDocument,
    "\n  query MigrationImportReport($id: ID!) {\n    migrationImport(id: $id) {\n      id sourceName sourceSystem periodStart periodEnd status unrated createdBy createdAt finishedAt\n      usageIngestion { id unrated }\n      waves { id name status accountCount }\n      validation {\n        files { file expectedRows read imported duplicates conflicts rejected matchesManifest }\n        ...MigrationValidationReport\n      }\n    }\n  }\n": types.MigrationImportReportDocument,
    "\n  query MigrationImportRuns($importId: ID!) {\n    parallelRuns(importId: $importId) {\n      id status createdAt createdBy error tolerances { lineType amount }\n      summary { invoiceAccuracy matching invoicesCompared arpuPreservation currency totalDifference\n        byCurrency { currency totalDifference } }\n    }\n  }\n": types.MigrationImportRunsDocument,
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
    "\n  fragment MigrationRunSummary on ParallelRunSummary {\n    invoicesCompared matching invoiceAccuracy legacyInvoices newInvoices variances missingInLegacy\n    missingInNew currency legacyArpu newArpu arpuPreservation totalDifference leakage\n    byCurrency { currency legacyArpu newArpu arpuPreservation totalDifference leakage }\n  }\n": types.MigrationRunSummaryFragmentDoc,
    "\n  fragment ProgramKpiValue on KpiValue {\n    kpi value currency target meetsTarget\n    trend { label value }\n  }\n": types.ProgramKpiValueFragmentDoc,
    "\n  fragment ProgramStatusReport on StatusReport { id coversUntil body author createdAt }\n": types.ProgramStatusReportFragmentDoc,
    "\n  mutation ProgramSaveStatusReport($input: SaveStatusReportInput!) {\n    saveStatusReport(input: $input) {\n      report { id }\n      userErrors { code field message }\n    }\n  }\n": types.ProgramSaveStatusReportDocument,
    "\n  query Charter {\n    program {\n      id name\n      charter { ...ProgramCharter }\n    }\n  }\n": types.CharterDocument,
    "\n  fragment ProgramCharter on Charter {\n    goals { id title kpi target }\n    stakeholders { name role email }\n    scopeIn { category item }\n    scopeOut { category item }\n    assumptions constraints\n  }\n": types.ProgramCharterFragmentDoc,
    "\n  mutation CharterUpdate($input: UpdateCharterInput!) {\n    updateCharter(input: $input) {\n      program { id }\n      userErrors { code field message }\n    }\n  }\n": types.CharterUpdateDocument,
    "\n  query Checklist($filter: ChecklistFilter) {\n    program {\n      id name\n      checklist(filter: $filter) { ...ChecklistItemRow }\n    }\n  }\n": types.ChecklistDocument,
    "\n  fragment ChecklistItemRow on ChecklistItem {\n    id standardKey area title owner { id name } dueOn blocking status statusBy statusAt notes\n    evidenceLinks overdue\n    check { ...ProgramEvidenceCheck }\n    checkState checkDetail\n    conditionOf { id title }\n    signOffs { ...ProgramSignOffSummary }\n  }\n": types.ChecklistItemRowFragmentDoc,
    "\n  mutation ChecklistSaveItem($input: ChecklistItemInput!) {\n    saveChecklistItem(input: $input) {\n      item { id }\n      userErrors { code field message }\n    }\n  }\n": types.ChecklistSaveItemDocument,
    "\n  query DecisionLog($id: ID!, $category: DecisionCategory) {\n    decisionLog(programId: $id, category: $category) {\n      id category title body decidedOn author authorUser { name } createdAt\n    }\n  }\n": types.DecisionLogDocument,
    "\n  mutation DecisionLogAddEntry($input: LogDecisionInput!) {\n    logDecision(input: $input) {\n      entry { id }\n      userErrors { code field message }\n    }\n  }\n": types.DecisionLogAddEntryDocument,
    "\n  mutation GoNoGoDecide($input: DecideGoNoGoInput!) {\n    decideGoNoGo(input: $input) {\n      review { id }\n      userErrors { code field message }\n    }\n  }\n": types.GoNoGoDecideDocument,
    "\n  query GoNoGo {\n    program {\n      id name\n      goNoGoReviews { ...GoNoGoReviewCard }\n    }\n  }\n": types.GoNoGoDocument,
    "\n  mutation GoNoGoCreateReview($input: CreateGoNoGoReviewInput!) {\n    createGoNoGoReview(input: $input) {\n      review { id }\n      userErrors { code field message }\n    }\n  }\n": types.GoNoGoCreateReviewDocument,
    "\n  fragment GoNoGoReviewCard on GoNoGoReview {\n    id title scheduledAt\n    scorecard { label source sourceId rag detail }\n    votes { user { id name } role vote comment at }\n    outcome outcomeNote\n    conditions { id title status owner { id name } dueOn }\n    rollbackOwner { id name }\n    pointOfNoReturn decidedBy decidedAt\n  }\n": types.GoNoGoReviewCardFragmentDoc,
    "\n  mutation GoNoGoCastVote($input: CastGoNoGoVoteInput!) {\n    castGoNoGoVote(input: $input) {\n      review { id }\n      userErrors { code field message }\n    }\n  }\n": types.GoNoGoCastVoteDocument,
    "\n  query ProgramOverview {\n    program {\n      id name health healthReasons\n      import { id sourceName }\n      nextMilestones(first: 5) { id title dueOn status health healthReasons owner { id name } }\n      blockingItems { id title area dueOn overdue owner { id name } }\n      kpis { ...ProgramKpiValue }\n      statusReports { ...ProgramStatusReport }\n      statusReportDraft\n    }\n  }\n": types.ProgramOverviewDocument,
    "\n  query ProgramOverviewAwaitingMe {\n    mySignOffRequests { id }\n  }\n": types.ProgramOverviewAwaitingMeDocument,
    "\n  mutation RaciAssign($input: AssignRaciInput!) {\n    assignRaci(input: $input) {\n      assignment { id }\n      userErrors { code field message }\n    }\n  }\n": types.RaciAssignDocument,
    "\n  query RaciRegister($id: ID!) {\n    raciMatrix(programId: $id) {\n      subjectType subjectKey label missingAccountable\n      assignments { id responsibility escalationLevel phone user { id name email } }\n    }\n    pointOfContactMatrix(programId: $id) {\n      area label\n      accountable { ...RaciContactFields }\n      responsible { ...RaciContactFields }\n      escalationPath { ...RaciContactFields }\n    }\n  }\n": types.RaciRegisterDocument,
    "\n  fragment RaciContactFields on ProgramContact { name email phone responsibility escalationLevel }\n": types.RaciContactFieldsFragmentDoc,
    "\n  mutation RaciRemoveAssignment($input: RemoveRaciAssignmentInput!) {\n    removeRaciAssignment(input: $input) {\n      userErrors { message }\n    }\n  }\n": types.RaciRemoveAssignmentDocument,
    "\n  fragment RiskRegisterRow on Risk {\n    id title description probability impact score owner { id name email }\n    mitigation contingency trigger reviewOn reviewOverdue status\n  }\n": types.RiskRegisterRowFragmentDoc,
    "\n  mutation RiskFormCreate($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      risk { id }\n      userErrors { code field message }\n    }\n  }\n": types.RiskFormCreateDocument,
    "\n  mutation RiskFormUpdate($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      risk { id }\n      userErrors { code field message }\n    }\n  }\n": types.RiskFormUpdateDocument,
    "\n  fragment RiskHeatMapCells on RiskHeatMap {\n    openRisks\n    cells { probability impact score count }\n  }\n": types.RiskHeatMapCellsFragmentDoc,
    "\n  query RiskRegister($id: ID!, $status: RiskStatus, $overdue: Boolean) {\n    riskHeatMap(programId: $id) { ...RiskHeatMapCells }\n    risks(programId: $id, status: $status, reviewOverdue: $overdue) { ...RiskRegisterRow }\n  }\n": types.RiskRegisterDocument,
    "\n  mutation RoadmapSaveMilestone($input: MilestoneInput!) {\n    saveMilestone(input: $input) {\n      milestone { id }\n      userErrors { code field message }\n    }\n  }\n": types.RoadmapSaveMilestoneDocument,
    "\n  fragment RoadmapMilestone on Milestone {\n    id standardKey phase title description owner { id name } dueOn status completedAt\n    health suggestedHealth healthReasons healthOverride healthOverrideReason\n    dependsOn { id title dueOn status }\n    lateDependencies { id title dueOn status }\n    check { ...ProgramEvidenceCheck }\n    checkState checkDetail\n    signOffs { ...ProgramSignOffSummary }\n  }\n": types.RoadmapMilestoneFragmentDoc,
    "\n  query Roadmap {\n    program {\n      id name\n      phases { ...RoadmapPhaseSpan }\n      milestones { ...RoadmapMilestone }\n    }\n  }\n": types.RoadmapDocument,
    "\n  fragment RoadmapPhaseSpan on PhaseSpan { phase startsOn endsOn }\n": types.RoadmapPhaseSpanFragmentDoc,
    "\n  fragment SignOffCardRequest on SignOffRequest {\n    id subjectType subjectId title rule quorum note status evidenceHash evidence\n    approvers { id user { id name } role decision comment decidedBy decidedAt }\n    requestedBy createdAt decidedAt invalidatedAt invalidationReason awaitingMe\n  }\n": types.SignOffCardRequestFragmentDoc,
    "\n  mutation SignOffsDecide($input: DecideSignOffInput!) {\n    decideSignOff(input: $input) {\n      signOff { id status }\n      userErrors { code field message }\n    }\n  }\n": types.SignOffsDecideDocument,
    "\n  query SignOffs($status: SignOffStatus) {\n    program {\n      id name\n      signOffRequests(status: $status) { ...SignOffCardRequest }\n    }\n  }\n": types.SignOffsDocument,
    "\n  query SignOffsInbox {\n    mySignOffRequests { ...SignOffCardRequest }\n  }\n": types.SignOffsInboxDocument,
    "\n  mutation TrainingCreateModule($input: CreateTrainingModuleInput!) {\n    createTrainingModule(input: $input) {\n      module { id }\n      userErrors { code field message }\n    }\n  }\n": types.TrainingCreateModuleDocument,
    "\n  mutation TrainingAddTrainee($input: AddTraineeInput!) {\n    addTrainee(input: $input) {\n      trainee { id }\n      userErrors { code field message }\n    }\n  }\n": types.TrainingAddTraineeDocument,
    "\n  query TrainingTracker($id: ID!) {\n    trainingGrid(programId: $id) {\n      modules { id title audience required }\n      rows { trainee { id name email team } cells { moduleId completedOn recordedBy } }\n    }\n    trainingCompletion(programId: $id) { requiredModules trainees completed expected ratio complete }\n  }\n": types.TrainingTrackerDocument,
    "\n  mutation TrainingRecordCompletion($input: RecordTrainingCompletionInput!) {\n    recordTrainingCompletion(input: $input) {\n      userErrors { message }\n    }\n  }\n": types.TrainingRecordCompletionDocument,
    "\n  mutation TrainingUndoCompletion($input: UndoTrainingCompletionInput!) {\n    undoTrainingCompletion(input: $input) {\n      userErrors { message }\n    }\n  }\n": types.TrainingUndoCompletionDocument,
    "\n  query InvoiceList($first: Int, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id kind status number account { id externalId name } currency periodStart periodEnd\n          issueDate dueDate total amountDue\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.InvoiceListDocument,
    "\n  fragment MigrationReconciledAccount on ReconciledAccount {\n    legacyAccountId accountName account { id currency systemOfRecord } status\n    legacySubtotal legacyTaxTotal legacyTotal newSubtotal newTaxTotal newTotal difference\n    suggestedCause cause resolution comment reviewedBy reviewedAt\n  }\n": types.MigrationReconciledAccountFragmentDoc,
    "\n  query MigrationRunAccounts($id: ID!, $first: Int, $offset: Int) {\n    parallelRun(id: $id) { accounts(first: $first, offset: $offset) { ...MigrationReconciledAccount } }\n  }\n": types.MigrationRunAccountsDocument,
    "\n  fragment ProgramEvidenceCheck on EvidenceCheck { kind threshold min max tolerance area description }\n": types.ProgramEvidenceCheckFragmentDoc,
    "\n  mutation ProgramRequestSignOff($input: RequestSignOffInput!) {\n    requestSignOff(input: $input) {\n      signOff { id status }\n      userErrors { code field message }\n    }\n  }\n": types.ProgramRequestSignOffDocument,
    "\n  fragment ProgramSignOffSummary on SignOffRequest { id title status invalidationReason }\n": types.ProgramSignOffSummaryFragmentDoc,
    "\n  query StartProgramImports {\n    migrationImports(first: 50) { id sourceName status periodStart periodEnd }\n  }\n": types.StartProgramImportsDocument,
    "\n  mutation StartProgramCreate($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      program { id }\n      userErrors { code field message }\n    }\n  }\n": types.StartProgramCreateDocument,
    "\n  query CurrentProgram($id: ID) {\n    program(id: $id) { id name }\n  }\n": types.CurrentProgramDocument,
    "\n  query ProgramPeople {\n    people { id name email }\n  }\n": types.ProgramPeopleDocument,
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
export function graphql(source: "\n  query MigrationImportRuns($importId: ID!) {\n    parallelRuns(importId: $importId) {\n      id status createdAt createdBy error tolerances { lineType amount }\n      summary { invoiceAccuracy matching invoicesCompared arpuPreservation currency totalDifference\n        byCurrency { currency totalDifference } }\n    }\n  }\n"): typeof import('./graphql').MigrationImportRunsDocument;
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
export function graphql(source: "\n  fragment MigrationRunSummary on ParallelRunSummary {\n    invoicesCompared matching invoiceAccuracy legacyInvoices newInvoices variances missingInLegacy\n    missingInNew currency legacyArpu newArpu arpuPreservation totalDifference leakage\n    byCurrency { currency legacyArpu newArpu arpuPreservation totalDifference leakage }\n  }\n"): typeof import('./graphql').MigrationRunSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramKpiValue on KpiValue {\n    kpi value currency target meetsTarget\n    trend { label value }\n  }\n"): typeof import('./graphql').ProgramKpiValueFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramStatusReport on StatusReport { id coversUntil body author createdAt }\n"): typeof import('./graphql').ProgramStatusReportFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgramSaveStatusReport($input: SaveStatusReportInput!) {\n    saveStatusReport(input: $input) {\n      report { id }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').ProgramSaveStatusReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Charter {\n    program {\n      id name\n      charter { ...ProgramCharter }\n    }\n  }\n"): typeof import('./graphql').CharterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramCharter on Charter {\n    goals { id title kpi target }\n    stakeholders { name role email }\n    scopeIn { category item }\n    scopeOut { category item }\n    assumptions constraints\n  }\n"): typeof import('./graphql').ProgramCharterFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CharterUpdate($input: UpdateCharterInput!) {\n    updateCharter(input: $input) {\n      program { id }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').CharterUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Checklist($filter: ChecklistFilter) {\n    program {\n      id name\n      checklist(filter: $filter) { ...ChecklistItemRow }\n    }\n  }\n"): typeof import('./graphql').ChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChecklistItemRow on ChecklistItem {\n    id standardKey area title owner { id name } dueOn blocking status statusBy statusAt notes\n    evidenceLinks overdue\n    check { ...ProgramEvidenceCheck }\n    checkState checkDetail\n    conditionOf { id title }\n    signOffs { ...ProgramSignOffSummary }\n  }\n"): typeof import('./graphql').ChecklistItemRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChecklistSaveItem($input: ChecklistItemInput!) {\n    saveChecklistItem(input: $input) {\n      item { id }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').ChecklistSaveItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionLog($id: ID!, $category: DecisionCategory) {\n    decisionLog(programId: $id, category: $category) {\n      id category title body decidedOn author authorUser { name } createdAt\n    }\n  }\n"): typeof import('./graphql').DecisionLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionLogAddEntry($input: LogDecisionInput!) {\n    logDecision(input: $input) {\n      entry { id }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').DecisionLogAddEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GoNoGoDecide($input: DecideGoNoGoInput!) {\n    decideGoNoGo(input: $input) {\n      review { id }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').GoNoGoDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoNoGo {\n    program {\n      id name\n      goNoGoReviews { ...GoNoGoReviewCard }\n    }\n  }\n"): typeof import('./graphql').GoNoGoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GoNoGoCreateReview($input: CreateGoNoGoReviewInput!) {\n    createGoNoGoReview(input: $input) {\n      review { id }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').GoNoGoCreateReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoNoGoReviewCard on GoNoGoReview {\n    id title scheduledAt\n    scorecard { label source sourceId rag detail }\n    votes { user { id name } role vote comment at }\n    outcome outcomeNote\n    conditions { id title status owner { id name } dueOn }\n    rollbackOwner { id name }\n    pointOfNoReturn decidedBy decidedAt\n  }\n"): typeof import('./graphql').GoNoGoReviewCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GoNoGoCastVote($input: CastGoNoGoVoteInput!) {\n    castGoNoGoVote(input: $input) {\n      review { id }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').GoNoGoCastVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramOverview {\n    program {\n      id name health healthReasons\n      import { id sourceName }\n      nextMilestones(first: 5) { id title dueOn status health healthReasons owner { id name } }\n      blockingItems { id title area dueOn overdue owner { id name } }\n      kpis { ...ProgramKpiValue }\n      statusReports { ...ProgramStatusReport }\n      statusReportDraft\n    }\n  }\n"): typeof import('./graphql').ProgramOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramOverviewAwaitingMe {\n    mySignOffRequests { id }\n  }\n"): typeof import('./graphql').ProgramOverviewAwaitingMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaciAssign($input: AssignRaciInput!) {\n    assignRaci(input: $input) {\n      assignment { id }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').RaciAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RaciRegister($id: ID!) {\n    raciMatrix(programId: $id) {\n      subjectType subjectKey label missingAccountable\n      assignments { id responsibility escalationLevel phone user { id name email } }\n    }\n    pointOfContactMatrix(programId: $id) {\n      area label\n      accountable { ...RaciContactFields }\n      responsible { ...RaciContactFields }\n      escalationPath { ...RaciContactFields }\n    }\n  }\n"): typeof import('./graphql').RaciRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RaciContactFields on ProgramContact { name email phone responsibility escalationLevel }\n"): typeof import('./graphql').RaciContactFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaciRemoveAssignment($input: RemoveRaciAssignmentInput!) {\n    removeRaciAssignment(input: $input) {\n      userErrors { message }\n    }\n  }\n"): typeof import('./graphql').RaciRemoveAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RiskRegisterRow on Risk {\n    id title description probability impact score owner { id name email }\n    mitigation contingency trigger reviewOn reviewOverdue status\n  }\n"): typeof import('./graphql').RiskRegisterRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiskFormCreate($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      risk { id }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').RiskFormCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiskFormUpdate($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      risk { id }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').RiskFormUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RiskHeatMapCells on RiskHeatMap {\n    openRisks\n    cells { probability impact score count }\n  }\n"): typeof import('./graphql').RiskHeatMapCellsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskRegister($id: ID!, $status: RiskStatus, $overdue: Boolean) {\n    riskHeatMap(programId: $id) { ...RiskHeatMapCells }\n    risks(programId: $id, status: $status, reviewOverdue: $overdue) { ...RiskRegisterRow }\n  }\n"): typeof import('./graphql').RiskRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoadmapSaveMilestone($input: MilestoneInput!) {\n    saveMilestone(input: $input) {\n      milestone { id }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').RoadmapSaveMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoadmapMilestone on Milestone {\n    id standardKey phase title description owner { id name } dueOn status completedAt\n    health suggestedHealth healthReasons healthOverride healthOverrideReason\n    dependsOn { id title dueOn status }\n    lateDependencies { id title dueOn status }\n    check { ...ProgramEvidenceCheck }\n    checkState checkDetail\n    signOffs { ...ProgramSignOffSummary }\n  }\n"): typeof import('./graphql').RoadmapMilestoneFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roadmap {\n    program {\n      id name\n      phases { ...RoadmapPhaseSpan }\n      milestones { ...RoadmapMilestone }\n    }\n  }\n"): typeof import('./graphql').RoadmapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoadmapPhaseSpan on PhaseSpan { phase startsOn endsOn }\n"): typeof import('./graphql').RoadmapPhaseSpanFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignOffCardRequest on SignOffRequest {\n    id subjectType subjectId title rule quorum note status evidenceHash evidence\n    approvers { id user { id name } role decision comment decidedBy decidedAt }\n    requestedBy createdAt decidedAt invalidatedAt invalidationReason awaitingMe\n  }\n"): typeof import('./graphql').SignOffCardRequestFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffsDecide($input: DecideSignOffInput!) {\n    decideSignOff(input: $input) {\n      signOff { id status }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').SignOffsDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignOffs($status: SignOffStatus) {\n    program {\n      id name\n      signOffRequests(status: $status) { ...SignOffCardRequest }\n    }\n  }\n"): typeof import('./graphql').SignOffsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignOffsInbox {\n    mySignOffRequests { ...SignOffCardRequest }\n  }\n"): typeof import('./graphql').SignOffsInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrainingCreateModule($input: CreateTrainingModuleInput!) {\n    createTrainingModule(input: $input) {\n      module { id }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').TrainingCreateModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrainingAddTrainee($input: AddTraineeInput!) {\n    addTrainee(input: $input) {\n      trainee { id }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').TrainingAddTraineeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingTracker($id: ID!) {\n    trainingGrid(programId: $id) {\n      modules { id title audience required }\n      rows { trainee { id name email team } cells { moduleId completedOn recordedBy } }\n    }\n    trainingCompletion(programId: $id) { requiredModules trainees completed expected ratio complete }\n  }\n"): typeof import('./graphql').TrainingTrackerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrainingRecordCompletion($input: RecordTrainingCompletionInput!) {\n    recordTrainingCompletion(input: $input) {\n      userErrors { message }\n    }\n  }\n"): typeof import('./graphql').TrainingRecordCompletionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrainingUndoCompletion($input: UndoTrainingCompletionInput!) {\n    undoTrainingCompletion(input: $input) {\n      userErrors { message }\n    }\n  }\n"): typeof import('./graphql').TrainingUndoCompletionDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramEvidenceCheck on EvidenceCheck { kind threshold min max tolerance area description }\n"): typeof import('./graphql').ProgramEvidenceCheckFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgramRequestSignOff($input: RequestSignOffInput!) {\n    requestSignOff(input: $input) {\n      signOff { id status }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').ProgramRequestSignOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramSignOffSummary on SignOffRequest { id title status invalidationReason }\n"): typeof import('./graphql').ProgramSignOffSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartProgramImports {\n    migrationImports(first: 50) { id sourceName status periodStart periodEnd }\n  }\n"): typeof import('./graphql').StartProgramImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartProgramCreate($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      program { id }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').StartProgramCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentProgram($id: ID) {\n    program(id: $id) { id name }\n  }\n"): typeof import('./graphql').CurrentProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramPeople {\n    people { id name email }\n  }\n"): typeof import('./graphql').ProgramPeopleDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
