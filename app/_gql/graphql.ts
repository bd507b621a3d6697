/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether an account is billed. */
export type AccountStatus =
  /** Billed normally. */
  | 'ACTIVE'
  /** No longer a customer. */
  | 'CLOSED'
  /** Service suspended (e.g. by dunning). */
  | 'SUSPENDED';

/** Who acted. */
export type ActorKind =
  /** Nobody signed in (the attempt was refused). */
  | 'ANONYMOUS'
  /** A partner app's key. */
  | 'API_KEY'
  /** The command line, the seed or a background job. */
  | 'SYSTEM'
  /** A console user. */
  | 'USER';

/** What a key may do. */
export type ApiKeyScope =
  /** Queries only. */
  | 'READ'
  /** Queries and mutations. */
  | 'READ_WRITE';

/** An area of the API a key can be limited to. */
export type ApiModule =
  /** Accounts and subscriptions. */
  | 'ACCOUNTS'
  /** Products, prices, rate decks. */
  | 'CATALOG'
  /** Customer communications. */
  | 'COMMS'
  /** Bill runs, invoices, credit notes. */
  | 'INVOICING'
  /** Legacy imports, parallel runs, cutover. */
  | 'MIGRATION'
  /** Payments, account credit, receivables aging, dunning. */
  | 'PAYMENTS'
  /** Roadmap, checklist, sign-offs. */
  | 'PROGRAM'
  /** Usage records and rating. */
  | 'USAGE';

/** Input of assignIncidentLead. */
export type AssignIncidentLeadInput = {
  /** The incident. */
  incidentId: string | number;
  /** The new lead: a user who may post updates. */
  leadId: string | number;
};

export type AudienceFilterInput = {
  minBalance?: string | null | undefined;
  productId?: string | number | null | undefined;
  region?: string | null | undefined;
  status?: AccountStatus | null | undefined;
};

/** Narrows the audit log. */
export type AuditEntryFilter = {
  /** Only what this API key did. */
  actorApiKeyId?: string | number | null | undefined;
  /** Only what this user did. */
  actorUserId?: string | number | null | undefined;
  /** Only this mutation, e.g. createApiKey. */
  operation?: string | null | undefined;
  /** From this instant on. */
  since?: string | null | undefined;
  /** Before this instant. */
  until?: string | null | undefined;
};

/** How an audited action ended. */
export type AuditResult =
  /** It failed with an error (e.g. FORBIDDEN); nothing changed. */
  | 'ERROR'
  /** It happened. */
  | 'OK'
  /** The input had problems the user can fix; nothing changed. */
  | 'REJECTED';

/** Where a bill run is. */
export type BillRunStatus =
  /** Every account done. */
  | 'COMPLETED'
  /** Stopped by an error. */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** Being worked through. */
  | 'RUNNING';

export type CampaignInput = {
  campaignId: string | number;
};

/** Where a campaign stands. */
export type CampaignStatus =
  | 'APPROVED'
  | 'AWAITING_APPROVAL'
  | 'CANCELLED'
  | 'DRAFT'
  /** Sent; some emails still wait for their local send time or the sender. */
  | 'SENDING'
  | 'SENT'
  /**
   * Nothing left to send, but some emails failed or have an unknown outcome (see its
   * delivery counts): a person looks before calling it done.
   */
  | 'SENT_WITH_FAILURES';

/** Where a message goes. */
export type CommsChannel =
  | 'EMAIL'
  /** A notice on the account in the console. */
  | 'IN_APP'
  /** A notice in the customer portal. */
  | 'PORTAL';

/** What became of one recipient's message. */
export type CommsDeliveryStatus =
  | 'BOUNCED'
  | 'DELIVERED'
  | 'FAILED'
  | 'QUEUED'
  /** Handed to the mail server, outcome not yet recorded; never retried, so never sent twice. */
  | 'SENDING'
  | 'SENT'
  /**
   * Not sent: the address unsubscribed from non-critical messages, or the account was left
   * out for lacking a value the template uses (the error says which).
   */
  | 'SUPPRESSED'
  /**
   * Handed to the mail server without a reply (the connection dropped after the message, or
   * the sender stopped mid-send): it may have arrived, so it is never sent again on its own.
   */
  | 'UNKNOWN';

/** How a part of billing is doing. */
export type ComponentState =
  | 'DEGRADED'
  | 'DOWN'
  | 'OPERATIONAL';

/** A new API key. */
export type CreateApiKeyInput = {
  /** Limit the key to these modules; omit or leave empty for all. */
  modules?: Array<ApiModule> | null | undefined;
  /** The app or integration the key is for. */
  name: string;
  /** What the key may do. */
  scope: ApiKeyScope;
};

export type CreateAudienceInput = {
  /** …or a filter. */
  filter?: AudienceFilterInput | null | undefined;
  name: string;
  /** A wave's accounts… */
  waveId?: string | number | null | undefined;
};

export type CreateCampaignInput = {
  audienceId: string | number;
  channels: Array<CommsChannel>;
  critical?: boolean | null | undefined;
  /** Required when critical: why it goes to unsubscribed addresses. */
  criticalReason?: string | null | undefined;
  name: string;
  /** HH:MM in each account's time zone. */
  sendAtLocalTime?: string | null | undefined;
  sendOn?: string | null | undefined;
  templateVersionId: string | number;
};

export type CreateMessageTemplateInput = {
  body: string;
  name: string;
  subject: string;
};

export type CreateSupportArticleInput = {
  body: string;
  campaignId?: string | number | null | undefined;
  kind: string;
  title: string;
};

/** A new console user. */
export type CreateUserInput = {
  /** Sign-in email; must be unused. */
  email: string;
  /** Display name. */
  name: string;
  /** At least 12 characters. Omit for a user who signs in through single sign-on only. */
  password?: string | null | undefined;
  /** What the user may do. */
  role: Role;
};

