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
    "\n  fragment AgingReportBuckets on AgingBuckets { current days1To30 days31To60 days61To90 over90Days total }\n": typeof types.AgingReportBucketsFragmentDoc,
    "\n  query AgingReport($asOf: Date) {\n    agingReport(asOf: $asOf) {\n      rows { account { id externalId name } currency buckets { ...AgingReportBuckets } }\n      totals { currency buckets { ...AgingReportBuckets } }\n    }\n  }\n": typeof types.AgingReportDocument,
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
    "\n  query CommsViewerEmail {\n    viewer { user { email } }\n  }\n": typeof types.CommsViewerEmailDocument,
    "\n  query MailSenderWarning {\n    mailSettings { from isPlaceholderSender }\n  }\n": typeof types.MailSenderWarningDocument,
    "\n  query RecentPayments($accountId: ID) {\n    payments(first: 25, accountId: $accountId) {\n      edges {\n        node {\n          id account { id externalId name } method amount currency receivedDate reference unallocatedAmount\n          allocations { invoiceId invoiceNumber amount }\n        }\n      }\n    }\n  }\n": typeof types.RecentPaymentsDocument,
    "\n  fragment RecordPaymentFormOpenInvoice on Invoice { id number dueDate amountDue }\n": typeof types.RecordPaymentFormOpenInvoiceFragmentDoc,
    "\n  mutation RecordPaymentFormRecord($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment { amount currency unallocatedAmount allocations { invoiceNumber amount } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RecordPaymentFormRecordDocument,
};
const documents: Documents = {
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
    "\n  fragment AgingReportBuckets on AgingBuckets { current days1To30 days31To60 days61To90 over90Days total }\n": types.AgingReportBucketsFragmentDoc,
    "\n  query AgingReport($asOf: Date) {\n    agingReport(asOf: $asOf) {\n      rows { account { id externalId name } currency buckets { ...AgingReportBuckets } }\n      totals { currency buckets { ...AgingReportBuckets } }\n    }\n  }\n": types.AgingReportDocument,
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
    "\n  query CommsViewerEmail {\n    viewer { user { email } }\n  }\n": types.CommsViewerEmailDocument,
    "\n  query MailSenderWarning {\n    mailSettings { from isPlaceholderSender }\n  }\n": types.MailSenderWarningDocument,
    "\n  query RecentPayments($accountId: ID) {\n    payments(first: 25, accountId: $accountId) {\n      edges {\n        node {\n          id account { id externalId name } method amount currency receivedDate reference unallocatedAmount\n          allocations { invoiceId invoiceNumber amount }\n        }\n      }\n    }\n  }\n": types.RecentPaymentsDocument,
    "\n  fragment RecordPaymentFormOpenInvoice on Invoice { id number dueDate amountDue }\n": types.RecordPaymentFormOpenInvoiceFragmentDoc,
    "\n  mutation RecordPaymentFormRecord($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment { amount currency unallocatedAmount allocations { invoiceNumber amount } }\n      userErrors { code field message }\n    }\n  }\n": types.RecordPaymentFormRecordDocument,
};

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
export function graphql(source: "\n  fragment AgingReportBuckets on AgingBuckets { current days1To30 days31To60 days61To90 over90Days total }\n"): typeof import('./graphql').AgingReportBucketsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgingReport($asOf: Date) {\n    agingReport(asOf: $asOf) {\n      rows { account { id externalId name } currency buckets { ...AgingReportBuckets } }\n      totals { currency buckets { ...AgingReportBuckets } }\n    }\n  }\n"): typeof import('./graphql').AgingReportDocument;
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
export function graphql(source: "\n  query CommsViewerEmail {\n    viewer { user { email } }\n  }\n"): typeof import('./graphql').CommsViewerEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailSenderWarning {\n    mailSettings { from isPlaceholderSender }\n  }\n"): typeof import('./graphql').MailSenderWarningDocument;
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


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
