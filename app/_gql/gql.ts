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
    "\n  fragment AccountDetailsAccount on Account {\n    ...AccountFieldsFormAccount\n    id currency billingEmail billingEmailBounce { at reply } contactName taxRegion\n    ratePlan { code name } billingCycle billingDay paymentTermsDays invoiceDelivery billToParent\n    parent { id externalId }\n    children { id externalId }\n  }\n": typeof types.AccountDetailsAccountFragmentDoc,
    "\n  mutation AccountDetailsUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) { account { id } userErrors { code field message } }\n  }\n": typeof types.AccountDetailsUpdateAccountDocument,
    "\n  query AccountDunning($id: ID!) {\n    accountDunning(accountId: $id) {\n      policy { id name } isPolicyAssigned pausedUntil pauseReason pausedBy\n      openInvoices {\n        invoiceId invoiceNumber dueDate amountDue currency\n        lastStepName lastStepOn nextStepName nextAction nextStepOn\n      }\n      emails { id recipient status subject transport error createdAt }\n    }\n    dunningPolicies { id name isDefault }\n    dunningEvents(accountId: $id, first: 20) {\n      edges { node { id invoiceNumber action skipped asOf occurredAt step { name channels } } }\n    }\n  }\n": typeof types.AccountDunningDocument,
    "\n  mutation SetAccountDunningPolicy($input: SetAccountDunningPolicyInput!) {\n    setAccountDunningPolicy(input: $input) { accountDunning { isPolicyAssigned } userErrors { code field message } }\n  }\n": typeof types.SetAccountDunningPolicyDocument,
    "\n  mutation PauseAccountDunning($input: PauseAccountDunningInput!) {\n    pauseAccountDunning(input: $input) { accountDunning { pausedUntil } userErrors { code field message } }\n  }\n": typeof types.PauseAccountDunningDocument,
    "\n  mutation ResumeAccountDunning($input: ResumeAccountDunningInput!) {\n    resumeAccountDunning(input: $input) { accountDunning { pausedUntil } userErrors { code field message } }\n  }\n": typeof types.ResumeAccountDunningDocument,
    "\n  query AccountNotices($id: ID!) {\n    notices(accountId: $id) { id channel title body createdAt }\n  }\n": typeof types.AccountNoticesDocument,
    "\n  query AccountPayments($id: ID!) {\n    accountBalance(accountId: $id) { currency invoiced credited paid credit balance }\n    invoices(first: 200, filter: { accountId: $id, status: FINALIZED, kind: INVOICE }) {\n      edges { node { id number issueDate dueDate amountDue } }\n    }\n  }\n": typeof types.AccountPaymentsDocument,
    "\n  query AccountView($id: ID!) {\n    account(id: $id) {\n      id externalId name status\n      ...AccountDetailsAccount\n      ...PortalContactsCardAccount\n      ...SubscriptionsCardAccount\n      ...OneTimeChargesCardAccount\n    }\n  }\n": typeof types.AccountViewDocument,
    "\n  fragment OneTimeChargesCardAccount on Account {\n    id currency\n    oneTimeCharges { id chargeDate quantity unitPrice description product { code name } }\n  }\n": typeof types.OneTimeChargesCardAccountFragmentDoc,
    "\n  mutation OneTimeChargesCardAdd($input: AddOneTimeChargeInput!) {\n    addOneTimeCharge(input: $input) { charge { id } userErrors { code field message } }\n  }\n": typeof types.OneTimeChargesCardAddDocument,
    "\n  fragment PortalContactsCardAccount on Account {\n    id\n    contacts { id email name verifiedAt createdAt }\n  }\n": typeof types.PortalContactsCardAccountFragmentDoc,
    "\n  mutation PortalContactsCardAdd($input: AddAccountContactInput!) {\n    addAccountContact(input: $input) { contact { id } userErrors { code field message } }\n  }\n": typeof types.PortalContactsCardAddDocument,
    "\n  mutation PortalContactsCardRemove($input: RemoveAccountContactInput!) {\n    removeAccountContact(input: $input) { contact { id } userErrors { code field message } }\n  }\n": typeof types.PortalContactsCardRemoveDocument,
    "\n  query AccountProductOptions($kind: ProductKind) {\n    products(first: 200, filter: { kind: $kind, isActive: true }) { edges { node { id code name } } }\n  }\n": typeof types.AccountProductOptionsDocument,
    "\n  fragment ChangeSubscriptionFormSubscription on AccountSubscription {\n    id quantity unitPrice discountPercent\n  }\n": typeof types.ChangeSubscriptionFormSubscriptionFragmentDoc,
    "\n  mutation SubscriptionFormsCreate($input: CreateSubscriptionInput!) {\n    createSubscription(input: $input) { subscription { id } userErrors { code field message } }\n  }\n": typeof types.SubscriptionFormsCreateDocument,
    "\n  mutation SubscriptionFormsChange($input: ChangeSubscriptionInput!) {\n    changeSubscription(input: $input) { subscription { id } userErrors { code field message } }\n  }\n": typeof types.SubscriptionFormsChangeDocument,
    "\n  mutation SubscriptionFormsEnd($input: EndSubscriptionInput!) {\n    endSubscription(input: $input) { subscription { id } userErrors { code field message } }\n  }\n": typeof types.SubscriptionFormsEndDocument,
    "\n  fragment SubscriptionsCardAccount on Account {\n    id currency\n    subscriptions {\n      ...ChangeSubscriptionFormSubscription\n      id quantity unitPrice discountPercent startDate endDate serviceIds\n      product { id code name }\n    }\n  }\n": typeof types.SubscriptionsCardAccountFragmentDoc,
    "\n  fragment AccountFieldsFormAccount on Account {\n    id externalId name currency status billingEmail contactName taxRegion billingCycle billingDay\n    paymentTermsDays invoiceDelivery billToParent\n    ratePlan { id }\n    parent { id externalId name currency }\n  }\n": typeof types.AccountFieldsFormAccountFragmentDoc,
    "\n  query AccountRatePlanOptions {\n    ratePlans { id code name currency }\n  }\n": typeof types.AccountRatePlanOptionsDocument,
    "\n  mutation AccountsConsoleCreateAccount($input: AccountFieldsInput!) {\n    createAccount(input: $input) { account { id } userErrors { code field message } }\n  }\n": typeof types.AccountsConsoleCreateAccountDocument,
    "\n  query AccountsList($first: Int, $after: String, $search: String, $status: AccountStatus) {\n    accounts(first: $first, after: $after, search: $search, status: $status) {\n      edges {\n        node {\n          id externalId name status currency billingEmail paymentTermsDays billingCycle billingDay\n          parent { id externalId } billToParent ratePlan { code }\n          balance { balance }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AccountsListDocument,
    "\n  query CatalogBillingRules {\n    catalogs { id code name defaultBillingTiming prorationMethod creditUnusedOnCancel billPartialWithNextPeriod }\n  }\n": typeof types.CatalogBillingRulesDocument,
    "\n  mutation CatalogBillingRulesUpdate($input: UpdateCatalogBillingInput!) {\n    updateCatalogBilling(input: $input) {\n      catalog { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.CatalogBillingRulesUpdateDocument,
    "\n  query CatalogBrowser($search: String) {\n    products(first: 100, filter: { search: $search }) {\n      edges {\n        node {\n          id code name kind usageType taxCategory isActive\n          priceOn(currency: \"USD\") { ...DescribePricePrice }\n        }\n      }\n    }\n    ratePlans { id code name currency timeZone versionOn { version effectiveFrom entryCount } }\n  }\n": typeof types.CatalogBrowserDocument,
    "\n  mutation CatalogBrowserCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { product { id } userErrors { code field message } }\n  }\n": typeof types.CatalogBrowserCreateProductDocument,
    "\n  fragment DescribePricePrice on Price {\n    model amount unitPrice packageSize packagePrice freeUnits minimumCharge\n    tiers { upTo unitPrice }\n    ratePercent transactionFee transactionMinimum transactionMaximum freeTransactions freeAmount\n    billingTiming\n  }\n": typeof types.DescribePricePriceFragmentDoc,
    "\n  query AllowanceUsageProducts {\n    products(first: 100, filter: { kind: USAGE, isActive: true }) { edges { node { id code name usageType } } }\n  }\n": typeof types.AllowanceUsageProductsDocument,
    "\n  mutation AllowanceEditorSet($input: SetProductAllowancesInput!) {\n    setProductAllowances(input: $input) { product { id } userErrors { code field message } }\n  }\n": typeof types.AllowanceEditorSetDocument,
    "\n  query ProductEditor($id: ID!) {\n    product(id: $id) {\n      id code name description kind usageType taxCategory isActive\n      aggregation recordRounding { direction block }\n      prices {\n        ...DescribePricePrice\n        id currency model amount unitPrice packageSize packagePrice freeUnits minimumCharge\n        tiers { upTo unitPrice flatFee }\n        ratePercent transactionFee transactionMinimum transactionMaximum freeTransactions freeAmount\n        effectiveFrom effectiveTo\n      }\n      allowances { usageType usageProduct { id code } quantityPerUnit destinationClasses isPooled rollsOver }\n    }\n  }\n": typeof types.ProductEditorDocument,
    "\n  mutation ProductEditorSetPrice($input: SetProductPriceInput!) {\n    setProductPrice(input: $input) { price { id } userErrors { code field message } }\n  }\n": typeof types.ProductEditorSetPriceDocument,
    "\n  mutation ProductEditorUpdateRules($input: UpdateProductInput!) {\n    updateProduct(input: $input) { product { id } userErrors { code field message } }\n  }\n": typeof types.ProductEditorUpdateRulesDocument,
    "\n  mutation CallRoundingUpdate($input: UpdateRatePlanRoundingInput!) {\n    updateRatePlanRounding(input: $input) {\n      ratePlan { id callRoundingMode callDecimals }\n      userErrors { code field message }\n    }\n  }\n": typeof types.CallRoundingUpdateDocument,
    "\n  mutation DeckImport($input: ImportRateDeckInput!) {\n    importRateDeck(input: $input) {\n      version { version }\n      report { rowsRead rowsValid problems { line column message } }\n      userErrors { message }\n    }\n  }\n": typeof types.DeckImportDocument,
    "\n  fragment RatePlanBrowserEntry on RateDeckEntry {\n    prefix destination destinationClass ratePerMinute\n    bandRates { band ratePerMinute }\n    initialIncrementSeconds subsequentIncrementSeconds connectionFee\n    rateSteps { fromSecond ratePerMinute incrementSeconds }\n    bandTerms {\n      band connectionFee initialIncrementSeconds subsequentIncrementSeconds\n      rateSteps { fromSecond ratePerMinute incrementSeconds }\n    }\n  }\n": typeof types.RatePlanBrowserEntryFragmentDoc,
    "\n  query RatePlanBrowser($id: ID!) {\n    ratePlan(id: $id) {\n      code name currency timeZone callRoundingMode callDecimals\n      catalog { roundingMode callDecimals }\n      versions {\n        id version effectiveFrom entryCount note\n        timeBands { name dates }\n        holidays { date band }\n      }\n    }\n  }\n": typeof types.RatePlanBrowserDocument,
    "\n  query RatePlanBrowserDeck($id: ID!, $search: String, $first: Int) {\n    rateDeckEntries(ratePlanId: $id, search: $search, first: $first) {\n      edges { node { ...RatePlanBrowserEntry } }\n      pageInfo { hasNextPage }\n    }\n  }\n": typeof types.RatePlanBrowserDeckDocument,
    "\n  query RatePlanBrowserLookup($id: ID!, $number: String!) {\n    destinationLookup(ratePlanId: $id, number: $number) { ...RatePlanBrowserEntry }\n  }\n": typeof types.RatePlanBrowserLookupDocument,
    "\n  fragment AudienceCardFields on Audience {\n    id name size createdAt wave { id name }\n    filter { region product { id name } status minBalance }\n    accounts(first: 10) { id name externalId billingEmail }\n  }\n": typeof types.AudienceCardFieldsFragmentDoc,
    "\n  query AudienceConsole {\n    audiences { ...AudienceCardFields }\n  }\n": typeof types.AudienceConsoleDocument,
    "\n  mutation AudienceFormCreate($input: CreateAudienceInput!) {\n    createAudience(input: $input) { audience { id } userErrors { code field message } }\n  }\n": typeof types.AudienceFormCreateDocument,
    "\n  query AudienceFormOptions {\n    migrationImports(first: 20) { id sourceName createdAt }\n    products(first: 100) { edges { node { id name } } }\n  }\n": typeof types.AudienceFormOptionsDocument,
    "\n  query AudienceFormWaves($importId: ID!) {\n    cutoverWaves(importId: $importId) { id name accountCount status }\n  }\n": typeof types.AudienceFormWavesDocument,
    "\n  query CampaignList {\n    campaigns {\n      id name status channels critical approvalsRequired approvals { approvedBy }\n      audience { name size } deliveryCounts { ...DeliveryCountFields } createdBy createdAt sentAt\n    }\n  }\n": typeof types.CampaignListDocument,
    "\n  mutation CampaignActionsApprove($input: CampaignInput!) {\n    approveCampaign(input: $input) { campaign { id } userErrors { code field message } }\n  }\n": typeof types.CampaignActionsApproveDocument,
    "\n  mutation CampaignActionsTestSend($input: TestSendCampaignInput!) {\n    testSendCampaign(input: $input) { campaign { id } userErrors { code field message } }\n  }\n": typeof types.CampaignActionsTestSendDocument,
    "\n  mutation CampaignActionsSend($input: SendCampaignInput!) {\n    sendCampaign(input: $input) { campaign { id } userErrors { code field message } }\n  }\n": typeof types.CampaignActionsSendDocument,
    "\n  mutation CampaignActionsCancel($input: CampaignInput!) {\n    cancelCampaign(input: $input) { campaign { id } userErrors { code field message } }\n  }\n": typeof types.CampaignActionsCancelDocument,
    "\n  query CampaignView($id: ID!) {\n    campaign(id: $id) {\n      id name status channels critical criticalReason sendOn sendAtLocalTime approvalsRequired\n      approvals { approvedBy at } testSentTo testSentAt createdBy createdAt sentAt\n      template { id name } templateVersion { id version } audience { id name size }\n      preview(first: 3) { account { id name } subject body missingVariables }\n      accountsMissingValues { accountCount variables accounts(first: 5) { account { id name } variables } }\n      deliveryCounts { ...DeliveryCountFields }\n    }\n  }\n": typeof types.CampaignViewDocument,
    "\n  fragment DeliveryCountFields on DeliveryCount { channel status count }\n": typeof types.DeliveryCountFieldsFragmentDoc,
    "\n  query DeliveryTable($id: ID!, $status: CommsDeliveryStatus, $first: Int, $after: String) {\n    campaign(id: $id) {\n      deliveries(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id account { id name } channel recipient isTest status sendAfter attempts error sentAt } }\n      }\n    }\n  }\n": typeof types.DeliveryTableDocument,
    "\n  query SupportArticles($campaignId: ID) {\n    supportArticles(campaignId: $campaignId) { id kind title body createdBy createdAt }\n  }\n": typeof types.SupportArticlesDocument,
    "\n  mutation SupportArticlesCreate($input: CreateSupportArticleInput!) {\n    createSupportArticle(input: $input) { article { id } userErrors { code field message } }\n  }\n": typeof types.SupportArticlesCreateDocument,
    "\n  query CampaignFormOptions {\n    messageTemplates { id name versions { id version subject } }\n    audiences { id name size }\n  }\n": typeof types.CampaignFormOptionsDocument,
    "\n  mutation CampaignFormCreate($input: CreateCampaignInput!) {\n    createCampaign(input: $input) { campaign { id } userErrors { code field message } }\n  }\n": typeof types.CampaignFormCreateDocument,
    "\n  query OutboxList {\n    outbox(first: 100) { id recipient subject body isTest sentAt account { name } }\n  }\n": typeof types.OutboxListDocument,
    "\n  query PortalSignInOutbox {\n    portalSignInOutbox(first: 20) { id recipient text createdAt }\n  }\n": typeof types.PortalSignInOutboxDocument,
    "\n  query TemplateEditor($id: ID!) {\n    messageTemplate(id: $id) {\n      id name createdBy createdAt versions { id version subject body createdBy createdAt }\n    }\n  }\n": typeof types.TemplateEditorDocument,
    "\n  query TemplateFormVariables {\n    templateVariables { name description }\n  }\n": typeof types.TemplateFormVariablesDocument,
    "\n  mutation TemplateFormCreate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) { template { id latest { version } } userErrors { code field message } }\n  }\n": typeof types.TemplateFormCreateDocument,
    "\n  mutation TemplateFormRevise($input: ReviseMessageTemplateInput!) {\n    reviseMessageTemplate(input: $input) { template { id latest { version } } userErrors { code field message } }\n  }\n": typeof types.TemplateFormReviseDocument,
    "\n  query TemplateLibrary {\n    messageTemplates { id name createdBy latest { version subject createdAt createdBy } }\n  }\n": typeof types.TemplateLibraryDocument,
    "\n  fragment InvoiceActionFormsInvoice on Invoice {\n    id number currency\n    account { id billingEmail }\n    billRun { issueDate }\n    lines { id lineType description amount }\n    emails { id status }\n  }\n": typeof types.InvoiceActionFormsInvoiceFragmentDoc,
    "\n  mutation InvoiceActionFormsFinalize($input: FinalizeInvoiceInput!) {\n    finalizeInvoice(input: $input) { invoice { id } userErrors { code field message } }\n  }\n": typeof types.InvoiceActionFormsFinalizeDocument,
    "\n  mutation InvoiceActionFormsDiscard($input: DiscardDraftInvoiceInput!) {\n    discardDraftInvoice(input: $input) { discardedId userErrors { code field message } }\n  }\n": typeof types.InvoiceActionFormsDiscardDocument,
    "\n  mutation InvoiceActionFormsVoid($input: VoidInvoiceInput!) {\n    voidInvoice(input: $input) { invoice { id } reissueBillRun { id } userErrors { code field message } }\n  }\n": typeof types.InvoiceActionFormsVoidDocument,
    "\n  mutation InvoiceActionFormsCredit($input: CreditInvoiceInput!) {\n    creditInvoice(input: $input) { invoice { id } userErrors { code field message } }\n  }\n": typeof types.InvoiceActionFormsCreditDocument,
    "\n  mutation InvoiceActionFormsSend($input: SendInvoiceInput!) {\n    sendInvoice(input: $input) { email { id } userErrors { code field message } }\n  }\n": typeof types.InvoiceActionFormsSendDocument,
    "\n  fragment InvoiceActionsInvoice on Invoice {\n    ...InvoiceActionFormsInvoice\n    id kind status amountDue pdfUrl\n    creditNotes { id }\n  }\n": typeof types.InvoiceActionsInvoiceFragmentDoc,
    "\n  query InvoiceView($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceActionsInvoice\n      id kind status number currency periodStart periodEnd issueDate dueDate subtotal taxTotal total note\n      amountDue\n      account { id name }\n      billTo { externalId name }\n      billRun { id }\n      creditedInvoice { id number }\n      creditNotes { id number status total issueDate note }\n      lines { id lineType description quantity unitPrice amount productCode serviceStart serviceEnd }\n      payments { amount payment { id receivedDate method reference } }\n      emails { id recipient status transport error requestedBy createdAt sentAt }\n    }\n  }\n": typeof types.InvoiceViewDocument,
    "\n  mutation InvoiceViewResendEmail($input: ResendInvoiceEmailInput!) {\n    resendInvoiceEmail(input: $input) { email { id } userErrors { code field message } }\n  }\n": typeof types.InvoiceViewResendEmailDocument,
    "\n  query BillRunsPanel {\n    billRuns(first: 50) {\n      id periodStart periodEnd issueDate status accountsTotal accountsDone invoicesCreated accountsFailed\n      createdBy createdAt\n    }\n  }\n": typeof types.BillRunsPanelDocument,
    "\n  mutation BillRunsPanelCreate($input: CreateBillRunInput!) {\n    createBillRun(input: $input) { billRun { id } userErrors { code field message } }\n  }\n": typeof types.BillRunsPanelCreateDocument,
    "\n  query BillRunResults($id: ID!, $first: Int, $after: String, $status: BillRunAccountStatus) {\n    billRun(id: $id) {\n      results(first: $first, after: $after, status: $status) {\n        edges {\n          node {\n            status message\n            account { id externalId name }\n            invoice { id number total currency }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.BillRunResultsDocument,
    "\n  query BillRunView($id: ID!) {\n    billRun(id: $id) {\n      id periodStart periodEnd issueDate status accountsTotal accountsDone invoicesCreated accountsFailed\n      error createdBy createdAt finishedAt\n      schedule { id name } scheduledFor lateBySeconds autoFinalize draftsFinalized checkedAt\n      draftReviewCounts { state count } emailCounts { status count }\n    }\n  }\n": typeof types.BillRunViewDocument,
    "\n  mutation FinalizeCleanDrafts($billRunId: ID!) {\n    finalizeCleanDrafts(billRunId: $billRunId) { finalized userErrors { code field message } }\n  }\n": typeof types.FinalizeCleanDraftsDocument,
    "\n  mutation DraftReviewBulkApprove($input: ApproveDraftsWithOnlyFindingInput!) {\n    approveDraftsWithOnlyFinding(input: $input) { approved skipped userErrors { code field message } }\n  }\n": typeof types.DraftReviewBulkApproveDocument,
    "\n  query DraftReviewDetail($invoiceId: ID!) {\n    draftComparison(invoiceId: $invoiceId) {\n      draft { id total currency periodStart periodEnd }\n      previousInvoice { id number total currency periodStart }\n      totalDifference\n      lines { key description lineType previousAmount draftAmount difference }\n    }\n  }\n": typeof types.DraftReviewDetailDocument,
    "\n  mutation DraftReviewApprove($input: DraftDecisionInput!) {\n    approveDraft(input: $input) { review { invoiceId state } userErrors { code field message } }\n  }\n": typeof types.DraftReviewApproveDocument,
    "\n  mutation DraftReviewHold($input: DraftDecisionInput!) {\n    holdDraft(input: $input) { review { invoiceId state } userErrors { code field message } }\n  }\n": typeof types.DraftReviewHoldDocument,
    "\n  mutation DraftReviewDiscard($input: DraftDecisionInput!) {\n    discardDraft(input: $input) { review { invoiceId state } userErrors { code field message } }\n  }\n": typeof types.DraftReviewDiscardDocument,
    "\n  query DraftReviewQueue($billRunId: ID!, $states: [DraftReviewState!], $code: String, $first: Int, $after: String) {\n    draftReviews(billRunId: $billRunId, states: $states, findingCode: $code, first: $first, after: $after) {\n      edges {\n        node {\n          invoiceId state version decidedBy reason\n          account { id name externalId }\n          invoice { id total currency }\n          findings { code severity message }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.DraftReviewQueueDocument,
    "\n  query DraftReviewQueueChecks {\n    draftCheckSettings { code title }\n  }\n": typeof types.DraftReviewQueueChecksDocument,
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
    "\n  query Checklist($filter: ChecklistFilter) {\n    program {\n      id name evidenceCheckedAt\n      checklist(filter: $filter) { ...ChecklistItemRow }\n    }\n  }\n": typeof types.ChecklistDocument,
    "\n  fragment ChecklistItemRow on ChecklistItem {\n    id standardKey area title owner { id name } dueOn blocking status statusBy statusAt notes\n    evidenceLinks overdue\n    check { ...ProgramEvidenceCheck }\n    checkState checkDetail\n    conditionOf { id title }\n    signOffs { ...ProgramSignOffSummary }\n  }\n": typeof types.ChecklistItemRowFragmentDoc,
    "\n  mutation ChecklistSaveItem($input: ChecklistItemInput!) {\n    saveChecklistItem(input: $input) {\n      item { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ChecklistSaveItemDocument,
    "\n  mutation RefreshProgramEvidence($input: RefreshProgramEvidenceInput!) {\n    refreshProgramEvidence(input: $input) {\n      program { id evidenceCheckedAt }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RefreshProgramEvidenceDocument,
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
    "\n  fragment AgingReportBuckets on AgingBuckets { current days1To30 days31To60 days61To90 over90Days total }\n": typeof types.AgingReportBucketsFragmentDoc,
    "\n  query AgingReport($asOf: Date) {\n    agingReport(asOf: $asOf) {\n      rows { account { id externalId name } currency buckets { ...AgingReportBuckets } }\n      totals { currency buckets { ...AgingReportBuckets } }\n    }\n  }\n": typeof types.AgingReportDocument,
    "\n  query DunningPoliciesConsole {\n    dunningPolicies {\n      id name isDefault\n      steps { id daysAfterDue action name channels template { id name } }\n    }\n    messageTemplates { id name }\n  }\n": typeof types.DunningPoliciesConsoleDocument,
    "\n  mutation CreateDunningPolicy($input: CreateDunningPolicyInput!) {\n    createDunningPolicy(input: $input) { policy { id } userErrors { code field message } }\n  }\n": typeof types.CreateDunningPolicyDocument,
    "\n  mutation UpdateDunningPolicy($input: UpdateDunningPolicyInput!) {\n    updateDunningPolicy(input: $input) { policy { id } userErrors { code field message } }\n  }\n": typeof types.UpdateDunningPolicyDocument,
    "\n  mutation DeleteDunningPolicy($input: DeleteDunningPolicyInput!) {\n    deleteDunningPolicy(input: $input) { deletedPolicyId userErrors { code field message } }\n  }\n": typeof types.DeleteDunningPolicyDocument,
    "\n  query DunningPreview($on: Date) {\n    dunningPreview(on: $on) {\n      on\n      actions { accountId accountName invoiceId invoiceNumber amountDue currency stepName action channels templateName }\n    }\n  }\n": typeof types.DunningPreviewDocument,
    "\n  query DunningStages($asOf: Date) {\n    dunningStages(asOf: $asOf) { stage stepName action daysAfterDue currency invoiceCount amountDue }\n  }\n": typeof types.DunningStagesDocument,
    "\n  mutation RemittanceImport($input: ImportRemittanceInput!) {\n    importRemittance(input: $input) {\n      report { rowsRead recorded alreadyRecorded problems { line column message } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RemittanceImportDocument,
    "\n  query ApiKeysManager($includeRevoked: Boolean) {\n    apiKeys(first: 100, includeRevoked: $includeRevoked) {\n      edges { node { id name prefix scope modules createdAt lastUsedAt revokedAt createdBy { email } } }\n    }\n  }\n": typeof types.ApiKeysManagerDocument,
    "\n  mutation ApiKeysManagerRevoke($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) { apiKey { id } }\n  }\n": typeof types.ApiKeysManagerRevokeDocument,
    "\n  mutation ApiKeysManagerCreate($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { name } secret userErrors { code field message } }\n  }\n": typeof types.ApiKeysManagerCreateDocument,
    "\n  query AuditLog($first: Int, $after: String, $filter: AuditEntryFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      edges { node { id occurredAt actorLabel actorKind operation result errorCode inputSummary } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query UserDetailsSessions($userId: ID!) {\n    userSessions(userId: $userId) { id method createdAt expiresAt revokedAt lastSeenAt userAgent isLive }\n  }\n": typeof types.UserDetailsSessionsDocument,
    "\n  mutation UserDetailsEndSession($input: RevokeUserSessionsInput!) {\n    revokeUserSessions(input: $input) { revokedCount }\n  }\n": typeof types.UserDetailsEndSessionDocument,
    "\n  mutation UserDetailsSetPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) { userErrors { code field message } }\n  }\n": typeof types.UserDetailsSetPasswordDocument,
    "\n  query UsersManager($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      edges { node { id email name role isActive hasPassword lastSignInAt createdAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.UsersManagerDocument,
    "\n  mutation UsersManagerUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) { userErrors { code field message } }\n  }\n": typeof types.UsersManagerUpdateDocument,
    "\n  mutation UsersManagerRevokeSessions($input: RevokeUserSessionsInput!) {\n    revokeUserSessions(input: $input) { revokedCount userErrors { code field message } }\n  }\n": typeof types.UsersManagerRevokeSessionsDocument,
    "\n  mutation UsersManagerCreate($input: CreateUserInput!) {\n    createUser(input: $input) { user { email } userErrors { code field message } }\n  }\n": typeof types.UsersManagerCreateDocument,
    "\n  query BillingSchedules {\n    billingSchedules {\n      id name cycle dayOfMonth lastDayOfMonth runTime timeZone issueDateRule autoFinalize enabled\n      audience { id name }\n      nextRuns(count: 2) { dueAt periodStart periodEnd issueDate }\n      recentRuns(first: 3) { id periodStart periodEnd status lateBySeconds createdAt }\n    }\n    audiences { id name }\n  }\n": typeof types.BillingSchedulesDocument,
    "\n  mutation CreateBillingSchedule($input: BillingScheduleInput!) {\n    createBillingSchedule(input: $input) { billingSchedule { id } userErrors { code field message } }\n  }\n": typeof types.CreateBillingScheduleDocument,
    "\n  mutation UpdateBillingSchedule($id: ID!, $input: BillingScheduleInput!) {\n    updateBillingSchedule(id: $id, input: $input) { billingSchedule { id } userErrors { code field message } }\n  }\n": typeof types.UpdateBillingScheduleDocument,
    "\n  query CheckSettings {\n    draftCheckSettings {\n      code title description enabled severity updatedBy updatedAt\n      thresholds { name description value defaultValue }\n    }\n  }\n": typeof types.CheckSettingsDocument,
    "\n  mutation CheckSettingsUpdate($input: UpdateDraftCheckSettingInput!) {\n    updateDraftCheckSetting(input: $input) { setting { code } userErrors { code field message } }\n  }\n": typeof types.CheckSettingsUpdateDocument,
    "\n  query AccountUsageSummary($id: ID!, $from: DateTime!, $to: DateTime!) {\n    accountUsageSummary(accountId: $id, from: $from, to: $to) {\n      currency total unratedRecords\n      voiceLines { destination calls billableMinutes amount }\n      meteredLines { product { code name } records quantity amount }\n    }\n  }\n": typeof types.AccountUsageSummaryDocument,
    "\n  query UsageIngestions {\n    ingestions(first: 15) {\n      edges {\n        node {\n          id source fileName status bytesTotal bytesRead read imported duplicates conflicts rejected unrated\n          error actorLabel startedAt\n          problems(first: 50) { line recordId kind reason }\n        }\n      }\n    }\n  }\n": typeof types.UsageIngestionsDocument,
    "\n  query UnbillableQueue {\n    unratedUsageSummary { reason count }\n    usageRecords(first: 20, filter: { status: UNRATED }) {\n      edges { node { recordId accountRef usageType startedAt destinationNumber unratedReason } }\n    }\n  }\n": typeof types.UnbillableQueueDocument,
    "\n  mutation UnbillableQueueRerate {\n    rerateUsage(input: { onlyUnrated: true }) { examined rated stillUnrated }\n  }\n": typeof types.UnbillableQueueRerateDocument,
    "\n  query PointOfContactCard($id: ID!) {\n    pointOfContactMatrix(programId: $id) {\n      area label\n      accountable { name phone }\n      escalationPath { name }\n    }\n  }\n": typeof types.PointOfContactCardDocument,
    "\n  mutation WarRoomOpenIncident($input: OpenIncidentInput!) {\n    openIncident(input: $input) { incident { id } userErrors { code field message } }\n  }\n": typeof types.WarRoomOpenIncidentDocument,
    "\n  mutation WarRoomPostIncidentUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) { incident { id } userErrors { code field message } }\n  }\n": typeof types.WarRoomPostIncidentUpdateDocument,
    "\n  mutation WarRoomAssignIncidentLead($input: AssignIncidentLeadInput!) {\n    assignIncidentLead(input: $input) { incident { id } userErrors { code field message } }\n  }\n": typeof types.WarRoomAssignIncidentLeadDocument,
    "\n  mutation WarRoomSetComponentState($input: SetComponentStateInput!) {\n    setComponentState(input: $input) { component { key } userErrors { code field message } }\n  }\n": typeof types.WarRoomSetComponentStateDocument,
    "\n  mutation WarRoomPostStatusUpdate($input: PostStatusUpdateInput!) {\n    postStatusUpdate(input: $input) { statusUpdate { id } userErrors { code field message } }\n  }\n": typeof types.WarRoomPostStatusUpdateDocument,
    "\n  fragment WarRoomBillRun on BillRun {\n    id periodStart periodEnd status accountsTotal accountsDone invoicesCreated accountsFailed createdAt\n  }\n": typeof types.WarRoomBillRunFragmentDoc,
    "\n  query WarRoomView {\n    warRoom {\n      generatedAt\n      waves { wave { id name status cutoverDate } legacyAccounts switchboardAccounts }\n      accountsBySystemOfRecord { systemOfRecord accounts }\n      billRunsInProgress { ...WarRoomBillRun }\n      latestBillRuns { ...WarRoomBillRun }\n      ingestion {\n        recordsLast5Minutes recordsLast60Minutes perMinuteLast5 perMinuteLast60 rejected conflicts running failed\n        recentRejects { line recordId reason }\n      }\n      deliveries { sent failed queued }\n      components { key name state reason isManual }\n      openIncidents {\n        id title severity status componentKey updateCadenceMinutes updateOverdue nextUpdateDueAt openedAt openedBy\n        lastUpdateAt lead { id name } updates { id status body author at }\n      }\n      latestStatusUpdate { body author at }\n    }\n  }\n": typeof types.WarRoomViewDocument,
    "\n  fragment AccountPickerOption on Account { id externalId name currency }\n": typeof types.AccountPickerOptionFragmentDoc,
    "\n  query AccountPickerSearch($first: Int, $search: String) {\n    accounts(first: $first, search: $search) { edges { node { ...AccountPickerOption } } }\n  }\n": typeof types.AccountPickerSearchDocument,
    "\n  query InvoiceList($first: Int, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id kind status number account { id externalId name } currency periodStart periodEnd\n          issueDate dueDate total amountDue\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.InvoiceListDocument,
    "\n  query PriceEditorPreview($input: PricePreviewInput!) {\n    pricePreview(input: $input) {\n      preview { currency amount roundedAmount breakdown { label quantity unitPrice amount } }\n      userErrors { message }\n    }\n  }\n": typeof types.PriceEditorPreviewDocument,
    "\n  query CommsViewerEmail {\n    viewer { user { email } }\n  }\n": typeof types.CommsViewerEmailDocument,
    "\n  query MailSenderWarning {\n    mailSettings { from isPlaceholderSender }\n  }\n": typeof types.MailSenderWarningDocument,
    "\n  fragment MigrationReconciledAccount on ReconciledAccount {\n    legacyAccountId accountName account { id currency systemOfRecord } status\n    legacySubtotal legacyTaxTotal legacyTotal newSubtotal newTaxTotal newTotal difference\n    suggestedCause cause resolution comment reviewedBy reviewedAt\n  }\n": typeof types.MigrationReconciledAccountFragmentDoc,
    "\n  query MigrationRunAccounts($id: ID!, $first: Int, $offset: Int) {\n    parallelRun(id: $id) { accounts(first: $first, offset: $offset) { ...MigrationReconciledAccount } }\n  }\n": typeof types.MigrationRunAccountsDocument,
    "\n  query RecentPayments($accountId: ID) {\n    payments(first: 25, accountId: $accountId) {\n      edges {\n        node {\n          id account { id externalId name } method amount currency receivedDate reference unallocatedAmount\n          allocations { invoiceId invoiceNumber amount }\n        }\n      }\n    }\n  }\n": typeof types.RecentPaymentsDocument,
    "\n  fragment RecordPaymentFormOpenInvoice on Invoice { id number dueDate amountDue }\n": typeof types.RecordPaymentFormOpenInvoiceFragmentDoc,
    "\n  mutation RecordPaymentFormRecord($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment { amount currency unallocatedAmount allocations { invoiceNumber amount } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RecordPaymentFormRecordDocument,
    "\n  fragment ProgramEvidenceCheck on EvidenceCheck { kind threshold min max tolerance area description }\n": typeof types.ProgramEvidenceCheckFragmentDoc,
    "\n  mutation ProgramRequestSignOff($input: RequestSignOffInput!) {\n    requestSignOff(input: $input) {\n      signOff { id status }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ProgramRequestSignOffDocument,
    "\n  fragment ProgramSignOffSummary on SignOffRequest { id title status invalidationReason }\n": typeof types.ProgramSignOffSummaryFragmentDoc,
    "\n  query StartProgramImports {\n    migrationImports(first: 50) { id sourceName status periodStart periodEnd }\n  }\n": typeof types.StartProgramImportsDocument,
    "\n  mutation StartProgramCreate($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      program { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.StartProgramCreateDocument,
    "\n  query CurrentProgram($id: ID) {\n    program(id: $id) { id name }\n  }\n": typeof types.CurrentProgramDocument,
    "\n  query ProgramPeople {\n    people { id name email }\n  }\n": typeof types.ProgramPeopleDocument,
};
const documents: Documents = {
    "\n  fragment AccountDetailsAccount on Account {\n    ...AccountFieldsFormAccount\n    id currency billingEmail billingEmailBounce { at reply } contactName taxRegion\n    ratePlan { code name } billingCycle billingDay paymentTermsDays invoiceDelivery billToParent\n    parent { id externalId }\n    children { id externalId }\n  }\n": types.AccountDetailsAccountFragmentDoc,
    "\n  mutation AccountDetailsUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) { account { id } userErrors { code field message } }\n  }\n": types.AccountDetailsUpdateAccountDocument,
    "\n  query AccountDunning($id: ID!) {\n    accountDunning(accountId: $id) {\n      policy { id name } isPolicyAssigned pausedUntil pauseReason pausedBy\n      openInvoices {\n        invoiceId invoiceNumber dueDate amountDue currency\n        lastStepName lastStepOn nextStepName nextAction nextStepOn\n      }\n      emails { id recipient status subject transport error createdAt }\n    }\n    dunningPolicies { id name isDefault }\n    dunningEvents(accountId: $id, first: 20) {\n      edges { node { id invoiceNumber action skipped asOf occurredAt step { name channels } } }\n    }\n  }\n": types.AccountDunningDocument,
    "\n  mutation SetAccountDunningPolicy($input: SetAccountDunningPolicyInput!) {\n    setAccountDunningPolicy(input: $input) { accountDunning { isPolicyAssigned } userErrors { code field message } }\n  }\n": types.SetAccountDunningPolicyDocument,
    "\n  mutation PauseAccountDunning($input: PauseAccountDunningInput!) {\n    pauseAccountDunning(input: $input) { accountDunning { pausedUntil } userErrors { code field message } }\n  }\n": types.PauseAccountDunningDocument,
    "\n  mutation ResumeAccountDunning($input: ResumeAccountDunningInput!) {\n    resumeAccountDunning(input: $input) { accountDunning { pausedUntil } userErrors { code field message } }\n  }\n": types.ResumeAccountDunningDocument,
    "\n  query AccountNotices($id: ID!) {\n    notices(accountId: $id) { id channel title body createdAt }\n  }\n": types.AccountNoticesDocument,
    "\n  query AccountPayments($id: ID!) {\n    accountBalance(accountId: $id) { currency invoiced credited paid credit balance }\n    invoices(first: 200, filter: { accountId: $id, status: FINALIZED, kind: INVOICE }) {\n      edges { node { id number issueDate dueDate amountDue } }\n    }\n  }\n": types.AccountPaymentsDocument,
    "\n  query AccountView($id: ID!) {\n    account(id: $id) {\n      id externalId name status\n      ...AccountDetailsAccount\n      ...PortalContactsCardAccount\n      ...SubscriptionsCardAccount\n      ...OneTimeChargesCardAccount\n    }\n  }\n": types.AccountViewDocument,
    "\n  fragment OneTimeChargesCardAccount on Account {\n    id currency\n    oneTimeCharges { id chargeDate quantity unitPrice description product { code name } }\n  }\n": types.OneTimeChargesCardAccountFragmentDoc,
    "\n  mutation OneTimeChargesCardAdd($input: AddOneTimeChargeInput!) {\n    addOneTimeCharge(input: $input) { charge { id } userErrors { code field message } }\n  }\n": types.OneTimeChargesCardAddDocument,
    "\n  fragment PortalContactsCardAccount on Account {\n    id\n    contacts { id email name verifiedAt createdAt }\n  }\n": types.PortalContactsCardAccountFragmentDoc,
    "\n  mutation PortalContactsCardAdd($input: AddAccountContactInput!) {\n    addAccountContact(input: $input) { contact { id } userErrors { code field message } }\n  }\n": types.PortalContactsCardAddDocument,
    "\n  mutation PortalContactsCardRemove($input: RemoveAccountContactInput!) {\n    removeAccountContact(input: $input) { contact { id } userErrors { code field message } }\n  }\n": types.PortalContactsCardRemoveDocument,
    "\n  query AccountProductOptions($kind: ProductKind) {\n    products(first: 200, filter: { kind: $kind, isActive: true }) { edges { node { id code name } } }\n  }\n": types.AccountProductOptionsDocument,
    "\n  fragment ChangeSubscriptionFormSubscription on AccountSubscription {\n    id quantity unitPrice discountPercent\n  }\n": types.ChangeSubscriptionFormSubscriptionFragmentDoc,
    "\n  mutation SubscriptionFormsCreate($input: CreateSubscriptionInput!) {\n    createSubscription(input: $input) { subscription { id } userErrors { code field message } }\n  }\n": types.SubscriptionFormsCreateDocument,
    "\n  mutation SubscriptionFormsChange($input: ChangeSubscriptionInput!) {\n    changeSubscription(input: $input) { subscription { id } userErrors { code field message } }\n  }\n": types.SubscriptionFormsChangeDocument,
    "\n  mutation SubscriptionFormsEnd($input: EndSubscriptionInput!) {\n    endSubscription(input: $input) { subscription { id } userErrors { code field message } }\n  }\n": types.SubscriptionFormsEndDocument,
    "\n  fragment SubscriptionsCardAccount on Account {\n    id currency\n    subscriptions {\n      ...ChangeSubscriptionFormSubscription\n      id quantity unitPrice discountPercent startDate endDate serviceIds\n      product { id code name }\n    }\n  }\n": types.SubscriptionsCardAccountFragmentDoc,
    "\n  fragment AccountFieldsFormAccount on Account {\n    id externalId name currency status billingEmail contactName taxRegion billingCycle billingDay\n    paymentTermsDays invoiceDelivery billToParent\n    ratePlan { id }\n    parent { id externalId name currency }\n  }\n": types.AccountFieldsFormAccountFragmentDoc,
    "\n  query AccountRatePlanOptions {\n    ratePlans { id code name currency }\n  }\n": types.AccountRatePlanOptionsDocument,
    "\n  mutation AccountsConsoleCreateAccount($input: AccountFieldsInput!) {\n    createAccount(input: $input) { account { id } userErrors { code field message } }\n  }\n": types.AccountsConsoleCreateAccountDocument,
    "\n  query AccountsList($first: Int, $after: String, $search: String, $status: AccountStatus) {\n    accounts(first: $first, after: $after, search: $search, status: $status) {\n      edges {\n        node {\n          id externalId name status currency billingEmail paymentTermsDays billingCycle billingDay\n          parent { id externalId } billToParent ratePlan { code }\n          balance { balance }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AccountsListDocument,
    "\n  query CatalogBillingRules {\n    catalogs { id code name defaultBillingTiming prorationMethod creditUnusedOnCancel billPartialWithNextPeriod }\n  }\n": types.CatalogBillingRulesDocument,
    "\n  mutation CatalogBillingRulesUpdate($input: UpdateCatalogBillingInput!) {\n    updateCatalogBilling(input: $input) {\n      catalog { id }\n      userErrors { code field message }\n    }\n  }\n": types.CatalogBillingRulesUpdateDocument,
    "\n  query CatalogBrowser($search: String) {\n    products(first: 100, filter: { search: $search }) {\n      edges {\n        node {\n          id code name kind usageType taxCategory isActive\n          priceOn(currency: \"USD\") { ...DescribePricePrice }\n        }\n      }\n    }\n    ratePlans { id code name currency timeZone versionOn { version effectiveFrom entryCount } }\n  }\n": types.CatalogBrowserDocument,
    "\n  mutation CatalogBrowserCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { product { id } userErrors { code field message } }\n  }\n": types.CatalogBrowserCreateProductDocument,
    "\n  fragment DescribePricePrice on Price {\n    model amount unitPrice packageSize packagePrice freeUnits minimumCharge\n    tiers { upTo unitPrice }\n    ratePercent transactionFee transactionMinimum transactionMaximum freeTransactions freeAmount\n    billingTiming\n  }\n": types.DescribePricePriceFragmentDoc,
    "\n  query AllowanceUsageProducts {\n    products(first: 100, filter: { kind: USAGE, isActive: true }) { edges { node { id code name usageType } } }\n  }\n": types.AllowanceUsageProductsDocument,
    "\n  mutation AllowanceEditorSet($input: SetProductAllowancesInput!) {\n    setProductAllowances(input: $input) { product { id } userErrors { code field message } }\n  }\n": types.AllowanceEditorSetDocument,
    "\n  query ProductEditor($id: ID!) {\n    product(id: $id) {\n      id code name description kind usageType taxCategory isActive\n      aggregation recordRounding { direction block }\n      prices {\n        ...DescribePricePrice\n        id currency model amount unitPrice packageSize packagePrice freeUnits minimumCharge\n        tiers { upTo unitPrice flatFee }\n        ratePercent transactionFee transactionMinimum transactionMaximum freeTransactions freeAmount\n        effectiveFrom effectiveTo\n      }\n      allowances { usageType usageProduct { id code } quantityPerUnit destinationClasses isPooled rollsOver }\n    }\n  }\n": types.ProductEditorDocument,
    "\n  mutation ProductEditorSetPrice($input: SetProductPriceInput!) {\n    setProductPrice(input: $input) { price { id } userErrors { code field message } }\n  }\n": types.ProductEditorSetPriceDocument,
    "\n  mutation ProductEditorUpdateRules($input: UpdateProductInput!) {\n    updateProduct(input: $input) { product { id } userErrors { code field message } }\n  }\n": types.ProductEditorUpdateRulesDocument,
    "\n  mutation CallRoundingUpdate($input: UpdateRatePlanRoundingInput!) {\n    updateRatePlanRounding(input: $input) {\n      ratePlan { id callRoundingMode callDecimals }\n      userErrors { code field message }\n    }\n  }\n": types.CallRoundingUpdateDocument,
    "\n  mutation DeckImport($input: ImportRateDeckInput!) {\n    importRateDeck(input: $input) {\n      version { version }\n      report { rowsRead rowsValid problems { line column message } }\n      userErrors { message }\n    }\n  }\n": types.DeckImportDocument,
    "\n  fragment RatePlanBrowserEntry on RateDeckEntry {\n    prefix destination destinationClass ratePerMinute\n    bandRates { band ratePerMinute }\n    initialIncrementSeconds subsequentIncrementSeconds connectionFee\n    rateSteps { fromSecond ratePerMinute incrementSeconds }\n    bandTerms {\n      band connectionFee initialIncrementSeconds subsequentIncrementSeconds\n      rateSteps { fromSecond ratePerMinute incrementSeconds }\n    }\n  }\n": types.RatePlanBrowserEntryFragmentDoc,
    "\n  query RatePlanBrowser($id: ID!) {\n    ratePlan(id: $id) {\n      code name currency timeZone callRoundingMode callDecimals\n      catalog { roundingMode callDecimals }\n      versions {\n        id version effectiveFrom entryCount note\n        timeBands { name dates }\n        holidays { date band }\n      }\n    }\n  }\n": types.RatePlanBrowserDocument,
    "\n  query RatePlanBrowserDeck($id: ID!, $search: String, $first: Int) {\n    rateDeckEntries(ratePlanId: $id, search: $search, first: $first) {\n      edges { node { ...RatePlanBrowserEntry } }\n      pageInfo { hasNextPage }\n    }\n  }\n": types.RatePlanBrowserDeckDocument,
    "\n  query RatePlanBrowserLookup($id: ID!, $number: String!) {\n    destinationLookup(ratePlanId: $id, number: $number) { ...RatePlanBrowserEntry }\n  }\n": types.RatePlanBrowserLookupDocument,
    "\n  fragment AudienceCardFields on Audience {\n    id name size createdAt wave { id name }\n    filter { region product { id name } status minBalance }\n    accounts(first: 10) { id name externalId billingEmail }\n  }\n": types.AudienceCardFieldsFragmentDoc,
    "\n  query AudienceConsole {\n    audiences { ...AudienceCardFields }\n  }\n": types.AudienceConsoleDocument,
    "\n  mutation AudienceFormCreate($input: CreateAudienceInput!) {\n    createAudience(input: $input) { audience { id } userErrors { code field message } }\n  }\n": types.AudienceFormCreateDocument,
    "\n  query AudienceFormOptions {\n    migrationImports(first: 20) { id sourceName createdAt }\n    products(first: 100) { edges { node { id name } } }\n  }\n": types.AudienceFormOptionsDocument,
    "\n  query AudienceFormWaves($importId: ID!) {\n    cutoverWaves(importId: $importId) { id name accountCount status }\n  }\n": types.AudienceFormWavesDocument,
    "\n  query CampaignList {\n    campaigns {\n      id name status channels critical approvalsRequired approvals { approvedBy }\n      audience { name size } deliveryCounts { ...DeliveryCountFields } createdBy createdAt sentAt\n    }\n  }\n": types.CampaignListDocument,
    "\n  mutation CampaignActionsApprove($input: CampaignInput!) {\n    approveCampaign(input: $input) { campaign { id } userErrors { code field message } }\n  }\n": types.CampaignActionsApproveDocument,
    "\n  mutation CampaignActionsTestSend($input: TestSendCampaignInput!) {\n    testSendCampaign(input: $input) { campaign { id } userErrors { code field message } }\n  }\n": types.CampaignActionsTestSendDocument,
    "\n  mutation CampaignActionsSend($input: SendCampaignInput!) {\n    sendCampaign(input: $input) { campaign { id } userErrors { code field message } }\n  }\n": types.CampaignActionsSendDocument,
    "\n  mutation CampaignActionsCancel($input: CampaignInput!) {\n    cancelCampaign(input: $input) { campaign { id } userErrors { code field message } }\n  }\n": types.CampaignActionsCancelDocument,
    "\n  query CampaignView($id: ID!) {\n    campaign(id: $id) {\n      id name status channels critical criticalReason sendOn sendAtLocalTime approvalsRequired\n      approvals { approvedBy at } testSentTo testSentAt createdBy createdAt sentAt\n      template { id name } templateVersion { id version } audience { id name size }\n      preview(first: 3) { account { id name } subject body missingVariables }\n      accountsMissingValues { accountCount variables accounts(first: 5) { account { id name } variables } }\n      deliveryCounts { ...DeliveryCountFields }\n    }\n  }\n": types.CampaignViewDocument,
    "\n  fragment DeliveryCountFields on DeliveryCount { channel status count }\n": types.DeliveryCountFieldsFragmentDoc,
    "\n  query DeliveryTable($id: ID!, $status: CommsDeliveryStatus, $first: Int, $after: String) {\n    campaign(id: $id) {\n      deliveries(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id account { id name } channel recipient isTest status sendAfter attempts error sentAt } }\n      }\n    }\n  }\n": types.DeliveryTableDocument,
    "\n  query SupportArticles($campaignId: ID) {\n    supportArticles(campaignId: $campaignId) { id kind title body createdBy createdAt }\n  }\n": types.SupportArticlesDocument,
    "\n  mutation SupportArticlesCreate($input: CreateSupportArticleInput!) {\n    createSupportArticle(input: $input) { article { id } userErrors { code field message } }\n  }\n": types.SupportArticlesCreateDocument,
    "\n  query CampaignFormOptions {\n    messageTemplates { id name versions { id version subject } }\n    audiences { id name size }\n  }\n": types.CampaignFormOptionsDocument,
    "\n  mutation CampaignFormCreate($input: CreateCampaignInput!) {\n    createCampaign(input: $input) { campaign { id } userErrors { code field message } }\n  }\n": types.CampaignFormCreateDocument,
    "\n  query OutboxList {\n    outbox(first: 100) { id recipient subject body isTest sentAt account { name } }\n  }\n": types.OutboxListDocument,
    "\n  query PortalSignInOutbox {\n    portalSignInOutbox(first: 20) { id recipient text createdAt }\n  }\n": types.PortalSignInOutboxDocument,
    "\n  query TemplateEditor($id: ID!) {\n    messageTemplate(id: $id) {\n      id name createdBy createdAt versions { id version subject body createdBy createdAt }\n    }\n  }\n": types.TemplateEditorDocument,
    "\n  query TemplateFormVariables {\n    templateVariables { name description }\n  }\n": types.TemplateFormVariablesDocument,
    "\n  mutation TemplateFormCreate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) { template { id latest { version } } userErrors { code field message } }\n  }\n": types.TemplateFormCreateDocument,
    "\n  mutation TemplateFormRevise($input: ReviseMessageTemplateInput!) {\n    reviseMessageTemplate(input: $input) { template { id latest { version } } userErrors { code field message } }\n  }\n": types.TemplateFormReviseDocument,
    "\n  query TemplateLibrary {\n    messageTemplates { id name createdBy latest { version subject createdAt createdBy } }\n  }\n": types.TemplateLibraryDocument,
    "\n  fragment InvoiceActionFormsInvoice on Invoice {\n    id number currency\n    account { id billingEmail }\n    billRun { issueDate }\n    lines { id lineType description amount }\n    emails { id status }\n  }\n": types.InvoiceActionFormsInvoiceFragmentDoc,
    "\n  mutation InvoiceActionFormsFinalize($input: FinalizeInvoiceInput!) {\n    finalizeInvoice(input: $input) { invoice { id } userErrors { code field message } }\n  }\n": types.InvoiceActionFormsFinalizeDocument,
    "\n  mutation InvoiceActionFormsDiscard($input: DiscardDraftInvoiceInput!) {\n    discardDraftInvoice(input: $input) { discardedId userErrors { code field message } }\n  }\n": types.InvoiceActionFormsDiscardDocument,
    "\n  mutation InvoiceActionFormsVoid($input: VoidInvoiceInput!) {\n    voidInvoice(input: $input) { invoice { id } reissueBillRun { id } userErrors { code field message } }\n  }\n": types.InvoiceActionFormsVoidDocument,
    "\n  mutation InvoiceActionFormsCredit($input: CreditInvoiceInput!) {\n    creditInvoice(input: $input) { invoice { id } userErrors { code field message } }\n  }\n": types.InvoiceActionFormsCreditDocument,
    "\n  mutation InvoiceActionFormsSend($input: SendInvoiceInput!) {\n    sendInvoice(input: $input) { email { id } userErrors { code field message } }\n  }\n": types.InvoiceActionFormsSendDocument,
    "\n  fragment InvoiceActionsInvoice on Invoice {\n    ...InvoiceActionFormsInvoice\n    id kind status amountDue pdfUrl\n    creditNotes { id }\n  }\n": types.InvoiceActionsInvoiceFragmentDoc,
    "\n  query InvoiceView($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceActionsInvoice\n      id kind status number currency periodStart periodEnd issueDate dueDate subtotal taxTotal total note\n      amountDue\n      account { id name }\n      billTo { externalId name }\n      billRun { id }\n      creditedInvoice { id number }\n      creditNotes { id number status total issueDate note }\n      lines { id lineType description quantity unitPrice amount productCode serviceStart serviceEnd }\n      payments { amount payment { id receivedDate method reference } }\n      emails { id recipient status transport error requestedBy createdAt sentAt }\n    }\n  }\n": types.InvoiceViewDocument,
    "\n  mutation InvoiceViewResendEmail($input: ResendInvoiceEmailInput!) {\n    resendInvoiceEmail(input: $input) { email { id } userErrors { code field message } }\n  }\n": types.InvoiceViewResendEmailDocument,
    "\n  query BillRunsPanel {\n    billRuns(first: 50) {\n      id periodStart periodEnd issueDate status accountsTotal accountsDone invoicesCreated accountsFailed\n      createdBy createdAt\n    }\n  }\n": types.BillRunsPanelDocument,
    "\n  mutation BillRunsPanelCreate($input: CreateBillRunInput!) {\n    createBillRun(input: $input) { billRun { id } userErrors { code field message } }\n  }\n": types.BillRunsPanelCreateDocument,
    "\n  query BillRunResults($id: ID!, $first: Int, $after: String, $status: BillRunAccountStatus) {\n    billRun(id: $id) {\n      results(first: $first, after: $after, status: $status) {\n        edges {\n          node {\n            status message\n            account { id externalId name }\n            invoice { id number total currency }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.BillRunResultsDocument,
    "\n  query BillRunView($id: ID!) {\n    billRun(id: $id) {\n      id periodStart periodEnd issueDate status accountsTotal accountsDone invoicesCreated accountsFailed\n      error createdBy createdAt finishedAt\n      schedule { id name } scheduledFor lateBySeconds autoFinalize draftsFinalized checkedAt\n      draftReviewCounts { state count } emailCounts { status count }\n    }\n  }\n": types.BillRunViewDocument,
    "\n  mutation FinalizeCleanDrafts($billRunId: ID!) {\n    finalizeCleanDrafts(billRunId: $billRunId) { finalized userErrors { code field message } }\n  }\n": types.FinalizeCleanDraftsDocument,
    "\n  mutation DraftReviewBulkApprove($input: ApproveDraftsWithOnlyFindingInput!) {\n    approveDraftsWithOnlyFinding(input: $input) { approved skipped userErrors { code field message } }\n  }\n": types.DraftReviewBulkApproveDocument,
    "\n  query DraftReviewDetail($invoiceId: ID!) {\n    draftComparison(invoiceId: $invoiceId) {\n      draft { id total currency periodStart periodEnd }\n      previousInvoice { id number total currency periodStart }\n      totalDifference\n      lines { key description lineType previousAmount draftAmount difference }\n    }\n  }\n": types.DraftReviewDetailDocument,
    "\n  mutation DraftReviewApprove($input: DraftDecisionInput!) {\n    approveDraft(input: $input) { review { invoiceId state } userErrors { code field message } }\n  }\n": types.DraftReviewApproveDocument,
    "\n  mutation DraftReviewHold($input: DraftDecisionInput!) {\n    holdDraft(input: $input) { review { invoiceId state } userErrors { code field message } }\n  }\n": types.DraftReviewHoldDocument,
    "\n  mutation DraftReviewDiscard($input: DraftDecisionInput!) {\n    discardDraft(input: $input) { review { invoiceId state } userErrors { code field message } }\n  }\n": types.DraftReviewDiscardDocument,
    "\n  query DraftReviewQueue($billRunId: ID!, $states: [DraftReviewState!], $code: String, $first: Int, $after: String) {\n    draftReviews(billRunId: $billRunId, states: $states, findingCode: $code, first: $first, after: $after) {\n      edges {\n        node {\n          invoiceId state version decidedBy reason\n          account { id name externalId }\n          invoice { id total currency }\n          findings { code severity message }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.DraftReviewQueueDocument,
    "\n  query DraftReviewQueueChecks {\n    draftCheckSettings { code title }\n  }\n": types.DraftReviewQueueChecksDocument,
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
    "\n  query Checklist($filter: ChecklistFilter) {\n    program {\n      id name evidenceCheckedAt\n      checklist(filter: $filter) { ...ChecklistItemRow }\n    }\n  }\n": types.ChecklistDocument,
    "\n  fragment ChecklistItemRow on ChecklistItem {\n    id standardKey area title owner { id name } dueOn blocking status statusBy statusAt notes\n    evidenceLinks overdue\n    check { ...ProgramEvidenceCheck }\n    checkState checkDetail\n    conditionOf { id title }\n    signOffs { ...ProgramSignOffSummary }\n  }\n": types.ChecklistItemRowFragmentDoc,
    "\n  mutation ChecklistSaveItem($input: ChecklistItemInput!) {\n    saveChecklistItem(input: $input) {\n      item { id }\n      userErrors { code field message }\n    }\n  }\n": types.ChecklistSaveItemDocument,
    "\n  mutation RefreshProgramEvidence($input: RefreshProgramEvidenceInput!) {\n    refreshProgramEvidence(input: $input) {\n      program { id evidenceCheckedAt }\n      userErrors { code field message }\n    }\n  }\n": types.RefreshProgramEvidenceDocument,
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
    "\n  fragment AgingReportBuckets on AgingBuckets { current days1To30 days31To60 days61To90 over90Days total }\n": types.AgingReportBucketsFragmentDoc,
    "\n  query AgingReport($asOf: Date) {\n    agingReport(asOf: $asOf) {\n      rows { account { id externalId name } currency buckets { ...AgingReportBuckets } }\n      totals { currency buckets { ...AgingReportBuckets } }\n    }\n  }\n": types.AgingReportDocument,
    "\n  query DunningPoliciesConsole {\n    dunningPolicies {\n      id name isDefault\n      steps { id daysAfterDue action name channels template { id name } }\n    }\n    messageTemplates { id name }\n  }\n": types.DunningPoliciesConsoleDocument,
    "\n  mutation CreateDunningPolicy($input: CreateDunningPolicyInput!) {\n    createDunningPolicy(input: $input) { policy { id } userErrors { code field message } }\n  }\n": types.CreateDunningPolicyDocument,
    "\n  mutation UpdateDunningPolicy($input: UpdateDunningPolicyInput!) {\n    updateDunningPolicy(input: $input) { policy { id } userErrors { code field message } }\n  }\n": types.UpdateDunningPolicyDocument,
    "\n  mutation DeleteDunningPolicy($input: DeleteDunningPolicyInput!) {\n    deleteDunningPolicy(input: $input) { deletedPolicyId userErrors { code field message } }\n  }\n": types.DeleteDunningPolicyDocument,
    "\n  query DunningPreview($on: Date) {\n    dunningPreview(on: $on) {\n      on\n      actions { accountId accountName invoiceId invoiceNumber amountDue currency stepName action channels templateName }\n    }\n  }\n": types.DunningPreviewDocument,
    "\n  query DunningStages($asOf: Date) {\n    dunningStages(asOf: $asOf) { stage stepName action daysAfterDue currency invoiceCount amountDue }\n  }\n": types.DunningStagesDocument,
    "\n  mutation RemittanceImport($input: ImportRemittanceInput!) {\n    importRemittance(input: $input) {\n      report { rowsRead recorded alreadyRecorded problems { line column message } }\n      userErrors { code field message }\n    }\n  }\n": types.RemittanceImportDocument,
    "\n  query ApiKeysManager($includeRevoked: Boolean) {\n    apiKeys(first: 100, includeRevoked: $includeRevoked) {\n      edges { node { id name prefix scope modules createdAt lastUsedAt revokedAt createdBy { email } } }\n    }\n  }\n": types.ApiKeysManagerDocument,
    "\n  mutation ApiKeysManagerRevoke($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) { apiKey { id } }\n  }\n": types.ApiKeysManagerRevokeDocument,
    "\n  mutation ApiKeysManagerCreate($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { name } secret userErrors { code field message } }\n  }\n": types.ApiKeysManagerCreateDocument,
    "\n  query AuditLog($first: Int, $after: String, $filter: AuditEntryFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      edges { node { id occurredAt actorLabel actorKind operation result errorCode inputSummary } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query UserDetailsSessions($userId: ID!) {\n    userSessions(userId: $userId) { id method createdAt expiresAt revokedAt lastSeenAt userAgent isLive }\n  }\n": types.UserDetailsSessionsDocument,
    "\n  mutation UserDetailsEndSession($input: RevokeUserSessionsInput!) {\n    revokeUserSessions(input: $input) { revokedCount }\n  }\n": types.UserDetailsEndSessionDocument,
    "\n  mutation UserDetailsSetPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) { userErrors { code field message } }\n  }\n": types.UserDetailsSetPasswordDocument,
    "\n  query UsersManager($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      edges { node { id email name role isActive hasPassword lastSignInAt createdAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.UsersManagerDocument,
    "\n  mutation UsersManagerUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) { userErrors { code field message } }\n  }\n": types.UsersManagerUpdateDocument,
    "\n  mutation UsersManagerRevokeSessions($input: RevokeUserSessionsInput!) {\n    revokeUserSessions(input: $input) { revokedCount userErrors { code field message } }\n  }\n": types.UsersManagerRevokeSessionsDocument,
    "\n  mutation UsersManagerCreate($input: CreateUserInput!) {\n    createUser(input: $input) { user { email } userErrors { code field message } }\n  }\n": types.UsersManagerCreateDocument,
    "\n  query BillingSchedules {\n    billingSchedules {\n      id name cycle dayOfMonth lastDayOfMonth runTime timeZone issueDateRule autoFinalize enabled\n      audience { id name }\n      nextRuns(count: 2) { dueAt periodStart periodEnd issueDate }\n      recentRuns(first: 3) { id periodStart periodEnd status lateBySeconds createdAt }\n    }\n    audiences { id name }\n  }\n": types.BillingSchedulesDocument,
    "\n  mutation CreateBillingSchedule($input: BillingScheduleInput!) {\n    createBillingSchedule(input: $input) { billingSchedule { id } userErrors { code field message } }\n  }\n": types.CreateBillingScheduleDocument,
    "\n  mutation UpdateBillingSchedule($id: ID!, $input: BillingScheduleInput!) {\n    updateBillingSchedule(id: $id, input: $input) { billingSchedule { id } userErrors { code field message } }\n  }\n": types.UpdateBillingScheduleDocument,
    "\n  query CheckSettings {\n    draftCheckSettings {\n      code title description enabled severity updatedBy updatedAt\n      thresholds { name description value defaultValue }\n    }\n  }\n": types.CheckSettingsDocument,
    "\n  mutation CheckSettingsUpdate($input: UpdateDraftCheckSettingInput!) {\n    updateDraftCheckSetting(input: $input) { setting { code } userErrors { code field message } }\n  }\n": types.CheckSettingsUpdateDocument,
    "\n  query AccountUsageSummary($id: ID!, $from: DateTime!, $to: DateTime!) {\n    accountUsageSummary(accountId: $id, from: $from, to: $to) {\n      currency total unratedRecords\n      voiceLines { destination calls billableMinutes amount }\n      meteredLines { product { code name } records quantity amount }\n    }\n  }\n": types.AccountUsageSummaryDocument,
    "\n  query UsageIngestions {\n    ingestions(first: 15) {\n      edges {\n        node {\n          id source fileName status bytesTotal bytesRead read imported duplicates conflicts rejected unrated\n          error actorLabel startedAt\n          problems(first: 50) { line recordId kind reason }\n        }\n      }\n    }\n  }\n": types.UsageIngestionsDocument,
    "\n  query UnbillableQueue {\n    unratedUsageSummary { reason count }\n    usageRecords(first: 20, filter: { status: UNRATED }) {\n      edges { node { recordId accountRef usageType startedAt destinationNumber unratedReason } }\n    }\n  }\n": types.UnbillableQueueDocument,
    "\n  mutation UnbillableQueueRerate {\n    rerateUsage(input: { onlyUnrated: true }) { examined rated stillUnrated }\n  }\n": types.UnbillableQueueRerateDocument,
    "\n  query PointOfContactCard($id: ID!) {\n    pointOfContactMatrix(programId: $id) {\n      area label\n      accountable { name phone }\n      escalationPath { name }\n    }\n  }\n": types.PointOfContactCardDocument,
    "\n  mutation WarRoomOpenIncident($input: OpenIncidentInput!) {\n    openIncident(input: $input) { incident { id } userErrors { code field message } }\n  }\n": types.WarRoomOpenIncidentDocument,
    "\n  mutation WarRoomPostIncidentUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) { incident { id } userErrors { code field message } }\n  }\n": types.WarRoomPostIncidentUpdateDocument,
    "\n  mutation WarRoomAssignIncidentLead($input: AssignIncidentLeadInput!) {\n    assignIncidentLead(input: $input) { incident { id } userErrors { code field message } }\n  }\n": types.WarRoomAssignIncidentLeadDocument,
    "\n  mutation WarRoomSetComponentState($input: SetComponentStateInput!) {\n    setComponentState(input: $input) { component { key } userErrors { code field message } }\n  }\n": types.WarRoomSetComponentStateDocument,
    "\n  mutation WarRoomPostStatusUpdate($input: PostStatusUpdateInput!) {\n    postStatusUpdate(input: $input) { statusUpdate { id } userErrors { code field message } }\n  }\n": types.WarRoomPostStatusUpdateDocument,
    "\n  fragment WarRoomBillRun on BillRun {\n    id periodStart periodEnd status accountsTotal accountsDone invoicesCreated accountsFailed createdAt\n  }\n": types.WarRoomBillRunFragmentDoc,
    "\n  query WarRoomView {\n    warRoom {\n      generatedAt\n      waves { wave { id name status cutoverDate } legacyAccounts switchboardAccounts }\n      accountsBySystemOfRecord { systemOfRecord accounts }\n      billRunsInProgress { ...WarRoomBillRun }\n      latestBillRuns { ...WarRoomBillRun }\n      ingestion {\n        recordsLast5Minutes recordsLast60Minutes perMinuteLast5 perMinuteLast60 rejected conflicts running failed\n        recentRejects { line recordId reason }\n      }\n      deliveries { sent failed queued }\n      components { key name state reason isManual }\n      openIncidents {\n        id title severity status componentKey updateCadenceMinutes updateOverdue nextUpdateDueAt openedAt openedBy\n        lastUpdateAt lead { id name } updates { id status body author at }\n      }\n      latestStatusUpdate { body author at }\n    }\n  }\n": types.WarRoomViewDocument,
    "\n  fragment AccountPickerOption on Account { id externalId name currency }\n": types.AccountPickerOptionFragmentDoc,
    "\n  query AccountPickerSearch($first: Int, $search: String) {\n    accounts(first: $first, search: $search) { edges { node { ...AccountPickerOption } } }\n  }\n": types.AccountPickerSearchDocument,
    "\n  query InvoiceList($first: Int, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id kind status number account { id externalId name } currency periodStart periodEnd\n          issueDate dueDate total amountDue\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.InvoiceListDocument,
    "\n  query PriceEditorPreview($input: PricePreviewInput!) {\n    pricePreview(input: $input) {\n      preview { currency amount roundedAmount breakdown { label quantity unitPrice amount } }\n      userErrors { message }\n    }\n  }\n": types.PriceEditorPreviewDocument,
    "\n  query CommsViewerEmail {\n    viewer { user { email } }\n  }\n": types.CommsViewerEmailDocument,
    "\n  query MailSenderWarning {\n    mailSettings { from isPlaceholderSender }\n  }\n": types.MailSenderWarningDocument,
    "\n  fragment MigrationReconciledAccount on ReconciledAccount {\n    legacyAccountId accountName account { id currency systemOfRecord } status\n    legacySubtotal legacyTaxTotal legacyTotal newSubtotal newTaxTotal newTotal difference\n    suggestedCause cause resolution comment reviewedBy reviewedAt\n  }\n": types.MigrationReconciledAccountFragmentDoc,
    "\n  query MigrationRunAccounts($id: ID!, $first: Int, $offset: Int) {\n    parallelRun(id: $id) { accounts(first: $first, offset: $offset) { ...MigrationReconciledAccount } }\n  }\n": types.MigrationRunAccountsDocument,
    "\n  query RecentPayments($accountId: ID) {\n    payments(first: 25, accountId: $accountId) {\n      edges {\n        node {\n          id account { id externalId name } method amount currency receivedDate reference unallocatedAmount\n          allocations { invoiceId invoiceNumber amount }\n        }\n      }\n    }\n  }\n": types.RecentPaymentsDocument,
    "\n  fragment RecordPaymentFormOpenInvoice on Invoice { id number dueDate amountDue }\n": types.RecordPaymentFormOpenInvoiceFragmentDoc,
    "\n  mutation RecordPaymentFormRecord($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment { amount currency unallocatedAmount allocations { invoiceNumber amount } }\n      userErrors { code field message }\n    }\n  }\n": types.RecordPaymentFormRecordDocument,
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
export function graphql(source: "\n  fragment AccountDetailsAccount on Account {\n    ...AccountFieldsFormAccount\n    id currency billingEmail billingEmailBounce { at reply } contactName taxRegion\n    ratePlan { code name } billingCycle billingDay paymentTermsDays invoiceDelivery billToParent\n    parent { id externalId }\n    children { id externalId }\n  }\n"): typeof import('./graphql').AccountDetailsAccountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountDetailsUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) { account { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').AccountDetailsUpdateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountDunning($id: ID!) {\n    accountDunning(accountId: $id) {\n      policy { id name } isPolicyAssigned pausedUntil pauseReason pausedBy\n      openInvoices {\n        invoiceId invoiceNumber dueDate amountDue currency\n        lastStepName lastStepOn nextStepName nextAction nextStepOn\n      }\n      emails { id recipient status subject transport error createdAt }\n    }\n    dunningPolicies { id name isDefault }\n    dunningEvents(accountId: $id, first: 20) {\n      edges { node { id invoiceNumber action skipped asOf occurredAt step { name channels } } }\n    }\n  }\n"): typeof import('./graphql').AccountDunningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountDunningPolicy($input: SetAccountDunningPolicyInput!) {\n    setAccountDunningPolicy(input: $input) { accountDunning { isPolicyAssigned } userErrors { code field message } }\n  }\n"): typeof import('./graphql').SetAccountDunningPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseAccountDunning($input: PauseAccountDunningInput!) {\n    pauseAccountDunning(input: $input) { accountDunning { pausedUntil } userErrors { code field message } }\n  }\n"): typeof import('./graphql').PauseAccountDunningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeAccountDunning($input: ResumeAccountDunningInput!) {\n    resumeAccountDunning(input: $input) { accountDunning { pausedUntil } userErrors { code field message } }\n  }\n"): typeof import('./graphql').ResumeAccountDunningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountNotices($id: ID!) {\n    notices(accountId: $id) { id channel title body createdAt }\n  }\n"): typeof import('./graphql').AccountNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPayments($id: ID!) {\n    accountBalance(accountId: $id) { currency invoiced credited paid credit balance }\n    invoices(first: 200, filter: { accountId: $id, status: FINALIZED, kind: INVOICE }) {\n      edges { node { id number issueDate dueDate amountDue } }\n    }\n  }\n"): typeof import('./graphql').AccountPaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountView($id: ID!) {\n    account(id: $id) {\n      id externalId name status\n      ...AccountDetailsAccount\n      ...PortalContactsCardAccount\n      ...SubscriptionsCardAccount\n      ...OneTimeChargesCardAccount\n    }\n  }\n"): typeof import('./graphql').AccountViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OneTimeChargesCardAccount on Account {\n    id currency\n    oneTimeCharges { id chargeDate quantity unitPrice description product { code name } }\n  }\n"): typeof import('./graphql').OneTimeChargesCardAccountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OneTimeChargesCardAdd($input: AddOneTimeChargeInput!) {\n    addOneTimeCharge(input: $input) { charge { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').OneTimeChargesCardAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalContactsCardAccount on Account {\n    id\n    contacts { id email name verifiedAt createdAt }\n  }\n"): typeof import('./graphql').PortalContactsCardAccountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalContactsCardAdd($input: AddAccountContactInput!) {\n    addAccountContact(input: $input) { contact { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').PortalContactsCardAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalContactsCardRemove($input: RemoveAccountContactInput!) {\n    removeAccountContact(input: $input) { contact { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').PortalContactsCardRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountProductOptions($kind: ProductKind) {\n    products(first: 200, filter: { kind: $kind, isActive: true }) { edges { node { id code name } } }\n  }\n"): typeof import('./graphql').AccountProductOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeSubscriptionFormSubscription on AccountSubscription {\n    id quantity unitPrice discountPercent\n  }\n"): typeof import('./graphql').ChangeSubscriptionFormSubscriptionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionFormsCreate($input: CreateSubscriptionInput!) {\n    createSubscription(input: $input) { subscription { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').SubscriptionFormsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionFormsChange($input: ChangeSubscriptionInput!) {\n    changeSubscription(input: $input) { subscription { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').SubscriptionFormsChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionFormsEnd($input: EndSubscriptionInput!) {\n    endSubscription(input: $input) { subscription { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').SubscriptionFormsEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubscriptionsCardAccount on Account {\n    id currency\n    subscriptions {\n      ...ChangeSubscriptionFormSubscription\n      id quantity unitPrice discountPercent startDate endDate serviceIds\n      product { id code name }\n    }\n  }\n"): typeof import('./graphql').SubscriptionsCardAccountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFieldsFormAccount on Account {\n    id externalId name currency status billingEmail contactName taxRegion billingCycle billingDay\n    paymentTermsDays invoiceDelivery billToParent\n    ratePlan { id }\n    parent { id externalId name currency }\n  }\n"): typeof import('./graphql').AccountFieldsFormAccountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountRatePlanOptions {\n    ratePlans { id code name currency }\n  }\n"): typeof import('./graphql').AccountRatePlanOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsConsoleCreateAccount($input: AccountFieldsInput!) {\n    createAccount(input: $input) { account { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').AccountsConsoleCreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsList($first: Int, $after: String, $search: String, $status: AccountStatus) {\n    accounts(first: $first, after: $after, search: $search, status: $status) {\n      edges {\n        node {\n          id externalId name status currency billingEmail paymentTermsDays billingCycle billingDay\n          parent { id externalId } billToParent ratePlan { code }\n          balance { balance }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').AccountsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogBillingRules {\n    catalogs { id code name defaultBillingTiming prorationMethod creditUnusedOnCancel billPartialWithNextPeriod }\n  }\n"): typeof import('./graphql').CatalogBillingRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogBillingRulesUpdate($input: UpdateCatalogBillingInput!) {\n    updateCatalogBilling(input: $input) {\n      catalog { id }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').CatalogBillingRulesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogBrowser($search: String) {\n    products(first: 100, filter: { search: $search }) {\n      edges {\n        node {\n          id code name kind usageType taxCategory isActive\n          priceOn(currency: \"USD\") { ...DescribePricePrice }\n        }\n      }\n    }\n    ratePlans { id code name currency timeZone versionOn { version effectiveFrom entryCount } }\n  }\n"): typeof import('./graphql').CatalogBrowserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogBrowserCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { product { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').CatalogBrowserCreateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DescribePricePrice on Price {\n    model amount unitPrice packageSize packagePrice freeUnits minimumCharge\n    tiers { upTo unitPrice }\n    ratePercent transactionFee transactionMinimum transactionMaximum freeTransactions freeAmount\n    billingTiming\n  }\n"): typeof import('./graphql').DescribePricePriceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllowanceUsageProducts {\n    products(first: 100, filter: { kind: USAGE, isActive: true }) { edges { node { id code name usageType } } }\n  }\n"): typeof import('./graphql').AllowanceUsageProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllowanceEditorSet($input: SetProductAllowancesInput!) {\n    setProductAllowances(input: $input) { product { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').AllowanceEditorSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductEditor($id: ID!) {\n    product(id: $id) {\n      id code name description kind usageType taxCategory isActive\n      aggregation recordRounding { direction block }\n      prices {\n        ...DescribePricePrice\n        id currency model amount unitPrice packageSize packagePrice freeUnits minimumCharge\n        tiers { upTo unitPrice flatFee }\n        ratePercent transactionFee transactionMinimum transactionMaximum freeTransactions freeAmount\n        effectiveFrom effectiveTo\n      }\n      allowances { usageType usageProduct { id code } quantityPerUnit destinationClasses isPooled rollsOver }\n    }\n  }\n"): typeof import('./graphql').ProductEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProductEditorSetPrice($input: SetProductPriceInput!) {\n    setProductPrice(input: $input) { price { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').ProductEditorSetPriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProductEditorUpdateRules($input: UpdateProductInput!) {\n    updateProduct(input: $input) { product { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').ProductEditorUpdateRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallRoundingUpdate($input: UpdateRatePlanRoundingInput!) {\n    updateRatePlanRounding(input: $input) {\n      ratePlan { id callRoundingMode callDecimals }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').CallRoundingUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeckImport($input: ImportRateDeckInput!) {\n    importRateDeck(input: $input) {\n      version { version }\n      report { rowsRead rowsValid problems { line column message } }\n      userErrors { message }\n    }\n  }\n"): typeof import('./graphql').DeckImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RatePlanBrowserEntry on RateDeckEntry {\n    prefix destination destinationClass ratePerMinute\n    bandRates { band ratePerMinute }\n    initialIncrementSeconds subsequentIncrementSeconds connectionFee\n    rateSteps { fromSecond ratePerMinute incrementSeconds }\n    bandTerms {\n      band connectionFee initialIncrementSeconds subsequentIncrementSeconds\n      rateSteps { fromSecond ratePerMinute incrementSeconds }\n    }\n  }\n"): typeof import('./graphql').RatePlanBrowserEntryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RatePlanBrowser($id: ID!) {\n    ratePlan(id: $id) {\n      code name currency timeZone callRoundingMode callDecimals\n      catalog { roundingMode callDecimals }\n      versions {\n        id version effectiveFrom entryCount note\n        timeBands { name dates }\n        holidays { date band }\n      }\n    }\n  }\n"): typeof import('./graphql').RatePlanBrowserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RatePlanBrowserDeck($id: ID!, $search: String, $first: Int) {\n    rateDeckEntries(ratePlanId: $id, search: $search, first: $first) {\n      edges { node { ...RatePlanBrowserEntry } }\n      pageInfo { hasNextPage }\n    }\n  }\n"): typeof import('./graphql').RatePlanBrowserDeckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RatePlanBrowserLookup($id: ID!, $number: String!) {\n    destinationLookup(ratePlanId: $id, number: $number) { ...RatePlanBrowserEntry }\n  }\n"): typeof import('./graphql').RatePlanBrowserLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AudienceCardFields on Audience {\n    id name size createdAt wave { id name }\n    filter { region product { id name } status minBalance }\n    accounts(first: 10) { id name externalId billingEmail }\n  }\n"): typeof import('./graphql').AudienceCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceConsole {\n    audiences { ...AudienceCardFields }\n  }\n"): typeof import('./graphql').AudienceConsoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AudienceFormCreate($input: CreateAudienceInput!) {\n    createAudience(input: $input) { audience { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').AudienceFormCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceFormOptions {\n    migrationImports(first: 20) { id sourceName createdAt }\n    products(first: 100) { edges { node { id name } } }\n  }\n"): typeof import('./graphql').AudienceFormOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceFormWaves($importId: ID!) {\n    cutoverWaves(importId: $importId) { id name accountCount status }\n  }\n"): typeof import('./graphql').AudienceFormWavesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignList {\n    campaigns {\n      id name status channels critical approvalsRequired approvals { approvedBy }\n      audience { name size } deliveryCounts { ...DeliveryCountFields } createdBy createdAt sentAt\n    }\n  }\n"): typeof import('./graphql').CampaignListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignActionsApprove($input: CampaignInput!) {\n    approveCampaign(input: $input) { campaign { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').CampaignActionsApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignActionsTestSend($input: TestSendCampaignInput!) {\n    testSendCampaign(input: $input) { campaign { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').CampaignActionsTestSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignActionsSend($input: SendCampaignInput!) {\n    sendCampaign(input: $input) { campaign { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').CampaignActionsSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignActionsCancel($input: CampaignInput!) {\n    cancelCampaign(input: $input) { campaign { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').CampaignActionsCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignView($id: ID!) {\n    campaign(id: $id) {\n      id name status channels critical criticalReason sendOn sendAtLocalTime approvalsRequired\n      approvals { approvedBy at } testSentTo testSentAt createdBy createdAt sentAt\n      template { id name } templateVersion { id version } audience { id name size }\n      preview(first: 3) { account { id name } subject body missingVariables }\n      accountsMissingValues { accountCount variables accounts(first: 5) { account { id name } variables } }\n      deliveryCounts { ...DeliveryCountFields }\n    }\n  }\n"): typeof import('./graphql').CampaignViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliveryCountFields on DeliveryCount { channel status count }\n"): typeof import('./graphql').DeliveryCountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryTable($id: ID!, $status: CommsDeliveryStatus, $first: Int, $after: String) {\n    campaign(id: $id) {\n      deliveries(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id account { id name } channel recipient isTest status sendAfter attempts error sentAt } }\n      }\n    }\n  }\n"): typeof import('./graphql').DeliveryTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportArticles($campaignId: ID) {\n    supportArticles(campaignId: $campaignId) { id kind title body createdBy createdAt }\n  }\n"): typeof import('./graphql').SupportArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportArticlesCreate($input: CreateSupportArticleInput!) {\n    createSupportArticle(input: $input) { article { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').SupportArticlesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignFormOptions {\n    messageTemplates { id name versions { id version subject } }\n    audiences { id name size }\n  }\n"): typeof import('./graphql').CampaignFormOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignFormCreate($input: CreateCampaignInput!) {\n    createCampaign(input: $input) { campaign { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').CampaignFormCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxList {\n    outbox(first: 100) { id recipient subject body isTest sentAt account { name } }\n  }\n"): typeof import('./graphql').OutboxListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSignInOutbox {\n    portalSignInOutbox(first: 20) { id recipient text createdAt }\n  }\n"): typeof import('./graphql').PortalSignInOutboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplateEditor($id: ID!) {\n    messageTemplate(id: $id) {\n      id name createdBy createdAt versions { id version subject body createdBy createdAt }\n    }\n  }\n"): typeof import('./graphql').TemplateEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplateFormVariables {\n    templateVariables { name description }\n  }\n"): typeof import('./graphql').TemplateFormVariablesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TemplateFormCreate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) { template { id latest { version } } userErrors { code field message } }\n  }\n"): typeof import('./graphql').TemplateFormCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TemplateFormRevise($input: ReviseMessageTemplateInput!) {\n    reviseMessageTemplate(input: $input) { template { id latest { version } } userErrors { code field message } }\n  }\n"): typeof import('./graphql').TemplateFormReviseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplateLibrary {\n    messageTemplates { id name createdBy latest { version subject createdAt createdBy } }\n  }\n"): typeof import('./graphql').TemplateLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceActionFormsInvoice on Invoice {\n    id number currency\n    account { id billingEmail }\n    billRun { issueDate }\n    lines { id lineType description amount }\n    emails { id status }\n  }\n"): typeof import('./graphql').InvoiceActionFormsInvoiceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceActionFormsFinalize($input: FinalizeInvoiceInput!) {\n    finalizeInvoice(input: $input) { invoice { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').InvoiceActionFormsFinalizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceActionFormsDiscard($input: DiscardDraftInvoiceInput!) {\n    discardDraftInvoice(input: $input) { discardedId userErrors { code field message } }\n  }\n"): typeof import('./graphql').InvoiceActionFormsDiscardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceActionFormsVoid($input: VoidInvoiceInput!) {\n    voidInvoice(input: $input) { invoice { id } reissueBillRun { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').InvoiceActionFormsVoidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceActionFormsCredit($input: CreditInvoiceInput!) {\n    creditInvoice(input: $input) { invoice { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').InvoiceActionFormsCreditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceActionFormsSend($input: SendInvoiceInput!) {\n    sendInvoice(input: $input) { email { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').InvoiceActionFormsSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceActionsInvoice on Invoice {\n    ...InvoiceActionFormsInvoice\n    id kind status amountDue pdfUrl\n    creditNotes { id }\n  }\n"): typeof import('./graphql').InvoiceActionsInvoiceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceView($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceActionsInvoice\n      id kind status number currency periodStart periodEnd issueDate dueDate subtotal taxTotal total note\n      amountDue\n      account { id name }\n      billTo { externalId name }\n      billRun { id }\n      creditedInvoice { id number }\n      creditNotes { id number status total issueDate note }\n      lines { id lineType description quantity unitPrice amount productCode serviceStart serviceEnd }\n      payments { amount payment { id receivedDate method reference } }\n      emails { id recipient status transport error requestedBy createdAt sentAt }\n    }\n  }\n"): typeof import('./graphql').InvoiceViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceViewResendEmail($input: ResendInvoiceEmailInput!) {\n    resendInvoiceEmail(input: $input) { email { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').InvoiceViewResendEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillRunsPanel {\n    billRuns(first: 50) {\n      id periodStart periodEnd issueDate status accountsTotal accountsDone invoicesCreated accountsFailed\n      createdBy createdAt\n    }\n  }\n"): typeof import('./graphql').BillRunsPanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillRunsPanelCreate($input: CreateBillRunInput!) {\n    createBillRun(input: $input) { billRun { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').BillRunsPanelCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillRunResults($id: ID!, $first: Int, $after: String, $status: BillRunAccountStatus) {\n    billRun(id: $id) {\n      results(first: $first, after: $after, status: $status) {\n        edges {\n          node {\n            status message\n            account { id externalId name }\n            invoice { id number total currency }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): typeof import('./graphql').BillRunResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillRunView($id: ID!) {\n    billRun(id: $id) {\n      id periodStart periodEnd issueDate status accountsTotal accountsDone invoicesCreated accountsFailed\n      error createdBy createdAt finishedAt\n      schedule { id name } scheduledFor lateBySeconds autoFinalize draftsFinalized checkedAt\n      draftReviewCounts { state count } emailCounts { status count }\n    }\n  }\n"): typeof import('./graphql').BillRunViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinalizeCleanDrafts($billRunId: ID!) {\n    finalizeCleanDrafts(billRunId: $billRunId) { finalized userErrors { code field message } }\n  }\n"): typeof import('./graphql').FinalizeCleanDraftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftReviewBulkApprove($input: ApproveDraftsWithOnlyFindingInput!) {\n    approveDraftsWithOnlyFinding(input: $input) { approved skipped userErrors { code field message } }\n  }\n"): typeof import('./graphql').DraftReviewBulkApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftReviewDetail($invoiceId: ID!) {\n    draftComparison(invoiceId: $invoiceId) {\n      draft { id total currency periodStart periodEnd }\n      previousInvoice { id number total currency periodStart }\n      totalDifference\n      lines { key description lineType previousAmount draftAmount difference }\n    }\n  }\n"): typeof import('./graphql').DraftReviewDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftReviewApprove($input: DraftDecisionInput!) {\n    approveDraft(input: $input) { review { invoiceId state } userErrors { code field message } }\n  }\n"): typeof import('./graphql').DraftReviewApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftReviewHold($input: DraftDecisionInput!) {\n    holdDraft(input: $input) { review { invoiceId state } userErrors { code field message } }\n  }\n"): typeof import('./graphql').DraftReviewHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftReviewDiscard($input: DraftDecisionInput!) {\n    discardDraft(input: $input) { review { invoiceId state } userErrors { code field message } }\n  }\n"): typeof import('./graphql').DraftReviewDiscardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftReviewQueue($billRunId: ID!, $states: [DraftReviewState!], $code: String, $first: Int, $after: String) {\n    draftReviews(billRunId: $billRunId, states: $states, findingCode: $code, first: $first, after: $after) {\n      edges {\n        node {\n          invoiceId state version decidedBy reason\n          account { id name externalId }\n          invoice { id total currency }\n          findings { code severity message }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').DraftReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftReviewQueueChecks {\n    draftCheckSettings { code title }\n  }\n"): typeof import('./graphql').DraftReviewQueueChecksDocument;
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
export function graphql(source: "\n  query Checklist($filter: ChecklistFilter) {\n    program {\n      id name evidenceCheckedAt\n      checklist(filter: $filter) { ...ChecklistItemRow }\n    }\n  }\n"): typeof import('./graphql').ChecklistDocument;
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
export function graphql(source: "\n  mutation RefreshProgramEvidence($input: RefreshProgramEvidenceInput!) {\n    refreshProgramEvidence(input: $input) {\n      program { id evidenceCheckedAt }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').RefreshProgramEvidenceDocument;
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
export function graphql(source: "\n  fragment AgingReportBuckets on AgingBuckets { current days1To30 days31To60 days61To90 over90Days total }\n"): typeof import('./graphql').AgingReportBucketsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgingReport($asOf: Date) {\n    agingReport(asOf: $asOf) {\n      rows { account { id externalId name } currency buckets { ...AgingReportBuckets } }\n      totals { currency buckets { ...AgingReportBuckets } }\n    }\n  }\n"): typeof import('./graphql').AgingReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DunningPoliciesConsole {\n    dunningPolicies {\n      id name isDefault\n      steps { id daysAfterDue action name channels template { id name } }\n    }\n    messageTemplates { id name }\n  }\n"): typeof import('./graphql').DunningPoliciesConsoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDunningPolicy($input: CreateDunningPolicyInput!) {\n    createDunningPolicy(input: $input) { policy { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').CreateDunningPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDunningPolicy($input: UpdateDunningPolicyInput!) {\n    updateDunningPolicy(input: $input) { policy { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').UpdateDunningPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDunningPolicy($input: DeleteDunningPolicyInput!) {\n    deleteDunningPolicy(input: $input) { deletedPolicyId userErrors { code field message } }\n  }\n"): typeof import('./graphql').DeleteDunningPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DunningPreview($on: Date) {\n    dunningPreview(on: $on) {\n      on\n      actions { accountId accountName invoiceId invoiceNumber amountDue currency stepName action channels templateName }\n    }\n  }\n"): typeof import('./graphql').DunningPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DunningStages($asOf: Date) {\n    dunningStages(asOf: $asOf) { stage stepName action daysAfterDue currency invoiceCount amountDue }\n  }\n"): typeof import('./graphql').DunningStagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemittanceImport($input: ImportRemittanceInput!) {\n    importRemittance(input: $input) {\n      report { rowsRead recorded alreadyRecorded problems { line column message } }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').RemittanceImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysManager($includeRevoked: Boolean) {\n    apiKeys(first: 100, includeRevoked: $includeRevoked) {\n      edges { node { id name prefix scope modules createdAt lastUsedAt revokedAt createdBy { email } } }\n    }\n  }\n"): typeof import('./graphql').ApiKeysManagerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysManagerRevoke($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) { apiKey { id } }\n  }\n"): typeof import('./graphql').ApiKeysManagerRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysManagerCreate($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { name } secret userErrors { code field message } }\n  }\n"): typeof import('./graphql').ApiKeysManagerCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int, $after: String, $filter: AuditEntryFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      edges { node { id occurredAt actorLabel actorKind operation result errorCode inputSummary } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserDetailsSessions($userId: ID!) {\n    userSessions(userId: $userId) { id method createdAt expiresAt revokedAt lastSeenAt userAgent isLive }\n  }\n"): typeof import('./graphql').UserDetailsSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserDetailsEndSession($input: RevokeUserSessionsInput!) {\n    revokeUserSessions(input: $input) { revokedCount }\n  }\n"): typeof import('./graphql').UserDetailsEndSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserDetailsSetPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) { userErrors { code field message } }\n  }\n"): typeof import('./graphql').UserDetailsSetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersManager($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      edges { node { id email name role isActive hasPassword lastSignInAt createdAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').UsersManagerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersManagerUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) { userErrors { code field message } }\n  }\n"): typeof import('./graphql').UsersManagerUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersManagerRevokeSessions($input: RevokeUserSessionsInput!) {\n    revokeUserSessions(input: $input) { revokedCount userErrors { code field message } }\n  }\n"): typeof import('./graphql').UsersManagerRevokeSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersManagerCreate($input: CreateUserInput!) {\n    createUser(input: $input) { user { email } userErrors { code field message } }\n  }\n"): typeof import('./graphql').UsersManagerCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingSchedules {\n    billingSchedules {\n      id name cycle dayOfMonth lastDayOfMonth runTime timeZone issueDateRule autoFinalize enabled\n      audience { id name }\n      nextRuns(count: 2) { dueAt periodStart periodEnd issueDate }\n      recentRuns(first: 3) { id periodStart periodEnd status lateBySeconds createdAt }\n    }\n    audiences { id name }\n  }\n"): typeof import('./graphql').BillingSchedulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBillingSchedule($input: BillingScheduleInput!) {\n    createBillingSchedule(input: $input) { billingSchedule { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').CreateBillingScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBillingSchedule($id: ID!, $input: BillingScheduleInput!) {\n    updateBillingSchedule(id: $id, input: $input) { billingSchedule { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').UpdateBillingScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckSettings {\n    draftCheckSettings {\n      code title description enabled severity updatedBy updatedAt\n      thresholds { name description value defaultValue }\n    }\n  }\n"): typeof import('./graphql').CheckSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckSettingsUpdate($input: UpdateDraftCheckSettingInput!) {\n    updateDraftCheckSetting(input: $input) { setting { code } userErrors { code field message } }\n  }\n"): typeof import('./graphql').CheckSettingsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountUsageSummary($id: ID!, $from: DateTime!, $to: DateTime!) {\n    accountUsageSummary(accountId: $id, from: $from, to: $to) {\n      currency total unratedRecords\n      voiceLines { destination calls billableMinutes amount }\n      meteredLines { product { code name } records quantity amount }\n    }\n  }\n"): typeof import('./graphql').AccountUsageSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageIngestions {\n    ingestions(first: 15) {\n      edges {\n        node {\n          id source fileName status bytesTotal bytesRead read imported duplicates conflicts rejected unrated\n          error actorLabel startedAt\n          problems(first: 50) { line recordId kind reason }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UsageIngestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnbillableQueue {\n    unratedUsageSummary { reason count }\n    usageRecords(first: 20, filter: { status: UNRATED }) {\n      edges { node { recordId accountRef usageType startedAt destinationNumber unratedReason } }\n    }\n  }\n"): typeof import('./graphql').UnbillableQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnbillableQueueRerate {\n    rerateUsage(input: { onlyUnrated: true }) { examined rated stillUnrated }\n  }\n"): typeof import('./graphql').UnbillableQueueRerateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointOfContactCard($id: ID!) {\n    pointOfContactMatrix(programId: $id) {\n      area label\n      accountable { name phone }\n      escalationPath { name }\n    }\n  }\n"): typeof import('./graphql').PointOfContactCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WarRoomOpenIncident($input: OpenIncidentInput!) {\n    openIncident(input: $input) { incident { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').WarRoomOpenIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WarRoomPostIncidentUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) { incident { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').WarRoomPostIncidentUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WarRoomAssignIncidentLead($input: AssignIncidentLeadInput!) {\n    assignIncidentLead(input: $input) { incident { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').WarRoomAssignIncidentLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WarRoomSetComponentState($input: SetComponentStateInput!) {\n    setComponentState(input: $input) { component { key } userErrors { code field message } }\n  }\n"): typeof import('./graphql').WarRoomSetComponentStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WarRoomPostStatusUpdate($input: PostStatusUpdateInput!) {\n    postStatusUpdate(input: $input) { statusUpdate { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').WarRoomPostStatusUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WarRoomBillRun on BillRun {\n    id periodStart periodEnd status accountsTotal accountsDone invoicesCreated accountsFailed createdAt\n  }\n"): typeof import('./graphql').WarRoomBillRunFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarRoomView {\n    warRoom {\n      generatedAt\n      waves { wave { id name status cutoverDate } legacyAccounts switchboardAccounts }\n      accountsBySystemOfRecord { systemOfRecord accounts }\n      billRunsInProgress { ...WarRoomBillRun }\n      latestBillRuns { ...WarRoomBillRun }\n      ingestion {\n        recordsLast5Minutes recordsLast60Minutes perMinuteLast5 perMinuteLast60 rejected conflicts running failed\n        recentRejects { line recordId reason }\n      }\n      deliveries { sent failed queued }\n      components { key name state reason isManual }\n      openIncidents {\n        id title severity status componentKey updateCadenceMinutes updateOverdue nextUpdateDueAt openedAt openedBy\n        lastUpdateAt lead { id name } updates { id status body author at }\n      }\n      latestStatusUpdate { body author at }\n    }\n  }\n"): typeof import('./graphql').WarRoomViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountPickerOption on Account { id externalId name currency }\n"): typeof import('./graphql').AccountPickerOptionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPickerSearch($first: Int, $search: String) {\n    accounts(first: $first, search: $search) { edges { node { ...AccountPickerOption } } }\n  }\n"): typeof import('./graphql').AccountPickerSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceList($first: Int, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id kind status number account { id externalId name } currency periodStart periodEnd\n          issueDate dueDate total amountDue\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').InvoiceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceEditorPreview($input: PricePreviewInput!) {\n    pricePreview(input: $input) {\n      preview { currency amount roundedAmount breakdown { label quantity unitPrice amount } }\n      userErrors { message }\n    }\n  }\n"): typeof import('./graphql').PriceEditorPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommsViewerEmail {\n    viewer { user { email } }\n  }\n"): typeof import('./graphql').CommsViewerEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailSenderWarning {\n    mailSettings { from isPlaceholderSender }\n  }\n"): typeof import('./graphql').MailSenderWarningDocument;
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
export function graphql(source: "\n  query RecentPayments($accountId: ID) {\n    payments(first: 25, accountId: $accountId) {\n      edges {\n        node {\n          id account { id externalId name } method amount currency receivedDate reference unallocatedAmount\n          allocations { invoiceId invoiceNumber amount }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RecentPaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordPaymentFormOpenInvoice on Invoice { id number dueDate amountDue }\n"): typeof import('./graphql').RecordPaymentFormOpenInvoiceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPaymentFormRecord($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment { amount currency unallocatedAmount allocations { invoiceNumber amount } }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').RecordPaymentFormRecordDocument;
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