/** Where a wave stands. */
export type CutoverWaveStatus =
  /** Switchboard bills its accounts. */
  | 'CUT_OVER'
  /** Its accounts are still billed by the legacy system. */
  | 'PLANNED'
  /** Handed back to the legacy system. */
  | 'ROLLED_BACK';

/** A remittance file to import. */
export type ImportRemittanceInput = {
  /**
   * CSV with a header: date, reference, account (the account's external id), invoice (an
   * invoice number, may be empty), amount, currency, and optionally method (check, ach, wire,
   * card, manual; ach when absent).
   */
  csv: string;
};

/** How bad an incident is: SEV1 the worst. */
export type IncidentSeverity =
  | 'SEV1'
  | 'SEV2'
  | 'SEV3'
  | 'SEV4';

/** Where an incident stands; each update moves it. */
export type IncidentStatus =
  | 'IDENTIFIED'
  | 'INVESTIGATING'
  | 'MONITORING'
  | 'RESOLVED';

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

/** Input of openIncident. */
export type OpenIncidentInput = {
  /** The key of the component it affects, e.g. bill_runs. */
  componentKey?: string | null | undefined;
  /** Who leads it: a user who may post updates (not a viewer). */
  leadId?: string | number | null | undefined;
  /** How bad it is. */
  severity: IncidentSeverity;
  /** What is known so far; becomes the first update. */
  summary?: string | null | undefined;
  /** What is wrong, in a line. */
  title: string;
  /** Minutes between the updates owed, 1 to 1440; 30 when absent. */
  updateCadenceMinutes?: number | null | undefined;
};

/** An invoice and how much of the payment to apply to it. */
export type PaymentAllocationInput = {
  /** Amount to apply: no more than the invoice still owes. */
  amount: string;
  /** A finalized invoice of the paying account. */
  invoiceId: string | number;
};

/** How a payment was made. */
export type PaymentMethod =
  /** An ACH bank transfer. */
  | 'ACH'
  /** A card payment. */
  | 'CARD'
  /** A paper check. */
  | 'CHECK'
  /** A credit given to the customer and applied as a payment. */
  | 'CREDIT'
  /** Entered by hand, e.g. cash at the counter. */
  | 'MANUAL'
  /** A wire transfer. */
  | 'WIRE';

/** Input of postIncidentUpdate. */
export type PostIncidentUpdateInput = {
  /** What changed. */
  body: string;
  /** The incident; an open one. */
  incidentId: string | number;
  /** Where it stands now; RESOLVED closes it. */
  status: IncidentStatus;
};

/** Input of postStatusUpdate. */
export type PostStatusUpdateInput = {
  /** The update. */
  body: string;
};

/** A payment to record. */
export type RecordPaymentInput = {
  /** The account that paid. */
  accountId: string | number;
  /**
   * Where the money goes. Omitted: to the account's open invoices, oldest due first. Given
   * (even empty): exactly these amounts to these invoices. Either way the rest is credit.
   */
  allocations?: Array<PaymentAllocationInput> | null | undefined;
  /**
   * True when this is a separate payment that happens to quote a reference the account
   * already has (a lockbox or standing-order reference, say): it is recorded anyway. Leave it
   * out, or false, to have a repeated reference refused as a payment recorded twice.
   */
  allowDuplicateReference?: boolean | null | undefined;
  /** Amount received: more than zero, within the currency's minor unit. */
  amount: string;
  /** Must be the account's currency. */
  currency: string;
  /** Your own id for the payment; recording the same external id again is refused. */
  externalId?: string | null | undefined;
  /** How it was paid. */
  method: PaymentMethod;
  /** Free-text note. */
  note?: string | null | undefined;
  /** Day the money was received. */
  receivedDate: string;
  /**
   * What the payer quoted: a check number, a remittance reference. A reference the account
   * already has on a live payment (compared trimmed, in any case) is refused with a TAKEN
   * userError naming that payment, unless allowDuplicateReference is true.
   */
  reference?: string | null | undefined;
};

export type ReviseMessageTemplateInput = {
  body: string;
  subject: string;
  templateId: string | number;
};

/** The key to revoke. */
export type RevokeApiKeyInput = {
  /** The key. */
  id: string | number;
};

/** Which sessions to end. */
export type RevokeUserSessionsInput = {
  /** Only this session; omit to end all of the user's live sessions. */
  sessionId?: string | number | null | undefined;
  /** The user whose sessions end. */
  userId: string | number;
};

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

export type SendCampaignInput = {
  campaignId: string | number;
  /**
   * Leave out the accounts that lack a value the template uses (see
   * `Campaign.accountsMissingValues`); their deliveries are recorded as suppressed with the
   * reason. Without it, the send waits until they have one.
   */
  excludeAccountsMissingValues?: boolean | null | undefined;
};

/** Input of setComponentState. */
export type SetComponentStateInput = {
  /** The component's key. */
  key: string;
  /** Why; required with a state. */
  note?: string | null | undefined;
  /** The state to hold until cleared; null clears it and the check decides again. */
  state?: ComponentState | null | undefined;
};

/** A new password for a user. */
export type SetUserPasswordInput = {
  /** The user. */
  id: string | number;
  /** At least 12 characters; null removes password sign-in (single sign-on only). */
  password?: string | null | undefined;
};

/** Which system bills an account. */
export type SystemOfRecord =
  /** The legacy billing system (a migrated account not cut over yet). */
  | 'LEGACY'
  /** Switchboard. */
  | 'SWITCHBOARD';

export type TestSendCampaignInput = {
  campaignId: string | number;
  to: string;
};

/** Changes to a user; omitted fields stay as they are. */
export type UpdateUserInput = {
  /** The user to change. */
  id: string | number;
  /** False deactivates the user and ends their sessions. */
  isActive?: boolean | null | undefined;
  /** New display name. */
  name?: string | null | undefined;
  /** New role. The last active admin cannot be demoted. */
  role?: Role | null | undefined;
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

/** Narrows a list of users. */
export type UserFilter = {
  /** Only active (true) or inactive (false) users. */
  isActive?: boolean | null | undefined;
  /** Only users with this role. */
  role?: Role | null | undefined;
  /** Part of the email or name, case-insensitive. */
  search?: string | null | undefined;
};

export type AudienceCardFieldsFragment = { id: string, name: string, size: number, createdAt: string, wave: { id: string, name: string } | null, filter: { region: string | null, status: AccountStatus | null, minBalance: string | null, product: { id: string, name: string } | null } | null, accounts: Array<{ id: string, name: string, externalId: string, billingEmail: string | null }> };

export type AudienceConsoleQueryVariables = Exact<{ [key: string]: never; }>;


export type AudienceConsoleQuery = { audiences: Array<{ id: string, name: string, size: number, createdAt: string, wave: { id: string, name: string } | null, filter: { region: string | null, status: AccountStatus | null, minBalance: string | null, product: { id: string, name: string } | null } | null, accounts: Array<{ id: string, name: string, externalId: string, billingEmail: string | null }> }> };

export type AudienceFormCreateMutationVariables = Exact<{
  input: CreateAudienceInput;
}>;


export type AudienceFormCreateMutation = { createAudience: { audience: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AudienceFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AudienceFormOptionsQuery = { migrationImports: Array<{ id: string, sourceName: string, createdAt: string }>, products: { edges: Array<{ node: { id: string, name: string } }> } };

export type AudienceFormWavesQueryVariables = Exact<{
  importId: string | number;
}>;


export type AudienceFormWavesQuery = { cutoverWaves: Array<{ id: string, name: string, accountCount: number, status: CutoverWaveStatus }> };

export type CampaignListQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignListQuery = { campaigns: Array<{ id: string, name: string, status: CampaignStatus, channels: Array<CommsChannel>, critical: boolean, approvalsRequired: number, createdBy: string, createdAt: string, sentAt: string | null, approvals: Array<{ approvedBy: string }>, audience: { name: string, size: number }, deliveryCounts: Array<{ channel: CommsChannel, status: CommsDeliveryStatus, count: number }> }> };

export type CampaignActionsApproveMutationVariables = Exact<{
  input: CampaignInput;
}>;


export type CampaignActionsApproveMutation = { approveCampaign: { campaign: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CampaignActionsTestSendMutationVariables = Exact<{
  input: TestSendCampaignInput;
}>;


export type CampaignActionsTestSendMutation = { testSendCampaign: { campaign: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CampaignActionsSendMutationVariables = Exact<{
  input: SendCampaignInput;
}>;


export type CampaignActionsSendMutation = { sendCampaign: { campaign: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CampaignActionsCancelMutationVariables = Exact<{
  input: CampaignInput;
}>;


export type CampaignActionsCancelMutation = { cancelCampaign: { campaign: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CampaignViewQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignViewQuery = { campaign: { id: string, name: string, status: CampaignStatus, channels: Array<CommsChannel>, critical: boolean, criticalReason: string | null, sendOn: string | null, sendAtLocalTime: string | null, approvalsRequired: number, testSentTo: string | null, testSentAt: string | null, createdBy: string, createdAt: string, sentAt: string | null, approvals: Array<{ approvedBy: string, at: string }>, template: { id: string, name: string }, templateVersion: { id: string, version: number }, audience: { id: string, name: string, size: number }, preview: Array<{ subject: string, body: string, missingVariables: Array<string>, account: { id: string, name: string } }>, accountsMissingValues: { accountCount: number, variables: Array<string>, accounts: Array<{ variables: Array<string>, account: { id: string, name: string } }> }, deliveryCounts: Array<{ channel: CommsChannel, status: CommsDeliveryStatus, count: number }> } | null };

export type DeliveryCountFieldsFragment = { channel: CommsChannel, status: CommsDeliveryStatus, count: number };

export type DeliveryTableQueryVariables = Exact<{
  id: string | number;
  status?: CommsDeliveryStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DeliveryTableQuery = { campaign: { deliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, channel: CommsChannel, recipient: string, isTest: boolean, status: CommsDeliveryStatus, sendAfter: string, attempts: number, error: string | null, sentAt: string | null, account: { id: string, name: string } } }> } } | null };

export type SupportArticlesQueryVariables = Exact<{
  campaignId?: string | number | null | undefined;
}>;


export type SupportArticlesQuery = { supportArticles: Array<{ id: string, kind: string, title: string, body: string, createdBy: string, createdAt: string }> };

export type SupportArticlesCreateMutationVariables = Exact<{
  input: CreateSupportArticleInput;
}>;


export type SupportArticlesCreateMutation = { createSupportArticle: { article: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CampaignFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignFormOptionsQuery = { messageTemplates: Array<{ id: string, name: string, versions: Array<{ id: string, version: number, subject: string }> }>, audiences: Array<{ id: string, name: string, size: number }> };

export type CampaignFormCreateMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CampaignFormCreateMutation = { createCampaign: { campaign: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type OutboxListQueryVariables = Exact<{ [key: string]: never; }>;


export type OutboxListQuery = { outbox: Array<{ id: string, recipient: string, subject: string | null, body: string | null, isTest: boolean, sentAt: string | null, account: { name: string } }> };

export type PortalSignInOutboxQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalSignInOutboxQuery = { portalSignInOutbox: Array<{ id: string, recipient: string, text: string, createdAt: string }> };

export type TemplateEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type TemplateEditorQuery = { messageTemplate: { id: string, name: string, createdBy: string, createdAt: string, versions: Array<{ id: string, version: number, subject: string, body: string, createdBy: string, createdAt: string }> } | null };

export type TemplateFormVariablesQueryVariables = Exact<{ [key: string]: never; }>;


export type TemplateFormVariablesQuery = { templateVariables: Array<{ name: string, description: string }> };

export type TemplateFormCreateMutationVariables = Exact<{
  input: CreateMessageTemplateInput;
}>;


export type TemplateFormCreateMutation = { createMessageTemplate: { template: { id: string, latest: { version: number } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TemplateFormReviseMutationVariables = Exact<{
  input: ReviseMessageTemplateInput;
}>;


export type TemplateFormReviseMutation = { reviseMessageTemplate: { template: { id: string, latest: { version: number } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TemplateLibraryQueryVariables = Exact<{ [key: string]: never; }>;


export type TemplateLibraryQuery = { messageTemplates: Array<{ id: string, name: string, createdBy: string, latest: { version: number, subject: string, createdAt: string, createdBy: string } }> };

export type AgingReportBucketsFragment = { current: string, days1To30: string, days31To60: string, days61To90: string, over90Days: string, total: string };

export type AgingReportQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type AgingReportQuery = { agingReport: { rows: Array<{ currency: string, account: { id: string, externalId: string, name: string }, buckets: { current: string, days1To30: string, days31To60: string, days61To90: string, over90Days: string, total: string } }>, totals: Array<{ currency: string, buckets: { current: string, days1To30: string, days31To60: string, days61To90: string, over90Days: string, total: string } }> } };

export type RemittanceImportMutationVariables = Exact<{
  input: ImportRemittanceInput;
}>;


export type RemittanceImportMutation = { importRemittance: { report: { rowsRead: number, recorded: number, alreadyRecorded: number, problems: Array<{ line: number | null, column: string | null, message: string }> }, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ApiKeysManagerQueryVariables = Exact<{
  includeRevoked?: boolean | null | undefined;
}>;


export type ApiKeysManagerQuery = { apiKeys: { edges: Array<{ node: { id: string, name: string, prefix: string, scope: ApiKeyScope, modules: Array<ApiModule>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, createdBy: { email: string } | null } }> } };

export type ApiKeysManagerRevokeMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type ApiKeysManagerRevokeMutation = { revokeApiKey: { apiKey: { id: string } | null } };

export type ApiKeysManagerCreateMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ApiKeysManagerCreateMutation = { createApiKey: { secret: string | null, apiKey: { name: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditEntryFilter | null | undefined;
}>;


export type AuditLogQuery = { auditEntries: { edges: Array<{ node: { id: string, occurredAt: string, actorLabel: string, actorKind: ActorKind, operation: string, result: AuditResult, errorCode: string | null, inputSummary: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UserDetailsSessionsQueryVariables = Exact<{
  userId: string | number;
}>;


export type UserDetailsSessionsQuery = { userSessions: Array<{ id: string, method: string, createdAt: string, expiresAt: string, revokedAt: string | null, lastSeenAt: string | null, userAgent: string | null, isLive: boolean }> };

export type UserDetailsEndSessionMutationVariables = Exact<{
  input: RevokeUserSessionsInput;
}>;


export type UserDetailsEndSessionMutation = { revokeUserSessions: { revokedCount: number } };

export type UserDetailsSetPasswordMutationVariables = Exact<{
  input: SetUserPasswordInput;
}>;


export type UserDetailsSetPasswordMutation = { setUserPassword: { userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UsersManagerQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: UserFilter | null | undefined;
}>;


export type UsersManagerQuery = { users: { edges: Array<{ node: { id: string, email: string, name: string, role: Role, isActive: boolean, hasPassword: boolean, lastSignInAt: string | null, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UsersManagerUpdateMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UsersManagerUpdateMutation = { updateUser: { userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UsersManagerRevokeSessionsMutationVariables = Exact<{
  input: RevokeUserSessionsInput;
}>;


export type UsersManagerRevokeSessionsMutation = { revokeUserSessions: { revokedCount: number, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UsersManagerCreateMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type UsersManagerCreateMutation = { createUser: { user: { email: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PointOfContactCardQueryVariables = Exact<{
  id: string | number;
}>;


export type PointOfContactCardQuery = { pointOfContactMatrix: Array<{ area: string, label: string, accountable: { name: string, phone: string | null } | null, escalationPath: Array<{ name: string }> }> };

export type WarRoomOpenIncidentMutationVariables = Exact<{
  input: OpenIncidentInput;
}>;


export type WarRoomOpenIncidentMutation = { openIncident: { incident: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type WarRoomPostIncidentUpdateMutationVariables = Exact<{
  input: PostIncidentUpdateInput;
}>;


export type WarRoomPostIncidentUpdateMutation = { postIncidentUpdate: { incident: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type WarRoomAssignIncidentLeadMutationVariables = Exact<{
  input: AssignIncidentLeadInput;
}>;


export type WarRoomAssignIncidentLeadMutation = { assignIncidentLead: { incident: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type WarRoomSetComponentStateMutationVariables = Exact<{
  input: SetComponentStateInput;
}>;


export type WarRoomSetComponentStateMutation = { setComponentState: { component: { key: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type WarRoomPostStatusUpdateMutationVariables = Exact<{
  input: PostStatusUpdateInput;
}>;


export type WarRoomPostStatusUpdateMutation = { postStatusUpdate: { statusUpdate: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type WarRoomBillRunFragment = { id: string, periodStart: string, periodEnd: string, status: BillRunStatus, accountsTotal: number, accountsDone: number, invoicesCreated: number, accountsFailed: number, createdAt: string };

export type WarRoomViewQueryVariables = Exact<{ [key: string]: never; }>;


export type WarRoomViewQuery = { warRoom: { generatedAt: string, waves: Array<{ legacyAccounts: number, switchboardAccounts: number, wave: { id: string, name: string, status: CutoverWaveStatus, cutoverDate: string | null } }>, accountsBySystemOfRecord: Array<{ systemOfRecord: SystemOfRecord, accounts: number }>, billRunsInProgress: Array<{ id: string, periodStart: string, periodEnd: string, status: BillRunStatus, accountsTotal: number, accountsDone: number, invoicesCreated: number, accountsFailed: number, createdAt: string }>, latestBillRuns: Array<{ id: string, periodStart: string, periodEnd: string, status: BillRunStatus, accountsTotal: number, accountsDone: number, invoicesCreated: number, accountsFailed: number, createdAt: string }>, ingestion: { recordsLast5Minutes: number, recordsLast60Minutes: number, perMinuteLast5: number, perMinuteLast60: number, rejected: number, conflicts: number, running: number, failed: number, recentRejects: Array<{ line: number | null, recordId: string | null, reason: string }> }, deliveries: { sent: number, failed: number, queued: number }, components: Array<{ key: string, name: string, state: ComponentState, reason: string, isManual: boolean }>, openIncidents: Array<{ id: string, title: string, severity: IncidentSeverity, status: IncidentStatus, componentKey: string | null, updateCadenceMinutes: number, updateOverdue: boolean, nextUpdateDueAt: string | null, openedAt: string, openedBy: string, lastUpdateAt: string, lead: { id: string, name: string } | null, updates: Array<{ id: string, status: IncidentStatus, body: string, author: string, at: string }> }>, latestStatusUpdate: { body: string, author: string, at: string } | null } };

export type AccountPickerOptionFragment = { id: string, externalId: string, name: string, currency: string };

export type AccountPickerSearchQueryVariables = Exact<{
  first?: number | null | undefined;
  search?: string | null | undefined;
}>;


export type AccountPickerSearchQuery = { accounts: { edges: Array<{ node: { id: string, externalId: string, name: string, currency: string } }> } };

export type InvoiceListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: InvoiceFilter | null | undefined;
}>;


export type InvoiceListQuery = { invoices: { edges: Array<{ node: { id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, periodStart: string, periodEnd: string, issueDate: string | null, dueDate: string | null, total: string, amountDue: string | null, account: { id: string, externalId: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CommsViewerEmailQueryVariables = Exact<{ [key: string]: never; }>;


export type CommsViewerEmailQuery = { viewer: { user: { email: string } | null } | null };

export type MailSenderWarningQueryVariables = Exact<{ [key: string]: never; }>;


export type MailSenderWarningQuery = { mailSettings: { from: string, isPlaceholderSender: boolean } };

export type RecentPaymentsQueryVariables = Exact<{
  accountId?: string | number | null | undefined;
}>;


export type RecentPaymentsQuery = { payments: { edges: Array<{ node: { id: string, method: PaymentMethod, amount: string, currency: string, receivedDate: string, reference: string | null, unallocatedAmount: string, account: { id: string, externalId: string, name: string }, allocations: Array<{ invoiceId: string, invoiceNumber: string, amount: string }> } }> } };

export type RecordPaymentFormOpenInvoiceFragment = { id: string, number: string | null, dueDate: string | null, amountDue: string | null };

export type RecordPaymentFormRecordMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentFormRecordMutation = { recordPayment: { payment: { amount: string, currency: string, unallocatedAmount: string, allocations: Array<{ invoiceNumber: string, amount: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

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
export const AudienceCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment AudienceCardFields on Audience {
  id
  name
  size
  createdAt
  wave {
    id
    name
  }
  filter {
    region
    product {
      id
      name
    }
    status
    minBalance
  }
  accounts(first: 10) {
    id
    name
    externalId
    billingEmail
  }
}
    `, {"fragmentName":"AudienceCardFields"}) as unknown as TypedDocumentString<AudienceCardFieldsFragment, unknown>;
export const DeliveryCountFieldsFragmentDoc = new TypedDocumentString(`
    fragment DeliveryCountFields on DeliveryCount {
  channel
  status
  count
}
    `, {"fragmentName":"DeliveryCountFields"}) as unknown as TypedDocumentString<DeliveryCountFieldsFragment, unknown>;
export const AgingReportBucketsFragmentDoc = new TypedDocumentString(`
    fragment AgingReportBuckets on AgingBuckets {
  current
  days1To30
  days31To60
  days61To90
  over90Days
  total
}
    `, {"fragmentName":"AgingReportBuckets"}) as unknown as TypedDocumentString<AgingReportBucketsFragment, unknown>;
export const WarRoomBillRunFragmentDoc = new TypedDocumentString(`
    fragment WarRoomBillRun on BillRun {
  id
  periodStart
  periodEnd
  status
  accountsTotal
  accountsDone
  invoicesCreated
  accountsFailed
  createdAt
}
    `, {"fragmentName":"WarRoomBillRun"}) as unknown as TypedDocumentString<WarRoomBillRunFragment, unknown>;
export const AccountPickerOptionFragmentDoc = new TypedDocumentString(`
    fragment AccountPickerOption on Account {
  id
  externalId
  name
  currency
}
    `, {"fragmentName":"AccountPickerOption"}) as unknown as TypedDocumentString<AccountPickerOptionFragment, unknown>;
export const RecordPaymentFormOpenInvoiceFragmentDoc = new TypedDocumentString(`
    fragment RecordPaymentFormOpenInvoice on Invoice {
  id
  number
  dueDate
  amountDue
}
    `, {"fragmentName":"RecordPaymentFormOpenInvoice"}) as unknown as TypedDocumentString<RecordPaymentFormOpenInvoiceFragment, unknown>;
export const AudienceConsoleDocument = new TypedDocumentString(`
    query AudienceConsole {
  audiences {
    ...AudienceCardFields
  }
}
    fragment AudienceCardFields on Audience {
  id
  name
  size
  createdAt
  wave {
    id
    name
  }
  filter {
    region
    product {
      id
      name
    }
    status
    minBalance
  }
  accounts(first: 10) {
    id
    name
    externalId
    billingEmail
  }
}`) as unknown as TypedDocumentString<AudienceConsoleQuery, AudienceConsoleQueryVariables>;
export const AudienceFormCreateDocument = new TypedDocumentString(`
    mutation AudienceFormCreate($input: CreateAudienceInput!) {
  createAudience(input: $input) {
    audience {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AudienceFormCreateMutation, AudienceFormCreateMutationVariables>;
export const AudienceFormOptionsDocument = new TypedDocumentString(`
    query AudienceFormOptions {
  migrationImports(first: 20) {
    id
    sourceName
    createdAt
  }
  products(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AudienceFormOptionsQuery, AudienceFormOptionsQueryVariables>;
export const AudienceFormWavesDocument = new TypedDocumentString(`
    query AudienceFormWaves($importId: ID!) {
  cutoverWaves(importId: $importId) {
    id
    name
    accountCount
    status
  }
}
    `) as unknown as TypedDocumentString<AudienceFormWavesQuery, AudienceFormWavesQueryVariables>;
export const CampaignListDocument = new TypedDocumentString(`
    query CampaignList {
  campaigns {
    id
    name
    status
    channels
    critical
    approvalsRequired
    approvals {
      approvedBy
    }
    audience {
      name
      size
    }
    deliveryCounts {
      ...DeliveryCountFields
    }
    createdBy
    createdAt
    sentAt
  }
}
    fragment DeliveryCountFields on DeliveryCount {
  channel
  status
  count
}`) as unknown as TypedDocumentString<CampaignListQuery, CampaignListQueryVariables>;
export const CampaignActionsApproveDocument = new TypedDocumentString(`
    mutation CampaignActionsApprove($input: CampaignInput!) {
  approveCampaign(input: $input) {
    campaign {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignActionsApproveMutation, CampaignActionsApproveMutationVariables>;
export const CampaignActionsTestSendDocument = new TypedDocumentString(`
    mutation CampaignActionsTestSend($input: TestSendCampaignInput!) {
  testSendCampaign(input: $input) {
    campaign {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignActionsTestSendMutation, CampaignActionsTestSendMutationVariables>;
export const CampaignActionsSendDocument = new TypedDocumentString(`
    mutation CampaignActionsSend($input: SendCampaignInput!) {
  sendCampaign(input: $input) {
    campaign {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignActionsSendMutation, CampaignActionsSendMutationVariables>;
export const CampaignActionsCancelDocument = new TypedDocumentString(`
    mutation CampaignActionsCancel($input: CampaignInput!) {
  cancelCampaign(input: $input) {
    campaign {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignActionsCancelMutation, CampaignActionsCancelMutationVariables>;
export const CampaignViewDocument = new TypedDocumentString(`
    query CampaignView($id: ID!) {
  campaign(id: $id) {
    id
    name
    status
    channels
    critical
    criticalReason
    sendOn
    sendAtLocalTime
    approvalsRequired
    approvals {
      approvedBy
      at
    }
    testSentTo
    testSentAt
    createdBy
    createdAt
    sentAt
    template {
      id
      name
    }
    templateVersion {
      id
      version
    }
    audience {
      id
      name
      size
    }
    preview(first: 3) {
      account {
        id
        name
      }
      subject
      body
      missingVariables
    }
    accountsMissingValues {
      accountCount
      variables
      accounts(first: 5) {
        account {
          id
          name
        }
        variables
      }
    }
    deliveryCounts {
      ...DeliveryCountFields
    }
  }
}
    fragment DeliveryCountFields on DeliveryCount {
  channel
  status
  count
}`) as unknown as TypedDocumentString<CampaignViewQuery, CampaignViewQueryVariables>;
export const DeliveryTableDocument = new TypedDocumentString(`
    query DeliveryTable($id: ID!, $status: CommsDeliveryStatus, $first: Int, $after: String) {
  campaign(id: $id) {
    deliveries(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          account {
            id
            name
          }
          channel
          recipient
          isTest
          status
          sendAfter
          attempts
          error
          sentAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryTableQuery, DeliveryTableQueryVariables>;
export const SupportArticlesDocument = new TypedDocumentString(`
    query SupportArticles($campaignId: ID) {
  supportArticles(campaignId: $campaignId) {
    id
    kind
    title
    body
    createdBy
    createdAt
  }
}
    `) as unknown as TypedDocumentString<SupportArticlesQuery, SupportArticlesQueryVariables>;
export const SupportArticlesCreateDocument = new TypedDocumentString(`
    mutation SupportArticlesCreate($input: CreateSupportArticleInput!) {
  createSupportArticle(input: $input) {
    article {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SupportArticlesCreateMutation, SupportArticlesCreateMutationVariables>;
export const CampaignFormOptionsDocument = new TypedDocumentString(`
    query CampaignFormOptions {
  messageTemplates {
    id
    name
    versions {
      id
      version
      subject
    }
  }
  audiences {
    id
    name
    size
  }
}
    `) as unknown as TypedDocumentString<CampaignFormOptionsQuery, CampaignFormOptionsQueryVariables>;
export const CampaignFormCreateDocument = new TypedDocumentString(`
    mutation CampaignFormCreate($input: CreateCampaignInput!) {
  createCampaign(input: $input) {
    campaign {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignFormCreateMutation, CampaignFormCreateMutationVariables>;
export const OutboxListDocument = new TypedDocumentString(`
    query OutboxList {
  outbox(first: 100) {
    id
    recipient
    subject
    body
    isTest
    sentAt
    account {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<OutboxListQuery, OutboxListQueryVariables>;
export const PortalSignInOutboxDocument = new TypedDocumentString(`
    query PortalSignInOutbox {
  portalSignInOutbox(first: 20) {
    id
    recipient
    text
    createdAt
  }
}
    `) as unknown as TypedDocumentString<PortalSignInOutboxQuery, PortalSignInOutboxQueryVariables>;
export const TemplateEditorDocument = new TypedDocumentString(`
    query TemplateEditor($id: ID!) {
  messageTemplate(id: $id) {
    id
    name
    createdBy
    createdAt
    versions {
      id
      version
      subject
      body
      createdBy
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<TemplateEditorQuery, TemplateEditorQueryVariables>;
export const TemplateFormVariablesDocument = new TypedDocumentString(`
    query TemplateFormVariables {
  templateVariables {
    name
    description
  }
}
    `) as unknown as TypedDocumentString<TemplateFormVariablesQuery, TemplateFormVariablesQueryVariables>;
export const TemplateFormCreateDocument = new TypedDocumentString(`
    mutation TemplateFormCreate($input: CreateMessageTemplateInput!) {
  createMessageTemplate(input: $input) {
    template {
      id
      latest {
        version
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TemplateFormCreateMutation, TemplateFormCreateMutationVariables>;
export const TemplateFormReviseDocument = new TypedDocumentString(`
    mutation TemplateFormRevise($input: ReviseMessageTemplateInput!) {
  reviseMessageTemplate(input: $input) {
    template {
      id
      latest {
        version
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TemplateFormReviseMutation, TemplateFormReviseMutationVariables>;
export const TemplateLibraryDocument = new TypedDocumentString(`
    query TemplateLibrary {
  messageTemplates {
    id
    name
    createdBy
    latest {
      version
      subject
      createdAt
      createdBy
    }
  }
}
    `) as unknown as TypedDocumentString<TemplateLibraryQuery, TemplateLibraryQueryVariables>;
export const AgingReportDocument = new TypedDocumentString(`
    query AgingReport($asOf: Date) {
  agingReport(asOf: $asOf) {
    rows {
      account {
        id
        externalId
        name
      }
      currency
      buckets {
        ...AgingReportBuckets
      }
    }
    totals {
      currency
      buckets {
        ...AgingReportBuckets
      }
    }
  }
}
    fragment AgingReportBuckets on AgingBuckets {
  current
  days1To30
  days31To60
  days61To90
  over90Days
  total
}`) as unknown as TypedDocumentString<AgingReportQuery, AgingReportQueryVariables>;
export const RemittanceImportDocument = new TypedDocumentString(`
    mutation RemittanceImport($input: ImportRemittanceInput!) {
  importRemittance(input: $input) {
    report {
      rowsRead
      recorded
      alreadyRecorded
      problems {
        line
        column
        message
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RemittanceImportMutation, RemittanceImportMutationVariables>;
export const ApiKeysManagerDocument = new TypedDocumentString(`
    query ApiKeysManager($includeRevoked: Boolean) {
  apiKeys(first: 100, includeRevoked: $includeRevoked) {
    edges {
      node {
        id
        name
        prefix
        scope
        modules
        createdAt
        lastUsedAt
        revokedAt
        createdBy {
          email
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeysManagerQuery, ApiKeysManagerQueryVariables>;
export const ApiKeysManagerRevokeDocument = new TypedDocumentString(`
    mutation ApiKeysManagerRevoke($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeysManagerRevokeMutation, ApiKeysManagerRevokeMutationVariables>;
export const ApiKeysManagerCreateDocument = new TypedDocumentString(`
    mutation ApiKeysManagerCreate($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      name
    }
    secret
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeysManagerCreateMutation, ApiKeysManagerCreateMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($first: Int, $after: String, $filter: AuditEntryFilter) {
  auditEntries(first: $first, after: $after, filter: $filter) {
    edges {
      node {
        id
        occurredAt
        actorLabel
        actorKind
        operation
        result
        errorCode
        inputSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const UserDetailsSessionsDocument = new TypedDocumentString(`
    query UserDetailsSessions($userId: ID!) {
  userSessions(userId: $userId) {
    id
    method
    createdAt
    expiresAt
    revokedAt
    lastSeenAt
    userAgent
    isLive
  }
}
    `) as unknown as TypedDocumentString<UserDetailsSessionsQuery, UserDetailsSessionsQueryVariables>;
export const UserDetailsEndSessionDocument = new TypedDocumentString(`
    mutation UserDetailsEndSession($input: RevokeUserSessionsInput!) {
  revokeUserSessions(input: $input) {
    revokedCount
  }
}
    `) as unknown as TypedDocumentString<UserDetailsEndSessionMutation, UserDetailsEndSessionMutationVariables>;
export const UserDetailsSetPasswordDocument = new TypedDocumentString(`
    mutation UserDetailsSetPassword($input: SetUserPasswordInput!) {
  setUserPassword(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UserDetailsSetPasswordMutation, UserDetailsSetPasswordMutationVariables>;
export const UsersManagerDocument = new TypedDocumentString(`
    query UsersManager($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter) {
    edges {
      node {
        id
        email
        name
        role
        isActive
        hasPassword
        lastSignInAt
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<UsersManagerQuery, UsersManagerQueryVariables>;
export const UsersManagerUpdateDocument = new TypedDocumentString(`
    mutation UsersManagerUpdate($input: UpdateUserInput!) {
  updateUser(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UsersManagerUpdateMutation, UsersManagerUpdateMutationVariables>;
export const UsersManagerRevokeSessionsDocument = new TypedDocumentString(`
    mutation UsersManagerRevokeSessions($input: RevokeUserSessionsInput!) {
  revokeUserSessions(input: $input) {
    revokedCount
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UsersManagerRevokeSessionsMutation, UsersManagerRevokeSessionsMutationVariables>;
export const UsersManagerCreateDocument = new TypedDocumentString(`
    mutation UsersManagerCreate($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      email
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UsersManagerCreateMutation, UsersManagerCreateMutationVariables>;
export const PointOfContactCardDocument = new TypedDocumentString(`
    query PointOfContactCard($id: ID!) {
  pointOfContactMatrix(programId: $id) {
    area
    label
    accountable {
      name
      phone
    }
    escalationPath {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PointOfContactCardQuery, PointOfContactCardQueryVariables>;
export const WarRoomOpenIncidentDocument = new TypedDocumentString(`
    mutation WarRoomOpenIncident($input: OpenIncidentInput!) {
  openIncident(input: $input) {
    incident {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WarRoomOpenIncidentMutation, WarRoomOpenIncidentMutationVariables>;
export const WarRoomPostIncidentUpdateDocument = new TypedDocumentString(`
    mutation WarRoomPostIncidentUpdate($input: PostIncidentUpdateInput!) {
  postIncidentUpdate(input: $input) {
    incident {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WarRoomPostIncidentUpdateMutation, WarRoomPostIncidentUpdateMutationVariables>;
export const WarRoomAssignIncidentLeadDocument = new TypedDocumentString(`
    mutation WarRoomAssignIncidentLead($input: AssignIncidentLeadInput!) {
  assignIncidentLead(input: $input) {
    incident {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WarRoomAssignIncidentLeadMutation, WarRoomAssignIncidentLeadMutationVariables>;
export const WarRoomSetComponentStateDocument = new TypedDocumentString(`
    mutation WarRoomSetComponentState($input: SetComponentStateInput!) {
  setComponentState(input: $input) {
    component {
      key
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WarRoomSetComponentStateMutation, WarRoomSetComponentStateMutationVariables>;
export const WarRoomPostStatusUpdateDocument = new TypedDocumentString(`
    mutation WarRoomPostStatusUpdate($input: PostStatusUpdateInput!) {
  postStatusUpdate(input: $input) {
    statusUpdate {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WarRoomPostStatusUpdateMutation, WarRoomPostStatusUpdateMutationVariables>;
export const WarRoomViewDocument = new TypedDocumentString(`
    query WarRoomView {
  warRoom {
    generatedAt
    waves {
      wave {
        id
        name
        status
        cutoverDate
      }
      legacyAccounts
      switchboardAccounts
    }
    accountsBySystemOfRecord {
      systemOfRecord
      accounts
    }
    billRunsInProgress {
      ...WarRoomBillRun
    }
    latestBillRuns {
      ...WarRoomBillRun
    }
    ingestion {
      recordsLast5Minutes
      recordsLast60Minutes
      perMinuteLast5
      perMinuteLast60
      rejected
      conflicts
      running
      failed
      recentRejects {
        line
        recordId
        reason
      }
    }
    deliveries {
      sent
      failed
      queued
    }
    components {
      key
      name
      state
      reason
      isManual
    }
    openIncidents {
      id
      title
      severity
      status
      componentKey
      updateCadenceMinutes
      updateOverdue
      nextUpdateDueAt
      openedAt
      openedBy
      lastUpdateAt
      lead {
        id
        name
      }
      updates {
        id
        status
        body
        author
        at
      }
    }
    latestStatusUpdate {
      body
      author
      at
    }
  }
}
    fragment WarRoomBillRun on BillRun {
  id
  periodStart
  periodEnd
  status
  accountsTotal
  accountsDone
  invoicesCreated
  accountsFailed
  createdAt
}`) as unknown as TypedDocumentString<WarRoomViewQuery, WarRoomViewQueryVariables>;
export const AccountPickerSearchDocument = new TypedDocumentString(`
    query AccountPickerSearch($first: Int, $search: String) {
  accounts(first: $first, search: $search) {
    edges {
      node {
        ...AccountPickerOption
      }
    }
  }
}
    fragment AccountPickerOption on Account {
  id
  externalId
  name
  currency
}`) as unknown as TypedDocumentString<AccountPickerSearchQuery, AccountPickerSearchQueryVariables>;
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
export const CommsViewerEmailDocument = new TypedDocumentString(`
    query CommsViewerEmail {
  viewer {
    user {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<CommsViewerEmailQuery, CommsViewerEmailQueryVariables>;
export const MailSenderWarningDocument = new TypedDocumentString(`
    query MailSenderWarning {
  mailSettings {
    from
    isPlaceholderSender
  }
}
    `) as unknown as TypedDocumentString<MailSenderWarningQuery, MailSenderWarningQueryVariables>;
export const RecentPaymentsDocument = new TypedDocumentString(`
    query RecentPayments($accountId: ID) {
  payments(first: 25, accountId: $accountId) {
    edges {
      node {
        id
        account {
          id
          externalId
          name
        }
        method
        amount
        currency
        receivedDate
        reference
        unallocatedAmount
        allocations {
          invoiceId
          invoiceNumber
          amount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecentPaymentsQuery, RecentPaymentsQueryVariables>;
export const RecordPaymentFormRecordDocument = new TypedDocumentString(`
    mutation RecordPaymentFormRecord($input: RecordPaymentInput!) {
  recordPayment(input: $input) {
    payment {
      amount
      currency
      unallocatedAmount
      allocations {
        invoiceNumber
        amount
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RecordPaymentFormRecordMutation, RecordPaymentFormRecordMutationVariables>;