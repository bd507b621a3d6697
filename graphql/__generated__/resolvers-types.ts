import type { Role } from '../../lib/auth/roles';
import type { ApiKeyScope } from '../../lib/auth/types';
import type { ApiModule } from '../../lib/auth/modules';
import type { ViewerKind } from '../../lib/auth/actor';
import type { ActorKind } from '../../lib/auth/actor';
import type { AuditResult } from '../../lib/audit/types';
import type { RoundingMode } from '../../lib/money/rounding';
import type { AccountStatus } from '../../lib/accounts/types';
import type { ProductKind } from '../../lib/catalog/types';
import type { UsageType } from '../../lib/catalog/types';
import type { PriceModelName as PriceModel } from '../../lib/catalog/types';
import type { BillingTiming } from '../../lib/catalog/types';
import type { ProrationMethodName as ProrationMethod } from '../../lib/catalog/types';
import type { BillingAlignment } from '../../lib/subscriptions/types';
import type { UsageAggregation } from '../../lib/rating/usage-aggregation';
import type { RecordRoundingDirection } from '../../lib/rating/usage-aggregation';
import type { DestinationClass } from '../../lib/rating/destinations';
import type { UnratedReason } from '../../lib/rating/rate-call';
import type { UsageStatus } from '../../lib/usage/usage-queries';
import type { IngestionSource } from '../../lib/usage/usage-queries';
import type { IngestionStatus } from '../../lib/usage/usage-queries';
import type { IngestionProblemKind } from '../../lib/usage/usage-queries';
import type { BillingCycle } from '../../lib/accounts/types';
import type { InvoiceDelivery } from '../../lib/accounts/types';
import type { BillRunStatus } from '../../lib/invoicing/types';
import type { ScheduleCycle } from '../../lib/autopilot/types';
import type { IssueDateRule } from '../../lib/autopilot/types';
import type { BillRunAccountStatus } from '../../lib/invoicing/types';
import type { InvoiceKind } from '../../lib/invoicing/types';
import type { InvoiceStatus } from '../../lib/invoicing/types';
import type { InvoiceLineType } from '../../lib/invoicing/types';
import type { DeliveryStatus as EmailStatus } from '../../lib/invoicing/types';
import type { DeliveryTransport as EmailTransport } from '../../lib/invoicing/types';
import type { CheckSeverity } from '../../lib/autopilot/checks/types';
import type { DraftReviewState } from '../../lib/autopilot/types';
import type { PaymentMethod } from '../../lib/payments/types';
import type { DunningAction } from '../../lib/payments/types';
import type { DunningChannel } from '../../lib/dunning/types';
import type { DunningStageKind } from '../../lib/dunning/types';
import type { MigrationImportStatus } from '../../lib/migration/types';
import type { ParallelRunStatus } from '../../lib/migration/types';
import type { ReconciliationStatus } from '../../lib/migration/parallel-run/types';
import type { SystemOfRecord } from '../../lib/migration/types';
import type { CutoverWaveStatus } from '../../lib/migration/types';
import type { VarianceResolution } from '../../lib/migration/parallel-run/types';
import type { ProgramPhase } from '../../lib/program/types';
import type { MilestoneStatus } from '../../lib/program/types';
import type { Health } from '../../lib/program/types';
import type { ChecklistArea } from '../../lib/program/types';
import type { ChecklistItemStatus } from '../../lib/program/types';
import type { CheckState } from '../../lib/program/types';
import type { EvidenceCheckKind } from '../../lib/program/evidence/check-kinds';
import type { Kpi } from '../../lib/program/types';
import type { SignOffSubject } from '../../lib/program/types';
import type { SignOffRule } from '../../lib/program/types';
import type { SignOffStatus } from '../../lib/program/types';
import type { SignOffDecision } from '../../lib/program/types';
import type { Rag } from '../../lib/program/types';
import type { GoNoGoOutcome } from '../../lib/program/types';
import type { CommsChannel } from '../../lib/comms/types';
import type { CampaignStatus } from '../../lib/comms/types';
import type { CommsDeliveryStatus } from '../../lib/comms/types';
import type { DeliveryEvent } from '../../lib/comms/types';
import type { RiskStatus } from '../../lib/program/register-types';
import type { RaciSubjectType } from '../../lib/program/register-types';
import type { RaciResponsibility } from '../../lib/program/register-types';
import type { DecisionCategory } from '../../lib/program/register-types';
import type { ComponentState } from '../../lib/war-room/types';
import type { IncidentSeverity } from '../../lib/war-room/types';
import type { IncidentStatus } from '../../lib/war-room/types';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRecord as UserRecordModel, ApiKeyRecord as ApiKeyRecordModel, SessionRecord as SessionRecordModel } from '../../lib/auth/types';
import type { AuditEntryRecord as AuditEntryRecordModel } from '../../lib/audit/types';
import type { Actor as ActorModel } from '../../lib/auth/actor';
import type { OrganizationRecord as OrganizationRecordModel } from '../../lib/organization/types';
import type { CatalogRecord as CatalogRecordModel, ProductRecord as ProductRecordModel, PriceRecord as PriceRecordModel, PriceTierRecord as PriceTierRecordModel, AllowanceRecord as AllowanceRecordModel, RatePlanRecord as RatePlanRecordModel, RatePlanVersionRecord as RatePlanVersionRecordModel, RateDeckEntryRecord as RateDeckEntryRecordModel } from '../../lib/catalog/types';
import type { AccountRecord as AccountRecordModel, AccountContactRecord as AccountContactRecordModel } from '../../lib/accounts/types';
import type { TimeBand as TimeBandModel } from '../../lib/rating/time-bands';
import type { PricePreview as PricePreviewModel } from '../../lib/catalog/preview-price';
import type { BreakdownLine as BreakdownLineModel } from '../../lib/rating/types';
import type { CallPreviewResult as CallPreviewResultModel } from '../../lib/catalog/preview-call';
import type { IngestionRecord as IngestionRecordModel, IngestionProblemRecord as IngestionProblemRecordModel, UsageRecordRow as UsageRecordRowModel } from '../../lib/usage/usage-queries';
import type { AccountUsageSummary as AccountUsageSummaryModel, MeteredUsageLine as MeteredUsageLineModel } from '../../lib/usage/summarize-account-usage';
import type { VoiceLine as VoiceLineModel } from '../../lib/rating/voice-lines';
import type { SubscriptionRecord as SubscriptionRecordModel, OneTimeChargeRecord as OneTimeChargeRecordModel } from '../../lib/subscriptions/types';
import type { TaxRuleRecord as TaxRuleRecordModel } from '../../lib/tax/types';
import type { BillRunRecord as BillRunRecordModel, BillRunResultRow as BillRunResultRowModel, InvoiceRecord as InvoiceRecordModel, InvoiceLineRecord as InvoiceLineRecordModel, InvoiceDeliveryRecord as InvoiceDeliveryRecordModel } from '../../lib/invoicing/types';
import type { BillingScheduleRecord as BillingScheduleRecordModel, ScheduledRunRecord as ScheduledRunRecordModel, CheckSettingRecord as CheckSettingRecordModel, DraftReviewRecord as DraftReviewRecordModel, DraftFindingRecord as DraftFindingRecordModel } from '../../lib/autopilot/types';
import type { DraftComparison as DraftComparisonModel, ComparedLine as ComparedLineModel } from '../../lib/autopilot/compare-draft';
import type { PaymentRecord as PaymentRecordModel, AllocationRecord as AllocationRecordModel, DunningStepRecord as DunningStepRecordModel, DunningEventRecord as DunningEventRecordModel } from '../../lib/payments/types';
import type { AccountBalance as AccountBalanceModel } from '../../lib/payments/get-account-balance';
import type { AgingReport as AgingReportModel, AgingRow as AgingRowModel } from '../../lib/payments/get-aging-report';
import type { DunningPolicyRecord as DunningPolicyRecordModel, DunningEmailRecord as DunningEmailRecordModel, OpenInvoiceDunning as OpenInvoiceDunningModel, DunningStageRow as DunningStageRowModel, DueDunningAction as DueDunningActionModel } from '../../lib/dunning/types';
import type { AccountDunningState as AccountDunningStateModel } from '../../lib/dunning/get-account-dunning';
import type { MigrationImportRecord as MigrationImportRecordModel, MigrationImportProblemRecord as MigrationImportProblemRecordModel, ParallelRunRecord as ParallelRunRecordModel, ParallelRunAccountRecord as ParallelRunAccountRecordModel, ParallelRunLineRecord as ParallelRunLineRecordModel, CutoverWaveRecord as CutoverWaveRecordModel, CutoverEventRecord as CutoverEventRecordModel } from '../../lib/migration/types';
import type { ImportFileReportModel as ImportFileReportModelModel } from '../../lib/migration/import/import-legacy-export';
import type { WaveAccountRow as WaveAccountRowModel } from '../../lib/migration/cutover/wave-queries';
import type { ValidationReport as ValidationReportModel } from '../../lib/migration/validate-import';
import type { RunSummary as RunSummaryModel } from '../../lib/migration/parallel-run/summarize-run';
import type { ProgramRecord as ProgramRecordModel, ProgramGoalRecord as ProgramGoalRecordModel, ProgramPhaseRecord as ProgramPhaseRecordModel, ChecklistItemRecord as ChecklistItemRecordModel, EvidenceCheckSpec as EvidenceCheckSpecModel, SignOffRequestRecord as SignOffRequestRecordModel, SignOffApproverRecord as SignOffApproverRecordModel, GoNoGoReviewRecord as GoNoGoReviewRecordModel, GoNoGoVoteRecord as GoNoGoVoteRecordModel, StatusReportRecord as StatusReportRecordModel, TrainingModuleRecord as TrainingModuleRecordModel, TraineeRecord as TraineeRecordModel } from '../../lib/program/types';
import type { CharterRecord as CharterRecordModel } from '../../lib/program/charter';
import type { MilestoneRecord as MilestoneRecordModel } from '../../lib/program/milestones/milestone-health';
import type { ScorecardCriterion as ScorecardCriterionModel } from '../../lib/program/go-no-go/scorecard';
import type { KpiValue as KpiValueModel } from '../../lib/program/kpis/compute-kpis';
import type { TemplateVersionRecord as TemplateVersionRecordModel, MessageTemplateRecord as MessageTemplateRecordModel, AudienceRecord as AudienceRecordModel, AudienceSelection as AudienceSelectionModel, CampaignDeliveryRecord as CampaignDeliveryRecordModel, CampaignRecord as CampaignRecordModel, SupportArticleRecord as SupportArticleRecordModel, NoticeRecord as NoticeRecordModel } from '../../lib/comms/types';
import type { RenderedMessageModel as RenderedMessageModelModel } from '../../lib/comms/preview-campaign';
import type { CampaignMissingValues as CampaignMissingValuesModel, AccountMissingValues as AccountMissingValuesModel } from '../../lib/comms/accounts-missing-values';
import type { PortalSignInEmailRecord as PortalSignInEmailRecordModel } from '../../lib/portal/types';
import type { RiskRecord as RiskRecordModel, RaciAssignmentRecord as RaciAssignmentRecordModel, DecisionLogRecord as DecisionLogRecordModel } from '../../lib/program/register-types';
import type { RiskHeatMap as RiskHeatMapModel, HeatMapCell as HeatMapCellModel } from '../../lib/program/risks/risk-score';
import type { RaciSubject as RaciSubjectModel } from '../../lib/program/raci/get-raci-matrix';
import type { ProgramContact as ProgramContactModel, AreaPointOfContact as AreaPointOfContactModel } from '../../lib/program/raci/get-point-of-contact-matrix';
import type { TrainingGrid as TrainingGridModel, TrainingGridRow as TrainingGridRowModel, TrainingGridCell as TrainingGridCellModel } from '../../lib/program/training/get-training-grid';
import type { TrainingCompletionSummary as TrainingCompletionSummaryModel } from '../../lib/program/training/training-completion';
import type { WarRoomSnapshot as WarRoomSnapshotModel, WaveStanding as WaveStandingModel, IngestionActivity as IngestionActivityModel } from '../../lib/war-room/war-room-snapshot';
import type { ComponentRecord as ComponentRecordModel, IncidentRecord as IncidentRecordModel, IncidentUpdateRecord as IncidentUpdateRecordModel, WarRoomStatusUpdateRecord as WarRoomStatusUpdateRecordModel } from '../../lib/war-room/types';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 4217 currency code with a minor unit, e.g. "USD", "JPY", "KWD". */
  Currency: { input: string; output: string; }
  /** A calendar date, ISO 8601, e.g. "2026-10-05". */
  Date: { input: string; output: string; }
  /** An instant in time, ISO 8601 with a time zone, e.g. "2026-10-05T14:03:00.000Z". */
  DateTime: { input: Date; output: Date | string; }
  /**
   * An exact decimal number as a string, e.g. "12.50" or "0.0150". Money and rates are never
   * floating point.
   */
  Decimal: { input: string; output: string; }
};

/** A customer account. */
export type Account = {
  __typename?: 'Account';
  /** Where the account stands: the same figures as `accountBalance`, batched across a list of accounts. */
  balance: AccountBalance;
  /** Whether the parent pays for this account (its charges go on the parent's invoice). */
  billToParent: Scalars['Boolean']['output'];
  /** Calendar month, or anniversary from the billing day. */
  billingCycle: BillingCycle;
  /** Day of the month an anniversary cycle starts (1-28). */
  billingDay: Scalars['Int']['output'];
  /** Where invoices are emailed. */
  billingEmail: Maybe<Scalars['String']['output']>;
  /**
   * Set when an invoice email to billingEmail bounced (the mail server refused it for good);
   * cleared when billingEmail changes.
   */
  billingEmailBounce: Maybe<EmailBounce>;
  /** Child accounts. */
  children: Array<Account>;
  /** Who to talk to about billing. */
  contactName: Maybe<Scalars['String']['output']>;
  /** People of the customer who may sign in to the customer portal and receive campaign emails, oldest first. */
  contacts: Array<AccountContact>;
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Billing currency. */
  currency: Scalars['Currency']['output'];
  /** The day Switchboard took the account over from the legacy system. */
  cutoverDate: Maybe<Scalars['Date']['output']>;
  /** The provider's (or legacy system's) account number; usage refers to it. */
  externalId: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** How invoices reach the customer. */
  invoiceDelivery: InvoiceDelivery;
  /** Customer name. */
  name: Scalars['String']['output'];
  /** One-time charges, newest first. */
  oneTimeCharges: Array<OneTimeCharge>;
  /** The parent account in a hierarchy. */
  parent: Maybe<Account>;
  /** Net N: days from the issue date to the due date. */
  paymentTermsDays: Scalars['Int']['output'];
  /** Rate plan its calls are rated with. */
  ratePlan: Maybe<RatePlan>;
  /** Active, suspended or closed. */
  status: AccountStatus;
  /** Subscriptions, current and past, newest start first. */
  subscriptions: Array<AccountSubscription>;
  /** Which system bills the account: LEGACY until a migrated account's wave is cut over. */
  systemOfRecord: SystemOfRecord;
  /** Tax codes the account is exempt from. */
  taxExemptions: Array<Scalars['String']['output']>;
  /** Region whose tax rules apply (e.g. US-TX); none means no tax. */
  taxRegion: Maybe<Scalars['String']['output']>;
};

/** Where an account stands, in its currency. */
export type AccountBalance = {
  __typename?: 'AccountBalance';
  /** The account. */
  account: Account;
  /** invoiced − credited − paid: owed when positive, in the customer's favour when negative. */
  balance: Scalars['Decimal']['output'];
  /** What those payments have not yet paid to invoices. */
  credit: Scalars['Decimal']['output'];
  /** Totals of finalized credit notes. */
  credited: Scalars['Decimal']['output'];
  /** The account's currency: every amount here is in it. */
  currency: Scalars['Currency']['output'];
  /** Totals of finalized invoices. */
  invoiced: Scalars['Decimal']['output'];
  /** Payments received (not voided). */
  paid: Scalars['Decimal']['output'];
};

/** A page of accounts, newest first. */
export type AccountConnection = {
  __typename?: 'AccountConnection';
  /** Accounts of this page with their cursors. */
  edges: Array<AccountEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A person of a customer account who may sign in to the customer portal (with a link emailed to them) and receives the account's campaign emails. */
export type AccountContact = {
  __typename?: 'AccountContact';
  /** When they were added. */
  createdAt: Scalars['DateTime']['output'];
  /** Where sign-in links and campaign emails go; lower-case, unique across all accounts. */
  email: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The person's name; empty when not known. */
  name: Scalars['String']['output'];
  /** When they first signed in to the portal (which proves the address); null until then. */
  verifiedAt: Maybe<Scalars['DateTime']['output']>;
};

/** Result of addAccountContact. */
export type AccountContactPayload = {
  __typename?: 'AccountContactPayload';
  /** The contact as saved; null when nothing was saved. */
  contact: Maybe<AccountContact>;
  /** Problems to fix; nothing was saved when there are any. */
  userErrors: Array<UserError>;
};

/** An account's dunning: its policy, its pause and its open invoices' steps. */
export type AccountDunning = {
  __typename?: 'AccountDunning';
  /** The account. */
  accountId: Scalars['ID']['output'];
  /** Its newest dunning emails (at most 20), with their outcome. */
  emails: Array<DunningEmail>;
  /** Whether the account was assigned the policy (false: it follows the default). */
  isPolicyAssigned: Scalars['Boolean']['output'];
  /** Open invoices (oldest due first, at most 50) with their last and next step. */
  openInvoices: Array<InvoiceDunning>;
  /** Why dunning is paused. */
  pauseReason: Maybe<Scalars['String']['output']>;
  /** Who paused it. */
  pausedBy: Maybe<Scalars['String']['output']>;
  /** No step is taken before this day; null when not paused. */
  pausedUntil: Maybe<Scalars['Date']['output']>;
  /** The policy dunning follows: the account's own, else the default. */
  policy: Maybe<DunningPolicy>;
};

export type AccountDunningPayload = {
  __typename?: 'AccountDunningPayload';
  /** The account's dunning after the change; null when nothing changed. */
  accountDunning: Maybe<AccountDunning>;
  /** What to fix; nothing changed when there is any. */
  userErrors: Array<UserError>;
};

/** One account in a page. */
export type AccountEdge = {
  __typename?: 'AccountEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The account. */
  node: Account;
};

/** An account's fields; on update, what is left out stays as it is. */
export type AccountFieldsInput = {
  /** Whether the parent pays for this account. */
  billToParent?: InputMaybe<Scalars['Boolean']['input']>;
  /** Calendar month or anniversary. */
  billingCycle?: InputMaybe<BillingCycle>;
  /** Anniversary day, 1-28. */
  billingDay?: InputMaybe<Scalars['Int']['input']>;
  /** Where invoices are emailed. */
  billingEmail?: InputMaybe<Scalars['String']['input']>;
  /** Who to talk to about billing. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** Billing currency (ISO 4217); fixed once the account has invoices. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** The provider's account number (usage refers to it). */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** How invoices reach the customer. */
  invoiceDelivery?: InputMaybe<InvoiceDelivery>;
  /** Customer name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Parent account. */
  parentAccountId?: InputMaybe<Scalars['ID']['input']>;
  /** Net N days. */
  paymentTermsDays?: InputMaybe<Scalars['Int']['input']>;
  /** Rate plan for its calls. */
  ratePlanId?: InputMaybe<Scalars['ID']['input']>;
  /** Active, suspended or closed. */
  status?: InputMaybe<AccountStatus>;
  /** Tax codes the account is exempt from. */
  taxExemptions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Tax region, e.g. US-TX. */
  taxRegion?: InputMaybe<Scalars['String']['input']>;
};

/** One account and the template variables it has no value for. */
export type AccountMissingValues = {
  __typename?: 'AccountMissingValues';
  account: Account;
  variables: Array<Scalars['String']['output']>;
};

/** Result of createAccount or updateAccount. */
export type AccountPayload = {
  __typename?: 'AccountPayload';
  /** The account as saved; null when nothing was saved. */
  account: Maybe<Account>;
  /** Problems to fix; nothing was saved when there are any. */
  userErrors: Array<UserError>;
};

export { AccountStatus };

/** A recurring product on an account over [startDate, endDate); a change ends one and starts the next. */
export type AccountSubscription = {
  __typename?: 'AccountSubscription';
  /** The account billed. */
  account: Account;
  /** Where its billing periods start. */
  billingAlignment: BillingAlignment;
  /** With BUNDLE alignment: the base subscription whose start day its periods follow. */
  bundleBase: Maybe<AccountSubscription>;
  /** Discount on this subscription's charge, 0-100. */
  discountPercent: Scalars['Decimal']['output'];
  /** First day no longer billed; open-ended when null. */
  endDate: Maybe<Scalars['Date']['output']>;
  /** The legacy system's id, for a migrated subscription. */
  externalId: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The recurring product. */
  product: Product;
  /** Seats, lines or units. */
  quantity: Scalars['Decimal']['output'];
  /** The subscription this one replaced (an upgrade or change). */
  replaces: Maybe<AccountSubscription>;
  /** Phone numbers, circuit ids and the like. */
  serviceIds: Array<Scalars['String']['output']>;
  /** First day billed. */
  startDate: Scalars['Date']['output'];
  /** Replaces the catalog price when set. */
  unitPrice: Maybe<Scalars['Decimal']['output']>;
};

/** What an account's rated usage comes to over a period. */
export type AccountUsageSummary = {
  __typename?: 'AccountUsageSummary';
  /** Currency of the amounts. */
  currency: Scalars['Currency']['output'];
  /** Start (inclusive). */
  from: Scalars['DateTime']['output'];
  /** SMS, data and custom usage by product. */
  meteredLines: Array<MeteredUsageLine>;
  /** End (exclusive). */
  to: Scalars['DateTime']['output'];
  /** Sum of the lines. */
  total: Scalars['Decimal']['output'];
  /** Records of the account in the period still unrated. */
  unratedRecords: Scalars['Int']['output'];
  /** Voice by destination. */
  voiceLines: Array<VoiceUsageLine>;
};

export { ActorKind };

/** A person to add to an account's portal contacts. */
export type AddAccountContactInput = {
  /** The account. */
  accountId: Scalars['ID']['input'];
  /** Their email address; not already a contact of any account. */
  email: Scalars['String']['input'];
  /** Their name (up to 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A one-time charge. */
export type AddOneTimeChargeInput = {
  /** The account. */
  accountId: Scalars['ID']['input'];
  /** The day it is charged. */
  chargeDate: Scalars['Date']['input'];
  /** What it was for. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** An id from another system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** A one-time product. */
  productId: Scalars['ID']['input'];
  /** How many; above zero. */
  quantity: Scalars['Decimal']['input'];
  /** Replaces the catalog price. */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Input of addTrainee. */
export type AddTraineeInput = {
  /** Their email. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Their name. */
  name: Scalars['String']['input'];
  /** The program. */
  programId: Scalars['ID']['input'];
  /** Their team. */
  team?: InputMaybe<Scalars['String']['input']>;
};

/** Open invoice balances by how many days past their due date they are. */
export type AgingBuckets = {
  __typename?: 'AgingBuckets';
  /** Not yet due, or due on the report's date. */
  current: Scalars['Decimal']['output'];
  /** 1 to 30 days past due. */
  days1To30: Scalars['Decimal']['output'];
  /** 31 to 60 days past due. */
  days31To60: Scalars['Decimal']['output'];
  /** 61 to 90 days past due. */
  days61To90: Scalars['Decimal']['output'];
  /** More than 90 days past due. */
  over90Days: Scalars['Decimal']['output'];
  /** All buckets together. */
  total: Scalars['Decimal']['output'];
};

/** Receivables aging: what is owed, and how late, as of a day. */
export type AgingReport = {
  __typename?: 'AgingReport';
  /** The day balances are aged on. */
  asOf: Scalars['Date']['output'];
  /** Accounts with something open on invoices issued by that day, by account number. */
  rows: Array<AgingRow>;
  /** Totals, one per currency: amounts in two currencies are never added. */
  totals: Array<AgingTotal>;
};

/** One account's open balances in the aging report. */
export type AgingRow = {
  __typename?: 'AgingRow';
  /** The account. */
  account: Account;
  /** Its open balances by days past due. */
  buckets: AgingBuckets;
  /** Currency of the amounts. */
  currency: Scalars['Currency']['output'];
};

/** Every account's open balances in one currency, added up. */
export type AgingTotal = {
  __typename?: 'AgingTotal';
  /** The accounts' buckets, summed. */
  buckets: AgingBuckets;
  /** Currency of the amounts. */
  currency: Scalars['Currency']['output'];
};

/** An account whose credit to apply. */
export type AllocateCreditInput = {
  /** The account. */
  accountId: Scalars['ID']['input'];
};

/** The result of allocateCredit. */
export type AllocateCreditPayload = {
  __typename?: 'AllocateCreditPayload';
  /** What was applied, payment by payment and invoice by invoice. */
  allocations: Array<PaymentAllocation>;
  /** Credit the account still holds; null when there are userErrors. */
  remainingCredit: Maybe<Scalars['Decimal']['output']>;
  /** Problems with the input; nothing changed when there are any. */
  userErrors: Array<UserError>;
};

/**
 * Units a recurring product includes per unit (seat) per billing period, not prorated: voice
 * minutes for some destination classes, or SMS, data or custom units. Consumed before usage is
 * priced: an account's own allowances first, then its payer's pooled ones; the payer's usage
 * before its children's (by external id); carried units before the period's own.
 */
export type Allowance = {
  __typename?: 'Allowance';
  /** Voice: destination classes the minutes cover (empty for other usage). */
  destinationClasses: Array<DestinationClass>;
  /** Shared with the child accounts billed to the subscriber, after the subscriber's own usage. */
  isPooled: Scalars['Boolean']['output'];
  /**
   * Minutes per unit (seat), not prorated: quantityPerUnit, for voice.
   * @deprecated Use quantityPerUnit, which also counts SMS, data and custom units.
   */
  minutesPerUnit: Scalars['Decimal']['output'];
  /** Its place among the product's allowances (0, 1, …): the order they are consumed in. */
  position: Scalars['Int']['output'];
  /** Included units per unit (seat) per period: minutes for voice, else the usage product's unit. */
  quantityPerUnit: Scalars['Decimal']['output'];
  /** Units left unused at the end of a period carry to the next period only, used before its own. */
  rollsOver: Scalars['Boolean']['output'];
  /** SMS, data or custom: the one usage product covered; null covers every usage product of the type. */
  usageProduct: Maybe<Product>;
  /** The usage it covers. */
  usageType: UsageType;
};

/** Included units per unit (seat) per period. */
export type AllowanceInput = {
  /** Voice: destination classes covered (required for voice, empty otherwise). */
  destinationClasses?: InputMaybe<Array<DestinationClass>>;
  /** Shared with the child accounts billed to the subscriber (default false). */
  isPooled?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Minutes per unit per period (voice): the former name of quantityPerUnit.
   * @deprecated Use quantityPerUnit.
   */
  minutesPerUnit?: InputMaybe<Scalars['Decimal']['input']>;
  /** Units per unit per period: minutes for voice, else the usage product's unit. Give it or minutesPerUnit. */
  quantityPerUnit?: InputMaybe<Scalars['Decimal']['input']>;
  /** Unused units carry to the next period only (default false). */
  rollsOver?: InputMaybe<Scalars['Boolean']['input']>;
  /** SMS, data or custom: the one usage product covered (of usageType); left out, every one of the type. */
  usageProductId?: InputMaybe<Scalars['ID']['input']>;
  /** The usage covered; voice when left out. */
  usageType?: InputMaybe<UsageType>;
};

/** A key a partner app sends as `Authorization: Bearer <secret>`. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it; null if that user was removed or it was created by the system. */
  createdBy: Maybe<User>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When it was last used, to the minute; null if never. */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  /** Modules the key is limited to; empty means all. */
  modules: Array<ApiModule>;
  /** The app or integration the key is for. */
  name: Scalars['String']['output'];
  /** The first characters of the secret, to recognise it. */
  prefix: Scalars['String']['output'];
  /** When it was revoked; null while it works. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the key may do. */
  scope: ApiKeyScope;
};

/** A page of API keys, newest first. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The keys of this page with their cursors. */
  edges: Array<ApiKeyEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One key in a page of keys. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Position of this key, for `after`. */
  cursor: Scalars['String']['output'];
  /** The key. */
  node: ApiKey;
};

export { ApiKeyScope };

export { ApiModule };

/** Approve the drafts of a run whose only holding findings are of one check. */
export type ApproveDraftsWithOnlyFindingInput = {
  /** The bill run. */
  billRunId: Scalars['ID']['input'];
  /** The check code, e.g. TOTAL_CHANGED. */
  code: Scalars['String']['input'];
  /** Why these findings are expected; required. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** How many drafts were approved. */
export type ApproveDraftsWithOnlyFindingPayload = {
  __typename?: 'ApproveDraftsWithOnlyFindingPayload';
  /** Drafts finalized. */
  approved: Scalars['Int']['output'];
  /** Drafts that matched but were decided by someone else meanwhile. */
  skipped: Scalars['Int']['output'];
  /** Why it was refused; nothing was changed. */
  userErrors: Array<UserError>;
};

/** Who to call about one checklist area during cutover. */
export type AreaPointOfContact = {
  __typename?: 'AreaPointOfContact';
  /** Who answers for it; null when nobody (to fix). */
  accountable: Maybe<ProgramContact>;
  /** The checklist area (data_validation, technical_readiness, communications, training_support, contingency). */
  area: Scalars['String']['output'];
  /** Who to call, in order: escalation level 1 first. */
  escalationPath: Array<ProgramContact>;
  /** Its name. */
  label: Scalars['String']['output'];
  /** Who does the work. */
  responsible: Array<ProgramContact>;
};

/** Input of assignIncidentLead. */
export type AssignIncidentLeadInput = {
  /** The incident. */
  incidentId: Scalars['ID']['input'];
  /** The new lead: a user who may post updates. */
  leadId: Scalars['ID']['input'];
};

/** Input of assignRaci. */
export type AssignRaciInput = {
  /** Their place on the escalation path, 1 to 9; absent when not on it. */
  escalationLevel?: InputMaybe<Scalars['Int']['input']>;
  /** Where to call them. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The program. */
  programId: Scalars['ID']['input'];
  /** When someone else is accountable for the subject: take their place (their assignment is removed). */
  replaceAccountable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Their part. */
  responsibility: RaciResponsibility;
  /** The area (data_validation, technical_readiness, communications, training_support, contingency), or the milestone's id. */
  subjectKey: Scalars['String']['input'];
  /** Area or milestone. */
  subjectType: RaciSubjectType;
  /** Who. */
  userId: Scalars['ID']['input'];
};

/** Result of assignRaci. */
export type AssignRaciPayload = {
  __typename?: 'AssignRaciPayload';
  /** The assignment; null when nothing changed. */
  assignment: Maybe<RaciAssignment>;
  /** The accountable assignment it replaced, now removed. */
  replaced: Maybe<RaciAssignment>;
  /** Problems to fix. */
  userErrors: Array<UserError>;
};

/** Who a campaign reaches: a cutover wave's accounts or a filter over accounts. */
export type Audience = {
  __typename?: 'Audience';
  /** The first accounts it reaches, by name. */
  accounts: Array<Account>;
  createdAt: Scalars['DateTime']['output'];
  filter: Maybe<AudienceFilter>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Accounts it reaches now. */
  size: Scalars['Int']['output'];
  wave: Maybe<CutoverWave>;
};


/** Who a campaign reaches: a cutover wave's accounts or a filter over accounts. */
export type AudienceAccountsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Which accounts an audience reaches when not a wave; all given filters apply. */
export type AudienceFilter = {
  __typename?: 'AudienceFilter';
  /** Open balance at least this. */
  minBalance: Maybe<Scalars['Decimal']['output']>;
  product: Maybe<Product>;
  /** The accounts' tax region. */
  region: Maybe<Scalars['String']['output']>;
  status: Maybe<AccountStatus>;
};

export type AudienceFilterInput = {
  minBalance?: InputMaybe<Scalars['Decimal']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AccountStatus>;
};

export type AudiencePayload = {
  __typename?: 'AudiencePayload';
  audience: Maybe<Audience>;
  userErrors: Array<UserError>;
};

/** One mutation, as recorded in the audit log. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** User, key, system or anonymous. */
  actorKind: ActorKind;
  /** Email, key name or system label at the time. */
  actorLabel: Scalars['String']['output'];
  /** The user, if a user acted and still exists. */
  actorUser: Maybe<User>;
  /** The error code when result is ERROR. */
  errorCode: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The input with secrets redacted and long lists summarised, as JSON. */
  inputSummary: Scalars['String']['output'];
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The mutation's name, e.g. createApiKey. */
  operation: Scalars['String']['output'];
  /** How it ended. */
  result: AuditResult;
};

/** A page of the audit log, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries of this page with their cursors. */
  edges: Array<AuditEntryEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One entry in a page of the audit log. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Position of this entry, for `after`. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** Narrows the audit log. */
export type AuditEntryFilter = {
  /** Only what this API key did. */
  actorApiKeyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only what this user did. */
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this mutation, e.g. createApiKey. */
  operation?: InputMaybe<Scalars['String']['input']>;
  /** From this instant on. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Before this instant. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export { AuditResult };

/** A destination's rate in one time band. */
export type BandRate = {
  __typename?: 'BandRate';
  /** Band name. */
  band: Scalars['String']['output'];
  /** Currency units per minute, unrounded. */
  ratePerMinute: Scalars['Decimal']['output'];
};

/** What a band changes on a destination besides its rate; a null field means the destination's own. */
export type BandTerms = {
  __typename?: 'BandTerms';
  /** Band name. */
  band: Scalars['String']['output'];
  /** Connection fee in the band. */
  connectionFee: Maybe<Scalars['Decimal']['output']>;
  /** Initial increment in the band, seconds. */
  initialIncrementSeconds: Maybe<Scalars['Int']['output']>;
  /** Steps in the band. */
  rateSteps: Maybe<Array<RateStep>>;
  /** Subsequent increment in the band, seconds. */
  subsequentIncrementSeconds: Maybe<Scalars['Int']['output']>;
};

/** One billing of a period for a selection of accounts, producing draft invoices. */
export type BillRun = {
  __typename?: 'BillRun';
  /** Accounts done so far (progress). */
  accountsDone: Scalars['Int']['output'];
  /** Accounts that could not be billed. */
  accountsFailed: Scalars['Int']['output'];
  /** Accounts selected. */
  accountsTotal: Scalars['Int']['output'];
  /** Its clean drafts are finalized and delivered without a person. */
  autoFinalize: Scalars['Boolean']['output'];
  /** When every draft of it had been checked. */
  checkedAt: Maybe<Scalars['DateTime']['output']>;
  /** When its clean drafts were all finalized and queued for delivery. */
  cleanDraftsFinalizedAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was started. */
  createdAt: Scalars['DateTime']['output'];
  /** Who started it. */
  createdBy: Scalars['String']['output'];
  /** How its drafts stand in review, one count per state present: CLEAN ones wait to be finalized (by its schedule, or by finalizeCleanDrafts), NEEDS_REVIEW and ON_HOLD ones wait for a person. */
  draftReviewCounts: Array<DraftReviewStateCount>;
  /** Drafts finalized by finalizing its clean drafts, automatically or when asked: the bulk action's progress. */
  draftsFinalized: Scalars['Int']['output'];
  /** How its invoices' emails stand, one count per status present (accounts taking invoices on the portal, by mail or not at all get none). */
  emailCounts: Array<EmailStatusCount>;
  /** Why the run stopped, when it failed. */
  error: Maybe<Scalars['String']['output']>;
  /** When it finished. */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Draft invoices made. */
  invoicesCreated: Scalars['Int']['output'];
  /**
   * The date printed on its invoices and the start of their payment terms, given to each draft
   * finalized without an issue date of its own; null when they are dated the day they are finalized.
   */
  issueDate: Maybe<Scalars['Date']['output']>;
  /** Seconds it started after its due moment, when more than two minutes (the server was not running then); null when on time or started by a person. */
  lateBySeconds: Maybe<Scalars['Int']['output']>;
  /** First day after the period. */
  periodEnd: Scalars['Date']['output'];
  /** First day of the period. */
  periodStart: Scalars['Date']['output'];
  /** Each account's outcome, by status. */
  results: BillRunResultConnection;
  /** The schedule that started it; null when a person did. */
  schedule: Maybe<BillingSchedule>;
  /** When its schedule was due. */
  scheduledFor: Maybe<Scalars['DateTime']['output']>;
  /** When a worker first picked it up. */
  startedAt: Maybe<Scalars['DateTime']['output']>;
  /** Queued, running, completed or failed. */
  status: BillRunStatus;
};


/** One billing of a period for a selection of accounts, producing draft invoices. */
export type BillRunResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<BillRunAccountStatus>;
};

export { BillRunAccountStatus };

/** Result of createBillRun. */
export type BillRunPayload = {
  __typename?: 'BillRunPayload';
  /** The queued run; null when nothing was started. */
  billRun: Maybe<BillRun>;
  /** Problems to fix. */
  userErrors: Array<UserError>;
};

/** One account's outcome in a bill run. */
export type BillRunResult = {
  __typename?: 'BillRunResult';
  /** The account. */
  account: Account;
  /** The draft made, if any. */
  invoice: Maybe<Invoice>;
  /** Why it failed or was skipped. */
  message: Maybe<Scalars['String']['output']>;
  /** What became of it. */
  status: BillRunAccountStatus;
};

/** A page of bill-run results. */
export type BillRunResultConnection = {
  __typename?: 'BillRunResultConnection';
  /** Results of this page. */
  edges: Array<BillRunResultEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One result in a page. */
export type BillRunResultEdge = {
  __typename?: 'BillRunResultEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The result. */
  node: BillRunResult;
};

export { BillRunStatus };

export { BillingAlignment };

export { BillingCycle };

/** When billing runs by itself, in the organization's time zone, for which accounts, and whether clean drafts go out without a person. */
export type BillingSchedule = {
  __typename?: 'BillingSchedule';
  /** Only the Switchboard-billed accounts of this audience; all of them when null. Accounts the legacy system still bills are never billed by a schedule. */
  audience: Maybe<Audience>;
  /** Clean drafts (no finding that holds them for review) are finalized and delivered without a person. */
  autoFinalize: Scalars['Boolean']['output'];
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Who made it. */
  createdBy: Scalars['String']['output'];
  /** Which accounts' cycles it bills. */
  cycle: ScheduleCycle;
  /** Calendar month: the day of the month it runs (1–28); null when it runs on the last day. */
  dayOfMonth: Maybe<Scalars['Int']['output']>;
  /** Whether it runs. */
  enabled: Scalars['Boolean']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The issue date its invoices carry. */
  issueDateRule: IssueDateRule;
  /** Calendar month: it runs on the month's last day (28 or 29 February). */
  lastDayOfMonth: Scalars['Boolean']['output'];
  /** What billing staff call it. */
  name: Scalars['String']['output'];
  /** Its next due moments (at most 12), while it is enabled. */
  nextRuns: Array<ScheduledRun>;
  /** The runs it started, newest first (at most 24). */
  recentRuns: Array<BillRun>;
  /** Local time it runs, HH:MM. */
  runTime: Scalars['String']['output'];
  /** The zone the run time is in: the organization's. */
  timeZone: Scalars['String']['output'];
};


/** When billing runs by itself, in the organization's time zone, for which accounts, and whether clean drafts go out without a person. */
export type BillingScheduleNextRunsArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
};


/** When billing runs by itself, in the organization's time zone, for which accounts, and whether clean drafts go out without a person. */
export type BillingScheduleRecentRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A billing schedule to create, or a schedule's new settings. */
export type BillingScheduleInput = {
  /** Only this audience's accounts; every Switchboard-billed account when not given. */
  audienceId?: InputMaybe<Scalars['ID']['input']>;
  /** Finalize and deliver clean drafts without a person. */
  autoFinalize: Scalars['Boolean']['input'];
  /** Which accounts' cycles it bills. */
  cycle: ScheduleCycle;
  /** Calendar month: the day it runs, 1–28. Days 29–31 are refused: use lastDayOfMonth. */
  dayOfMonth?: InputMaybe<Scalars['Int']['input']>;
  /** Whether it runs; true when not given. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The issue date its invoices carry; RUN_DAY when not given. */
  issueDateRule?: InputMaybe<IssueDateRule>;
  /** Calendar month: run on the month's last day instead of dayOfMonth. */
  lastDayOfMonth?: InputMaybe<Scalars['Boolean']['input']>;
  /** What billing staff call it. */
  name: Scalars['String']['input'];
  /** Local time it runs, HH:MM, in the organization's time zone. A time the zone skips on a coming run day is refused. */
  runTime: Scalars['String']['input'];
};

/** Result of creating or changing a billing schedule. */
export type BillingSchedulePayload = {
  __typename?: 'BillingSchedulePayload';
  /** The schedule as stored. */
  billingSchedule: Maybe<BillingSchedule>;
  /** Problems with the input; nothing changed when there are any. */
  userErrors: Array<UserError>;
};

export { BillingTiming };

/** One line of how an amount was reached. */
export type BreakdownLine = {
  __typename?: 'BreakdownLine';
  /** Amount of the line, unrounded. */
  amount: Scalars['Decimal']['output'];
  /** E.g. "Tier 2 (1000 to 10000)". */
  label: Scalars['String']['output'];
  /** Units in the line. */
  quantity: Scalars['Decimal']['output'];
  /** Price of each, unrounded. */
  unitPrice: Scalars['Decimal']['output'];
};

/** How one call would be rated. */
export type CallPreview = {
  __typename?: 'CallPreview';
  /** Time band the call started in; null for the standard rate. */
  band: Maybe<Scalars['String']['output']>;
  /** Seconds billed after increments. */
  billableSeconds: Maybe<Scalars['Int']['output']>;
  /** Charge before allowances, rounded as the rate plan (or its catalog) rounds calls. */
  charge: Maybe<Scalars['Decimal']['output']>;
  /** Connection fee applied. */
  connectionFee: Maybe<Scalars['Decimal']['output']>;
  /** Matched destination. */
  destination: Maybe<Scalars['String']['output']>;
  /** Matched destination class. */
  destinationClass: Maybe<DestinationClass>;
  /** False when the call cannot be rated; see unratedReason. */
  isRated: Scalars['Boolean']['output'];
  /** Matched prefix. */
  prefix: Maybe<Scalars['String']['output']>;
  /** Rate applied, per minute. */
  ratePerMinute: Maybe<Scalars['Decimal']['output']>;
  /** A call billed in more than one step of a multi-step rate: each step's billable seconds and rate; null otherwise. */
  steps: Maybe<Array<CallStep>>;
  /** Why not, when not. */
  unratedReason: Maybe<UnratedReason>;
  /** The deck version used. */
  version: Maybe<RatePlanVersion>;
};

/** A call to preview. */
export type CallPreviewInput = {
  /** Dialled number, E.164. */
  destinationNumber: Scalars['String']['input'];
  /** Duration in whole seconds. */
  durationSeconds: Scalars['Int']['input'];
  /** Rate plan to rate it with. */
  ratePlanId: Scalars['ID']['input'];
  /** When the call started (picks the version and time band). */
  startedAt: Scalars['DateTime']['input'];
};

/** The part of a call billed in one step of a multi-step rate. */
export type CallStep = {
  __typename?: 'CallStep';
  /** The step's rate, currency units per minute. */
  ratePerMinute: Scalars['Decimal']['output'];
  /** Billable seconds in the step. */
  seconds: Scalars['Int']['output'];
};

/** A message to an audience over channels, approved before it is sent. */
export type Campaign = {
  __typename?: 'Campaign';
  /** Recipients that lack a value the template uses: sending waits for them or leaves them out. */
  accountsMissingValues: CampaignMissingValues;
  approvals: Array<CampaignApproval>;
  approvalsRequired: Scalars['Int']['output'];
  audience: Audience;
  channels: Array<CommsChannel>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  /** Sent to unsubscribed addresses too, saying why. */
  critical: Scalars['Boolean']['output'];
  criticalReason: Maybe<Scalars['String']['output']>;
  /** Its deliveries in the order they go out (test sends first), a page at a time. */
  deliveries: CampaignDeliveryConnection;
  deliveryCounts: Array<DeliveryCount>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The message as the audience's first accounts get it. */
  preview: Array<RenderedMessage>;
  sendAtLocalTime: Maybe<Scalars['String']['output']>;
  /** Sent on this day at sendAtLocalTime in each account's time zone; at once when null. */
  sendOn: Maybe<Scalars['Date']['output']>;
  sentAt: Maybe<Scalars['DateTime']['output']>;
  status: CampaignStatus;
  supportArticles: Array<SupportArticle>;
  template: MessageTemplate;
  templateVersion: TemplateVersion;
  testSentAt: Maybe<Scalars['DateTime']['output']>;
  testSentTo: Maybe<Scalars['String']['output']>;
};


/** A message to an audience over channels, approved before it is sent. */
export type CampaignDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CommsDeliveryStatus>;
};


/** A message to an audience over channels, approved before it is sent. */
export type CampaignPreviewArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An approval of a campaign. */
export type CampaignApproval = {
  __typename?: 'CampaignApproval';
  approvedBy: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
};

/** One recipient's message on one channel. */
export type CampaignDelivery = {
  __typename?: 'CampaignDelivery';
  account: Account;
  attempts: Scalars['Int']['output'];
  /** The message as sent, each unsubscribe link's token hidden (only the email carries it). */
  body: Maybe<Scalars['String']['output']>;
  channel: CommsChannel;
  error: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isTest: Scalars['Boolean']['output'];
  messageId: Maybe<Scalars['String']['output']>;
  recipient: Scalars['String']['output'];
  sendAfter: Scalars['DateTime']['output'];
  sentAt: Maybe<Scalars['DateTime']['output']>;
  status: CommsDeliveryStatus;
  subject: Maybe<Scalars['String']['output']>;
  /** smtp, or outbox when no mail server is configured. */
  transport: Maybe<Scalars['String']['output']>;
};

/** A page of a campaign's deliveries. */
export type CampaignDeliveryConnection = {
  __typename?: 'CampaignDeliveryConnection';
  /** Deliveries of this page with their cursors. */
  edges: Array<CampaignDeliveryEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many deliveries there are in all (of the status asked for). */
  totalCount: Scalars['Int']['output'];
};

/** One delivery in a page. */
export type CampaignDeliveryEdge = {
  __typename?: 'CampaignDeliveryEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  node: CampaignDelivery;
};

export type CampaignInput = {
  campaignId: Scalars['ID']['input'];
};

/** The recipients of a campaign that lack a value its template uses. */
export type CampaignMissingValues = {
  __typename?: 'CampaignMissingValues';
  /** How many accounts lack a value. */
  accountCount: Scalars['Int']['output'];
  /** The first accounts that lack one, with what each lacks. */
  accounts: Array<AccountMissingValues>;
  /** Every variable some account lacks. */
  variables: Array<Scalars['String']['output']>;
};


/** The recipients of a campaign that lack a value its template uses. */
export type CampaignMissingValuesAccountsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CampaignPayload = {
  __typename?: 'CampaignPayload';
  campaign: Maybe<Campaign>;
  userErrors: Array<UserError>;
};

export { CampaignStatus };

export type CastGoNoGoVoteInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  reviewId: Scalars['ID']['input'];
  role: Scalars['String']['input'];
  vote: GoNoGoOutcome;
};

/** Products and rate plans that bill together under one rounding policy. */
export type Catalog = {
  __typename?: 'Catalog';
  /**
   * In-advance charges: true bills a subscription that starts mid-period for its partial period and
   * the next full one on the same invoice; false bills the partial period alone, on the invoice
   * before it starts.
   */
  billPartialWithNextPeriod: Scalars['Boolean']['output'];
  /** Decimals call-level charges are rounded to. */
  callDecimals: Scalars['Int']['output'];
  /** Short code; the installation's own catalog is `default`. */
  code: Scalars['String']['output'];
  /** In-advance charges: whether a cancellation mid-period credits the unused days (a change always does). */
  creditUnusedOnCancel: Scalars['Boolean']['output'];
  /** When recurring prices that do not say are billed. */
  defaultBillingTiming: BillingTiming;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Decimals invoice lines are rounded to; null means the currency's minor unit. */
  lineDecimals: Maybe<Scalars['Int']['output']>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** How partial periods of recurring charges are prorated. */
  prorationMethod: ProrationMethod;
  /** Rounding mode of call charges and invoice lines. */
  roundingMode: RoundingMode;
};

/** New terms from a date: the subscription ends that day and a new one starts. */
export type ChangeSubscriptionInput = {
  /** New discount percent. */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** The day the new terms start. */
  effectiveDate: Scalars['Date']['input'];
  /** The subscription. */
  id: Scalars['ID']['input'];
  /** New quantity. */
  quantity?: InputMaybe<Scalars['Decimal']['input']>;
  /** New price override (null clears it). */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Why the program exists and what it covers. */
export type Charter = {
  __typename?: 'Charter';
  assumptions: Array<Scalars['String']['output']>;
  constraints: Array<Scalars['String']['output']>;
  goals: Array<ProgramGoal>;
  scopeIn: Array<ScopeEntry>;
  scopeOut: Array<ScopeEntry>;
  stakeholders: Array<Stakeholder>;
};

export { CheckSeverity };

export { CheckState };

/** A threshold of an automatic check. */
export type CheckThreshold = {
  __typename?: 'CheckThreshold';
  /** The value it has when never set. */
  defaultValue: Scalars['Decimal']['output'];
  /** What it measures, with its unit. */
  description: Scalars['String']['output'];
  /** Its name, e.g. `percent` or `amount`. */
  name: Scalars['String']['output'];
  /** The value in force, never negative. */
  value: Scalars['Decimal']['output'];
};

/** A threshold to change. */
export type CheckThresholdInput = {
  /** The threshold's name. */
  name: Scalars['String']['input'];
  /** Its new value, zero or more. */
  value: Scalars['Decimal']['input'];
};

export { ChecklistArea };

/** Filters of the checklist; all optional, combined with AND. */
export type ChecklistFilter = {
  area?: InputMaybe<ChecklistArea>;
  blocking?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only items owned by the signed-in user. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only open items past their due date. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<ChecklistItemStatus>;
};

/** An item of the go-live checklist. */
export type ChecklistItem = {
  __typename?: 'ChecklistItem';
  area: ChecklistArea;
  blocking: Scalars['Boolean']['output'];
  check: Maybe<EvidenceCheck>;
  checkDetail: Maybe<Scalars['String']['output']>;
  checkState: CheckState;
  /** The go/no-go review this item is a condition of. */
  conditionOf: Maybe<GoNoGoReview>;
  dueOn: Maybe<Scalars['Date']['output']>;
  evidenceLinks: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  notes: Scalars['String']['output'];
  overdue: Scalars['Boolean']['output'];
  owner: Maybe<User>;
  signOffs: Array<SignOffRequest>;
  standardKey: Maybe<Scalars['String']['output']>;
  status: ChecklistItemStatus;
  statusAt: Maybe<Scalars['DateTime']['output']>;
  /** Who or what set the status: a user, or "evidence check". */
  statusBy: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type ChecklistItemInput = {
  area?: InputMaybe<ChecklistArea>;
  blocking?: InputMaybe<Scalars['Boolean']['input']>;
  check?: InputMaybe<EvidenceCheckInput>;
  clearCheck?: InputMaybe<Scalars['Boolean']['input']>;
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  evidenceLinks?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Absent to create one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  programId: Scalars['ID']['input'];
  status?: InputMaybe<ChecklistItemStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type ChecklistItemPayload = {
  __typename?: 'ChecklistItemPayload';
  item: Maybe<ChecklistItem>;
  userErrors: Array<UserError>;
};

export { ChecklistItemStatus };

export { CommsChannel };

export { CommsDeliveryStatus };

/** One line of a draft beside the same line (same key) of the previous invoice. */
export type ComparedLine = {
  __typename?: 'ComparedLine';
  /** What it bills. */
  description: Scalars['String']['output'];
  /** Draft minus previous, a missing side counting as zero. */
  difference: Scalars['Decimal']['output'];
  /** Its amount on the draft; null when only the previous invoice had it. */
  draftAmount: Maybe<Scalars['Decimal']['output']>;
  /** The line's identity on both invoices. */
  key: Scalars['String']['output'];
  /** Its kind. */
  lineType: InvoiceLineType;
  /** Its amount on the previous invoice; null when only the draft has it. */
  previousAmount: Maybe<Scalars['Decimal']['output']>;
};

/** One side of an account's comparison, for run-to-run changes. */
export type ComparisonSide = {
  __typename?: 'ComparisonSide';
  /** New total minus legacy total. */
  difference: Scalars['Decimal']['output'];
  /** How the invoices compared. */
  status: ReconciliationStatus;
  /** The suggested cause. */
  suggestedCause: Maybe<VarianceCause>;
};

/** A component's state set or cleared, or why not. */
export type ComponentPayload = {
  __typename?: 'ComponentPayload';
  /** The component as it now stands. */
  component: Maybe<WarRoomComponent>;
  /** What to fix in the input. */
  userErrors: Array<UserError>;
};

export { ComponentState };

/** A new API key. */
export type CreateApiKeyInput = {
  /** Limit the key to these modules; omit or leave empty for all. */
  modules?: InputMaybe<Array<ApiModule>>;
  /** The app or integration the key is for. */
  name: Scalars['String']['input'];
  /** What the key may do. */
  scope: ApiKeyScope;
};

/** Result of createApiKey. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The new key; null when userErrors is not empty. */
  apiKey: Maybe<ApiKey>;
  /** The secret, shown this once and never again. Store it in the partner app now. */
  secret: Maybe<Scalars['String']['output']>;
  /** Problems with the input; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

export type CreateAudienceInput = {
  /** …or a filter. */
  filter?: InputMaybe<AudienceFilterInput>;
  name: Scalars['String']['input'];
  /** A wave's accounts… */
  waveId?: InputMaybe<Scalars['ID']['input']>;
};

/** A bill run to start. */
export type CreateBillRunInput = {
  /** Only these accounts; every account that is not closed when left out. */
  accountIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * The date printed on the invoices and the start of their payment terms: each draft gets it
   * when finalized without another. Not before the period starts; the day each draft is
   * finalized when left out.
   */
  issueDate?: InputMaybe<Scalars['Date']['input']>;
  /** First day after the period. */
  periodEnd: Scalars['Date']['input'];
  /** First day of the period. */
  periodStart: Scalars['Date']['input'];
};

export type CreateCampaignInput = {
  audienceId: Scalars['ID']['input'];
  channels: Array<CommsChannel>;
  critical?: InputMaybe<Scalars['Boolean']['input']>;
  /** Required when critical: why it goes to unsubscribed addresses. */
  criticalReason?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** HH:MM in each account's time zone. */
  sendAtLocalTime?: InputMaybe<Scalars['String']['input']>;
  sendOn?: InputMaybe<Scalars['Date']['input']>;
  templateVersionId: Scalars['ID']['input'];
};

/** Input of createCutoverWave. */
export type CreateCutoverWaveInput = {
  /** These accounts; every account of the import not in a wave yet when absent. */
  accountIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The import whose accounts to group. */
  importId: Scalars['ID']['input'];
  /** E.g. Pilot. */
  name: Scalars['String']['input'];
};

export type CreateDunningPolicyInput = {
  /** Make it the default. */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  /** A name no other policy has. */
  name: Scalars['String']['input'];
  /** Its steps, in any order. */
  steps: Array<DunningStepInput>;
};

export type CreateGoNoGoReviewInput = {
  programId: Scalars['ID']['input'];
  scheduledAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
};

export type CreateMessageTemplateInput = {
  body: Scalars['String']['input'];
  name: Scalars['String']['input'];
  subject: Scalars['String']['input'];
};

/** A new product. */
export type CreateProductInput = {
  /** Metered usage (SMS, data, custom) only: how a period's records make its quantity (default SUM). */
  aggregation?: InputMaybe<UsageAggregation>;
  /** Omit for the default catalog. */
  catalogId?: InputMaybe<Scalars['ID']['input']>;
  /** Unique code in the catalog. */
  code: Scalars['String']['input'];
  /** Longer description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Recurring, usage or one-time. */
  kind: ProductKind;
  /** Display name. */
  name: Scalars['String']['input'];
  /** An opening price. */
  price?: InputMaybe<DatedPriceInput>;
  /** Metered usage only: round each record's quantity to a block before aggregation (default off). */
  recordRounding?: InputMaybe<RecordRoundingInput>;
  /** Tax category (telecom, service, exempt…). */
  taxCategory: Scalars['String']['input'];
  /** Custom usage: the unit's name. */
  unitName?: InputMaybe<Scalars['String']['input']>;
  /** Usage products: what is counted. */
  usageType?: InputMaybe<UsageType>;
};

/** Result of createProduct. */
export type CreateProductPayload = {
  __typename?: 'CreateProductPayload';
  /** The new product; null when userErrors is not empty. */
  product: Maybe<Product>;
  /** Problems with the input; nothing was stored when there are any. */
  userErrors: Array<UserError>;
};

export type CreateProgramInput = {
  /** The planned cutover day; the standard plan fits between the two. */
  goLiveOn: Scalars['Date']['input'];
  /** The legacy import to read evidence from. */
  importId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** The roadmap starts here; phases and standard milestones are laid out from it. */
  startsOn: Scalars['Date']['input'];
};

/** A new rate plan. */
export type CreateRatePlanInput = {
  /** Decimals (0–10) of each call's charge, over the catalog's; omit to inherit them. */
  callDecimals?: InputMaybe<Scalars['Int']['input']>;
  /** Rounding mode of each call's charge, over the catalog's; omit to inherit it. */
  callRoundingMode?: InputMaybe<RoundingMode>;
  /** Omit for the default catalog. */
  catalogId?: InputMaybe<Scalars['ID']['input']>;
  /** Unique code in the catalog. */
  code: Scalars['String']['input'];
  /** Currency of its rates. */
  currency: Scalars['Currency']['input'];
  /** Display name. */
  name: Scalars['String']['input'];
  /** IANA time zone (default UTC). */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** Result of createRatePlan. */
export type CreateRatePlanPayload = {
  __typename?: 'CreateRatePlanPayload';
  /** The new plan. */
  ratePlan: Maybe<RatePlan>;
  /** Problems with the input; nothing was stored when there are any. */
  userErrors: Array<UserError>;
};

/** Input of createRisk. */
export type CreateRiskInput = {
  /** Checklist items of the same program. */
  checklistItemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What happens if it occurs. */
  contingency?: InputMaybe<Scalars['String']['input']>;
  /** More about it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 1 (negligible) to 5 (severe). */
  impact: Scalars['Int']['input'];
  /** Milestones of the same program. */
  milestoneIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What is done about it. */
  mitigation?: InputMaybe<Scalars['String']['input']>;
  /** Who watches it. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 (rare) to 5 (almost certain). */
  probability: Scalars['Int']['input'];
  /** The program. */
  programId: Scalars['ID']['input'];
  /** When to review it next. */
  reviewOn?: InputMaybe<Scalars['Date']['input']>;
  /** OPEN when absent. */
  status?: InputMaybe<RiskStatus>;
  /** What could go wrong, in a line. */
  title: Scalars['String']['input'];
  /** The sign that it is occurring. */
  trigger?: InputMaybe<Scalars['String']['input']>;
};

/** A new subscription. */
export type CreateSubscriptionInput = {
  /** The account. */
  accountId: Scalars['ID']['input'];
  /** Where its billing periods start; ACCOUNT when not given. */
  billingAlignment?: InputMaybe<BillingAlignment>;
  /** With BUNDLE alignment: the base subscription (of the same account) to follow. */
  bundleBaseId?: InputMaybe<Scalars['ID']['input']>;
  /** Discount percent, 0-100. */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** First day no longer billed. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** An id from another system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** A recurring product. */
  productId: Scalars['ID']['input'];
  /** Seats, lines or units; above zero. */
  quantity: Scalars['Decimal']['input'];
  /** Phone numbers, circuit ids. */
  serviceIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** First day billed. */
  startDate: Scalars['Date']['input'];
  /** Replaces the catalog price. */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

export type CreateSupportArticleInput = {
  body: Scalars['String']['input'];
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  kind: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** A new tax rule. */
export type CreateTaxRuleInput = {
  /** First day in force. */
  effectiveFrom: Scalars['Date']['input'];
  /** First day no longer in force. */
  effectiveTo?: InputMaybe<Scalars['Date']['input']>;
  /** Rate in percent, 0 to below 100. */
  ratePercent: Scalars['Decimal']['input'];
  /** Region, e.g. US-TX. */
  region: Scalars['String']['input'];
  /** Product tax category. */
  taxCategory: Scalars['String']['input'];
  /** The tax, e.g. SALES. */
  taxCode: Scalars['String']['input'];
};

/** Input of createTrainingModule. */
export type CreateTrainingModuleInput = {
  /** Who takes it. */
  audience?: InputMaybe<Scalars['String']['input']>;
  /** The program. */
  programId: Scalars['ID']['input'];
  /** Counts towards training being complete; true when absent. */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  /** Its title. */
  title: Scalars['String']['input'];
};

/** A new console user. */
export type CreateUserInput = {
  /** Sign-in email; must be unused. */
  email: Scalars['String']['input'];
  /** Display name. */
  name: Scalars['String']['input'];
  /** At least 12 characters. Omit for a user who signs in through single sign-on only. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** What the user may do. */
  role: Role;
};

/** Result of createUser. */
export type CreateUserPayload = {
  __typename?: 'CreateUserPayload';
  /** The new user; null when userErrors is not empty. */
  user: Maybe<User>;
  /** Problems with the input; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A credit note against a finalized invoice. */
export type CreditInvoiceInput = {
  /** The invoice. */
  invoiceId: Scalars['ID']['input'];
  /**
   * Amounts per charge line (their tax follows); everything left when omitted. All the credit
   * notes of an invoice never credit more than it billed, per line and in total.
   */
  lines?: InputMaybe<Array<CreditLineInput>>;
  /** Why; printed on the credit note. */
  reason: Scalars['String']['input'];
};

/** An amount to credit on one line. */
export type CreditLineInput = {
  /**
   * How much of it, before tax: at most what is left of it net of its discount. Its share of
   * tax is added.
   */
  amount: Scalars['Decimal']['input'];
  /** A charge line of the invoice; name each line once. */
  lineId: Scalars['ID']['input'];
};

/** Input of cutOverWave. */
export type CutOverWaveInput = {
  /** The day Switchboard bills from. */
  cutoverDate: Scalars['Date']['input'];
  /** The wave. */
  waveId: Scalars['ID']['input'];
};

/** A step in a wave's history. */
export type CutoverEvent = {
  __typename?: 'CutoverEvent';
  /** created, cut_over or rolled_back. */
  action: Scalars['String']['output'];
  /** Who did it. */
  actor: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** What it did, as JSON (accounts, dates, carried balances, reason, whether a rollback was clean). */
  detail: Scalars['String']['output'];
};

/** A group of migrated accounts cut over to Switchboard together (a pilot, then the rest). */
export type CutoverWave = {
  __typename?: 'CutoverWave';
  /** How many accounts it holds. */
  accountCount: Scalars['Int']['output'];
  /** Its accounts. */
  accounts: Array<WaveAccount>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was cut over. */
  cutOverAt: Maybe<Scalars['DateTime']['output']>;
  /** The day Switchboard bills its accounts from. */
  cutoverDate: Maybe<Scalars['Date']['output']>;
  /** What it went through. */
  events: Array<CutoverEvent>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** Its order among the import's waves. */
  position: Scalars['Int']['output'];
  /** After a rollback that followed Switchboard invoices: what the legacy system needs to carry on. */
  rollbackExport: Maybe<Array<ExportedFile>>;
  /** When it was rolled back. */
  rolledBackAt: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: CutoverWaveStatus;
};

/** Result of a wave mutation. */
export type CutoverWavePayload = {
  __typename?: 'CutoverWavePayload';
  /** Problems to fix. */
  userErrors: Array<UserError>;
  /** The wave; null when nothing changed. */
  wave: Maybe<CutoverWave>;
};

export { CutoverWaveStatus };

/** A price with the date it starts. */
export type DatedPriceInput = {
  /** FLAT. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Recurring products: billed in advance or in arrears; the catalog's default when not given. */
  billingTiming?: InputMaybe<BillingTiming>;
  /** Currency of every amount. */
  currency: Scalars['Currency']['input'];
  /** First day the price applies. */
  effectiveFrom: Scalars['Date']['input'];
  /** PERCENTAGE: optional free amount of transactions at the start of each period (not with freeTransactions). */
  freeAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** PERCENTAGE: optional number of free transactions at the start of each period. */
  freeTransactions?: InputMaybe<Scalars['Int']['input']>;
  /** PACKAGE: the first units of a period that are free (optional); packages count from the unit after them. */
  freeUnits?: InputMaybe<Scalars['Decimal']['input']>;
  /** Decimals (0–6) of this price's invoice lines, over the catalog's; omit to inherit them. */
  lineDecimals?: InputMaybe<Scalars['Int']['input']>;
  /** Rounding mode of this price's invoice lines, over the catalog's; omit to inherit it. */
  lineRoundingMode?: InputMaybe<RoundingMode>;
  /** Optional least amount per period. */
  minimumCharge?: InputMaybe<Scalars['Decimal']['input']>;
  /** How the quantity becomes an amount. */
  model: PriceModel;
  /** PACKAGE. */
  packagePrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** PACKAGE. */
  packageSize?: InputMaybe<Scalars['Decimal']['input']>;
  /** PERCENTAGE: percent of each transaction's amount, e.g. 2.9. */
  ratePercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** GRADUATED, VOLUME and GRADUATED_PERCENTAGE. */
  tiers?: InputMaybe<Array<PriceTierInput>>;
  /** PERCENTAGE: optional fixed fee per charged transaction. */
  transactionFee?: InputMaybe<Scalars['Decimal']['input']>;
  /** PERCENTAGE: optional most amount per charged transaction. */
  transactionMaximum?: InputMaybe<Scalars['Decimal']['input']>;
  /** PERCENTAGE: optional least amount per charged transaction. */
  transactionMinimum?: InputMaybe<Scalars['Decimal']['input']>;
  /** PER_UNIT. */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

export type DecideGoNoGoInput = {
  /** Required with GO_WITH_CONDITIONS; each becomes a blocking contingency item. */
  conditions?: InputMaybe<Array<GoNoGoConditionInput>>;
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: GoNoGoOutcome;
  pointOfNoReturn?: InputMaybe<Scalars['DateTime']['input']>;
  reviewId: Scalars['ID']['input'];
  rollbackOwnerId?: InputMaybe<Scalars['ID']['input']>;
};

export type DecideSignOffInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  decision: SignOffDecision;
  requestId: Scalars['ID']['input'];
};

export { DecisionCategory };

/** An entry of the decision and configuration log: dated, attributed, never edited. */
export type DecisionLogEntry = {
  __typename?: 'DecisionLogEntry';
  /** Who wrote it. */
  author: Scalars['String']['output'];
  /** The author, when a console user. */
  authorUser: Maybe<User>;
  /** The detail. */
  body: Scalars['String']['output'];
  /** What it records. */
  category: DecisionCategory;
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** The day it was decided (or set up, or tested). */
  decidedOn: Scalars['Date']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** In a line. */
  title: Scalars['String']['output'];
};

/** Result of logDecision. */
export type DecisionLogEntryPayload = {
  __typename?: 'DecisionLogEntryPayload';
  /** The entry; null when nothing was logged. */
  entry: Maybe<DecisionLogEntry>;
  /** Problems to fix. */
  userErrors: Array<UserError>;
};

export type DeleteDunningPolicyInput = {
  /** A policy no account is assigned, none of whose steps was taken, not the default. */
  policyId: Scalars['ID']['input'];
};

export type DeleteDunningPolicyPayload = {
  __typename?: 'DeleteDunningPolicyPayload';
  /** The deleted policy's id; null when nothing was deleted. */
  deletedPolicyId: Maybe<Scalars['ID']['output']>;
  /** Why it was not deleted. */
  userErrors: Array<UserError>;
};

/** A delivery count by channel and status. */
export type DeliveryCount = {
  __typename?: 'DeliveryCount';
  channel: CommsChannel;
  count: Scalars['Int']['output'];
  status: CommsDeliveryStatus;
};

/** Invoice emails. Campaign bounces will be counted here once campaigns send. */
export type DeliveryCounts = {
  __typename?: 'DeliveryCounts';
  /** Not delivered in the last 24 hours: failed, bounced, or outcome unknown (waiting for a person to resend). */
  failed: Scalars['Int']['output'];
  /** Waiting to be sent now. */
  queued: Scalars['Int']['output'];
  /** Sent in the last 24 hours. */
  sent: Scalars['Int']['output'];
};

export { DeliveryEvent };

export { DestinationClass };

/** Discarding a draft. */
export type DiscardDraftInvoiceInput = {
  /** The draft. */
  id: Scalars['ID']['input'];
};

/** Result of discardDraftInvoice. */
export type DiscardDraftInvoicePayload = {
  __typename?: 'DiscardDraftInvoicePayload';
  /** The id of the draft deleted. */
  discardedId: Maybe<Scalars['ID']['output']>;
  /** Problems to fix. */
  userErrors: Array<UserError>;
};

/** An automatic check run on every draft of a bill run, and how it is set up. */
export type DraftCheckSetting = {
  __typename?: 'DraftCheckSetting';
  /** The check's stable code, e.g. TOTAL_CHANGED; findings carry it. */
  code: Scalars['String']['output'];
  /** What it looks for. */
  description: Scalars['String']['output'];
  /** Whether it runs on drafts checked from now on. */
  enabled: Scalars['Boolean']['output'];
  /** What its findings do to a draft. */
  severity: CheckSeverity;
  /** Its thresholds; empty for a check without any. */
  thresholds: Array<CheckThreshold>;
  /** A short title. */
  title: Scalars['String']['output'];
  /** When it was changed last. */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who changed it last; null while it runs on its defaults. */
  updatedBy: Maybe<Scalars['String']['output']>;
};

/** A draft beside its account's previous finalized invoice. */
export type DraftComparison = {
  __typename?: 'DraftComparison';
  /** The draft. */
  draft: Invoice;
  /** Lines matched by key: the draft's in its order, then those only the previous invoice had. */
  lines: Array<ComparedLine>;
  /** The latest finalized invoice before the draft's period; null for a first invoice. */
  previousInvoice: Maybe<Invoice>;
  /** Draft total minus previous total. */
  totalDifference: Scalars['Decimal']['output'];
};

/** A reviewer's decision on one draft. */
export type DraftDecisionInput = {
  /** The draft. */
  invoiceId: Scalars['ID']['input'];
  /** Why; required to hold or discard. It is kept with the review and in the audit log. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The review's version as the reviewer saw it: refused if someone decided since. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The review after a decision. */
export type DraftDecisionPayload = {
  __typename?: 'DraftDecisionPayload';
  /** The review; null when refused. */
  review: Maybe<DraftReview>;
  /** Why it was refused (e.g. another reviewer decided first); nothing was changed. */
  userErrors: Array<UserError>;
};

/** What one check found on one draft. */
export type DraftFinding = {
  __typename?: 'DraftFinding';
  /** The check's code. */
  code: Scalars['String']['output'];
  /** A sentence with the figures, e.g. "Total 1,240.00 USD is 62 % (475.00 USD) above the previous invoice INV-000123 (765.00 USD)." */
  message: Scalars['String']['output'];
  /** What the finding does to the draft (the check's severity when it ran). */
  severity: CheckSeverity;
};

/** The review of one draft of a bill run. */
export type DraftReview = {
  __typename?: 'DraftReview';
  /** The account billed. */
  account: Account;
  /** When the checks ran. */
  checkedAt: Scalars['DateTime']['output'];
  /** When. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who made the last decision. */
  decidedBy: Maybe<Scalars['String']['output']>;
  /** What the checks found, holds first. */
  findings: Array<DraftFinding>;
  /** The invoice; null once discarded. */
  invoice: Maybe<Invoice>;
  /** The draft's id (the invoice's id once finalized). */
  invoiceId: Scalars['ID']['output'];
  /** Why. */
  reason: Maybe<Scalars['String']['output']>;
  /** Where it is in review. */
  state: DraftReviewState;
  /** Grows with each decision; send it with a decision so one made meanwhile by someone else is not overwritten. */
  version: Scalars['Int']['output'];
};

/** A page of draft reviews. */
export type DraftReviewConnection = {
  __typename?: 'DraftReviewConnection';
  /** Reviews of this page. */
  edges: Array<DraftReviewEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One review in a page. */
export type DraftReviewEdge = {
  __typename?: 'DraftReviewEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The review. */
  node: DraftReview;
};

export { DraftReviewState };

/** How many of a run's drafts are in one review state. */
export type DraftReviewStateCount = {
  __typename?: 'DraftReviewStateCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The state. */
  state: DraftReviewState;
};

export { DunningAction };

export { DunningChannel };

/** One dunning email to one address: claimed before it is sent, so never sent twice. */
export type DunningEmail = {
  __typename?: 'DunningEmail';
  /** As rendered for the account. */
  body: Scalars['String']['output'];
  /** When it was queued (with its step). */
  createdAt: Scalars['DateTime']['output'];
  /** Why it failed or bounced. */
  error: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The address. */
  recipient: Scalars['String']['output'];
  /** When the mail server (or the outbox) took it. */
  sentAt: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands; SENDING or UNKNOWN are never sent again without a person. */
  status: CommsDeliveryStatus;
  /** As rendered for the account. */
  subject: Scalars['String']['output'];
  /** smtp, or outbox when no mail server is configured. */
  transport: Maybe<Scalars['String']['output']>;
};

/** A dunning step taken for an unpaid invoice. Each step happens at most once per invoice. */
export type DunningEvent = {
  __typename?: 'DunningEvent';
  /** The invoice's account. */
  account: Account;
  /** What was done (the step's action at the time). */
  action: DunningAction;
  /** The business day of the dunning run that reached the step. */
  asOf: Scalars['Date']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The unpaid invoice. */
  invoiceId: Scalars['ID']['output'];
  /** Its number. */
  invoiceNumber: Scalars['String']['output'];
  /** When it was recorded. */
  occurredAt: Scalars['DateTime']['output'];
  /** Reached together with a later step (after a pause or a gap): recorded so it is never taken, its message not sent. */
  skipped: Scalars['Boolean']['output'];
  /** The schedule step taken. */
  step: DunningStep;
};

/** A page of dunning events, newest first. */
export type DunningEventConnection = {
  __typename?: 'DunningEventConnection';
  /** Events of this page with their cursors. */
  edges: Array<DunningEventEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One dunning event in a page. */
export type DunningEventEdge = {
  __typename?: 'DunningEventEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: DunningEvent;
};

/** A named dunning schedule: steps taken N days after an unpaid invoice's due date. */
export type DunningPolicy = {
  __typename?: 'DunningPolicy';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Whether accounts without a policy of their own follow it. Exactly one policy is the default. */
  isDefault: Scalars['Boolean']['output'];
  /** Name shown to staff, e.g. "Standard" or "Key accounts". */
  name: Scalars['String']['output'];
  /** Its steps, by days after the due date. */
  steps: Array<DunningStep>;
};

export type DunningPolicyPayload = {
  __typename?: 'DunningPolicyPayload';
  /** The policy saved; null when nothing was. */
  policy: Maybe<DunningPolicy>;
  /** What to fix; nothing was saved when there is any. */
  userErrors: Array<UserError>;
};

/** The dunning actions of a day, before they happen. */
export type DunningPreview = {
  __typename?: 'DunningPreview';
  /** What its passes will take, by account (at most 200). */
  actions: Array<DunningPreviewAction>;
  /** The day previewed. */
  on: Scalars['Date']['output'];
};

/** A dunning step a day's passes will take. */
export type DunningPreviewAction = {
  __typename?: 'DunningPreviewAction';
  /** The account. */
  accountId: Scalars['ID']['output'];
  /** Its name. */
  accountName: Scalars['String']['output'];
  /** What it does. */
  action: DunningAction;
  /** Still owed on it. */
  amountDue: Scalars['Decimal']['output'];
  /** Where its message goes. */
  channels: Array<DunningChannel>;
  /** Its currency. */
  currency: Scalars['Currency']['output'];
  /** Its day after the due date. */
  daysAfterDue: Scalars['Int']['output'];
  /** The unpaid invoice. */
  invoiceId: Scalars['ID']['output'];
  /** Its number. */
  invoiceNumber: Scalars['String']['output'];
  /** The step's name. */
  stepName: Scalars['String']['output'];
  /** The name of the template it sends; null sends nothing. */
  templateName: Maybe<Scalars['String']['output']>;
};

/** Open invoices at one dunning stage, in one currency. */
export type DunningStage = {
  __typename?: 'DunningStage';
  /** For STEP: its action. */
  action: Maybe<DunningAction>;
  /** What they still owe, in total. */
  amountDue: Scalars['Decimal']['output'];
  /** The currency of the amounts (never added across currencies). */
  currency: Scalars['Currency']['output'];
  /** For STEP: its day after the due date. */
  daysAfterDue: Maybe<Scalars['Int']['output']>;
  /** How many invoices. */
  invoiceCount: Scalars['Int']['output'];
  /** The stage. */
  stage: DunningStageKind;
  /** For STEP: the last step taken. */
  stepName: Maybe<Scalars['String']['output']>;
};

export { DunningStageKind };

/** A step of the dunning schedule for unpaid invoices. */
export type DunningStep = {
  __typename?: 'DunningStep';
  /** What the step does. */
  action: DunningAction;
  /** Where the message goes. */
  channels: Array<DunningChannel>;
  /** Days after an invoice's due date the step is taken, if it is still unpaid. */
  daysAfterDue: Scalars['Int']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Name shown to staff, e.g. "Second reminder". */
  name: Scalars['String']['output'];
  /** Order in the schedule, from 1. */
  position: Scalars['Int']['output'];
  /** The message template sent when the step is taken (its newest version then); null sends nothing. */
  template: Maybe<MessageTemplate>;
};

/** A step of a policy being saved. */
export type DunningStepInput = {
  /** What the step does. */
  action: DunningAction;
  /** Where the message goes; required with a template. */
  channels?: InputMaybe<Array<DunningChannel>>;
  /** Days after the due date, 1 to 3650; distinct within a policy. */
  daysAfterDue: Scalars['Int']['input'];
  /** An existing step of the policy (its history is kept); none for a new step. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Name shown to staff; the action's name when none. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The message template to send; none sends nothing. */
  templateId?: InputMaybe<Scalars['ID']['input']>;
};

/** A mail server's permanent refusal of an address. */
export type EmailBounce = {
  __typename?: 'EmailBounce';
  /** When the refusal came. */
  at: Scalars['DateTime']['output'];
  /** The mail server's reply, e.g. "550 Mailbox unavailable". */
  reply: Scalars['String']['output'];
};

export { EmailStatus };

/** How many emails are in one status. */
export type EmailStatusCount = {
  __typename?: 'EmailStatusCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: EmailStatus;
};

export { EmailTransport };

/** Ending a subscription. */
export type EndSubscriptionInput = {
  /** First day no longer billed. */
  endDate: Scalars['Date']['input'];
  /** The subscription. */
  id: Scalars['ID']['input'];
};

/** An evidence check tied to a milestone or checklist item. */
export type EvidenceCheck = {
  __typename?: 'EvidenceCheck';
  /** CHECKLIST_AREA_DONE's area. */
  area: Maybe<ChecklistArea>;
  /** A sentence for people: what it tests. */
  description: Scalars['String']['output'];
  kind: EvidenceCheckKind;
  max: Maybe<Scalars['Decimal']['output']>;
  /** ARPU_PRESERVATION's band. */
  min: Maybe<Scalars['Decimal']['output']>;
  /** Minimum accuracy for PARALLEL_RUN_ACCURACY, e.g. "0.99". */
  threshold: Maybe<Scalars['Decimal']['output']>;
  /** INVOICE_TOTALS_MATCH's allowed difference. */
  tolerance: Maybe<Scalars['Decimal']['output']>;
  /** CAMPAIGNS_READY's wave, when it names one. */
  wave: Maybe<CutoverWave>;
};

/** Ties an evidence check to an item or milestone. Thresholds default to the usual ones. */
export type EvidenceCheckInput = {
  area?: InputMaybe<ChecklistArea>;
  kind: EvidenceCheckKind;
  max?: InputMaybe<Scalars['Decimal']['input']>;
  min?: InputMaybe<Scalars['Decimal']['input']>;
  threshold?: InputMaybe<Scalars['Decimal']['input']>;
  tolerance?: InputMaybe<Scalars['Decimal']['input']>;
  waveId?: InputMaybe<Scalars['ID']['input']>;
};

export { EvidenceCheckKind };

/** One file of an export, by name and content. */
export type ExportFileInput = {
  /** The file's text. */
  content: Scalars['String']['input'];
  /** manifest.json or one of FORMAT.md's CSV files. */
  name: Scalars['String']['input'];
};

/** A file produced for another system, by name and content. */
export type ExportedFile = {
  __typename?: 'ExportedFile';
  /** Its text. */
  content: Scalars['String']['output'];
  /** File name, e.g. invoices.csv. */
  name: Scalars['String']['output'];
};

/** Result of finalizing a run's clean drafts. */
export type FinalizeCleanDraftsPayload = {
  __typename?: 'FinalizeCleanDraftsPayload';
  /** The run, with its progress. */
  billRun: Maybe<BillRun>;
  /** Drafts finalized by this call (their emails are queued). */
  finalized: Scalars['Int']['output'];
  /** Problems with the request; nothing changed when there are any. */
  userErrors: Array<UserError>;
};

/** Finalizing a draft. */
export type FinalizeInvoiceInput = {
  /** The draft. */
  id: Scalars['ID']['input'];
  /**
   * Issue date; when left out, the one its bill run was started with, else today. The due date
   * follows from the account's terms.
   */
  issueDate?: InputMaybe<Scalars['Date']['input']>;
};

export type GoNoGoConditionInput = {
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export { GoNoGoOutcome };

/** The final go/no-go review before cutover. */
export type GoNoGoReview = {
  __typename?: 'GoNoGoReview';
  /** Checklist items created from the conditions of a Go with conditions. */
  conditions: Array<ChecklistItem>;
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decidedBy: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  outcome: Maybe<GoNoGoOutcome>;
  outcomeNote: Maybe<Scalars['String']['output']>;
  pointOfNoReturn: Maybe<Scalars['DateTime']['output']>;
  rollbackOwner: Maybe<User>;
  scheduledAt: Scalars['DateTime']['output'];
  /** Live until decided, then as it stood at the decision. */
  scorecard: Array<ScorecardCriterion>;
  title: Scalars['String']['output'];
  votes: Array<GoNoGoVote>;
};

export type GoNoGoReviewPayload = {
  __typename?: 'GoNoGoReviewPayload';
  review: Maybe<GoNoGoReview>;
  userErrors: Array<UserError>;
};

/** A vote of a go/no-go review. */
export type GoNoGoVote = {
  __typename?: 'GoNoGoVote';
  at: Scalars['DateTime']['output'];
  comment: Scalars['String']['output'];
  /** The role the voter spoke for, e.g. Finance. */
  role: Scalars['String']['output'];
  user: User;
  vote: GoNoGoOutcome;
};

export { Health };

/** A date of a rate plan version's holiday calendar. */
export type Holiday = {
  __typename?: 'Holiday';
  /** The band the date takes all day. */
  band: Scalars['String']['output'];
  /** Local date, in the plan's time zone. */
  date: Scalars['Date']['output'];
};

/** A date of a new version's holiday calendar. */
export type HolidayInput = {
  /** The band it takes all day; a band named only here is priced by its own <band>_… columns. */
  band: Scalars['String']['input'];
  /** Local date, in the plan's time zone. */
  date: Scalars['Date']['input'];
};

/** What became of one file's rows. read = imported + duplicates + conflicts + rejected, always. */
export type ImportFileReport = {
  __typename?: 'ImportFileReport';
  /** Repeated ids with different content: the first stands, the later is reported. */
  conflicts: Scalars['Int']['output'];
  /** Repeated ids with identical content: skipped. */
  duplicates: Scalars['Int']['output'];
  /** Rows the manifest says the file has. */
  expectedRows: Maybe<Scalars['Int']['output']>;
  /** The file's name in the export, e.g. usage.csv. */
  file: Scalars['String']['output'];
  /** Rows imported. */
  imported: Scalars['Int']['output'];
  /** Rows read. */
  read: Scalars['Int']['output'];
  /** Rows that break the format, reported with their line and reason. */
  rejected: Scalars['Int']['output'];
};

/** Input of importLegacyExport. */
export type ImportLegacyExportInput = {
  /** Every file of the export, manifest.json included. Larger exports go through the console's upload or the CLI. */
  files: Array<ExportFileInput>;
};

/** Result of importLegacyExport. */
export type ImportLegacyExportPayload = {
  __typename?: 'ImportLegacyExportPayload';
  /** True when nothing was written because the same export was imported before. */
  alreadyImported: Scalars['Boolean']['output'];
  /** The import (the earlier one when this export was imported before); null when the export was refused. */
  import: Maybe<MigrationImport>;
  /** Why the export was refused (not an export, a checksum that does not match its manifest…). */
  userErrors: Array<UserError>;
};

/** A row of an export file that was not imported. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** The file. */
  file: Scalars['String']['output'];
  /** CONFLICT or REJECTED. */
  kind: IngestionProblemKind;
  /** The row's legacy id, when it had one. */
  legacyId: Maybe<Scalars['String']['output']>;
  /** File line; the header is line 1. */
  line: Maybe<Scalars['Int']['output']>;
  /** The row as it was in the file (truncated). */
  raw: Maybe<Scalars['String']['output']>;
  /** Why it was not imported. */
  reason: Scalars['String']['output'];
};

/** A rate deck CSV to import as a plan's next version. */
export type ImportRateDeckInput = {
  /** CSV: prefix, destination, destination_class (or domestic), rate_per_minute, initial_increment_s, subsequent_increment_s, connection_fee, rate_steps ("0:0.10:60 60:0.05:1"), and per band <band>_rate_per_minute, <band>_connection_fee, <band>_initial_increment_s, <band>_subsequent_increment_s, <band>_rate_steps… */
  csv: Scalars['String']['input'];
  /** Validate and report only; store nothing. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** First day the rates apply; after every existing version's start. */
  effectiveFrom: Scalars['Date']['input'];
  /** Holiday calendar: dates that take a band all day. */
  holidays?: InputMaybe<Array<HolidayInput>>;
  /** Why this version is made. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The plan. */
  ratePlanId: Scalars['ID']['input'];
  /** Time bands the deck's band columns refer to. */
  timeBands?: InputMaybe<Array<TimeBandInput>>;
};

/** Result of importRateDeck. */
export type ImportRateDeckPayload = {
  __typename?: 'ImportRateDeckPayload';
  /** The validation report. */
  report: RateDeckImportReport;
  /** Problems; nothing was imported when there are any. */
  userErrors: Array<UserError>;
  /** The new version; null on a dry run or when there are problems. */
  version: Maybe<RatePlanVersion>;
};

/** A remittance file to import. */
export type ImportRemittanceInput = {
  /**
   * CSV with a header: date, reference, account (the account's external id), invoice (an
   * invoice number, may be empty), amount, currency, and optionally method (check, ach, wire,
   * card, manual; ach when absent).
   */
  csv: Scalars['String']['input'];
};

/** The result of importRemittance. */
export type ImportRemittancePayload = {
  __typename?: 'ImportRemittancePayload';
  /** The payments recorded, in file order. */
  payments: Array<Payment>;
  /** What was found and done. */
  report: RemittanceImportReport;
  /** Problems; nothing was recorded when there are any. */
  userErrors: Array<UserError>;
};

/** Unrated usage of one reason. */
export type ImportedUnratedUsage = {
  __typename?: 'ImportedUnratedUsage';
  /** Why it could not be rated (e.g. NO_PREFIX_MATCH). */
  reason: Scalars['String']['output'];
  /** How many records. */
  records: Scalars['Int']['output'];
};

/** Something going wrong during cutover, with its lead and timeline. */
export type Incident = {
  __typename?: 'Incident';
  /** The key of the component it affects, if one. */
  componentKey: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When it was last updated (opening counts). */
  lastUpdateAt: Scalars['DateTime']['output'];
  /** Who leads it. */
  lead: Maybe<User>;
  /** When the next update is owed; null once resolved. */
  nextUpdateDueAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was opened. */
  openedAt: Scalars['DateTime']['output'];
  /** Who opened it. */
  openedBy: Scalars['String']['output'];
  /** When it was resolved. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** How bad it is. */
  severity: IncidentSeverity;
  /** Where it stands. */
  status: IncidentStatus;
  /** What is wrong, in a line. */
  title: Scalars['String']['output'];
  /** Minutes between the updates its lead owes. */
  updateCadenceMinutes: Scalars['Int']['output'];
  /** True when the incident is open and its last update is older than its cadence: a reminder to post one. */
  updateOverdue: Scalars['Boolean']['output'];
  /** Its timeline, oldest first. */
  updates: Array<IncidentUpdate>;
};

/** An incident changed, or why not. */
export type IncidentPayload = {
  __typename?: 'IncidentPayload';
  /** The incident as it now stands. */
  incident: Maybe<Incident>;
  /** What to fix in the input. */
  userErrors: Array<UserError>;
};

export { IncidentSeverity };

export { IncidentStatus };

/** One entry of an incident's timeline. */
export type IncidentUpdate = {
  __typename?: 'IncidentUpdate';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Who posted it. */
  author: Scalars['String']['output'];
  /** What changed. */
  body: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The status it moved the incident to. */
  status: IncidentStatus;
};

/** Up to 1,000 usage records. */
export type IngestUsageInput = {
  /** The records; upload a file for more. */
  records: Array<UsageRecordInput>;
};

/** Result of ingestUsage. */
export type IngestUsagePayload = {
  __typename?: 'IngestUsagePayload';
  /** The ingestion and its report. */
  ingestion: Maybe<Ingestion>;
  /** Problems with the request as a whole. */
  userErrors: Array<UserError>;
};

/** A batch or file of usage and its report: read = imported + duplicates + conflicts + rejected. */
export type Ingestion = {
  __typename?: 'Ingestion';
  /** Who sent it. */
  actorLabel: Scalars['String']['output'];
  /** Bytes processed so far: the progress bar. */
  bytesRead: Scalars['Float']['output'];
  /** Size of the upload when known. */
  bytesTotal: Maybe<Scalars['Float']['output']>;
  /** Records refused because their id was already used with different content. */
  conflicts: Scalars['Int']['output'];
  /** Records skipped because an identical record with the same id was already there. */
  duplicates: Scalars['Int']['output'];
  /** What stopped a failed ingestion. */
  error: Maybe<Scalars['String']['output']>;
  /** The uploaded file's name. */
  fileName: Maybe<Scalars['String']['output']>;
  /** When it ended. */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Records stored. */
  imported: Scalars['Int']['output'];
  /** Conflicts and rejections by line (the first 10,000 are kept). */
  problems: Array<IngestionProblem>;
  /** Records read. */
  read: Scalars['Int']['output'];
  /** Records refused because they break the format. */
  rejected: Scalars['Int']['output'];
  /** Where it came in. */
  source: IngestionSource;
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** Where it stands. */
  status: IngestionStatus;
  /** Of the imported records, how many could not be rated and wait in the unbillable queue. */
  unrated: Scalars['Int']['output'];
};


/** A batch or file of usage and its report: read = imported + duplicates + conflicts + rejected. */
export type IngestionProblemsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Usage coming in: how fast, and what was turned away. */
export type IngestionActivity = {
  __typename?: 'IngestionActivity';
  /** Records conflicting with ones already stored, same ingestions. */
  conflicts: Scalars['Int']['output'];
  /** Ingestions of the last hour that failed. */
  failed: Scalars['Int']['output'];
  /** Records per minute over the last 5 minutes, e.g. "1200.4". */
  perMinuteLast5: Scalars['Float']['output'];
  /** Records per minute over the last 60 minutes. */
  perMinuteLast60: Scalars['Float']['output'];
  /** The latest rejects of the last hour, newest first (a few). */
  recentRejects: Array<WarRoomReject>;
  /** Records stored in the last 5 minutes. */
  recordsLast5Minutes: Scalars['Int']['output'];
  /** Records stored in the last 60 minutes. */
  recordsLast60Minutes: Scalars['Int']['output'];
  /** Records rejected by ingestions active in the last hour. */
  rejected: Scalars['Int']['output'];
  /** Ingestions running now. */
  running: Scalars['Int']['output'];
};

/** A page of ingestions, newest first. */
export type IngestionConnection = {
  __typename?: 'IngestionConnection';
  /** Ingestions of this page with their cursors. */
  edges: Array<IngestionEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One ingestion in a page. */
export type IngestionEdge = {
  __typename?: 'IngestionEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The ingestion. */
  node: Ingestion;
};

/** A record an ingestion did not import. */
export type IngestionProblem = {
  __typename?: 'IngestionProblem';
  /** Conflict or rejection. */
  kind: IngestionProblemKind;
  /** File line (header is 1) or position in the batch (from 1). */
  line: Maybe<Scalars['Int']['output']>;
  /** The row as received (files only), truncated. */
  raw: Maybe<Scalars['String']['output']>;
  /** Why. */
  reason: Scalars['String']['output'];
  /** The record's id, when it had one. */
  recordId: Maybe<Scalars['String']['output']>;
};

export { IngestionProblemKind };

export { IngestionSource };

export { IngestionStatus };

/** An invoice or credit note. */
export type Invoice = {
  __typename?: 'Invoice';
  /** The account billed, as it is now. */
  account: Account;
  /**
   * What is still owed: the total less live payments applied to it and its finalized credit
   * notes. Null for drafts, voided invoices and credit notes, which nobody pays.
   */
  amountDue: Maybe<Scalars['Decimal']['output']>;
  /** The bill run that made it. */
  billRun: Maybe<BillRun>;
  /**
   * Who it is addressed to, as it prints: fixed when it was finalized, whatever the account is
   * called now; a draft shows the account's current details.
   */
  billTo: InvoiceBillTo;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Credit notes issued against this invoice. */
  creditNotes: Array<Invoice>;
  /** For a credit note: the invoice it credits. */
  creditedInvoice: Maybe<Invoice>;
  /** Currency of every amount. */
  currency: Scalars['Currency']['output'];
  /** When payment is due. */
  dueDate: Maybe<Scalars['Date']['output']>;
  /** Every time it was emailed or queued to be, oldest first. */
  emails: Array<InvoiceEmail>;
  /** When it was finalized. */
  finalizedAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When it was issued (finalized). */
  issueDate: Maybe<Scalars['Date']['output']>;
  /** Invoice or credit note. */
  kind: InvoiceKind;
  /** The lines, in order. */
  lines: Array<InvoiceLine>;
  /** Notes (e.g. why it was voided). */
  note: Maybe<Scalars['String']['output']>;
  /** Its number in a gapless series; null while a draft. */
  number: Maybe<Scalars['String']['output']>;
  /** Payments applied to it, oldest first. */
  payments: Array<PaymentAllocation>;
  /** Where its PDF can be downloaded (signed-in or with an API key). */
  pdfUrl: Scalars['String']['output'];
  /** First day after the period. */
  periodEnd: Scalars['Date']['output'];
  /** First day of the period billed. */
  periodStart: Scalars['Date']['output'];
  /** Draft, finalized or void. */
  status: InvoiceStatus;
  /** Sum of the charge lines. */
  subtotal: Scalars['Decimal']['output'];
  /** Sum of the tax lines. */
  taxTotal: Scalars['Decimal']['output'];
  /** Subtotal plus tax. */
  total: Scalars['Decimal']['output'];
  /** When it was voided. */
  voidedAt: Maybe<Scalars['DateTime']['output']>;
};

/** The "Bill to" block of an invoice: the account's details as the invoice prints them. */
export type InvoiceBillTo = {
  __typename?: 'InvoiceBillTo';
  /** The billing email printed on it, if any. */
  billingEmail: Maybe<Scalars['String']['output']>;
  /** The person it is addressed to, if any. */
  contactName: Maybe<Scalars['String']['output']>;
  /** The account's number. */
  externalId: Scalars['String']['output'];
  /** The account's name. */
  name: Scalars['String']['output'];
};

/** A page of invoices, newest first. */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  /** Invoices of this page. */
  edges: Array<InvoiceEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

export { InvoiceDelivery };

/** One open invoice's place in dunning. */
export type InvoiceDunning = {
  __typename?: 'InvoiceDunning';
  /** Still owed on it. */
  amountDue: Scalars['Decimal']['output'];
  /** Its currency. */
  currency: Scalars['Currency']['output'];
  /** Its due date. */
  dueDate: Scalars['Date']['output'];
  /** The invoice. */
  invoiceId: Scalars['ID']['output'];
  /** Its number. */
  invoiceNumber: Scalars['String']['output'];
  /** That step's action. */
  lastAction: Maybe<DunningAction>;
  /** The last step taken (skipped steps not counted); null before the first. */
  lastStepName: Maybe<Scalars['String']['output']>;
  /** The (local) day it was taken. */
  lastStepOn: Maybe<Scalars['Date']['output']>;
  /** That step's action. */
  nextAction: Maybe<DunningAction>;
  /** The step dunning takes next under the account's policy (after a pause, the latest reached by its end day); null when none is left. */
  nextStepName: Maybe<Scalars['String']['output']>;
  /** The day it is taken (in the account's daytime, 09:00-17:00, unless the invoice is settled first); a pause holds it to the pause's end day. */
  nextStepOn: Maybe<Scalars['Date']['output']>;
};

/** One invoice in a page. */
export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The invoice. */
  node: Invoice;
};

/** One emailing of an invoice or credit note. */
export type InvoiceEmail = {
  __typename?: 'InvoiceEmail';
  /** Sending attempts so far. */
  attempts: Scalars['Int']['output'];
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** Why the last attempt failed. */
  error: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /**
   * The Message-ID header, the same on every attempt and resend of this email
   * (<invoice-{invoiceId}.{emailId}@{domain of MAIL_FROM}>); null until first attempted.
   */
  messageId: Maybe<Scalars['String']['output']>;
  /** The address it went to. */
  recipient: Scalars['String']['output'];
  /** Who asked for it (finalizing, or a re-send). */
  requestedBy: Scalars['String']['output'];
  /** When it was sent. */
  sentAt: Maybe<Scalars['DateTime']['output']>;
  /** Queued, sending, sent, bounced, failed, or outcome unknown. */
  status: EmailStatus;
  /** The email's subject, once composed. */
  subject: Maybe<Scalars['String']['output']>;
  /** Mail server or outbox, once sent. */
  transport: Maybe<EmailTransport>;
};

/** Which invoices to list. */
export type InvoiceFilter = {
  /** One account's. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** One bill run's. */
  billRunId?: InputMaybe<Scalars['ID']['input']>;
  /** Invoices or credit notes. */
  kind?: InputMaybe<InvoiceKind>;
  /**
   * Billing periods that start in this month, written YYYY-MM (e.g. 2026-03), whatever the day:
   * calendar-month periods start on the 1st, anniversary cycles on any day.
   */
  periodMonth?: InputMaybe<Scalars['String']['input']>;
  /** Billing periods that start on this day. */
  periodStart?: InputMaybe<Scalars['Date']['input']>;
  /** Matches the number, or the account's number or name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** In this status. */
  status?: InputMaybe<InvoiceStatus>;
};

export { InvoiceKind };

/** One line of an invoice. */
export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  /** The amount, rounded to the currency. */
  amount: Scalars['Decimal']['output'];
  /** What the customer reads. */
  description: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The line's identity (subscription, charge, destination, product, or tax code/category). */
  key: Scalars['String']['output'];
  /** What kind of charge. */
  lineType: InvoiceLineType;
  /** The product billed, if any. */
  productCode: Maybe<Scalars['String']['output']>;
  /** Seats, minutes, messages, MB, or the tax base. */
  quantity: Scalars['Decimal']['output'];
  /** The day after the last day the line is for (exclusive, like every period end). */
  serviceEnd: Maybe<Scalars['Date']['output']>;
  /**
   * First day the line is for: a recurring charge's or credit's first day, the usage period's
   * start, a one-time charge's date. Null on tax lines and lines billed before it was kept.
   */
  serviceStart: Maybe<Scalars['Date']['output']>;
  /** Tax category the line belongs to (or taxes, for a tax line). */
  taxCategory: Scalars['String']['output'];
  /**
   * Price per unit, unrounded (e.g. 40.00 or 0.0125): the amount is quantity × unit price rounded
   * to the currency. Null where no one price explains the amount: tax and discount lines,
   * prorated charges, tiered, package or flat prices, calls rated one by one, credit notes, and
   * lines billed before unit prices were kept.
   */
  unitPrice: Maybe<Scalars['Decimal']['output']>;
};

export { InvoiceLineType };

/** Result of an invoice action. */
export type InvoicePayload = {
  __typename?: 'InvoicePayload';
  /** The invoice (or credit note) after the action; null when nothing changed. */
  invoice: Maybe<Invoice>;
  /** Problems to fix; nothing changed when there are any. */
  userErrors: Array<UserError>;
};

export { InvoiceStatus };

export { IssueDateRule };

export { Kpi };

/** A point of a KPI's trend. */
export type KpiPoint = {
  __typename?: 'KpiPoint';
  /** e.g. the parallel run's date or a month. */
  label: Scalars['String']['output'];
  value: Maybe<Scalars['Decimal']['output']>;
};

/** A KPI computed from the data, against the charter's target. */
export type KpiValue = {
  __typename?: 'KpiValue';
  /**
   * The currency of a money KPI's value, target and trend (revenue leakage): the latest parallel run's.
   * Null for KPIs that are not money (ratios, counts), and when there is no single currency to give.
   */
  currency: Maybe<Scalars['Currency']['output']>;
  kpi: Kpi;
  meetsTarget: Maybe<Scalars['Boolean']['output']>;
  target: Maybe<Scalars['Decimal']['output']>;
  /** Oldest first. */
  trend: Array<KpiPoint>;
  /** Null when there is nothing to measure yet, or, for an amount, when the latest parallel run mixes currencies. */
  value: Maybe<Scalars['Decimal']['output']>;
};

/** A subscription outside its account's lifetime, or ending before it starts. */
export type LifetimeProblem = {
  __typename?: 'LifetimeProblem';
  /** Its account's legacy id. */
  accountRef: Scalars['String']['output'];
  /** The subscription's legacy id. */
  legacyId: Scalars['String']['output'];
  /** What is wrong with its dates. */
  problem: Scalars['String']['output'];
};

/** The largest difference on one line type that still counts as a match. */
export type LineTolerance = {
  __typename?: 'LineTolerance';
  /** Amount in currency units. */
  amount: Scalars['Decimal']['output'];
  /** recurring, discount, usage, one_time or tax. */
  lineType: Scalars['String']['output'];
};

/** A tolerance to compare with. */
export type LineToleranceInput = {
  /** Largest difference still counted as a match, 0 or more. */
  amount: Scalars['Decimal']['input'];
  /** recurring, discount, usage, one_time or tax. */
  lineType: Scalars['String']['input'];
};

/** Input of logDecision. */
export type LogDecisionInput = {
  /** The detail. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** What it records. */
  category: DecisionCategory;
  /** The day it was decided (or set up, or tested); not in the future. */
  decidedOn: Scalars['Date']['input'];
  /** The program. */
  programId: Scalars['ID']['input'];
  /** In a line. */
  title: Scalars['String']['input'];
};

/** How this server sends email, from its settings (SMTP_URL, MAIL_FROM, MAIL_REPLY_TO). */
export type MailSettings = {
  __typename?: 'MailSettings';
  /**
   * The sender of invoice, campaign and portal sign-in emails (MAIL_FROM), an address or
   * "Name <address>".
   */
  from: Scalars['String']['output'];
  /**
   * Whether the sender is a placeholder customers must not get mail from: the default
   * billing@localhost, a domain reserved for examples and tests (example.com, example.org,
   * example.net, *.example, *.test, *.invalid, *.localhost) or one without a dot.
   */
  isPlaceholderSender: Scalars['Boolean']['output'];
  /** Whether a mail server is configured (SMTP_URL); without one, email is kept in the outbox. */
  isSmtpConfigured: Scalars['Boolean']['output'];
  /** Where customers' replies go (MAIL_REPLY_TO); null: to the sender. */
  replyTo: Maybe<Scalars['String']['output']>;
};

/** A message template with {{variables}}, versioned. */
export type MessageTemplate = {
  __typename?: 'MessageTemplate';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  latest: TemplateVersion;
  name: Scalars['String']['output'];
  /** Newest first. */
  versions: Array<TemplateVersion>;
};

export type MessageTemplatePayload = {
  __typename?: 'MessageTemplatePayload';
  template: Maybe<MessageTemplate>;
  userErrors: Array<UserError>;
};

/** An account's SMS, data or custom usage of one product over a period. */
export type MeteredUsageLine = {
  __typename?: 'MeteredUsageLine';
  /** Priced by the product's price on the total (a percentage price: transaction by transaction), rounded; null without a price in the account's currency. */
  amount: Maybe<Scalars['Decimal']['output']>;
  /** How the amount was reached. */
  breakdown: Array<BreakdownLine>;
  /** The usage product. */
  product: Product;
  /** The period's quantity, by the product's aggregation (sum, peak, last, distinct count or 95th percentile) of its records, each rounded first when the product says so. */
  quantity: Scalars['Decimal']['output'];
  /** Records counted. */
  records: Scalars['Int']['output'];
};

/**
 * A legacy billing export brought into Switchboard (FORMAT.md): its catalog, accounts,
 * subscriptions, charges, usage and opening balances, and its invoices as the baseline.
 */
export type MigrationImport = {
  __typename?: 'MigrationImport';
  /** When it started. */
  createdAt: Scalars['DateTime']['output'];
  /** Who imported it. */
  createdBy: Scalars['String']['output'];
  /** Every file's counts. */
  files: Array<ImportFileReport>;
  /** When it finished. */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Its parallel runs, latest first. */
  parallelRuns: Array<ParallelRun>;
  /** Day after the period's last day. */
  periodEnd: Scalars['Date']['output'];
  /** First day of the legacy billing period. */
  periodStart: Scalars['Date']['output'];
  /** Rows not imported, by file and line (usage rows are on the usage ingestion). */
  problems: Array<ImportProblem>;
  /** Where it came from (a folder, or an uploaded file's name). */
  sourceName: Scalars['String']['output'];
  /** The legacy system, as the manifest names it. */
  sourceSystem: Maybe<Scalars['String']['output']>;
  /** Where it stands. */
  status: MigrationImportStatus;
  /** Usage records imported but not rated (no rate matched); they wait in the unbillable queue. */
  unrated: Scalars['Int']['output'];
  /** The ingestion that carried usage.csv, with its own problems. */
  usageIngestion: Maybe<Ingestion>;
  /** The validation report. */
  validation: Maybe<ValidationReport>;
  /** Its cutover waves, pilot first. */
  waves: Array<CutoverWave>;
};


/**
 * A legacy billing export brought into Switchboard (FORMAT.md): its catalog, accounts,
 * subscriptions, charges, usage and opening balances, and its invoices as the baseline.
 */
export type MigrationImportProblemsArgs = {
  file?: InputMaybe<Scalars['String']['input']>;
};

export { MigrationImportStatus };

/** A milestone of the roadmap. */
export type Milestone = {
  __typename?: 'Milestone';
  check: Maybe<EvidenceCheck>;
  /** What the check saw, e.g. "accuracy 0.9650 (needs 0.9900); 2 variances unexplained". */
  checkDetail: Maybe<Scalars['String']['output']>;
  checkState: CheckState;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  dependsOn: Array<Milestone>;
  description: Scalars['String']['output'];
  dueOn: Scalars['Date']['output'];
  /** The override when set, else the suggestion. */
  health: Health;
  healthOverride: Maybe<Health>;
  healthOverrideReason: Maybe<Scalars['String']['output']>;
  /** Why the suggestion is what it is, e.g. "depends on Data-migration sign-off, which is late". */
  healthReasons: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Dependencies past their due date and not done: they flag this milestone. */
  lateDependencies: Array<Milestone>;
  owner: Maybe<User>;
  phase: ProgramPhase;
  signOffs: Array<SignOffRequest>;
  /** Set on the milestones every program starts with, e.g. final_go_no_go. */
  standardKey: Maybe<Scalars['String']['output']>;
  status: MilestoneStatus;
  /** What the evidence and dates suggest. */
  suggestedHealth: Health;
  title: Scalars['String']['output'];
};

export type MilestoneInput = {
  check?: InputMaybe<EvidenceCheckInput>;
  /** Remove the evidence check. */
  clearCheck?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replaces the dependencies. */
  dependsOnIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** Null clears the override; a reason is required with one. */
  healthOverride?: InputMaybe<Health>;
  healthOverrideReason?: InputMaybe<Scalars['String']['input']>;
  /** Absent to create one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phase?: InputMaybe<ProgramPhase>;
  programId: Scalars['ID']['input'];
  status?: InputMaybe<MilestoneStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type MilestonePayload = {
  __typename?: 'MilestonePayload';
  milestone: Maybe<Milestone>;
  userErrors: Array<UserError>;
};

export { MilestoneStatus };

/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Lets a person of the account sign in to the customer portal and receive its campaign emails. */
  addAccountContact: AccountContactPayload;
  /** Adds a one-time charge. */
  addOneTimeCharge: OneTimeChargePayload;
  /** Adds a person to train. */
  addTrainee: TraineePayload;
  /** Applies an account's credit to its open invoices, oldest due first. */
  allocateCredit: AllocateCreditPayload;
  /** Approve as someone other than the author; above the audience-size threshold two approvals are needed. */
  approveCampaign: CampaignPayload;
  /** Approves a draft under review: finalizes it and queues its email, as finalizing does. */
  approveDraft: DraftDecisionPayload;
  /** Approves every draft of a run waiting for review whose only holding findings are of one check. */
  approveDraftsWithOnlyFinding: ApproveDraftsWithOnlyFindingPayload;
  /** Hands an incident to a new lead. */
  assignIncidentLead: IncidentPayload;
  /** Puts a user on a subject's RACI, or changes their part; one accountable person per subject. */
  assignRaci: AssignRaciPayload;
  cancelCampaign: CampaignPayload;
  castGoNoGoVote: GoNoGoReviewPayload;
  /** Changes quantity, price or discount from a date (prorated by actual days). */
  changeSubscription: SubscriptionPayload;
  /** Adds an account (number, name and currency required). */
  createAccount: AccountPayload;
  /** Creates a key for a partner app; returns its secret once. Admins only. */
  createApiKey: CreateApiKeyPayload;
  createAudience: AudiencePayload;
  /** Starts a bill run; a job-queue worker makes the drafts. */
  createBillRun: BillRunPayload;
  /** Adds a billing schedule. It runs from its next due moment. */
  createBillingSchedule: BillingSchedulePayload;
  createCampaign: CampaignPayload;
  /** Groups imported accounts into a wave. */
  createCutoverWave: CutoverWavePayload;
  /** A new dunning policy with its steps. */
  createDunningPolicy: DunningPolicyPayload;
  createGoNoGoReview: GoNoGoReviewPayload;
  createMessageTemplate: MessageTemplatePayload;
  /** Adds a product, optionally with its first price. */
  createProduct: CreateProductPayload;
  /** Starts a program with its phases, the standard milestones and the standard checklist. */
  createProgram: ProgramPayload;
  /** Adds a rate plan. */
  createRatePlan: CreateRatePlanPayload;
  /** Adds a risk to a program's register. */
  createRisk: RiskPayload;
  /** Subscribes an account to a recurring product. */
  createSubscription: SubscriptionPayload;
  createSupportArticle: SupportArticlePayload;
  /** Adds a tax rate for a region and category. */
  createTaxRule: TaxRulePayload;
  /** Adds a training module. */
  createTrainingModule: TrainingModulePayload;
  /** Adds a console user. Admins only. */
  createUser: CreateUserPayload;
  /** Issues a credit note, full or partial. */
  creditInvoice: InvoicePayload;
  /** Makes Switchboard the system of record of a wave's accounts and carries their balances over. */
  cutOverWave: CutoverWavePayload;
  decideGoNoGo: GoNoGoReviewPayload;
  /** Decide as one of the request's approvers. */
  decideSignOff: SignOffPayload;
  /** Deletes an unused policy. */
  deleteDunningPolicy: DeleteDunningPolicyPayload;
  /** Discards a draft under review, with a reason. */
  discardDraft: DraftDecisionPayload;
  /** Deletes a draft. */
  discardDraftInvoice: DiscardDraftInvoicePayload;
  /** Ends a subscription on a date. */
  endSubscription: SubscriptionPayload;
  /** Finalizes every clean draft of a finished bill run (checking its drafts first where needed) and queues their emails: numbered in account order, a chunk at a time, safe to repeat after a failure. Drafts held for review are left alone. */
  finalizeCleanDrafts: FinalizeCleanDraftsPayload;
  /** Numbers and freezes a draft. */
  finalizeInvoice: InvoicePayload;
  /** Holds a draft out of automatic finalizing, with a reason. */
  holdDraft: DraftDecisionPayload;
  /** Verifies a legacy export against its manifest and imports it, all or nothing. */
  importLegacyExport: ImportLegacyExportPayload;
  /** Imports a rate deck CSV as a plan's next version, after validating all of it. */
  importRateDeck: ImportRateDeckPayload;
  /**
   * Imports a bank or ACH remittance file: all of it, or, if any line has a problem, none of
   * it. Rows recorded by an earlier import are skipped.
   */
  importRemittance: ImportRemittancePayload;
  /** Ingests up to 1,000 usage records, rated on arrival; returns the report. */
  ingestUsage: IngestUsagePayload;
  /** Appends an entry to the decision and configuration log. */
  logDecision: DecisionLogEntryPayload;
  /** Opens an incident (investigating), with a lead and an update cadence. */
  openIncident: IncidentPayload;
  /** Pauses an account's dunning until a day, with the reason. */
  pauseAccountDunning: AccountDunningPayload;
  /** Posts an update to an open incident; RESOLVED closes it. */
  postIncidentUpdate: IncidentPayload;
  /** Posts a status update for the war room. */
  postStatusUpdate: StatusUpdatePayload;
  /** For a mail provider's webhook: a message delivered or bounced after it was sent. */
  recordDeliveryEvent: RecordDeliveryEventPayload;
  /** Records a payment and applies it to invoices; the rest stays on the account as credit. */
  recordPayment: RecordPaymentPayload;
  /** Records that a trainee completed a module (again: moves the date). */
  recordTrainingCompletion: TrainingCompletionPayload;
  /** Re-runs the program's evidence checks now: items and milestones follow their checks, sign-offs whose evidence changed are invalidated, and `evidenceCheckedAt` moves to now. The checks follow the writes they read by themselves, through a background job within seconds; this forces them, without waiting for the job or where no job worker runs. */
  refreshProgramEvidence: ProgramPayload;
  /** Takes a person off the account's portal contacts. */
  removeAccountContact: RemoveAccountContactPayload;
  /** Takes a user off a subject's RACI. */
  removeRaciAssignment: RemoveRaciAssignmentPayload;
  requestSignOff: SignOffPayload;
  /** Rates stored usage again with today's accounts, rates and prices. */
  rerateUsage: RerateUsagePayload;
  /**
   * A person's decision to send again an email whose outcome is unknown (check the mail
   * server's log first): queued again with the same Message-ID, so a receiving system that has
   * the first copy can drop the second. Audited.
   */
  resendInvoiceEmail: ResendInvoiceEmailPayload;
  /** Ends an account's dunning pause now. */
  resumeAccountDunning: AccountDunningPayload;
  /** Confirms, changes, accepts or marks as defects the causes of variances. */
  reviewVariances: ReviewVariancesPayload;
  /** Saves the edit as the template's next version. */
  reviseMessageTemplate: MessageTemplatePayload;
  /** Revokes a key; requests with it are refused from then on. Admins only. */
  revokeApiKey: RevokeApiKeyPayload;
  /** Ends a user's console sessions before they expire. Admins only. */
  revokeUserSessions: RevokeUserSessionsPayload;
  /** Hands a wave back to the legacy system. */
  rollBackWave: RollBackWavePayload;
  saveChecklistItem: ChecklistItemPayload;
  saveMilestone: MilestonePayload;
  saveStatusReport: StatusReportPayload;
  /**
   * Sends an approved, test-sent campaign. Refused while a recipient lacks a value the template
   * uses, unless `excludeAccountsMissingValues` leaves them out.
   */
  sendCampaign: CampaignPayload;
  /** Queues an email of a finalized invoice or credit note with its PDF. */
  sendInvoice: SendInvoicePayload;
  /** Assigns an account a dunning policy, or returns it to the default. */
  setAccountDunningPolicy: AccountDunningPayload;
  /** Sets a component's state by hand with a note, or clears it (state null). */
  setComponentState: ComponentPayload;
  /** Sets the minutes a recurring product includes per unit. */
  setProductAllowances: SetProductAllowancesPayload;
  /** Gives a product a new price from a date on; earlier periods keep theirs. */
  setProductPrice: SetProductPricePayload;
  /** Sets or removes a user's password. Admins only. */
  setUserPassword: SetUserPasswordPayload;
  /** Re-bills an import's period and reconciles it with the legacy invoices. */
  startParallelRun: ParallelRunPayload;
  /** Sends the message, as the first account gets it, to one address. */
  testSendCampaign: CampaignPayload;
  /** Takes back a completion recorded by mistake. */
  undoTrainingCompletion: TrainingCompletionPayload;
  /** Changes an account's fields. */
  updateAccount: AccountPayload;
  /** Changes a billing schedule. Enabled again or retimed, it runs from its next due moment; what was due meanwhile is not caught up on. */
  updateBillingSchedule: BillingSchedulePayload;
  /**
   * Sets how a catalog bills recurring charges: default timing, proration, and what happens to
   * in-advance charges when a subscription starts or is cancelled mid-period.
   */
  updateCatalogBilling: UpdateCatalogBillingPayload;
  /** Sets a catalog's rounding policy. */
  updateCatalogRounding: UpdateCatalogRoundingPayload;
  updateCharter: ProgramPayload;
  /** Changes one automatic check's setting. */
  updateDraftCheckSetting: UpdateDraftCheckSettingPayload;
  /** Renames a policy, makes it the default or replaces its steps. */
  updateDunningPolicy: DunningPolicyPayload;
  /** Changes a product's name, description, tax category or archives it. */
  updateProduct: UpdateProductPayload;
  /** Sets or clears a rate plan's own rounding of call charges (calls rated from then on). */
  updateRatePlanRounding: UpdateRatePlanRoundingPayload;
  /** Changes a risk. */
  updateRisk: RiskPayload;
  /** Renames, changes the role of, or deactivates a user. Admins only. */
  updateUser: UpdateUserPayload;
  /** Voids a finalized invoice, optionally queuing its reissue. */
  voidInvoice: VoidInvoicePayload;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationAddAccountContactArgs = {
  input: AddAccountContactInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationAddOneTimeChargeArgs = {
  input: AddOneTimeChargeInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationAddTraineeArgs = {
  input: AddTraineeInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationAllocateCreditArgs = {
  input: AllocateCreditInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationApproveCampaignArgs = {
  input: CampaignInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationApproveDraftArgs = {
  input: DraftDecisionInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationApproveDraftsWithOnlyFindingArgs = {
  input: ApproveDraftsWithOnlyFindingInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationAssignIncidentLeadArgs = {
  input: AssignIncidentLeadInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationAssignRaciArgs = {
  input: AssignRaciInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCancelCampaignArgs = {
  input: CampaignInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCastGoNoGoVoteArgs = {
  input: CastGoNoGoVoteInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationChangeSubscriptionArgs = {
  input: ChangeSubscriptionInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateAccountArgs = {
  input: AccountFieldsInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateAudienceArgs = {
  input: CreateAudienceInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateBillRunArgs = {
  input: CreateBillRunInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateBillingScheduleArgs = {
  input: BillingScheduleInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateCutoverWaveArgs = {
  input: CreateCutoverWaveInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateDunningPolicyArgs = {
  input: CreateDunningPolicyInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateGoNoGoReviewArgs = {
  input: CreateGoNoGoReviewInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateMessageTemplateArgs = {
  input: CreateMessageTemplateInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateProgramArgs = {
  input: CreateProgramInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateRatePlanArgs = {
  input: CreateRatePlanInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateRiskArgs = {
  input: CreateRiskInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateSubscriptionArgs = {
  input: CreateSubscriptionInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateSupportArticleArgs = {
  input: CreateSupportArticleInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateTaxRuleArgs = {
  input: CreateTaxRuleInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateTrainingModuleArgs = {
  input: CreateTrainingModuleInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreditInvoiceArgs = {
  input: CreditInvoiceInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCutOverWaveArgs = {
  input: CutOverWaveInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationDecideGoNoGoArgs = {
  input: DecideGoNoGoInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationDecideSignOffArgs = {
  input: DecideSignOffInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationDeleteDunningPolicyArgs = {
  input: DeleteDunningPolicyInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationDiscardDraftArgs = {
  input: DraftDecisionInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationDiscardDraftInvoiceArgs = {
  input: DiscardDraftInvoiceInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationEndSubscriptionArgs = {
  input: EndSubscriptionInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationFinalizeCleanDraftsArgs = {
  billRunId: Scalars['ID']['input'];
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationFinalizeInvoiceArgs = {
  input: FinalizeInvoiceInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationHoldDraftArgs = {
  input: DraftDecisionInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationImportLegacyExportArgs = {
  input: ImportLegacyExportInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationImportRateDeckArgs = {
  input: ImportRateDeckInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationImportRemittanceArgs = {
  input: ImportRemittanceInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationIngestUsageArgs = {
  input: IngestUsageInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationLogDecisionArgs = {
  input: LogDecisionInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationOpenIncidentArgs = {
  input: OpenIncidentInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationPauseAccountDunningArgs = {
  input: PauseAccountDunningInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationPostIncidentUpdateArgs = {
  input: PostIncidentUpdateInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationPostStatusUpdateArgs = {
  input: PostStatusUpdateInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationRecordDeliveryEventArgs = {
  input: RecordDeliveryEventInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationRecordTrainingCompletionArgs = {
  input: RecordTrainingCompletionInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationRefreshProgramEvidenceArgs = {
  input: RefreshProgramEvidenceInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationRemoveAccountContactArgs = {
  input: RemoveAccountContactInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationRemoveRaciAssignmentArgs = {
  input: RemoveRaciAssignmentInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationRequestSignOffArgs = {
  input: RequestSignOffInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationRerateUsageArgs = {
  input: RerateUsageInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationResendInvoiceEmailArgs = {
  input: ResendInvoiceEmailInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationResumeAccountDunningArgs = {
  input: ResumeAccountDunningInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationReviewVariancesArgs = {
  input: ReviewVariancesInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationReviseMessageTemplateArgs = {
  input: ReviseMessageTemplateInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationRevokeUserSessionsArgs = {
  input: RevokeUserSessionsInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationRollBackWaveArgs = {
  input: RollBackWaveInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationSaveChecklistItemArgs = {
  input: ChecklistItemInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationSaveMilestoneArgs = {
  input: MilestoneInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationSaveStatusReportArgs = {
  input: SaveStatusReportInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationSendCampaignArgs = {
  input: SendCampaignInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationSendInvoiceArgs = {
  input: SendInvoiceInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationSetAccountDunningPolicyArgs = {
  input: SetAccountDunningPolicyInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationSetComponentStateArgs = {
  input: SetComponentStateInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationSetProductAllowancesArgs = {
  input: SetProductAllowancesInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationSetProductPriceArgs = {
  input: SetProductPriceInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationSetUserPasswordArgs = {
  input: SetUserPasswordInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationStartParallelRunArgs = {
  input: StartParallelRunInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationTestSendCampaignArgs = {
  input: TestSendCampaignInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationUndoTrainingCompletionArgs = {
  input: UndoTrainingCompletionInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationUpdateAccountArgs = {
  input: UpdateAccountInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationUpdateBillingScheduleArgs = {
  id: Scalars['ID']['input'];
  input: BillingScheduleInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationUpdateCatalogBillingArgs = {
  input: UpdateCatalogBillingInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationUpdateCatalogRoundingArgs = {
  input: UpdateCatalogRoundingInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationUpdateCharterArgs = {
  input: UpdateCharterInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationUpdateDraftCheckSettingArgs = {
  input: UpdateDraftCheckSettingInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationUpdateDunningPolicyArgs = {
  input: UpdateDunningPolicyInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationUpdateRatePlanRoundingArgs = {
  input: UpdateRatePlanRoundingInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationUpdateRiskArgs = {
  input: UpdateRiskInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationVoidInvoiceArgs = {
  input: VoidInvoiceInput;
};

/** A message shown to an account in the portal or the console. */
export type Notice = {
  __typename?: 'Notice';
  body: Scalars['String']['output'];
  channel: CommsChannel;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  readAt: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
};

/** A one-time product charged on the invoice of its date's period. */
export type OneTimeCharge = {
  __typename?: 'OneTimeCharge';
  /** The day it is charged. */
  chargeDate: Scalars['Date']['output'];
  /** What it was for. */
  description: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The one-time product. */
  product: Product;
  /** How many. */
  quantity: Scalars['Decimal']['output'];
  /** Replaces the catalog price when set. */
  unitPrice: Maybe<Scalars['Decimal']['output']>;
};

/** Result of addOneTimeCharge. */
export type OneTimeChargePayload = {
  __typename?: 'OneTimeChargePayload';
  /** The charge; null when nothing was saved. */
  charge: Maybe<OneTimeCharge>;
  /** Problems to fix. */
  userErrors: Array<UserError>;
};

/** Input of openIncident. */
export type OpenIncidentInput = {
  /** The key of the component it affects, e.g. bill_runs. */
  componentKey?: InputMaybe<Scalars['String']['input']>;
  /** Who leads it: a user who may post updates (not a viewer). */
  leadId?: InputMaybe<Scalars['ID']['input']>;
  /** How bad it is. */
  severity: IncidentSeverity;
  /** What is known so far; becomes the first update. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** What is wrong, in a line. */
  title: Scalars['String']['input'];
  /** Minutes between the updates owed, 1 to 1440; 30 when absent. */
  updateCadenceMinutes?: InputMaybe<Scalars['Int']['input']>;
};

/** Opening balances carried by the import, in one currency. */
export type OpeningBalanceTotal = {
  __typename?: 'OpeningBalanceTotal';
  /** Accounts with a balance. */
  accounts: Scalars['Int']['output'];
  /** The currency. */
  currency: Scalars['Currency']['output'];
  /** Their sum. */
  total: Scalars['Decimal']['output'];
};

/** The provider running this Switchboard. */
export type Organization = {
  __typename?: 'Organization';
  /** Currency used when an account does not name one. */
  defaultCurrency: Scalars['Currency']['output'];
  /** The provider's trading name. */
  name: Scalars['String']['output'];
  /** IANA time zone of billing periods and time-of-day rating. */
  timeZone: Scalars['String']['output'];
};

/** Where a page of a connection ends, for cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to fetch the next page; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A re-billing of an import's legacy period in Switchboard, compared invoice by invoice with
 * the legacy invoices. Its invoices take no number and are never sent.
 */
export type ParallelRun = {
  __typename?: 'ParallelRun';
  /** One account, for the side-by-side view. */
  account: Maybe<ReconciledAccount>;
  /** Its accounts, largest difference first. */
  accounts: Array<ReconciledAccount>;
  /** What changed since an earlier run of the same import (by default the one just before this). */
  changesSince: Array<RunChange>;
  /** When it started. */
  createdAt: Scalars['DateTime']['output'];
  /** Who started it. */
  createdBy: Scalars['String']['output'];
  /** Why it failed. */
  error: Maybe<Scalars['String']['output']>;
  /** When it finished. */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The import whose period it re-bills. */
  import: MigrationImport;
  /** Day after the period's last day. */
  periodEnd: Scalars['Date']['output'];
  /** First day of the period. */
  periodStart: Scalars['Date']['output'];
  /** The run of the same import just before this one. */
  previousRun: Maybe<ParallelRun>;
  /** Where it stands. */
  status: ParallelRunStatus;
  /** What it found, once completed. */
  summary: Maybe<ParallelRunSummary>;
  /** Tolerances it compared with; none means exact to the cent. */
  tolerances: Array<LineTolerance>;
};


/**
 * A re-billing of an import's legacy period in Switchboard, compared invoice by invoice with
 * the legacy invoices. Its invoices take no number and are never sent.
 */
export type ParallelRunAccountArgs = {
  legacyAccountId: Scalars['String']['input'];
};


/**
 * A re-billing of an import's legacy period in Switchboard, compared invoice by invoice with
 * the legacy invoices. Its invoices take no number and are never sent.
 */
export type ParallelRunAccountsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ReconciliationStatus>;
};


/**
 * A re-billing of an import's legacy period in Switchboard, compared invoice by invoice with
 * the legacy invoices. Its invoices take no number and are never sent.
 */
export type ParallelRunChangesSinceArgs = {
  runId?: InputMaybe<Scalars['ID']['input']>;
};

/** A parallel run's money figures over its accounts of one currency; every amount is in `currency`. */
export type ParallelRunCurrencyFigures = {
  __typename?: 'ParallelRunCurrencyFigures';
  /** newArpu / legacyArpu (4 decimals). */
  arpuPreservation: Maybe<Scalars['Decimal']['output']>;
  /** The currency of every amount here. */
  currency: Scalars['Currency']['output'];
  /** What the legacy system did not bill in this currency: the sum of positive differences. */
  leakage: Scalars['Decimal']['output'];
  /** Mean legacy subtotal per invoiced account of this currency; null when the legacy system invoiced none. */
  legacyArpu: Maybe<Scalars['Decimal']['output']>;
  /** Mean Switchboard subtotal per invoiced account of this currency; null when Switchboard invoiced none. */
  newArpu: Maybe<Scalars['Decimal']['output']>;
  /** Switchboard's totals minus the legacy totals, over the accounts of this currency. */
  totalDifference: Scalars['Decimal']['output'];
};

/** Result of startParallelRun. */
export type ParallelRunPayload = {
  __typename?: 'ParallelRunPayload';
  /** The finished run; null when nothing was started. */
  parallelRun: Maybe<ParallelRun>;
  /** Problems to fix. */
  userErrors: Array<UserError>;
};

export { ParallelRunStatus };

/**
 * What a parallel run found, over all compared accounts. Counts and ratios cover every account;
 * amounts are never added across currencies: when the accounts mix currencies, `currency` and the
 * top-level amounts are null and `byCurrency` gives the figures of each currency.
 */
export type ParallelRunSummary = {
  __typename?: 'ParallelRunSummary';
  /** newArpu / legacyArpu (4 decimals); null when the accounts mix currencies. */
  arpuPreservation: Maybe<Scalars['Decimal']['output']>;
  /**
   * The money figures of each currency of the run's accounts, by currency code: one entry for a
   * single-currency run (the same figures as above), one per currency for a mixed run.
   */
  byCurrency: Array<ParallelRunCurrencyFigures>;
  /**
   * The currency of the amounts below: the one currency of the run's reconciled accounts (each
   * account's Switchboard currency, or its legacy invoice's when Switchboard has no such account).
   * Null when the accounts have several currencies (see byCurrency), or when the run reconciled none.
   */
  currency: Maybe<Scalars['Currency']['output']>;
  /** matching / compared (4 decimals); null when nothing was compared, which never passes. */
  invoiceAccuracy: Maybe<Scalars['Decimal']['output']>;
  /** Accounts invoiced on both sides. */
  invoicesCompared: Scalars['Int']['output'];
  /**
   * What the legacy system did not bill, in `currency`: the sum of positive differences; null when the
   * accounts mix currencies.
   */
  leakage: Maybe<Scalars['Decimal']['output']>;
  /** Mean legacy subtotal per invoiced account, in `currency`; null when the accounts mix currencies. */
  legacyArpu: Maybe<Scalars['Decimal']['output']>;
  /** Invoices the legacy system issued. */
  legacyInvoices: Scalars['Int']['output'];
  /** Of those, how many match. */
  matching: Scalars['Int']['output'];
  /** Accounts only Switchboard bills. */
  missingInLegacy: Scalars['Int']['output'];
  /** Accounts only the legacy system billed. */
  missingInNew: Scalars['Int']['output'];
  /** Mean Switchboard subtotal per invoiced account, in `currency`; null when the accounts mix currencies. */
  newArpu: Maybe<Scalars['Decimal']['output']>;
  /** Invoices Switchboard makes. */
  newInvoices: Scalars['Int']['output'];
  /** Switchboard's totals minus the legacy totals, in `currency`; null when the accounts mix currencies. */
  totalDifference: Maybe<Scalars['Decimal']['output']>;
  /** Accounts whose invoices differ. */
  variances: Scalars['Int']['output'];
};

export type PauseAccountDunningInput = {
  /** The account. */
  accountId: Scalars['ID']['input'];
  /** Why (a promise to pay, a dispute). */
  reason: Scalars['String']['input'];
  /** The day the pause ends (after today): on it the latest step reached is taken, earlier ones skipped. */
  until: Scalars['Date']['input'];
};

/**
 * Money received from a customer, in the account's currency. What its allocations leave over
 * is credit on the account.
 */
export type Payment = {
  __typename?: 'Payment';
  /** The account that paid. */
  account: Account;
  /** What it paid, invoice by invoice. */
  allocations: Array<PaymentAllocation>;
  /** Amount received. */
  amount: Scalars['Decimal']['output'];
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Who recorded it (a user's email, an API key or the system). */
  createdBy: Scalars['String']['output'];
  /** Currency of the amount: the account's. */
  currency: Scalars['Currency']['output'];
  /** An importer's own id for the payment; a payment is recorded once per external id. */
  externalId: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** How it was paid. */
  method: PaymentMethod;
  /** Free-text note. */
  note: Maybe<Scalars['String']['output']>;
  /** Day the money was received. */
  receivedDate: Scalars['Date']['output'];
  /** What the payer quoted: a check number, a remittance reference. */
  reference: Maybe<Scalars['String']['output']>;
  /** What it has not paid to invoices: credit the account holds. */
  unallocatedAmount: Scalars['Decimal']['output'];
  /** When it was voided; a voided payment counts for nothing. Null while it stands. */
  voidedAt: Maybe<Scalars['DateTime']['output']>;
};

/** Part of a payment applied to an invoice. */
export type PaymentAllocation = {
  __typename?: 'PaymentAllocation';
  /** Amount applied, in the payment's currency. */
  amount: Scalars['Decimal']['output'];
  /** The invoice paid. */
  invoiceId: Scalars['ID']['output'];
  /** The invoice's number. */
  invoiceNumber: Scalars['String']['output'];
  /** The payment itself: when and how it was received. */
  payment: Payment;
  /** The payment. */
  paymentId: Scalars['ID']['output'];
};

/** An invoice and how much of the payment to apply to it. */
export type PaymentAllocationInput = {
  /** Amount to apply: no more than the invoice still owes. */
  amount: Scalars['Decimal']['input'];
  /** A finalized invoice of the paying account. */
  invoiceId: Scalars['ID']['input'];
};

/** A page of payments, newest recorded first. */
export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  /** Payments of this page with their cursors. */
  edges: Array<PaymentEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One payment in a page. */
export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The payment. */
  node: Payment;
};

export { PaymentMethod };

/** Someone who can own work: a console user's name and email. */
export type Person = {
  __typename?: 'Person';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A phase on the roadmap's timeline. */
export type PhaseSpan = {
  __typename?: 'PhaseSpan';
  endsOn: Scalars['Date']['output'];
  phase: ProgramPhase;
  startsOn: Scalars['Date']['output'];
};

/**
 * A customer portal sign-in email kept in the outbox because no mail server is configured
 * (SMTP_URL unset).
 */
export type PortalSignInEmail = {
  __typename?: 'PortalSignInEmail';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  recipient: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  /** The message, with the link that signs the contact in. */
  text: Scalars['String']['output'];
};

/** Input of postIncidentUpdate. */
export type PostIncidentUpdateInput = {
  /** What changed. */
  body: Scalars['String']['input'];
  /** The incident; an open one. */
  incidentId: Scalars['ID']['input'];
  /** Where it stands now; RESOLVED closes it. */
  status: IncidentStatus;
};

/** Input of postStatusUpdate. */
export type PostStatusUpdateInput = {
  /** The update. */
  body: Scalars['String']['input'];
};

/** A product's price in one currency over a span of dates. */
export type Price = {
  __typename?: 'Price';
  /** FLAT: the fixed amount. */
  amount: Maybe<Scalars['Decimal']['output']>;
  /** Recurring products: when the price is billed; null follows the catalog's default. */
  billingTiming: Maybe<BillingTiming>;
  /** Currency of every amount in the price. */
  currency: Scalars['Currency']['output'];
  /** First day the price applies. */
  effectiveFrom: Scalars['Date']['output'];
  /** Day the next price took over (exclusive); null while in force. */
  effectiveTo: Maybe<Scalars['Date']['output']>;
  /** PERCENTAGE: the period's first amount of transactions that is free. */
  freeAmount: Maybe<Scalars['Decimal']['output']>;
  /** PERCENTAGE: the period's first transactions that are free. */
  freeTransactions: Maybe<Scalars['Int']['output']>;
  /** PACKAGE: units free in each period before packages are counted; null for none. */
  freeUnits: Maybe<Scalars['Decimal']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** This price's own decimals of its invoice lines; null uses the catalog's, then the currency's minor unit. */
  lineDecimals: Maybe<Scalars['Int']['output']>;
  /** This price's own rounding mode of its invoice lines; null uses the catalog's. */
  lineRoundingMode: Maybe<RoundingMode>;
  /** The least the product costs in a period, if set. */
  minimumCharge: Maybe<Scalars['Decimal']['output']>;
  /** How the quantity becomes an amount. */
  model: PriceModel;
  /** PACKAGE: the price of a package. */
  packagePrice: Maybe<Scalars['Decimal']['output']>;
  /** PACKAGE: units in a package. */
  packageSize: Maybe<Scalars['Decimal']['output']>;
  /** PERCENTAGE: percent of each charged transaction's amount. */
  ratePercent: Maybe<Scalars['Decimal']['output']>;
  /** GRADUATED, VOLUME and GRADUATED_PERCENTAGE: the tiers, in order. */
  tiers: Array<PriceTier>;
  /** PERCENTAGE: fixed fee per charged transaction. */
  transactionFee: Maybe<Scalars['Decimal']['output']>;
  /** PERCENTAGE: the most one charged transaction costs, rate and fee together. */
  transactionMaximum: Maybe<Scalars['Decimal']['output']>;
  /** PERCENTAGE: the least one charged transaction costs, rate and fee together. */
  transactionMinimum: Maybe<Scalars['Decimal']['output']>;
  /** PER_UNIT: the price of one unit. */
  unitPrice: Maybe<Scalars['Decimal']['output']>;
};

/** A price definition; give the fields its model uses. */
export type PriceInput = {
  /** FLAT. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Recurring products: billed in advance or in arrears; the catalog's default when not given. */
  billingTiming?: InputMaybe<BillingTiming>;
  /** Currency of every amount. */
  currency: Scalars['Currency']['input'];
  /** PERCENTAGE: optional free amount of transactions at the start of each period (not with freeTransactions). */
  freeAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** PERCENTAGE: optional number of free transactions at the start of each period. */
  freeTransactions?: InputMaybe<Scalars['Int']['input']>;
  /** PACKAGE: the first units of a period that are free (optional); packages count from the unit after them. */
  freeUnits?: InputMaybe<Scalars['Decimal']['input']>;
  /** Optional least amount per period. */
  minimumCharge?: InputMaybe<Scalars['Decimal']['input']>;
  /** How the quantity becomes an amount. */
  model: PriceModel;
  /** PACKAGE. */
  packagePrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** PACKAGE. */
  packageSize?: InputMaybe<Scalars['Decimal']['input']>;
  /** PERCENTAGE: percent of each transaction's amount, e.g. 2.9. */
  ratePercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** GRADUATED, VOLUME and GRADUATED_PERCENTAGE. */
  tiers?: InputMaybe<Array<PriceTierInput>>;
  /** PERCENTAGE: optional fixed fee per charged transaction. */
  transactionFee?: InputMaybe<Scalars['Decimal']['input']>;
  /** PERCENTAGE: optional most amount per charged transaction. */
  transactionMaximum?: InputMaybe<Scalars['Decimal']['input']>;
  /** PERCENTAGE: optional least amount per charged transaction. */
  transactionMinimum?: InputMaybe<Scalars['Decimal']['input']>;
  /** PER_UNIT. */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

export { PriceModel };

/** What a quantity costs. */
export type PricePreview = {
  __typename?: 'PricePreview';
  /** Exact amount, unrounded. */
  amount: Scalars['Decimal']['output'];
  /** How the amount was reached. */
  breakdown: Array<BreakdownLine>;
  /** Currency of the amounts. */
  currency: Scalars['Currency']['output'];
  /** The quantity priced. */
  quantity: Scalars['Decimal']['output'];
  /** As an invoice line would show it, rounded by the catalog's policy. */
  roundedAmount: Scalars['Decimal']['output'];
};

/** Price a quantity: give a product and currency, or a price definition. */
export type PricePreviewInput = {
  /** With productId: which of its prices. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** With productId: the price in force on this date (default today). */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** A price being edited, instead of a product's. */
  price?: InputMaybe<PriceInput>;
  /** A product whose price to use. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Units to price. */
  quantity: Scalars['Decimal']['input'];
};

/** Result of pricePreview. */
export type PricePreviewPayload = {
  __typename?: 'PricePreviewPayload';
  /** The preview; null when userErrors is not empty. */
  preview: Maybe<PricePreview>;
  /** Problems with the input. */
  userErrors: Array<UserError>;
};

/**
 * One tier of a graduated, volume or graduated percentage price. A tier covers the quantities
 * above the previous tier's upTo (0 for the first) up to its own upTo, inclusive: graduated
 * prices the units in that range at the tier's price; volume prices every unit at the first tier
 * whose upTo is at least the total.
 */
export type PriceTier = {
  __typename?: 'PriceTier';
  /** Charged once when any quantity reaches the tier. */
  flatFee: Maybe<Scalars['Decimal']['output']>;
  /** Price of each unit in the tier, unrounded (GRADUATED_PERCENTAGE: the rate in percent). */
  unitPrice: Scalars['Decimal']['output'];
  /** Highest quantity of the tier (inclusive); null for the last, open tier. */
  upTo: Maybe<Scalars['Decimal']['output']>;
};

/** A tier of a price being set; tiers go in order of their upTo. */
export type PriceTierInput = {
  /** Charged once when any quantity reaches the tier. */
  flatFee?: InputMaybe<Scalars['Decimal']['input']>;
  /** Price of each unit in the tier (GRADUATED_PERCENTAGE: the rate in percent). */
  unitPrice: Scalars['Decimal']['input'];
  /**
   * Highest quantity of the tier (inclusive), above the previous tier's; leave out for the last
   * tier, which is open.
   */
  upTo?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Something a provider sells. */
export type Product = {
  __typename?: 'Product';
  /** Metered usage (SMS, data, custom): how a period's records make the quantity priced. SUM for every other product. */
  aggregation: UsageAggregation;
  /** Minutes included per unit (recurring products). */
  allowances: Array<Allowance>;
  /** The catalog it belongs to. */
  catalog: Catalog;
  /** Short code, unique in its catalog (e.g. HPBX-SEAT). */
  code: Scalars['String']['output'];
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Longer description for invoices and the console. */
  description: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Archived products are kept for history but not sold. */
  isActive: Scalars['Boolean']['output'];
  /** Recurring, usage or one-time. */
  kind: ProductKind;
  /** Display name. */
  name: Scalars['String']['output'];
  /** The price in force on a date (default today) in a currency. */
  priceOn: Maybe<Price>;
  /** Every price, all currencies, latest start first per currency. */
  prices: Array<Price>;
  /** Metered usage: how each record's quantity is rounded before aggregation; null when it is not. */
  recordRounding: Maybe<RecordRounding>;
  /** Tax category, matched by tax rules (telecom, service, exempt…). */
  taxCategory: Scalars['String']['output'];
  /** Name of a custom usage unit. */
  unitName: Maybe<Scalars['String']['output']>;
  /** What a usage product counts; null otherwise. */
  usageType: Maybe<UsageType>;
};


/** Something a provider sells. */
export type ProductPriceOnArgs = {
  currency: Scalars['Currency']['input'];
  date?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of products, newest first. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** Products of this page with their cursors. */
  edges: Array<ProductEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One product in a page of products. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The product. */
  node: Product;
};

/** Narrows a list of products. */
export type ProductFilter = {
  /** Only this catalog. */
  catalogId?: InputMaybe<Scalars['ID']['input']>;
  /** Only active (true) or archived (false) products. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this kind. */
  kind?: InputMaybe<ProductKind>;
  /** Part of the code or name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export { ProductKind };

/** A migration program: plan, decisions and measures of one move off a legacy system. */
export type Program = {
  __typename?: 'Program';
  /** Open blocking items. */
  blockingItems: Array<ChecklistItem>;
  charter: Charter;
  checklist: Array<ChecklistItem>;
  createdAt: Scalars['DateTime']['output'];
  /** When the evidence checks last ran; null until they first do. Their results (check states, items and milestones that follow them, invalidated sign-offs) are as of then. The program's own writes re-run them at once; a completed parallel run or variance review, legacy import, bill run, unrated usage, or campaign change re-runs them for every program through a background job within seconds, where the server's job workers run (`SWITCHBOARD_JOB_WORKERS`). */
  evidenceCheckedAt: Maybe<Scalars['DateTime']['output']>;
  goNoGoReviews: Array<GoNoGoReview>;
  /** Overall health: the worst of the milestones', at least at risk when a blocking item is overdue or a KPI misses its target. */
  health: Health;
  /** Why, worst first; empty when on track. */
  healthReasons: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The legacy import whose parallel runs and waves are its evidence. */
  import: Maybe<MigrationImport>;
  kpis: Array<KpiValue>;
  milestones: Array<Milestone>;
  name: Scalars['String']['output'];
  /** Milestones not done, soonest due first. */
  nextMilestones: Array<Milestone>;
  phases: Array<PhaseSpan>;
  signOffRequests: Array<SignOffRequest>;
  /** A status update drafted from what changed since the last one (not saved). */
  statusReportDraft: Scalars['String']['output'];
  statusReports: Array<StatusReport>;
};


/** A migration program: plan, decisions and measures of one move off a legacy system. */
export type ProgramChecklistArgs = {
  filter?: InputMaybe<ChecklistFilter>;
};


/** A migration program: plan, decisions and measures of one move off a legacy system. */
export type ProgramNextMilestonesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A migration program: plan, decisions and measures of one move off a legacy system. */
export type ProgramSignOffRequestsArgs = {
  status?: InputMaybe<SignOffStatus>;
};

/** Someone to call, and how. */
export type ProgramContact = {
  __typename?: 'ProgramContact';
  /** Their email. */
  email: Scalars['String']['output'];
  /** Their place on the escalation path. */
  escalationLevel: Maybe<Scalars['Int']['output']>;
  /** Their name. */
  name: Scalars['String']['output'];
  /** Their phone for the war room. */
  phone: Maybe<Scalars['String']['output']>;
  /** Their part on the area. */
  responsibility: RaciResponsibility;
  /** The user. */
  user: User;
};

/** A business goal of the charter, measured by a KPI. */
export type ProgramGoal = {
  __typename?: 'ProgramGoal';
  id: Scalars['ID']['output'];
  kpi: Kpi;
  /** The target: a ratio as a fraction ("0.995"), a count, or an amount. */
  target: Scalars['Decimal']['output'];
  title: Scalars['String']['output'];
};

export type ProgramGoalInput = {
  kpi: Kpi;
  target: Scalars['Decimal']['input'];
  title: Scalars['String']['input'];
};

export type ProgramPayload = {
  __typename?: 'ProgramPayload';
  program: Maybe<Program>;
  userErrors: Array<UserError>;
};

export { ProgramPhase };

export { ProrationMethod };

/** Read operations. */
export type Query = {
  __typename?: 'Query';
  /** One account. */
  account: Maybe<Account>;
  /** What an account has been invoiced, credited and paid, its credit and its balance. */
  accountBalance: Maybe<AccountBalance>;
  /** An account's dunning state; null when there is no such account. */
  accountDunning: Maybe<AccountDunning>;
  /** An account's rated usage over [from, to), grouped as an invoice would show it (before included minutes). */
  accountUsageSummary: AccountUsageSummary;
  /** Accounts, newest first; search by account number or name. */
  accounts: AccountConnection;
  /** Receivables aging as of a day (today when omitted). */
  agingReport: AgingReport;
  /** API keys, newest first. Admins only. */
  apiKeys: ApiKeyConnection;
  audiences: Array<Audience>;
  /** Every mutation made, newest first. Admins only. */
  auditEntries: AuditEntryConnection;
  /** One bill run, with its progress. */
  billRun: Maybe<BillRun>;
  /** The latest bill runs first. */
  billRuns: Array<BillRun>;
  /** The billing schedules, oldest first. */
  billingSchedules: Array<BillingSchedule>;
  /** How a call would be rated. */
  callPreview: CallPreview;
  campaign: Maybe<Campaign>;
  campaigns: Array<Campaign>;
  /** Every catalog, the installation's default first. */
  catalogs: Array<Catalog>;
  /** The war room's components and their states. */
  components: Array<WarRoomComponent>;
  /** One wave. */
  cutoverWave: Maybe<CutoverWave>;
  /** An import's cutover waves, pilot first. */
  cutoverWaves: Array<CutoverWave>;
  /** The decision and configuration log, newest first; empty for an unknown program. */
  decisionLog: Array<DecisionLogEntry>;
  /** The destination a number is rated as (longest prefix), or null. */
  destinationLookup: Maybe<RateDeckEntry>;
  /** The automatic checks of drafts with their settings. */
  draftCheckSettings: Array<DraftCheckSetting>;
  /** A draft beside the previous invoice, line by line; null when it is not a draft. */
  draftComparison: Maybe<DraftComparison>;
  /** One draft's review; null when it was never checked. */
  draftReview: Maybe<DraftReview>;
  /** A bill run's drafts under review, newest checked first. */
  draftReviews: DraftReviewConnection;
  /** An account's dunning history, newest first. */
  dunningEvents: DunningEventConnection;
  /** The dunning policies, the default first. */
  dunningPolicies: Array<DunningPolicy>;
  /** The dunning actions a day's passes will take (tomorrow when none). */
  dunningPreview: DunningPreview;
  /** Open invoices by dunning stage on a day (today when none). */
  dunningStages: Array<DunningStage>;
  /** The dunning schedule, in order. */
  dunningSteps: Array<DunningStep>;
  /** The deck in force on a date as CSV, in the format importRateDeck reads. */
  exportRateDeck: Scalars['String']['output'];
  /** One incident. */
  incident: Maybe<Incident>;
  /** Incidents newest first, optionally of one status (first: up to 100). */
  incidents: Array<Incident>;
  /** One ingestion: poll it for progress. */
  ingestion: Maybe<Ingestion>;
  /** Ingestions with their reports, newest first. */
  ingestions: IngestionConnection;
  /** One invoice or credit note. */
  invoice: Maybe<Invoice>;
  /** Invoices and credit notes, newest first. */
  invoices: InvoiceConnection;
  /**
   * How email is sent, for the console to warn before mail goes out from a placeholder sender.
   * Console users only: never an API key.
   */
  mailSettings: MailSettings;
  messageTemplate: Maybe<MessageTemplate>;
  messageTemplates: Array<MessageTemplate>;
  /** One import. */
  migrationImport: Maybe<MigrationImport>;
  /** Legacy imports, latest first. */
  migrationImports: Array<MigrationImport>;
  /** Sign-off requests waiting for the signed-in user's decision. */
  mySignOffRequests: Array<SignOffRequest>;
  /** An account's notices, newest first. */
  notices: Array<Notice>;
  /** The Switchboard this is: the provider's name and defaults. Null before setup. */
  organization: Maybe<Organization>;
  /** Emails sent without a mail server (SMTP_URL unset), newest first. */
  outbox: Array<CampaignDelivery>;
  /** One parallel run. */
  parallelRun: Maybe<ParallelRun>;
  /** Parallel runs, latest first, of one import or all. */
  parallelRuns: Array<ParallelRun>;
  /** Payments, newest recorded first; of one account when `accountId` is given. */
  payments: PaymentConnection;
  /**
   * The active users by name, to pick owners, leads and assignees from: every role may read it,
   * and API keys with the program module. Roles and sessions stay in `users`, for admins.
   */
  people: Array<Person>;
  /** The war room's point-of-contact matrix, per checklist area; empty for an unknown program. */
  pointOfContactMatrix: Array<AreaPointOfContact>;
  /**
   * Customer portal sign-in emails kept without a mail server, newest first. Their links sign
   * the contact in, so only admin people read them (never an API key, whatever its scope), and
   * every reading is written to the audit log (operation `view:portalSignInOutbox`).
   */
  portalSignInOutbox: Array<PortalSignInEmail>;
  /** What a quantity costs under a product's price (or a price being edited). */
  pricePreview: PricePreviewPayload;
  /** One product. */
  product: Maybe<Product>;
  /** Products, newest first. */
  products: ProductConnection;
  /** A program by id; without an id, the newest. */
  program: Maybe<Program>;
  /** Every program, newest first. */
  programs: Array<Program>;
  /** The RACI matrix: every checklist area, then every milestone by due date; empty for an unknown program. */
  raciMatrix: Array<RaciSubject>;
  /** A page of a rate plan's deck in force on a date; search by prefix or destination name. */
  rateDeckEntries: RateDeckEntryConnection;
  /** One rate plan. */
  ratePlan: Maybe<RatePlan>;
  /** Rate plans, by code. */
  ratePlans: Array<RatePlan>;
  /** A program's open risks by probability and impact; null for an unknown program. */
  riskHeatMap: Maybe<RiskHeatMap>;
  /** A program's risks, highest score first; empty for an unknown program. */
  risks: Array<Risk>;
  /** Status updates, newest first (first: up to 100). */
  statusUpdates: Array<WarRoomStatusUpdate>;
  supportArticles: Array<SupportArticle>;
  /** Every tax rule. */
  taxRules: Array<TaxRule>;
  templateVariables: Array<TemplateVariable>;
  /** How far the program's training has got; null for an unknown program. */
  trainingCompletion: Maybe<TrainingCompletionSummary>;
  /** Trainees × modules with completion dates; null for an unknown program. */
  trainingGrid: Maybe<TrainingGrid>;
  /** The unbillable queue: unrated records by reason. */
  unratedUsageSummary: Array<UnratedUsageCount>;
  /** Usage records, newest first. */
  usageRecords: UsageRecordConnection;
  /** A user's 50 most recent console sessions. Admins only. */
  userSessions: Array<UserSession>;
  /** Console users, newest first. Admins only. */
  users: UserConnection;
  /** The signed-in user or API key making this request; null when anonymous. */
  viewer: Maybe<Viewer>;
  /** The live picture during cutover: waves, bill runs, ingestion, deliveries, components, incidents and the latest status update. */
  warRoom: WarRoom;
};


/** Read operations. */
export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryAccountBalanceArgs = {
  accountId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryAccountDunningArgs = {
  accountId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryAccountUsageSummaryArgs = {
  accountId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


/** Read operations. */
export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AccountStatus>;
};


/** Read operations. */
export type QueryAgingReportArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** Read operations. */
export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Read operations. */
export type QueryAuditEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. */
export type QueryBillRunArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryBillRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. */
export type QueryCallPreviewArgs = {
  input: CallPreviewInput;
};


/** Read operations. */
export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryCutoverWaveArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryCutoverWavesArgs = {
  importId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryDecisionLogArgs = {
  category?: InputMaybe<DecisionCategory>;
  programId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryDestinationLookupArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
  number: Scalars['String']['input'];
  ratePlanId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryDraftComparisonArgs = {
  invoiceId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryDraftReviewArgs = {
  invoiceId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryDraftReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  billRunId: Scalars['ID']['input'];
  findingCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  states?: InputMaybe<Array<DraftReviewState>>;
};


/** Read operations. */
export type QueryDunningEventsArgs = {
  accountId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. */
export type QueryDunningPreviewArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** Read operations. */
export type QueryDunningStagesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** Read operations. */
export type QueryExportRateDeckArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
  ratePlanId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryIncidentArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryIncidentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<IncidentStatus>;
};


/** Read operations. */
export type QueryIngestionArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryIngestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. */
export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. */
export type QueryMessageTemplateArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryMigrationImportArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryMigrationImportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. */
export type QueryNoticesArgs = {
  accountId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryOutboxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. */
export type QueryParallelRunArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryParallelRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  importId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. */
export type QueryPaymentsArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. */
export type QueryPointOfContactMatrixArgs = {
  programId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryPortalSignInOutboxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. */
export type QueryPricePreviewArgs = {
  input: PricePreviewInput;
};


/** Read operations. */
export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. */
export type QueryProgramArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. */
export type QueryRaciMatrixArgs = {
  programId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryRateDeckEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ratePlanId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. */
export type QueryRatePlanArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryRatePlansArgs = {
  catalogId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. */
export type QueryRiskHeatMapArgs = {
  programId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryRisksArgs = {
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  programId: Scalars['ID']['input'];
  reviewOverdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<RiskStatus>;
};


/** Read operations. */
export type QueryStatusUpdatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. */
export type QuerySupportArticlesArgs = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. */
export type QueryTrainingCompletionArgs = {
  programId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryTrainingGridArgs = {
  programId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryUsageRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UsageRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. */
export type QueryUserSessionsArgs = {
  userId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A user's part on a checklist area or a milestone. */
export type RaciAssignment = {
  __typename?: 'RaciAssignment';
  /** Their place on the escalation path, 1 called first; null when not on it. */
  escalationLevel: Maybe<Scalars['Int']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Where to call them during cutover. */
  phone: Maybe<Scalars['String']['output']>;
  /** Their part. */
  responsibility: RaciResponsibility;
  /** The area, or the milestone's id. */
  subjectKey: Scalars['String']['output'];
  /** What it is about. */
  subjectType: RaciSubjectType;
  /** Who. */
  user: User;
};

export { RaciResponsibility };

/** A row of the RACI matrix: a checklist area or a milestone, and who is on it. */
export type RaciSubject = {
  __typename?: 'RaciSubject';
  /** The one accountable person. */
  accountable: Maybe<RaciAssignment>;
  /** Accountable first, then responsible, consulted, informed. */
  assignments: Array<RaciAssignment>;
  /** The area's name or the milestone's title. */
  label: Scalars['String']['output'];
  /** Nobody is accountable: to fix. */
  missingAccountable: Scalars['Boolean']['output'];
  /** The area, or the milestone's id. */
  subjectKey: Scalars['String']['output'];
  /** Area or milestone. */
  subjectType: RaciSubjectType;
};

export { RaciSubjectType };

export { Rag };

/** One destination of a rate deck. */
export type RateDeckEntry = {
  __typename?: 'RateDeckEntry';
  /** Rates of time bands that differ from the standard rate. */
  bandRates: Array<BandRate>;
  /** Bands that change the connection fee, increments or steps, with what they change. */
  bandTerms: Array<BandTerms>;
  /** Charged once per call with billable seconds. */
  connectionFee: Scalars['Decimal']['output'];
  /** Destination name, one invoice line per name. */
  destination: Scalars['String']['output'];
  /** Kind of destination. */
  destinationClass: DestinationClass;
  /** Seconds billed at least (the 60 of 60/6). */
  initialIncrementSeconds: Scalars['Int']['output'];
  /** E.164 prefix; a call takes the longest prefix its number starts with. */
  prefix: Scalars['String']['output'];
  /** Standard rate, currency units per minute, unrounded. */
  ratePerMinute: Scalars['Decimal']['output'];
  /** A multi-step rate, pricing calls instead of ratePerMinute and the increments; null for a single rate. */
  rateSteps: Maybe<Array<RateStep>>;
  /** Then billed in blocks of (the 6 of 60/6). */
  subsequentIncrementSeconds: Scalars['Int']['output'];
};

/** A page of a deck, in prefix order. */
export type RateDeckEntryConnection = {
  __typename?: 'RateDeckEntryConnection';
  /** Destinations of this page with their cursors. */
  edges: Array<RateDeckEntryEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** The version the entries come from; null when none is in force on the date. */
  version: Maybe<RatePlanVersion>;
};

/** One destination in a page of a deck. */
export type RateDeckEntryEdge = {
  __typename?: 'RateDeckEntryEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The destination. */
  node: RateDeckEntry;
};

/** What an import found. */
export type RateDeckImportReport = {
  __typename?: 'RateDeckImportReport';
  /** Every problem with its line. */
  problems: Array<RateDeckProblem>;
  /** Data rows in the file. */
  rowsRead: Scalars['Int']['output'];
  /** Rows without problems. */
  rowsValid: Scalars['Int']['output'];
};

/** A problem found in a rate deck file. */
export type RateDeckProblem = {
  __typename?: 'RateDeckProblem';
  /** Column at fault. */
  column: Maybe<Scalars['String']['output']>;
  /** CSV line (header is 1); null for the file as a whole. */
  line: Maybe<Scalars['Int']['output']>;
  /** What is wrong. */
  message: Scalars['String']['output'];
};

/** A telecom rate plan: a deck of destination rates, in dated versions. */
export type RatePlan = {
  __typename?: 'RatePlan';
  /** This plan's own decimals of each call's charge; null uses the catalog's. */
  callDecimals: Maybe<Scalars['Int']['output']>;
  /** This plan's own rounding mode of each call's charge; null uses the catalog's. */
  callRoundingMode: Maybe<RoundingMode>;
  /** The catalog it belongs to. */
  catalog: Catalog;
  /** Short code, unique in its catalog (e.g. STANDARD). */
  code: Scalars['String']['output'];
  /** Currency of its rates. */
  currency: Scalars['Currency']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** IANA time zone in which time-of-day bands and version dates are read. */
  timeZone: Scalars['String']['output'];
  /** The version in force on a date (default today). */
  versionOn: Maybe<RatePlanVersion>;
  /** Versions, latest first. */
  versions: Array<RatePlanVersion>;
};


/** A telecom rate plan: a deck of destination rates, in dated versions. */
export type RatePlanVersionOnArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
};

/** A set of rates in force from a date until the next version. */
export type RatePlanVersion = {
  __typename?: 'RatePlanVersion';
  /** When it was imported. */
  createdAt: Scalars['DateTime']['output'];
  /** First day the rates apply. */
  effectiveFrom: Scalars['Date']['output'];
  /** Number of destinations. */
  entryCount: Scalars['Int']['output'];
  /** The holiday calendar: local dates that take a band all day. Date-specific bands come first, then these, then weekday bands. */
  holidays: Array<Holiday>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Why this version was made. */
  note: Maybe<Scalars['String']['output']>;
  /** Time-of-day bands whose rates differ from the standard rate. */
  timeBands: Array<TimeBand>;
  /** 1, 2, 3… in order of effective date. */
  version: Scalars['Int']['output'];
};

/** One step of a multi-step rate (as CGRateS rate intervals): the seconds of a call from fromSecond until the next step. */
export type RateStep = {
  __typename?: 'RateStep';
  /** Seconds into the call where the step starts (the first at 0). */
  fromSecond: Scalars['Int']['output'];
  /** The step's seconds are billed in blocks of this many. */
  incrementSeconds: Scalars['Int']['output'];
  /** Currency units per minute, unrounded. */
  ratePerMinute: Scalars['Decimal']['output'];
};

/** One account's comparison in a parallel run, and its review. */
export type ReconciledAccount = {
  __typename?: 'ReconciledAccount';
  /** The imported account. */
  account: Maybe<Account>;
  /** Its name. */
  accountName: Maybe<Scalars['String']['output']>;
  /** The cause as reviewed (the suggestion until a reviewer changes it). */
  cause: Maybe<VarianceCause>;
  /** The reviewer's comment. */
  comment: Maybe<Scalars['String']['output']>;
  /** New total minus legacy total. */
  difference: Scalars['Decimal']['output'];
  /** The legacy system's account id. */
  legacyAccountId: Scalars['String']['output'];
  /** Legacy subtotal; null without a legacy invoice. */
  legacySubtotal: Maybe<Scalars['Decimal']['output']>;
  /** Legacy tax. */
  legacyTaxTotal: Maybe<Scalars['Decimal']['output']>;
  /** Legacy total. */
  legacyTotal: Maybe<Scalars['Decimal']['output']>;
  /** Both sides' lines, legacy order first. */
  lines: Array<ReconciledLine>;
  /** Switchboard's subtotal; null when it bills nothing. */
  newSubtotal: Maybe<Scalars['Decimal']['output']>;
  /** Switchboard's tax. */
  newTaxTotal: Maybe<Scalars['Decimal']['output']>;
  /** Switchboard's total. */
  newTotal: Maybe<Scalars['Decimal']['output']>;
  /** Where its review stands. */
  resolution: VarianceResolution;
  /** When. */
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who reviewed it last. */
  reviewedBy: Maybe<Scalars['String']['output']>;
  /** How its invoices compare. */
  status: ReconciliationStatus;
  /** The cause read off what differs. */
  suggestedCause: Maybe<VarianceCause>;
};

/** A line of either side of an account's comparison. */
export type ReconciledLine = {
  __typename?: 'ReconciledLine';
  /** What the line says. */
  description: Maybe<Scalars['String']['output']>;
  /** New minus legacy. */
  difference: Scalars['Decimal']['output'];
  /** Outside the run's tolerance. */
  differs: Scalars['Boolean']['output'];
  /** The line's identity (FORMAT.md): subscription, charge, destination, product, or tax code/category. */
  key: Scalars['String']['output'];
  /** Legacy amount; null when the legacy invoice lacks the line. */
  legacyAmount: Maybe<Scalars['Decimal']['output']>;
  /** Legacy quantity (seats, minutes, messages, MB, or the tax base). */
  legacyQuantity: Maybe<Scalars['Decimal']['output']>;
  /** Legacy unit price (recurring lines). */
  legacyUnitPrice: Maybe<Scalars['Decimal']['output']>;
  /** recurring, discount, usage, one_time or tax. */
  lineType: Scalars['String']['output'];
  /** Switchboard's amount; null when its invoice lacks the line. */
  newAmount: Maybe<Scalars['Decimal']['output']>;
  /** Switchboard's quantity. */
  newQuantity: Maybe<Scalars['Decimal']['output']>;
  /** Switchboard's unit price (recurring lines). */
  newUnitPrice: Maybe<Scalars['Decimal']['output']>;
  /** The product billed. */
  productCode: Maybe<Scalars['String']['output']>;
};

export { ReconciliationStatus };

export type RecordDeliveryEventInput = {
  detail?: InputMaybe<Scalars['String']['input']>;
  event: DeliveryEvent;
  /** The Message-ID the message was sent with. */
  messageId: Scalars['String']['input'];
};

export type RecordDeliveryEventPayload = {
  __typename?: 'RecordDeliveryEventPayload';
  delivery: Maybe<CampaignDelivery>;
  userErrors: Array<UserError>;
};

/** A payment to record. */
export type RecordPaymentInput = {
  /** The account that paid. */
  accountId: Scalars['ID']['input'];
  /**
   * Where the money goes. Omitted: to the account's open invoices, oldest due first. Given
   * (even empty): exactly these amounts to these invoices. Either way the rest is credit.
   */
  allocations?: InputMaybe<Array<PaymentAllocationInput>>;
  /**
   * True when this is a separate payment that happens to quote a reference the account
   * already has (a lockbox or standing-order reference, say): it is recorded anyway. Leave it
   * out, or false, to have a repeated reference refused as a payment recorded twice.
   */
  allowDuplicateReference?: InputMaybe<Scalars['Boolean']['input']>;
  /** Amount received: more than zero, within the currency's minor unit. */
  amount: Scalars['Decimal']['input'];
  /** Must be the account's currency. */
  currency: Scalars['Currency']['input'];
  /** Your own id for the payment; recording the same external id again is refused. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** How it was paid. */
  method: PaymentMethod;
  /** Free-text note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Day the money was received. */
  receivedDate: Scalars['Date']['input'];
  /**
   * What the payer quoted: a check number, a remittance reference. A reference the account
   * already has on a live payment (compared trimmed, in any case) is refused with a TAKEN
   * userError naming that payment, unless allowDuplicateReference is true.
   */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** The result of recordPayment. */
export type RecordPaymentPayload = {
  __typename?: 'RecordPaymentPayload';
  /** The payment recorded; null when there are userErrors. */
  payment: Maybe<Payment>;
  /** Problems with the input; nothing was stored when there are any. */
  userErrors: Array<UserError>;
};

/** Each record's quantity rounded to a multiple of a block before the period's quantity is aggregated. */
export type RecordRounding = {
  __typename?: 'RecordRounding';
  /** Size of a block, in the product's unit (above zero). */
  block: Scalars['Decimal']['output'];
  /** Which way. */
  direction: RecordRoundingDirection;
};

export { RecordRoundingDirection };

/** Per-record rounding of a metered usage product. */
export type RecordRoundingInput = {
  /** Size of a block, in the product's unit (above zero). */
  block: Scalars['Decimal']['input'];
  /** Which way each record's quantity goes. */
  direction: RecordRoundingDirection;
};

/** Input of recordTrainingCompletion. */
export type RecordTrainingCompletionInput = {
  /** The day they completed it; not in the future. */
  completedOn: Scalars['Date']['input'];
  /** The module, of the trainee's program. */
  moduleId: Scalars['ID']['input'];
  /** The trainee. */
  traineeId: Scalars['ID']['input'];
};

/** A row rejected because it refers to something the export lacks. */
export type ReferenceProblem = {
  __typename?: 'ReferenceProblem';
  /** The file. */
  file: Scalars['String']['output'];
  /** The row's legacy id. */
  legacyId: Maybe<Scalars['String']['output']>;
  /** File line; the header is line 1. */
  line: Maybe<Scalars['Int']['output']>;
  /** What it refers to that is missing. */
  reason: Scalars['String']['output'];
};

export type RefreshProgramEvidenceInput = {
  programId: Scalars['ID']['input'];
};

/** What a remittance import found and did. */
export type RemittanceImportReport = {
  __typename?: 'RemittanceImportReport';
  /**
   * Rows skipped as already recorded: by an earlier import of the same row, or as a payment
   * the account already had with the row's reference (compared trimmed, in any case).
   */
  alreadyRecorded: Scalars['Int']['output'];
  /** Every problem found, by line; nothing was recorded when there are any. */
  problems: Array<RemittanceProblem>;
  /** Payments this import recorded. */
  recorded: Scalars['Int']['output'];
  /** Data rows in the file. */
  rowsRead: Scalars['Int']['output'];
};

/** A problem with a remittance file. */
export type RemittanceProblem = {
  __typename?: 'RemittanceProblem';
  /** Column at fault; null for the row or the file as a whole. */
  column: Maybe<Scalars['String']['output']>;
  /** CSV line (the header is 1); null for the file as a whole. */
  line: Maybe<Scalars['Int']['output']>;
  /** What is wrong. */
  message: Scalars['String']['output'];
};

/** A contact to remove. */
export type RemoveAccountContactInput = {
  /** The contact. */
  id: Scalars['ID']['input'];
};

/** Result of removeAccountContact. */
export type RemoveAccountContactPayload = {
  __typename?: 'RemoveAccountContactPayload';
  /** The contact as it was; null when nothing was removed. */
  contact: Maybe<AccountContact>;
  /** Problems to fix. */
  userErrors: Array<UserError>;
};

/** Input of removeRaciAssignment. */
export type RemoveRaciAssignmentInput = {
  /** The assignment. */
  id: Scalars['ID']['input'];
};

/** Result of removeRaciAssignment. */
export type RemoveRaciAssignmentPayload = {
  __typename?: 'RemoveRaciAssignmentPayload';
  /** The assignment as it was; null when nothing was removed. */
  assignment: Maybe<RaciAssignment>;
  /** Problems to fix. */
  userErrors: Array<UserError>;
};

/** A message rendered for one account. */
export type RenderedMessage = {
  __typename?: 'RenderedMessage';
  account: Account;
  /** The message, each unsubscribe link's token hidden. */
  body: Scalars['String']['output'];
  /**
   * Variables the template uses that this account has no value for (e.g. `cutoverDate` for an
   * account in no wave); they show as `{{name}}` here and the campaign waits for them.
   */
  missingVariables: Array<Scalars['String']['output']>;
  subject: Scalars['String']['output'];
};

export type RequestSignOffInput = {
  approvers: Array<SignOffApproverInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Required with QUORUM. */
  quorum?: InputMaybe<Scalars['Int']['input']>;
  rule: SignOffRule;
  subjectId: Scalars['ID']['input'];
  subjectType: SignOffSubject;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Which stored usage to rate again. */
export type RerateUsageInput = {
  /** Only this account's records. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Only records that started at or after. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only records waiting in the unbillable queue. */
  onlyUnrated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only records that started before. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Result of rerateUsage. */
export type RerateUsagePayload = {
  __typename?: 'RerateUsagePayload';
  /** Records whose rating changed. */
  changed: Scalars['Int']['output'];
  /** Records looked at. */
  examined: Scalars['Int']['output'];
  /** Of them, rated now. */
  rated: Scalars['Int']['output'];
  /** Of them, still unrated. */
  stillUnrated: Scalars['Int']['output'];
  /** Problems with the input. */
  userErrors: Array<UserError>;
};

/** Sending again an invoice email whose outcome is unknown. */
export type ResendInvoiceEmailInput = {
  /** An invoice email (Invoice.emails) with status UNKNOWN. */
  emailId: Scalars['ID']['input'];
};

/** Result of resendInvoiceEmail. */
export type ResendInvoiceEmailPayload = {
  __typename?: 'ResendInvoiceEmailPayload';
  /** The email, queued again with its Message-ID unchanged. */
  email: Maybe<InvoiceEmail>;
  /** Problems to fix. */
  userErrors: Array<UserError>;
};

export type ResumeAccountDunningInput = {
  /** The account. */
  accountId: Scalars['ID']['input'];
};

/** Input of reviewVariances: some accounts of a run, or every open variance of a cause. */
export type ReviewVariancesInput = {
  /** A corrected cause. */
  cause?: InputMaybe<VarianceCause>;
  /** Why (required to accept or mark a defect). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** These accounts… */
  legacyAccountIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What the review concludes. */
  resolution: VarianceResolution;
  /** The run. */
  runId: Scalars['ID']['input'];
  /** …or every open variance with this cause. */
  whereCause?: InputMaybe<VarianceCause>;
};

/** Result of reviewVariances. */
export type ReviewVariancesPayload = {
  __typename?: 'ReviewVariancesPayload';
  /** The accounts reviewed. */
  accounts: Array<ReconciledAccount>;
  /** Problems to fix. */
  userErrors: Array<UserError>;
};

export type ReviseMessageTemplateInput = {
  body: Scalars['String']['input'];
  subject: Scalars['String']['input'];
  templateId: Scalars['ID']['input'];
};

/** The key to revoke. */
export type RevokeApiKeyInput = {
  /** The key. */
  id: Scalars['ID']['input'];
};

/** Result of revokeApiKey. */
export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  /** The key, now revoked; null when userErrors is not empty. */
  apiKey: Maybe<ApiKey>;
  /** Problems with the input; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** Which sessions to end. */
export type RevokeUserSessionsInput = {
  /** Only this session; omit to end all of the user's live sessions. */
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  /** The user whose sessions end. */
  userId: Scalars['ID']['input'];
};

/** Result of revokeUserSessions. */
export type RevokeUserSessionsPayload = {
  __typename?: 'RevokeUserSessionsPayload';
  /** How many live sessions were ended. */
  revokedCount: Scalars['Int']['output'];
  /** Problems with the input; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A risk to the migration, scored probability × impact. */
export type Risk = {
  __typename?: 'Risk';
  /** Checklist items of the program it bears on. */
  checklistItemIds: Array<Scalars['ID']['output']>;
  /** What happens if it occurs. */
  contingency: Scalars['String']['output'];
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** More about it. */
  description: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 1 (negligible) to 5 (severe). */
  impact: Scalars['Int']['output'];
  /** Milestones of the program it threatens. */
  milestoneIds: Array<Scalars['ID']['output']>;
  /** What is done to make it less likely or less harmful. */
  mitigation: Scalars['String']['output'];
  /** Who watches it. */
  owner: Maybe<User>;
  /** 1 (rare) to 5 (almost certain). */
  probability: Scalars['Int']['output'];
  /** The program whose register it is on. */
  programId: Scalars['ID']['output'];
  /** When it is next reviewed. */
  reviewOn: Maybe<Scalars['Date']['output']>;
  /** The review date has passed and the risk is not closed. */
  reviewOverdue: Scalars['Boolean']['output'];
  /** probability × impact, 1 to 25. */
  score: Scalars['Int']['output'];
  /** Where it stands. */
  status: RiskStatus;
  /** What could go wrong, in a line. */
  title: Scalars['String']['output'];
  /** The sign that it is occurring. */
  trigger: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A program's open risks on a 5 × 5 grid of probability by impact. */
export type RiskHeatMap = {
  __typename?: 'RiskHeatMap';
  /** All 25 cells: probability 5 first (the top row), impact 1 to 5 within a row. */
  cells: Array<RiskHeatMapCell>;
  /** Open risks on the map. */
  openRisks: Scalars['Int']['output'];
};

/** One cell of the risk heat map. */
export type RiskHeatMapCell = {
  __typename?: 'RiskHeatMapCell';
  /** Open risks rated so. */
  count: Scalars['Int']['output'];
  /** 1 to 5. */
  impact: Scalars['Int']['output'];
  /** 1 to 5. */
  probability: Scalars['Int']['output'];
  /** probability × impact. */
  score: Scalars['Int']['output'];
};

/** Result of createRisk and updateRisk. */
export type RiskPayload = {
  __typename?: 'RiskPayload';
  /** The risk; null when nothing changed. */
  risk: Maybe<Risk>;
  /** Problems to fix. */
  userErrors: Array<UserError>;
};

export { RiskStatus };

export { Role };

/** Input of rollBackWave. */
export type RollBackWaveInput = {
  /** Why. */
  reason: Scalars['String']['input'];
  /** The wave. */
  waveId: Scalars['ID']['input'];
};

/** Result of rollBackWave. */
export type RollBackWavePayload = {
  __typename?: 'RollBackWavePayload';
  /** True when Switchboard had issued nothing and the rollback left nothing behind. */
  clean: Scalars['Boolean']['output'];
  /** Problems to fix. */
  userErrors: Array<UserError>;
  /** The wave; null when nothing changed. */
  wave: Maybe<CutoverWave>;
};

export { RoundingMode };

/** An account whose comparison changed from one run to another. */
export type RunChange = {
  __typename?: 'RunChange';
  /** Its name. */
  accountName: Maybe<Scalars['String']['output']>;
  /** In this run; null when it is not compared here. */
  after: Maybe<ComparisonSide>;
  /** In the earlier run; null when it was not compared there. */
  before: Maybe<ComparisonSide>;
  /** The legacy account id. */
  legacyAccountId: Scalars['String']['output'];
};

export type SaveStatusReportInput = {
  body: Scalars['String']['input'];
  programId: Scalars['ID']['input'];
};

export { ScheduleCycle };

/** A due moment of a schedule and what its run will bill. */
export type ScheduledRun = {
  __typename?: 'ScheduledRun';
  /** When it is due. */
  dueAt: Scalars['DateTime']['output'];
  /** The issue date its invoices will carry. */
  issueDate: Scalars['Date']['output'];
  /** First day after the period. */
  periodEnd: Scalars['Date']['output'];
  /** First day of the period it bills (for anniversary runs: of the run's day; each account is billed for its cycle ending then). */
  periodStart: Scalars['Date']['output'];
  /** The local day it runs. */
  runDay: Scalars['Date']['output'];
};

/** What scope covers: products, account groups or integrations. */
export type ScopeEntry = {
  __typename?: 'ScopeEntry';
  /** e.g. products, account groups, integrations. */
  category: Scalars['String']['output'];
  item: Scalars['String']['output'];
};

export type ScopeEntryInput = {
  category: Scalars['String']['input'];
  item: Scalars['String']['input'];
};

/** A go/no-go criterion, from a checklist item, milestone or KPI. */
export type ScorecardCriterion = {
  __typename?: 'ScorecardCriterion';
  detail: Scalars['String']['output'];
  label: Scalars['String']['output'];
  rag: Rag;
  /** checklist_item, milestone or kpi. */
  source: Scalars['String']['output'];
  sourceId: Maybe<Scalars['String']['output']>;
};

export type SendCampaignInput = {
  campaignId: Scalars['ID']['input'];
  /**
   * Leave out the accounts that lack a value the template uses (see
   * `Campaign.accountsMissingValues`); their deliveries are recorded as suppressed with the
   * reason. Without it, the send waits until they have one.
   */
  excludeAccountsMissingValues?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Emailing an invoice or credit note (again). */
export type SendInvoiceInput = {
  /**
   * Send a new email even though an earlier one to the same address has an unknown outcome
   * (the mail server may have it). Without it, that is refused: resendInvoiceEmail sends the
   * earlier one again under its own Message-ID instead.
   */
  confirmDespiteUnknown?: InputMaybe<Scalars['Boolean']['input']>;
  /** A finalized invoice or credit note. */
  id: Scalars['ID']['input'];
  /** Another address than the account's billing email. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Result of sendInvoice. */
export type SendInvoicePayload = {
  __typename?: 'SendInvoicePayload';
  /** The queued email. */
  email: Maybe<InvoiceEmail>;
  /** Problems to fix. */
  userErrors: Array<UserError>;
};

export type SetAccountDunningPolicyInput = {
  /** The account. */
  accountId: Scalars['ID']['input'];
  /** The policy; null returns the account to the default. */
  policyId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of setComponentState. */
export type SetComponentStateInput = {
  /** The component's key. */
  key: Scalars['String']['input'];
  /** Why; required with a state. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The state to hold until cleared; null clears it and the check decides again. */
  state?: InputMaybe<ComponentState>;
};

/** A recurring product's included minutes (replaces the existing ones). */
export type SetProductAllowancesInput = {
  /** All its allowances; empty removes them. */
  allowances: Array<AllowanceInput>;
  /** The product. */
  productId: Scalars['ID']['input'];
};

/** Result of setProductAllowances. */
export type SetProductAllowancesPayload = {
  __typename?: 'SetProductAllowancesPayload';
  /** The product as changed. */
  product: Maybe<Product>;
  /** Problems with the input; nothing changed when there are any. */
  userErrors: Array<UserError>;
};

/** A new price for a product from a date on. */
export type SetProductPriceInput = {
  /** The price and its start date (after every existing start in that currency). */
  price: DatedPriceInput;
  /** The product. */
  productId: Scalars['ID']['input'];
};

/** Result of setProductPrice. */
export type SetProductPricePayload = {
  __typename?: 'SetProductPricePayload';
  /** The new price. */
  price: Maybe<Price>;
  /** The product with all its prices. */
  product: Maybe<Product>;
  /** Problems with the input; nothing changed when there are any. */
  userErrors: Array<UserError>;
};

/** A new password for a user. */
export type SetUserPasswordInput = {
  /** The user. */
  id: Scalars['ID']['input'];
  /** At least 12 characters; null removes password sign-in (single sign-on only). */
  password?: InputMaybe<Scalars['String']['input']>;
};

/** Result of setUserPassword. */
export type SetUserPasswordPayload = {
  __typename?: 'SetUserPasswordPayload';
  /** The user; null when userErrors is not empty. */
  user: Maybe<User>;
  /** Problems with the input; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** One approver of a sign-off request: a named user, or anyone with a role. */
export type SignOffApprover = {
  __typename?: 'SignOffApprover';
  comment: Maybe<Scalars['String']['output']>;
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decidedBy: Maybe<Scalars['String']['output']>;
  decision: Maybe<SignOffDecision>;
  id: Scalars['ID']['output'];
  role: Maybe<Role>;
  user: Maybe<User>;
};

/** Name a user or a role. */
export type SignOffApproverInput = {
  role?: InputMaybe<Role>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export { SignOffDecision };

export type SignOffPayload = {
  __typename?: 'SignOffPayload';
  signOff: Maybe<SignOffRequest>;
  userErrors: Array<UserError>;
};

/** A request for approval, stamped with a hash of the evidence it approves. */
export type SignOffRequest = {
  __typename?: 'SignOffRequest';
  approvers: Array<SignOffApprover>;
  /** Whether the signed-in user is one of the approvers still to decide. */
  awaitingMe: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** The evidence approved, as JSON. */
  evidence: Scalars['String']['output'];
  /** sha256 of the evidence as requested. */
  evidenceHash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  invalidatedAt: Maybe<Scalars['DateTime']['output']>;
  invalidationReason: Maybe<Scalars['String']['output']>;
  note: Scalars['String']['output'];
  quorum: Maybe<Scalars['Int']['output']>;
  requestedBy: Scalars['String']['output'];
  rule: SignOffRule;
  status: SignOffStatus;
  subjectId: Scalars['ID']['output'];
  subjectType: SignOffSubject;
  title: Scalars['String']['output'];
};

export { SignOffRule };

export { SignOffStatus };

export { SignOffSubject };

/** A person with a stake in the migration. */
export type Stakeholder = {
  __typename?: 'Stakeholder';
  email: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  role: Scalars['String']['output'];
};

export type StakeholderInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  role: Scalars['String']['input'];
};

/** Input of startParallelRun. */
export type StartParallelRunInput = {
  /** The import whose period to re-bill. */
  importId: Scalars['ID']['input'];
  /** Per line type; exact to the cent where none is given. */
  tolerances?: InputMaybe<Array<LineToleranceInput>>;
};

/** A weekly status update. */
export type StatusReport = {
  __typename?: 'StatusReport';
  author: Scalars['String']['output'];
  body: Scalars['String']['output'];
  coversUntil: Scalars['DateTime']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

export type StatusReportPayload = {
  __typename?: 'StatusReportPayload';
  report: Maybe<StatusReport>;
  userErrors: Array<UserError>;
};

/** A status update posted, or why not. */
export type StatusUpdatePayload = {
  __typename?: 'StatusUpdatePayload';
  /** The update. */
  statusUpdate: Maybe<WarRoomStatusUpdate>;
  /** What to fix in the input. */
  userErrors: Array<UserError>;
};

/** Result of a subscription change. */
export type SubscriptionPayload = {
  __typename?: 'SubscriptionPayload';
  /** The subscription created or ended; null when nothing was saved. */
  subscription: Maybe<AccountSubscription>;
  /** Problems to fix; nothing was saved when there are any. */
  userErrors: Array<UserError>;
};

/** A support script or FAQ for the support team. */
export type SupportArticle = {
  __typename?: 'SupportArticle';
  body: Scalars['String']['output'];
  campaign: Maybe<Campaign>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** script or faq. */
  kind: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type SupportArticlePayload = {
  __typename?: 'SupportArticlePayload';
  article: Maybe<SupportArticle>;
  userErrors: Array<UserError>;
};

export { SystemOfRecord };

/** How many accounts (closed ones aside) one system bills. */
export type SystemOfRecordCount = {
  __typename?: 'SystemOfRecordCount';
  /** How many accounts. */
  accounts: Scalars['Int']['output'];
  /** The system. */
  systemOfRecord: SystemOfRecord;
};

/** A tax rate for a region and product tax category, in force over [effectiveFrom, effectiveTo). */
export type TaxRule = {
  __typename?: 'TaxRule';
  /** First day in force. */
  effectiveFrom: Scalars['Date']['output'];
  /** First day no longer in force; open-ended when null. */
  effectiveTo: Maybe<Scalars['Date']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Rate in percent. */
  ratePercent: Scalars['Decimal']['output'];
  /** Region, e.g. US-TX. */
  region: Scalars['String']['output'];
  /** The product tax category it applies to. */
  taxCategory: Scalars['String']['output'];
  /** The tax, e.g. SALES or USF. */
  taxCode: Scalars['String']['output'];
};

/** Result of createTaxRule. */
export type TaxRulePayload = {
  __typename?: 'TaxRulePayload';
  /** The rule; null when nothing was saved. */
  taxRule: Maybe<TaxRule>;
  /** Problems to fix. */
  userErrors: Array<UserError>;
};

/** A variable templates may use as {{name}}. */
export type TemplateVariable = {
  __typename?: 'TemplateVariable';
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** One version of a template; campaigns send a fixed version. */
export type TemplateVersion = {
  __typename?: 'TemplateVersion';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  subject: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type TestSendCampaignInput = {
  campaignId: Scalars['ID']['input'];
  to: Scalars['String']['input'];
};

/** A time-of-day band (peak, off-peak, weekend…) read in the rate plan's time zone. */
export type TimeBand = {
  __typename?: 'TimeBand';
  /** Local dates the band is limited to (weekdays then ignored); empty for a weekday band. */
  dates: Array<Scalars['Date']['output']>;
  /** End, minutes after local midnight (exclusive); at or before the start means past midnight. */
  endMinute: Scalars['Int']['output'];
  /** Band name, used in rate columns (e.g. offpeak). */
  name: Scalars['String']['output'];
  /** Start, minutes after local midnight (inclusive). */
  startMinute: Scalars['Int']['output'];
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: Array<Scalars['Int']['output']>;
};

/** A time band of a new deck version. */
export type TimeBandInput = {
  /** Local dates the band is limited to (weekdays may then be empty); omit for a weekday band. */
  dates?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** End, minutes after local midnight (exclusive). */
  endMinute: Scalars['Int']['input'];
  /** Band name (lower-case), used in <band>_rate_per_minute columns. */
  name: Scalars['String']['input'];
  /** Start, minutes after local midnight. */
  startMinute: Scalars['Int']['input'];
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: Array<Scalars['Int']['input']>;
};

/** A person to train (not necessarily a console user). */
export type Trainee = {
  __typename?: 'Trainee';
  /** Their email, when known. */
  email: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Their name. */
  name: Scalars['String']['output'];
  /** Their team. */
  team: Scalars['String']['output'];
};

/** Result of addTrainee. */
export type TraineePayload = {
  __typename?: 'TraineePayload';
  /** The trainee; null when nothing was added. */
  trainee: Maybe<Trainee>;
  /** Problems to fix. */
  userErrors: Array<UserError>;
};

/** Result of recordTrainingCompletion and undoTrainingCompletion. */
export type TrainingCompletionPayload = {
  __typename?: 'TrainingCompletionPayload';
  /** The trainee's cell for the module as it now is; null when nothing changed. */
  cell: Maybe<TrainingGridCell>;
  /** Problems to fix. */
  userErrors: Array<UserError>;
};

/** How far a program's training has got. */
export type TrainingCompletionSummary = {
  __typename?: 'TrainingCompletionSummary';
  /** Every trainee has completed every required module, and there is at least one of each. */
  complete: Scalars['Boolean']['output'];
  /** Completions of required modules. */
  completed: Scalars['Int']['output'];
  /** trainees × required modules. */
  expected: Scalars['Int']['output'];
  /** completed / expected, 0 to 1 (4 decimals); 0 when nothing is expected. */
  ratio: Scalars['Decimal']['output'];
  /** Modules marked required. */
  requiredModules: Scalars['Int']['output'];
  /** People to train. */
  trainees: Scalars['Int']['output'];
};

/** Trainees × modules, with completion dates. */
export type TrainingGrid = {
  __typename?: 'TrainingGrid';
  /** The columns, in order. */
  modules: Array<TrainingModule>;
  /** A row per trainee, by team and name. */
  rows: Array<TrainingGridRow>;
};

/** One trainee × module cell of the training grid. */
export type TrainingGridCell = {
  __typename?: 'TrainingGridCell';
  /** When they completed it; null when not yet. */
  completedOn: Maybe<Scalars['Date']['output']>;
  /** The module. */
  moduleId: Scalars['ID']['output'];
  /** Who recorded it. */
  recordedBy: Maybe<Scalars['String']['output']>;
};

/** One trainee's row of the training grid. */
export type TrainingGridRow = {
  __typename?: 'TrainingGridRow';
  /** A cell per module, in the modules' order. */
  cells: Array<TrainingGridCell>;
  /** The trainee. */
  trainee: Trainee;
};

/** A module of the program's training. */
export type TrainingModule = {
  __typename?: 'TrainingModule';
  /** Who takes it. */
  audience: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Its order in the program. */
  position: Scalars['Int']['output'];
  /** Counts towards training being complete. */
  required: Scalars['Boolean']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};

/** Result of createTrainingModule. */
export type TrainingModulePayload = {
  __typename?: 'TrainingModulePayload';
  /** The module; null when nothing was added. */
  module: Maybe<TrainingModule>;
  /** Problems to fix. */
  userErrors: Array<UserError>;
};

/** Input of undoTrainingCompletion. */
export type UndoTrainingCompletionInput = {
  /** The module. */
  moduleId: Scalars['ID']['input'];
  /** The trainee. */
  traineeId: Scalars['ID']['input'];
};

export { UnratedReason };

/** Unrated records of one reason. */
export type UnratedUsageCount = {
  __typename?: 'UnratedUsageCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** Why they could not be rated. */
  reason: Scalars['String']['output'];
};

/** Changes to an account. */
export type UpdateAccountInput = {
  /** The fields to change. */
  fields: AccountFieldsInput;
  /** The account. */
  id: Scalars['ID']['input'];
};

/** How a catalog bills recurring charges. */
export type UpdateCatalogBillingInput = {
  /** Bill a mid-period start's partial period together with its next full period. */
  billPartialWithNextPeriod: Scalars['Boolean']['input'];
  /** The catalog. */
  catalogId: Scalars['ID']['input'];
  /** Credit the unused days of an in-advance charge when a subscription is cancelled mid-period. */
  creditUnusedOnCancel: Scalars['Boolean']['input'];
  /** Timing of recurring prices that do not set their own. */
  defaultBillingTiming: BillingTiming;
  /** How partial periods are prorated. */
  prorationMethod: ProrationMethod;
};

/** Result of updateCatalogBilling. */
export type UpdateCatalogBillingPayload = {
  __typename?: 'UpdateCatalogBillingPayload';
  /** The catalog as changed. */
  catalog: Maybe<Catalog>;
  /** Problems with the input; nothing changed when there are any. */
  userErrors: Array<UserError>;
};

/** A new rounding policy. */
export type UpdateCatalogRoundingInput = {
  /** Decimals of call charges (0–10). */
  callDecimals: Scalars['Int']['input'];
  /** The catalog. */
  catalogId: Scalars['ID']['input'];
  /** Decimals of invoice lines (0–6); null for the currency's minor unit. */
  lineDecimals?: InputMaybe<Scalars['Int']['input']>;
  /** Rounding mode. */
  mode: RoundingMode;
};

/** Result of updateCatalogRounding. */
export type UpdateCatalogRoundingPayload = {
  __typename?: 'UpdateCatalogRoundingPayload';
  /** The catalog as changed. */
  catalog: Maybe<Catalog>;
  /** Problems with the input; nothing changed when there are any. */
  userErrors: Array<UserError>;
};

export type UpdateCharterInput = {
  assumptions?: InputMaybe<Array<Scalars['String']['input']>>;
  constraints?: InputMaybe<Array<Scalars['String']['input']>>;
  goals?: InputMaybe<Array<ProgramGoalInput>>;
  programId: Scalars['ID']['input'];
  scopeIn?: InputMaybe<Array<ScopeEntryInput>>;
  scopeOut?: InputMaybe<Array<ScopeEntryInput>>;
  stakeholders?: InputMaybe<Array<StakeholderInput>>;
};

/** Changes to one check's setting; what is left out keeps its value. */
export type UpdateDraftCheckSettingInput = {
  /** The check's code. */
  code: Scalars['String']['input'];
  /** Whether it runs. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** What its findings do. */
  severity?: InputMaybe<CheckSeverity>;
  /** Thresholds to change. */
  thresholds?: InputMaybe<Array<CheckThresholdInput>>;
};

/** The setting after the change. */
export type UpdateDraftCheckSettingPayload = {
  __typename?: 'UpdateDraftCheckSettingPayload';
  /** The saved setting; null when refused. */
  setting: Maybe<DraftCheckSetting>;
  /** Why it was refused; nothing was changed. */
  userErrors: Array<UserError>;
};

export type UpdateDunningPolicyInput = {
  /** true makes it the default; the default cannot be un-made (make another the default). */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The policy. */
  policyId: Scalars['ID']['input'];
  /** All its steps: a step left out is no longer taken (its history stays). */
  steps?: InputMaybe<Array<DunningStepInput>>;
};

/** Changes to a product; omitted fields stay. */
export type UpdateProductInput = {
  /** Metered usage only: a new aggregation, used by bill runs from now on (issued invoices keep theirs). */
  aggregation?: InputMaybe<UsageAggregation>;
  /** True turns per-record rounding off. */
  clearRecordRounding?: InputMaybe<Scalars['Boolean']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The product. */
  id: Scalars['ID']['input'];
  /** False archives the product. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Metered usage only: new per-record rounding, used by bill runs from now on. */
  recordRounding?: InputMaybe<RecordRoundingInput>;
  /** New tax category. */
  taxCategory?: InputMaybe<Scalars['String']['input']>;
  /** New custom unit name. */
  unitName?: InputMaybe<Scalars['String']['input']>;
};

/** Result of updateProduct. */
export type UpdateProductPayload = {
  __typename?: 'UpdateProductPayload';
  /** The product as changed. */
  product: Maybe<Product>;
  /** Problems with the input; nothing changed when there are any. */
  userErrors: Array<UserError>;
};

/** A rate plan's own rounding of call charges; null fields inherit the catalog's. */
export type UpdateRatePlanRoundingInput = {
  /** Decimals (0–10) of each call's charge; null for the catalog's. */
  callDecimals?: InputMaybe<Scalars['Int']['input']>;
  /** Rounding mode of each call's charge; null for the catalog's. */
  callRoundingMode?: InputMaybe<RoundingMode>;
  /** The plan. */
  ratePlanId: Scalars['ID']['input'];
};

/** Result of updateRatePlanRounding. */
export type UpdateRatePlanRoundingPayload = {
  __typename?: 'UpdateRatePlanRoundingPayload';
  /** The plan as changed. */
  ratePlan: Maybe<RatePlan>;
  /** Problems with the input; nothing changed when there are any. */
  userErrors: Array<UserError>;
};

/** Input of updateRisk: what is left out stays as it is. */
export type UpdateRiskInput = {
  /** Checklist items of the same program; replaces the list. */
  checklistItemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What happens if it occurs. */
  contingency?: InputMaybe<Scalars['String']['input']>;
  /** More about it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The risk. */
  id: Scalars['ID']['input'];
  /** 1 (negligible) to 5 (severe). */
  impact?: InputMaybe<Scalars['Int']['input']>;
  /** Milestones of the same program; replaces the list. */
  milestoneIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What is done about it. */
  mitigation?: InputMaybe<Scalars['String']['input']>;
  /** Who watches it; null clears the owner. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 (rare) to 5 (almost certain). */
  probability?: InputMaybe<Scalars['Int']['input']>;
  /** When to review it next; null clears it. */
  reviewOn?: InputMaybe<Scalars['Date']['input']>;
  /** Where it stands. */
  status?: InputMaybe<RiskStatus>;
  /** What could go wrong, in a line. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The sign that it is occurring. */
  trigger?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a user; omitted fields stay as they are. */
export type UpdateUserInput = {
  /** The user to change. */
  id: Scalars['ID']['input'];
  /** False deactivates the user and ends their sessions. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New role. The last active admin cannot be demoted. */
  role?: InputMaybe<Role>;
};

/** Result of updateUser. */
export type UpdateUserPayload = {
  __typename?: 'UpdateUserPayload';
  /** The user as changed; null when userErrors is not empty. */
  user: Maybe<User>;
  /** Problems with the input; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

export { UsageAggregation };

/** An account's usage dated outside its lifetime. */
export type UsageOutsideLifetime = {
  __typename?: 'UsageOutsideLifetime';
  /** The account's legacy id. */
  accountRef: Scalars['String']['output'];
  /** The earliest, an ISO 8601 instant in UTC to the second (2026-10-01T08:30:00Z). */
  firstAt: Scalars['String']['output'];
  /** The latest, written the same way. */
  lastAt: Scalars['String']['output'];
  /** How many records. */
  records: Scalars['Int']['output'];
};

/** A call, a message count, data or custom usage, as received and as rated. */
export type UsageRecord = {
  __typename?: 'UsageRecord';
  /** The account number the record gave. */
  accountRef: Scalars['String']['output'];
  /** Time band of the call; null for the standard rate. */
  band: Maybe<Scalars['String']['output']>;
  /** Seconds billed after increments (voice). */
  billableSeconds: Maybe<Scalars['Int']['output']>;
  /** Charge before allowances, rounded to the catalog's call decimals (voice). */
  charge: Maybe<Scalars['Decimal']['output']>;
  /** Connection fee applied (voice). */
  connectionFee: Maybe<Scalars['Decimal']['output']>;
  /** Matched destination class (voice). */
  destinationClass: Maybe<DestinationClass>;
  /** Matched destination (voice). */
  destinationName: Maybe<Scalars['String']['output']>;
  /** Dialled number (voice). */
  destinationNumber: Maybe<Scalars['String']['output']>;
  /** Duration in seconds (voice). */
  durationSeconds: Maybe<Scalars['Int']['output']>;
  /** Matched prefix (voice). */
  prefix: Maybe<Scalars['String']['output']>;
  /** Messages, MB or custom units. */
  quantity: Maybe<Scalars['Decimal']['output']>;
  /** Rate applied per minute (voice). */
  ratePerMinute: Maybe<Scalars['Decimal']['output']>;
  /** When it was rated. */
  ratedAt: Maybe<Scalars['DateTime']['output']>;
  /** The caller's id for the record. */
  recordId: Scalars['String']['output'];
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** Rated or waiting in the unbillable queue. */
  status: UsageStatus;
  /** Who or what the record is about (a user, device, line), as sent; what distinct counts count. */
  subject: Maybe<Scalars['String']['output']>;
  /** Why it could not be rated: UNKNOWN_ACCOUNT, NO_RATE_PLAN, NO_RATES_IN_FORCE, NO_PREFIX_MATCH, INVALID_NUMBER, NO_PRODUCT, NO_PRICE. */
  unratedReason: Maybe<Scalars['String']['output']>;
  /** What was used. */
  usageType: UsageType;
};

/** A page of usage records, newest first. */
export type UsageRecordConnection = {
  __typename?: 'UsageRecordConnection';
  /** Records of this page with their cursors. */
  edges: Array<UsageRecordEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One record in a page. */
export type UsageRecordEdge = {
  __typename?: 'UsageRecordEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: UsageRecord;
};

/** Narrows a list of usage records. */
export type UsageRecordFilter = {
  /** Only this account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Started at or after. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only records of this ingestion. */
  ingestionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only rated or unrated records. */
  status?: InputMaybe<UsageStatus>;
  /** Started before. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only records unrated for this reason. */
  unratedReason?: InputMaybe<Scalars['String']['input']>;
  /** Only this kind of usage. */
  usageType?: InputMaybe<UsageType>;
};

/** A usage record sent by the API. Fields are checked per record: a bad record is rejected with its position and reason, and the rest of the batch goes in. */
export type UsageRecordInput = {
  /** The account number (external id). */
  accountId: Scalars['String']['input'];
  /** Dialled number, E.164 (voice). */
  destination?: InputMaybe<Scalars['String']['input']>;
  /** Whole seconds (voice). */
  durationSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Usage product code (custom usage; optional otherwise). */
  productCode?: InputMaybe<Scalars['String']['input']>;
  /** Messages, MB or units as a decimal string (sms, data, custom). */
  quantity?: InputMaybe<Scalars['String']['input']>;
  /** Your id for the record; a repeat with identical content is skipped, with different content refused. */
  recordId: Scalars['String']['input'];
  /** ISO 8601 instant with a time zone. */
  startedAt: Scalars['String']['input'];
  /**
   * Who or what the record is about (a user, device, line), kept exactly as sent; what a
   * DISTINCT_COUNT product counts (active users). Optional; not for voice.
   */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** voice, sms, data or custom. */
  usageType: Scalars['String']['input'];
};

export { UsageStatus };

export { UsageType };

/** A person who signs in to the console. */
export type User = {
  __typename?: 'User';
  /** When the user was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Sign-in email, lower-cased. */
  email: Scalars['String']['output'];
  /** Whether the user can sign in with a password (otherwise single sign-on only). */
  hasPassword: Scalars['Boolean']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Inactive users cannot sign in and their sessions are ended. */
  isActive: Scalars['Boolean']['output'];
  /** When the user last signed in; null if never. */
  lastSignInAt: Maybe<Scalars['DateTime']['output']>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** What the user may do. */
  role: Role;
};

/** A page of users, newest first. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The users of this page with their cursors. */
  edges: Array<UserEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One user in a page of users. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Position of this user, for `after`. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
};

/** A problem with a mutation's input that the user can fix. Nothing was changed. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of problem this is. */
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]; null when it is the whole input. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** A sentence to show the user. */
  message: Scalars['String']['output'];
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
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only users with this role. */
  role?: InputMaybe<Role>;
  /** Part of the email or name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A console sign-in. */
export type UserSession = {
  __typename?: 'UserSession';
  /** When the user signed in. */
  createdAt: Scalars['DateTime']['output'];
  /** When the session ends by itself (at most 12 hours after sign-in). */
  expiresAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Neither revoked nor expired. */
  isLive: Scalars['Boolean']['output'];
  /** Last request seen, to the minute. */
  lastSeenAt: Maybe<Scalars['DateTime']['output']>;
  /** `password` or `oidc`. */
  method: Scalars['String']['output'];
  /** When an admin ended it; null if not revoked. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** Browser that signed in. */
  userAgent: Maybe<Scalars['String']['output']>;
};

/** A file's counts against its manifest. */
export type ValidatedFile = {
  __typename?: 'ValidatedFile';
  /** Differing repeats reported. */
  conflicts: Scalars['Int']['output'];
  /** Identical repeats skipped. */
  duplicates: Scalars['Int']['output'];
  /** Rows the manifest lists. */
  expectedRows: Maybe<Scalars['Int']['output']>;
  /** The file. */
  file: Scalars['String']['output'];
  /** Rows imported. */
  imported: Scalars['Int']['output'];
  /** The rows read are the rows the manifest lists. */
  matchesManifest: Scalars['Boolean']['output'];
  /** Rows read. */
  read: Scalars['Int']['output'];
  /** Malformed rows reported. */
  rejected: Scalars['Int']['output'];
};

/** What an import brought and what to look at before trusting it. */
export type ValidationReport = {
  __typename?: 'ValidationReport';
  /** Nothing above needs a look. */
  clean: Scalars['Boolean']['output'];
  /** Every file against the manifest. */
  files: Array<ValidatedFile>;
  /** Opening balances per currency. */
  openingBalances: Array<OpeningBalanceTotal>;
  /** How many such rows in all. */
  referenceProblemCount: Scalars['Int']['output'];
  /** Rows that refer to something the export lacks (the first 200). */
  referenceProblems: Array<ReferenceProblem>;
  /** Subscriptions outside their account's lifetime or ending before they start. */
  subscriptionsOutsideLifetimes: Array<LifetimeProblem>;
  /** Usage imported but not rated, by reason. */
  unratedUsage: Array<ImportedUnratedUsage>;
  /** Accounts with usage outside their lifetime. */
  usageOutsideLifetimes: Array<UsageOutsideLifetime>;
  /** Usage records dated outside the export's period. */
  usageOutsidePeriod: Scalars['Int']['output'];
};

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

export { VarianceResolution };

/** Who is making this request, and what they may do. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The API key in use; null for a user. */
  apiKey: Maybe<ApiKey>;
  /** User or API key. */
  kind: ViewerKind;
  /** Names of the operations (root fields) this viewer may call. */
  permissions: Array<Scalars['String']['output']>;
  /** The signed-in user; null for an API key. */
  user: Maybe<User>;
};

export { ViewerKind };

/** An account's voice usage to one destination over a period. */
export type VoiceUsageLine = {
  __typename?: 'VoiceUsageLine';
  /** Sum of call charges, rounded as an invoice line. */
  amount: Scalars['Decimal']['output'];
  /** Billable minutes, 2 decimals. */
  billableMinutes: Scalars['Decimal']['output'];
  /** Billable seconds. */
  billableSeconds: Scalars['Int']['output'];
  /** Calls with billable seconds. */
  calls: Scalars['Int']['output'];
  /** Seconds covered by included minutes. */
  coveredSeconds: Scalars['Int']['output'];
  /** Destination name. */
  destination: Scalars['String']['output'];
};

/** Voiding a finalized invoice. */
export type VoidInvoiceInput = {
  /** The invoice. */
  id: Scalars['ID']['input'];
  /** Why; kept on the invoice. */
  reason: Scalars['String']['input'];
  /** Queue a bill run that makes a new draft for the same account and period. */
  reissue?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Result of voidInvoice. */
export type VoidInvoicePayload = {
  __typename?: 'VoidInvoicePayload';
  /** The voided invoice. */
  invoice: Maybe<Invoice>;
  /** The bill run queued to reissue it, if asked for. */
  reissueBillRun: Maybe<BillRun>;
  /** Problems to fix. */
  userErrors: Array<UserError>;
};

/** The live picture during cutover, polled by the war room. */
export type WarRoom = {
  __typename?: 'WarRoom';
  /** Accounts per system of record, over all accounts. */
  accountsBySystemOfRecord: Array<SystemOfRecordCount>;
  /** Bill runs queued or running, oldest first. */
  billRunsInProgress: Array<BillRun>;
  /** The components and their states. */
  components: Array<WarRoomComponent>;
  /** Invoice emails. */
  deliveries: DeliveryCounts;
  /** When this picture was taken. */
  generatedAt: Scalars['DateTime']['output'];
  /** Usage ingestion rate and rejects. */
  ingestion: IngestionActivity;
  /** The latest bill runs, newest first (five). */
  latestBillRuns: Array<BillRun>;
  /** The latest status update. */
  latestStatusUpdate: Maybe<WarRoomStatusUpdate>;
  /** Incidents not resolved, most severe then oldest first, with their reminders. */
  openIncidents: Array<Incident>;
  /** Every cutover wave, pilot first, with its accounts per system of record. */
  waves: Array<WarRoomWave>;
};

/** A part of billing watched during cutover: usage_ingestion, rating, bill_runs, invoice_delivery, payments, integrations. */
export type WarRoomComponent = {
  __typename?: 'WarRoomComponent';
  /** The check's sentence. */
  checkReason: Scalars['String']['output'];
  /** What the live check says, whatever the manual state; null for a component set by hand only (integrations). */
  checkState: Maybe<ComponentState>;
  /** Whether the state is set by hand. */
  isManual: Scalars['Boolean']['output'];
  /** Stable key, e.g. bill_runs. */
  key: Scalars['String']['output'];
  /** When it was set. */
  manualAt: Maybe<Scalars['DateTime']['output']>;
  /** Who set it. */
  manualBy: Maybe<Scalars['String']['output']>;
  /** Why it was set by hand. */
  manualNote: Maybe<Scalars['String']['output']>;
  /** The state set by hand, if any. */
  manualState: Maybe<ComponentState>;
  /** Its name for people. */
  name: Scalars['String']['output'];
  /** Its order in the war room. */
  position: Scalars['Int']['output'];
  /** Why it is in that state, in a sentence. */
  reason: Scalars['String']['output'];
  /** The state shown: the manual state when one is set, else what the check says. */
  state: ComponentState;
};

/** A record an ingestion rejected, and why. */
export type WarRoomReject = {
  __typename?: 'WarRoomReject';
  /** The ingestion. */
  ingestionId: Scalars['ID']['output'];
  /** The file line, or the record's position in a batch. */
  line: Maybe<Scalars['Int']['output']>;
  /** Why it was rejected. */
  reason: Scalars['String']['output'];
  /** The record's id, when it had one. */
  recordId: Maybe<Scalars['String']['output']>;
};

/** A status update for everyone following the cutover. */
export type WarRoomStatusUpdate = {
  __typename?: 'WarRoomStatusUpdate';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Who posted it. */
  author: Scalars['String']['output'];
  /** The update. */
  body: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
};

/** A cutover wave and where its accounts are billed. */
export type WarRoomWave = {
  __typename?: 'WarRoomWave';
  /** Its accounts the legacy system still bills. */
  legacyAccounts: Scalars['Int']['output'];
  /** Its accounts Switchboard bills. */
  switchboardAccounts: Scalars['Int']['output'];
  /** The wave, with its status. */
  wave: CutoverWave;
};

/** An account of a wave. */
export type WaveAccount = {
  __typename?: 'WaveAccount';
  /** The account. */
  account: Account;
  /** Its legacy opening balance (negative: in the customer's favour). */
  openingBalance: Maybe<Scalars['Decimal']['output']>;
  /** The invoice that carried an amount owed over at cutover. */
  openingInvoice: Maybe<Invoice>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Account: ResolverTypeWrapper<AccountRecordModel>;
  AccountBalance: ResolverTypeWrapper<AccountBalanceModel>;
  AccountConnection: ResolverTypeWrapper<Omit<AccountConnection, 'edges'> & { edges: Array<ResolversTypes['AccountEdge']> }>;
  AccountContact: ResolverTypeWrapper<AccountContactRecordModel>;
  AccountContactPayload: ResolverTypeWrapper<Omit<AccountContactPayload, 'contact'> & { contact?: Maybe<ResolversTypes['AccountContact']> }>;
  AccountDunning: ResolverTypeWrapper<AccountDunningStateModel>;
  AccountDunningPayload: ResolverTypeWrapper<Omit<AccountDunningPayload, 'accountDunning'> & { accountDunning?: Maybe<ResolversTypes['AccountDunning']> }>;
  AccountEdge: ResolverTypeWrapper<Omit<AccountEdge, 'node'> & { node: ResolversTypes['Account'] }>;
  AccountFieldsInput: AccountFieldsInput;
  AccountMissingValues: ResolverTypeWrapper<AccountMissingValuesModel>;
  AccountPayload: ResolverTypeWrapper<Omit<AccountPayload, 'account'> & { account?: Maybe<ResolversTypes['Account']> }>;
  AccountStatus: AccountStatus;
  AccountSubscription: ResolverTypeWrapper<SubscriptionRecordModel>;
  AccountUsageSummary: ResolverTypeWrapper<AccountUsageSummaryModel>;
  ActorKind: ActorKind;
  AddAccountContactInput: AddAccountContactInput;
  AddOneTimeChargeInput: AddOneTimeChargeInput;
  AddTraineeInput: AddTraineeInput;
  AgingBuckets: ResolverTypeWrapper<AgingBuckets>;
  AgingReport: ResolverTypeWrapper<AgingReportModel>;
  AgingRow: ResolverTypeWrapper<AgingRowModel>;
  AgingTotal: ResolverTypeWrapper<AgingTotal>;
  AllocateCreditInput: AllocateCreditInput;
  AllocateCreditPayload: ResolverTypeWrapper<Omit<AllocateCreditPayload, 'allocations'> & { allocations: Array<ResolversTypes['PaymentAllocation']> }>;
  Allowance: ResolverTypeWrapper<AllowanceRecordModel>;
  AllowanceInput: AllowanceInput;
  ApiKey: ResolverTypeWrapper<ApiKeyRecordModel>;
  ApiKeyConnection: ResolverTypeWrapper<Omit<ApiKeyConnection, 'edges'> & { edges: Array<ResolversTypes['ApiKeyEdge']> }>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  ApiKeyScope: ApiKeyScope;
  ApiModule: ApiModule;
  ApproveDraftsWithOnlyFindingInput: ApproveDraftsWithOnlyFindingInput;
  ApproveDraftsWithOnlyFindingPayload: ResolverTypeWrapper<ApproveDraftsWithOnlyFindingPayload>;
  AreaPointOfContact: ResolverTypeWrapper<AreaPointOfContactModel>;
  AssignIncidentLeadInput: AssignIncidentLeadInput;
  AssignRaciInput: AssignRaciInput;
  AssignRaciPayload: ResolverTypeWrapper<Omit<AssignRaciPayload, 'assignment' | 'replaced'> & { assignment?: Maybe<ResolversTypes['RaciAssignment']>, replaced?: Maybe<ResolversTypes['RaciAssignment']> }>;
  Audience: ResolverTypeWrapper<AudienceRecordModel>;
  AudienceFilter: ResolverTypeWrapper<AudienceSelectionModel>;
  AudienceFilterInput: AudienceFilterInput;
  AudiencePayload: ResolverTypeWrapper<Omit<AudiencePayload, 'audience'> & { audience?: Maybe<ResolversTypes['Audience']> }>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRecordModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditEntryFilter: AuditEntryFilter;
  AuditResult: AuditResult;
  BandRate: ResolverTypeWrapper<BandRate>;
  BandTerms: ResolverTypeWrapper<BandTerms>;
  BillRun: ResolverTypeWrapper<BillRunRecordModel>;
  BillRunAccountStatus: BillRunAccountStatus;
  BillRunPayload: ResolverTypeWrapper<Omit<BillRunPayload, 'billRun'> & { billRun?: Maybe<ResolversTypes['BillRun']> }>;
  BillRunResult: ResolverTypeWrapper<BillRunResultRowModel>;
  BillRunResultConnection: ResolverTypeWrapper<Omit<BillRunResultConnection, 'edges'> & { edges: Array<ResolversTypes['BillRunResultEdge']> }>;
  BillRunResultEdge: ResolverTypeWrapper<Omit<BillRunResultEdge, 'node'> & { node: ResolversTypes['BillRunResult'] }>;
  BillRunStatus: BillRunStatus;
  BillingAlignment: BillingAlignment;
  BillingCycle: BillingCycle;
  BillingSchedule: ResolverTypeWrapper<BillingScheduleRecordModel>;
  BillingScheduleInput: BillingScheduleInput;
  BillingSchedulePayload: ResolverTypeWrapper<Omit<BillingSchedulePayload, 'billingSchedule'> & { billingSchedule?: Maybe<ResolversTypes['BillingSchedule']> }>;
  BillingTiming: BillingTiming;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BreakdownLine: ResolverTypeWrapper<BreakdownLineModel>;
  CallPreview: ResolverTypeWrapper<CallPreviewResultModel>;
  CallPreviewInput: CallPreviewInput;
  CallStep: ResolverTypeWrapper<CallStep>;
  Campaign: ResolverTypeWrapper<CampaignRecordModel>;
  CampaignApproval: ResolverTypeWrapper<CampaignApproval>;
  CampaignDelivery: ResolverTypeWrapper<CampaignDeliveryRecordModel>;
  CampaignDeliveryConnection: ResolverTypeWrapper<Omit<CampaignDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['CampaignDeliveryEdge']> }>;
  CampaignDeliveryEdge: ResolverTypeWrapper<Omit<CampaignDeliveryEdge, 'node'> & { node: ResolversTypes['CampaignDelivery'] }>;
  CampaignInput: CampaignInput;
  CampaignMissingValues: ResolverTypeWrapper<CampaignMissingValuesModel>;
  CampaignPayload: ResolverTypeWrapper<Omit<CampaignPayload, 'campaign'> & { campaign?: Maybe<ResolversTypes['Campaign']> }>;
  CampaignStatus: CampaignStatus;
  CastGoNoGoVoteInput: CastGoNoGoVoteInput;
  Catalog: ResolverTypeWrapper<CatalogRecordModel>;
  ChangeSubscriptionInput: ChangeSubscriptionInput;
  Charter: ResolverTypeWrapper<CharterRecordModel>;
  CheckSeverity: CheckSeverity;
  CheckState: CheckState;
  CheckThreshold: ResolverTypeWrapper<CheckThreshold>;
  CheckThresholdInput: CheckThresholdInput;
  ChecklistArea: ChecklistArea;
  ChecklistFilter: ChecklistFilter;
  ChecklistItem: ResolverTypeWrapper<ChecklistItemRecordModel>;
  ChecklistItemInput: ChecklistItemInput;
  ChecklistItemPayload: ResolverTypeWrapper<Omit<ChecklistItemPayload, 'item'> & { item?: Maybe<ResolversTypes['ChecklistItem']> }>;
  ChecklistItemStatus: ChecklistItemStatus;
  CommsChannel: CommsChannel;
  CommsDeliveryStatus: CommsDeliveryStatus;
  ComparedLine: ResolverTypeWrapper<ComparedLineModel>;
  ComparisonSide: ResolverTypeWrapper<ComparisonSide>;
  ComponentPayload: ResolverTypeWrapper<Omit<ComponentPayload, 'component'> & { component?: Maybe<ResolversTypes['WarRoomComponent']> }>;
  ComponentState: ComponentState;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  CreateAudienceInput: CreateAudienceInput;
  CreateBillRunInput: CreateBillRunInput;
  CreateCampaignInput: CreateCampaignInput;
  CreateCutoverWaveInput: CreateCutoverWaveInput;
  CreateDunningPolicyInput: CreateDunningPolicyInput;
  CreateGoNoGoReviewInput: CreateGoNoGoReviewInput;
  CreateMessageTemplateInput: CreateMessageTemplateInput;
  CreateProductInput: CreateProductInput;
  CreateProductPayload: ResolverTypeWrapper<Omit<CreateProductPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  CreateProgramInput: CreateProgramInput;
  CreateRatePlanInput: CreateRatePlanInput;
  CreateRatePlanPayload: ResolverTypeWrapper<Omit<CreateRatePlanPayload, 'ratePlan'> & { ratePlan?: Maybe<ResolversTypes['RatePlan']> }>;
  CreateRiskInput: CreateRiskInput;
  CreateSubscriptionInput: CreateSubscriptionInput;
  CreateSupportArticleInput: CreateSupportArticleInput;
  CreateTaxRuleInput: CreateTaxRuleInput;
  CreateTrainingModuleInput: CreateTrainingModuleInput;
  CreateUserInput: CreateUserInput;
  CreateUserPayload: ResolverTypeWrapper<Omit<CreateUserPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  CreditInvoiceInput: CreditInvoiceInput;
  CreditLineInput: CreditLineInput;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  CutOverWaveInput: CutOverWaveInput;
  CutoverEvent: ResolverTypeWrapper<CutoverEventRecordModel>;
  CutoverWave: ResolverTypeWrapper<CutoverWaveRecordModel>;
  CutoverWavePayload: ResolverTypeWrapper<Omit<CutoverWavePayload, 'wave'> & { wave?: Maybe<ResolversTypes['CutoverWave']> }>;
  CutoverWaveStatus: CutoverWaveStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DatedPriceInput: DatedPriceInput;
  DecideGoNoGoInput: DecideGoNoGoInput;
  DecideSignOffInput: DecideSignOffInput;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DecisionCategory: DecisionCategory;
  DecisionLogEntry: ResolverTypeWrapper<DecisionLogRecordModel>;
  DecisionLogEntryPayload: ResolverTypeWrapper<Omit<DecisionLogEntryPayload, 'entry'> & { entry?: Maybe<ResolversTypes['DecisionLogEntry']> }>;
  DeleteDunningPolicyInput: DeleteDunningPolicyInput;
  DeleteDunningPolicyPayload: ResolverTypeWrapper<DeleteDunningPolicyPayload>;
  DeliveryCount: ResolverTypeWrapper<DeliveryCount>;
  DeliveryCounts: ResolverTypeWrapper<DeliveryCounts>;
  DeliveryEvent: DeliveryEvent;
  DestinationClass: DestinationClass;
  DiscardDraftInvoiceInput: DiscardDraftInvoiceInput;
  DiscardDraftInvoicePayload: ResolverTypeWrapper<DiscardDraftInvoicePayload>;
  DraftCheckSetting: ResolverTypeWrapper<CheckSettingRecordModel>;
  DraftComparison: ResolverTypeWrapper<DraftComparisonModel>;
  DraftDecisionInput: DraftDecisionInput;
  DraftDecisionPayload: ResolverTypeWrapper<Omit<DraftDecisionPayload, 'review'> & { review?: Maybe<ResolversTypes['DraftReview']> }>;
  DraftFinding: ResolverTypeWrapper<DraftFindingRecordModel>;
  DraftReview: ResolverTypeWrapper<DraftReviewRecordModel>;
  DraftReviewConnection: ResolverTypeWrapper<Omit<DraftReviewConnection, 'edges'> & { edges: Array<ResolversTypes['DraftReviewEdge']> }>;
  DraftReviewEdge: ResolverTypeWrapper<Omit<DraftReviewEdge, 'node'> & { node: ResolversTypes['DraftReview'] }>;
  DraftReviewState: DraftReviewState;
  DraftReviewStateCount: ResolverTypeWrapper<DraftReviewStateCount>;
  DunningAction: DunningAction;
  DunningChannel: DunningChannel;
  DunningEmail: ResolverTypeWrapper<DunningEmailRecordModel>;
  DunningEvent: ResolverTypeWrapper<DunningEventRecordModel>;
  DunningEventConnection: ResolverTypeWrapper<Omit<DunningEventConnection, 'edges'> & { edges: Array<ResolversTypes['DunningEventEdge']> }>;
  DunningEventEdge: ResolverTypeWrapper<Omit<DunningEventEdge, 'node'> & { node: ResolversTypes['DunningEvent'] }>;
  DunningPolicy: ResolverTypeWrapper<DunningPolicyRecordModel>;
  DunningPolicyPayload: ResolverTypeWrapper<Omit<DunningPolicyPayload, 'policy'> & { policy?: Maybe<ResolversTypes['DunningPolicy']> }>;
  DunningPreview: ResolverTypeWrapper<Omit<DunningPreview, 'actions'> & { actions: Array<ResolversTypes['DunningPreviewAction']> }>;
  DunningPreviewAction: ResolverTypeWrapper<DueDunningActionModel>;
  DunningStage: ResolverTypeWrapper<DunningStageRowModel>;
  DunningStageKind: DunningStageKind;
  DunningStep: ResolverTypeWrapper<DunningStepRecordModel>;
  DunningStepInput: DunningStepInput;
  EmailBounce: ResolverTypeWrapper<EmailBounce>;
  EmailStatus: EmailStatus;
  EmailStatusCount: ResolverTypeWrapper<EmailStatusCount>;
  EmailTransport: EmailTransport;
  EndSubscriptionInput: EndSubscriptionInput;
  EvidenceCheck: ResolverTypeWrapper<EvidenceCheckSpecModel>;
  EvidenceCheckInput: EvidenceCheckInput;
  EvidenceCheckKind: EvidenceCheckKind;
  ExportFileInput: ExportFileInput;
  ExportedFile: ResolverTypeWrapper<ExportedFile>;
  FinalizeCleanDraftsPayload: ResolverTypeWrapper<Omit<FinalizeCleanDraftsPayload, 'billRun'> & { billRun?: Maybe<ResolversTypes['BillRun']> }>;
  FinalizeInvoiceInput: FinalizeInvoiceInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GoNoGoConditionInput: GoNoGoConditionInput;
  GoNoGoOutcome: GoNoGoOutcome;
  GoNoGoReview: ResolverTypeWrapper<GoNoGoReviewRecordModel>;
  GoNoGoReviewPayload: ResolverTypeWrapper<Omit<GoNoGoReviewPayload, 'review'> & { review?: Maybe<ResolversTypes['GoNoGoReview']> }>;
  GoNoGoVote: ResolverTypeWrapper<GoNoGoVoteRecordModel>;
  Health: Health;
  Holiday: ResolverTypeWrapper<Holiday>;
  HolidayInput: HolidayInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportFileReport: ResolverTypeWrapper<ImportFileReportModelModel>;
  ImportLegacyExportInput: ImportLegacyExportInput;
  ImportLegacyExportPayload: ResolverTypeWrapper<Omit<ImportLegacyExportPayload, 'import'> & { import?: Maybe<ResolversTypes['MigrationImport']> }>;
  ImportProblem: ResolverTypeWrapper<MigrationImportProblemRecordModel>;
  ImportRateDeckInput: ImportRateDeckInput;
  ImportRateDeckPayload: ResolverTypeWrapper<Omit<ImportRateDeckPayload, 'version'> & { version?: Maybe<ResolversTypes['RatePlanVersion']> }>;
  ImportRemittanceInput: ImportRemittanceInput;
  ImportRemittancePayload: ResolverTypeWrapper<Omit<ImportRemittancePayload, 'payments'> & { payments: Array<ResolversTypes['Payment']> }>;
  ImportedUnratedUsage: ResolverTypeWrapper<ImportedUnratedUsage>;
  Incident: ResolverTypeWrapper<IncidentRecordModel>;
  IncidentPayload: ResolverTypeWrapper<Omit<IncidentPayload, 'incident'> & { incident?: Maybe<ResolversTypes['Incident']> }>;
  IncidentSeverity: IncidentSeverity;
  IncidentStatus: IncidentStatus;
  IncidentUpdate: ResolverTypeWrapper<IncidentUpdateRecordModel>;
  IngestUsageInput: IngestUsageInput;
  IngestUsagePayload: ResolverTypeWrapper<Omit<IngestUsagePayload, 'ingestion'> & { ingestion?: Maybe<ResolversTypes['Ingestion']> }>;
  Ingestion: ResolverTypeWrapper<IngestionRecordModel>;
  IngestionActivity: ResolverTypeWrapper<IngestionActivityModel>;
  IngestionConnection: ResolverTypeWrapper<Omit<IngestionConnection, 'edges'> & { edges: Array<ResolversTypes['IngestionEdge']> }>;
  IngestionEdge: ResolverTypeWrapper<Omit<IngestionEdge, 'node'> & { node: ResolversTypes['Ingestion'] }>;
  IngestionProblem: ResolverTypeWrapper<IngestionProblemRecordModel>;
  IngestionProblemKind: IngestionProblemKind;
  IngestionSource: IngestionSource;
  IngestionStatus: IngestionStatus;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Invoice: ResolverTypeWrapper<InvoiceRecordModel>;
  InvoiceBillTo: ResolverTypeWrapper<InvoiceBillTo>;
  InvoiceConnection: ResolverTypeWrapper<Omit<InvoiceConnection, 'edges'> & { edges: Array<ResolversTypes['InvoiceEdge']> }>;
  InvoiceDelivery: InvoiceDelivery;
  InvoiceDunning: ResolverTypeWrapper<OpenInvoiceDunningModel>;
  InvoiceEdge: ResolverTypeWrapper<Omit<InvoiceEdge, 'node'> & { node: ResolversTypes['Invoice'] }>;
  InvoiceEmail: ResolverTypeWrapper<InvoiceDeliveryRecordModel>;
  InvoiceFilter: InvoiceFilter;
  InvoiceKind: InvoiceKind;
  InvoiceLine: ResolverTypeWrapper<InvoiceLineRecordModel>;
  InvoiceLineType: InvoiceLineType;
  InvoicePayload: ResolverTypeWrapper<Omit<InvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversTypes['Invoice']> }>;
  InvoiceStatus: InvoiceStatus;
  IssueDateRule: IssueDateRule;
  Kpi: Kpi;
  KpiPoint: ResolverTypeWrapper<KpiPoint>;
  KpiValue: ResolverTypeWrapper<KpiValueModel>;
  LifetimeProblem: ResolverTypeWrapper<LifetimeProblem>;
  LineTolerance: ResolverTypeWrapper<LineTolerance>;
  LineToleranceInput: LineToleranceInput;
  LogDecisionInput: LogDecisionInput;
  MailSettings: ResolverTypeWrapper<MailSettings>;
  MessageTemplate: ResolverTypeWrapper<MessageTemplateRecordModel>;
  MessageTemplatePayload: ResolverTypeWrapper<Omit<MessageTemplatePayload, 'template'> & { template?: Maybe<ResolversTypes['MessageTemplate']> }>;
  MeteredUsageLine: ResolverTypeWrapper<MeteredUsageLineModel>;
  MigrationImport: ResolverTypeWrapper<MigrationImportRecordModel>;
  MigrationImportStatus: MigrationImportStatus;
  Milestone: ResolverTypeWrapper<MilestoneRecordModel>;
  MilestoneInput: MilestoneInput;
  MilestonePayload: ResolverTypeWrapper<Omit<MilestonePayload, 'milestone'> & { milestone?: Maybe<ResolversTypes['Milestone']> }>;
  MilestoneStatus: MilestoneStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notice: ResolverTypeWrapper<NoticeRecordModel>;
  OneTimeCharge: ResolverTypeWrapper<OneTimeChargeRecordModel>;
  OneTimeChargePayload: ResolverTypeWrapper<Omit<OneTimeChargePayload, 'charge'> & { charge?: Maybe<ResolversTypes['OneTimeCharge']> }>;
  OpenIncidentInput: OpenIncidentInput;
  OpeningBalanceTotal: ResolverTypeWrapper<OpeningBalanceTotal>;
  Organization: ResolverTypeWrapper<OrganizationRecordModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParallelRun: ResolverTypeWrapper<ParallelRunRecordModel>;
  ParallelRunCurrencyFigures: ResolverTypeWrapper<ParallelRunCurrencyFigures>;
  ParallelRunPayload: ResolverTypeWrapper<Omit<ParallelRunPayload, 'parallelRun'> & { parallelRun?: Maybe<ResolversTypes['ParallelRun']> }>;
  ParallelRunStatus: ParallelRunStatus;
  ParallelRunSummary: ResolverTypeWrapper<RunSummaryModel>;
  PauseAccountDunningInput: PauseAccountDunningInput;
  Payment: ResolverTypeWrapper<PaymentRecordModel>;
  PaymentAllocation: ResolverTypeWrapper<AllocationRecordModel>;
  PaymentAllocationInput: PaymentAllocationInput;
  PaymentConnection: ResolverTypeWrapper<Omit<PaymentConnection, 'edges'> & { edges: Array<ResolversTypes['PaymentEdge']> }>;
  PaymentEdge: ResolverTypeWrapper<Omit<PaymentEdge, 'node'> & { node: ResolversTypes['Payment'] }>;
  PaymentMethod: PaymentMethod;
  Person: ResolverTypeWrapper<Person>;
  PhaseSpan: ResolverTypeWrapper<ProgramPhaseRecordModel>;
  PortalSignInEmail: ResolverTypeWrapper<PortalSignInEmailRecordModel>;
  PostIncidentUpdateInput: PostIncidentUpdateInput;
  PostStatusUpdateInput: PostStatusUpdateInput;
  Price: ResolverTypeWrapper<PriceRecordModel>;
  PriceInput: PriceInput;
  PriceModel: PriceModel;
  PricePreview: ResolverTypeWrapper<PricePreviewModel>;
  PricePreviewInput: PricePreviewInput;
  PricePreviewPayload: ResolverTypeWrapper<Omit<PricePreviewPayload, 'preview'> & { preview?: Maybe<ResolversTypes['PricePreview']> }>;
  PriceTier: ResolverTypeWrapper<PriceTierRecordModel>;
  PriceTierInput: PriceTierInput;
  Product: ResolverTypeWrapper<ProductRecordModel>;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges'> & { edges: Array<ResolversTypes['ProductEdge']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFilter: ProductFilter;
  ProductKind: ProductKind;
  Program: ResolverTypeWrapper<ProgramRecordModel>;
  ProgramContact: ResolverTypeWrapper<ProgramContactModel>;
  ProgramGoal: ResolverTypeWrapper<ProgramGoalRecordModel>;
  ProgramGoalInput: ProgramGoalInput;
  ProgramPayload: ResolverTypeWrapper<Omit<ProgramPayload, 'program'> & { program?: Maybe<ResolversTypes['Program']> }>;
  ProgramPhase: ProgramPhase;
  ProrationMethod: ProrationMethod;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RaciAssignment: ResolverTypeWrapper<RaciAssignmentRecordModel>;
  RaciResponsibility: RaciResponsibility;
  RaciSubject: ResolverTypeWrapper<RaciSubjectModel>;
  RaciSubjectType: RaciSubjectType;
  Rag: Rag;
  RateDeckEntry: ResolverTypeWrapper<RateDeckEntryRecordModel>;
  RateDeckEntryConnection: ResolverTypeWrapper<Omit<RateDeckEntryConnection, 'edges' | 'version'> & { edges: Array<ResolversTypes['RateDeckEntryEdge']>, version?: Maybe<ResolversTypes['RatePlanVersion']> }>;
  RateDeckEntryEdge: ResolverTypeWrapper<Omit<RateDeckEntryEdge, 'node'> & { node: ResolversTypes['RateDeckEntry'] }>;
  RateDeckImportReport: ResolverTypeWrapper<RateDeckImportReport>;
  RateDeckProblem: ResolverTypeWrapper<RateDeckProblem>;
  RatePlan: ResolverTypeWrapper<RatePlanRecordModel>;
  RatePlanVersion: ResolverTypeWrapper<RatePlanVersionRecordModel>;
  RateStep: ResolverTypeWrapper<RateStep>;
  ReconciledAccount: ResolverTypeWrapper<ParallelRunAccountRecordModel>;
  ReconciledLine: ResolverTypeWrapper<ParallelRunLineRecordModel>;
  ReconciliationStatus: ReconciliationStatus;
  RecordDeliveryEventInput: RecordDeliveryEventInput;
  RecordDeliveryEventPayload: ResolverTypeWrapper<Omit<RecordDeliveryEventPayload, 'delivery'> & { delivery?: Maybe<ResolversTypes['CampaignDelivery']> }>;
  RecordPaymentInput: RecordPaymentInput;
  RecordPaymentPayload: ResolverTypeWrapper<Omit<RecordPaymentPayload, 'payment'> & { payment?: Maybe<ResolversTypes['Payment']> }>;
  RecordRounding: ResolverTypeWrapper<RecordRounding>;
  RecordRoundingDirection: RecordRoundingDirection;
  RecordRoundingInput: RecordRoundingInput;
  RecordTrainingCompletionInput: RecordTrainingCompletionInput;
  ReferenceProblem: ResolverTypeWrapper<ReferenceProblem>;
  RefreshProgramEvidenceInput: RefreshProgramEvidenceInput;
  RemittanceImportReport: ResolverTypeWrapper<RemittanceImportReport>;
  RemittanceProblem: ResolverTypeWrapper<RemittanceProblem>;
  RemoveAccountContactInput: RemoveAccountContactInput;
  RemoveAccountContactPayload: ResolverTypeWrapper<Omit<RemoveAccountContactPayload, 'contact'> & { contact?: Maybe<ResolversTypes['AccountContact']> }>;
  RemoveRaciAssignmentInput: RemoveRaciAssignmentInput;
  RemoveRaciAssignmentPayload: ResolverTypeWrapper<Omit<RemoveRaciAssignmentPayload, 'assignment'> & { assignment?: Maybe<ResolversTypes['RaciAssignment']> }>;
  RenderedMessage: ResolverTypeWrapper<RenderedMessageModelModel>;
  RequestSignOffInput: RequestSignOffInput;
  RerateUsageInput: RerateUsageInput;
  RerateUsagePayload: ResolverTypeWrapper<RerateUsagePayload>;
  ResendInvoiceEmailInput: ResendInvoiceEmailInput;
  ResendInvoiceEmailPayload: ResolverTypeWrapper<Omit<ResendInvoiceEmailPayload, 'email'> & { email?: Maybe<ResolversTypes['InvoiceEmail']> }>;
  ResumeAccountDunningInput: ResumeAccountDunningInput;
  ReviewVariancesInput: ReviewVariancesInput;
  ReviewVariancesPayload: ResolverTypeWrapper<Omit<ReviewVariancesPayload, 'accounts'> & { accounts: Array<ResolversTypes['ReconciledAccount']> }>;
  ReviseMessageTemplateInput: ReviseMessageTemplateInput;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: ResolverTypeWrapper<Omit<RevokeApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  RevokeUserSessionsInput: RevokeUserSessionsInput;
  RevokeUserSessionsPayload: ResolverTypeWrapper<RevokeUserSessionsPayload>;
  Risk: ResolverTypeWrapper<RiskRecordModel>;
  RiskHeatMap: ResolverTypeWrapper<RiskHeatMapModel>;
  RiskHeatMapCell: ResolverTypeWrapper<HeatMapCellModel>;
  RiskPayload: ResolverTypeWrapper<Omit<RiskPayload, 'risk'> & { risk?: Maybe<ResolversTypes['Risk']> }>;
  RiskStatus: RiskStatus;
  Role: Role;
  RollBackWaveInput: RollBackWaveInput;
  RollBackWavePayload: ResolverTypeWrapper<Omit<RollBackWavePayload, 'wave'> & { wave?: Maybe<ResolversTypes['CutoverWave']> }>;
  RoundingMode: RoundingMode;
  RunChange: ResolverTypeWrapper<RunChange>;
  SaveStatusReportInput: SaveStatusReportInput;
  ScheduleCycle: ScheduleCycle;
  ScheduledRun: ResolverTypeWrapper<ScheduledRunRecordModel>;
  ScopeEntry: ResolverTypeWrapper<ScopeEntry>;
  ScopeEntryInput: ScopeEntryInput;
  ScorecardCriterion: ResolverTypeWrapper<ScorecardCriterionModel>;
  SendCampaignInput: SendCampaignInput;
  SendInvoiceInput: SendInvoiceInput;
  SendInvoicePayload: ResolverTypeWrapper<Omit<SendInvoicePayload, 'email'> & { email?: Maybe<ResolversTypes['InvoiceEmail']> }>;
  SetAccountDunningPolicyInput: SetAccountDunningPolicyInput;
  SetComponentStateInput: SetComponentStateInput;
  SetProductAllowancesInput: SetProductAllowancesInput;
  SetProductAllowancesPayload: ResolverTypeWrapper<Omit<SetProductAllowancesPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  SetProductPriceInput: SetProductPriceInput;
  SetProductPricePayload: ResolverTypeWrapper<Omit<SetProductPricePayload, 'price' | 'product'> & { price?: Maybe<ResolversTypes['Price']>, product?: Maybe<ResolversTypes['Product']> }>;
  SetUserPasswordInput: SetUserPasswordInput;
  SetUserPasswordPayload: ResolverTypeWrapper<Omit<SetUserPasswordPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  SignOffApprover: ResolverTypeWrapper<SignOffApproverRecordModel>;
  SignOffApproverInput: SignOffApproverInput;
  SignOffDecision: SignOffDecision;
  SignOffPayload: ResolverTypeWrapper<Omit<SignOffPayload, 'signOff'> & { signOff?: Maybe<ResolversTypes['SignOffRequest']> }>;
  SignOffRequest: ResolverTypeWrapper<SignOffRequestRecordModel>;
  SignOffRule: SignOffRule;
  SignOffStatus: SignOffStatus;
  SignOffSubject: SignOffSubject;
  Stakeholder: ResolverTypeWrapper<Stakeholder>;
  StakeholderInput: StakeholderInput;
  StartParallelRunInput: StartParallelRunInput;
  StatusReport: ResolverTypeWrapper<StatusReportRecordModel>;
  StatusReportPayload: ResolverTypeWrapper<Omit<StatusReportPayload, 'report'> & { report?: Maybe<ResolversTypes['StatusReport']> }>;
  StatusUpdatePayload: ResolverTypeWrapper<Omit<StatusUpdatePayload, 'statusUpdate'> & { statusUpdate?: Maybe<ResolversTypes['WarRoomStatusUpdate']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubscriptionPayload: ResolverTypeWrapper<Omit<SubscriptionPayload, 'subscription'> & { subscription?: Maybe<ResolversTypes['AccountSubscription']> }>;
  SupportArticle: ResolverTypeWrapper<SupportArticleRecordModel>;
  SupportArticlePayload: ResolverTypeWrapper<Omit<SupportArticlePayload, 'article'> & { article?: Maybe<ResolversTypes['SupportArticle']> }>;
  SystemOfRecord: SystemOfRecord;
  SystemOfRecordCount: ResolverTypeWrapper<SystemOfRecordCount>;
  TaxRule: ResolverTypeWrapper<TaxRuleRecordModel>;
  TaxRulePayload: ResolverTypeWrapper<Omit<TaxRulePayload, 'taxRule'> & { taxRule?: Maybe<ResolversTypes['TaxRule']> }>;
  TemplateVariable: ResolverTypeWrapper<TemplateVariable>;
  TemplateVersion: ResolverTypeWrapper<TemplateVersionRecordModel>;
  TestSendCampaignInput: TestSendCampaignInput;
  TimeBand: ResolverTypeWrapper<TimeBandModel>;
  TimeBandInput: TimeBandInput;
  Trainee: ResolverTypeWrapper<TraineeRecordModel>;
  TraineePayload: ResolverTypeWrapper<Omit<TraineePayload, 'trainee'> & { trainee?: Maybe<ResolversTypes['Trainee']> }>;
  TrainingCompletionPayload: ResolverTypeWrapper<Omit<TrainingCompletionPayload, 'cell'> & { cell?: Maybe<ResolversTypes['TrainingGridCell']> }>;
  TrainingCompletionSummary: ResolverTypeWrapper<TrainingCompletionSummaryModel>;
  TrainingGrid: ResolverTypeWrapper<TrainingGridModel>;
  TrainingGridCell: ResolverTypeWrapper<TrainingGridCellModel>;
  TrainingGridRow: ResolverTypeWrapper<TrainingGridRowModel>;
  TrainingModule: ResolverTypeWrapper<TrainingModuleRecordModel>;
  TrainingModulePayload: ResolverTypeWrapper<Omit<TrainingModulePayload, 'module'> & { module?: Maybe<ResolversTypes['TrainingModule']> }>;
  UndoTrainingCompletionInput: UndoTrainingCompletionInput;
  UnratedReason: UnratedReason;
  UnratedUsageCount: ResolverTypeWrapper<UnratedUsageCount>;
  UpdateAccountInput: UpdateAccountInput;
  UpdateCatalogBillingInput: UpdateCatalogBillingInput;
  UpdateCatalogBillingPayload: ResolverTypeWrapper<Omit<UpdateCatalogBillingPayload, 'catalog'> & { catalog?: Maybe<ResolversTypes['Catalog']> }>;
  UpdateCatalogRoundingInput: UpdateCatalogRoundingInput;
  UpdateCatalogRoundingPayload: ResolverTypeWrapper<Omit<UpdateCatalogRoundingPayload, 'catalog'> & { catalog?: Maybe<ResolversTypes['Catalog']> }>;
  UpdateCharterInput: UpdateCharterInput;
  UpdateDraftCheckSettingInput: UpdateDraftCheckSettingInput;
  UpdateDraftCheckSettingPayload: ResolverTypeWrapper<Omit<UpdateDraftCheckSettingPayload, 'setting'> & { setting?: Maybe<ResolversTypes['DraftCheckSetting']> }>;
  UpdateDunningPolicyInput: UpdateDunningPolicyInput;
  UpdateProductInput: UpdateProductInput;
  UpdateProductPayload: ResolverTypeWrapper<Omit<UpdateProductPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  UpdateRatePlanRoundingInput: UpdateRatePlanRoundingInput;
  UpdateRatePlanRoundingPayload: ResolverTypeWrapper<Omit<UpdateRatePlanRoundingPayload, 'ratePlan'> & { ratePlan?: Maybe<ResolversTypes['RatePlan']> }>;
  UpdateRiskInput: UpdateRiskInput;
  UpdateUserInput: UpdateUserInput;
  UpdateUserPayload: ResolverTypeWrapper<Omit<UpdateUserPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  UsageAggregation: UsageAggregation;
  UsageOutsideLifetime: ResolverTypeWrapper<UsageOutsideLifetime>;
  UsageRecord: ResolverTypeWrapper<UsageRecordRowModel>;
  UsageRecordConnection: ResolverTypeWrapper<Omit<UsageRecordConnection, 'edges'> & { edges: Array<ResolversTypes['UsageRecordEdge']> }>;
  UsageRecordEdge: ResolverTypeWrapper<Omit<UsageRecordEdge, 'node'> & { node: ResolversTypes['UsageRecord'] }>;
  UsageRecordFilter: UsageRecordFilter;
  UsageRecordInput: UsageRecordInput;
  UsageStatus: UsageStatus;
  UsageType: UsageType;
  User: ResolverTypeWrapper<UserRecordModel>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  UserFilter: UserFilter;
  UserSession: ResolverTypeWrapper<SessionRecordModel>;
  ValidatedFile: ResolverTypeWrapper<ValidatedFile>;
  ValidationReport: ResolverTypeWrapper<ValidationReportModel>;
  VarianceCause: VarianceCause;
  VarianceResolution: VarianceResolution;
  Viewer: ResolverTypeWrapper<ActorModel>;
  ViewerKind: ViewerKind;
  VoiceUsageLine: ResolverTypeWrapper<VoiceLineModel>;
  VoidInvoiceInput: VoidInvoiceInput;
  VoidInvoicePayload: ResolverTypeWrapper<Omit<VoidInvoicePayload, 'invoice' | 'reissueBillRun'> & { invoice?: Maybe<ResolversTypes['Invoice']>, reissueBillRun?: Maybe<ResolversTypes['BillRun']> }>;
  WarRoom: ResolverTypeWrapper<WarRoomSnapshotModel>;
  WarRoomComponent: ResolverTypeWrapper<ComponentRecordModel>;
  WarRoomReject: ResolverTypeWrapper<WarRoomReject>;
  WarRoomStatusUpdate: ResolverTypeWrapper<WarRoomStatusUpdateRecordModel>;
  WarRoomWave: ResolverTypeWrapper<WaveStandingModel>;
  WaveAccount: ResolverTypeWrapper<WaveAccountRowModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: AccountRecordModel;
  AccountBalance: AccountBalanceModel;
  AccountConnection: Omit<AccountConnection, 'edges'> & { edges: Array<ResolversParentTypes['AccountEdge']> };
  AccountContact: AccountContactRecordModel;
  AccountContactPayload: Omit<AccountContactPayload, 'contact'> & { contact?: Maybe<ResolversParentTypes['AccountContact']> };
  AccountDunning: AccountDunningStateModel;
  AccountDunningPayload: Omit<AccountDunningPayload, 'accountDunning'> & { accountDunning?: Maybe<ResolversParentTypes['AccountDunning']> };
  AccountEdge: Omit<AccountEdge, 'node'> & { node: ResolversParentTypes['Account'] };
  AccountFieldsInput: AccountFieldsInput;
  AccountMissingValues: AccountMissingValuesModel;
  AccountPayload: Omit<AccountPayload, 'account'> & { account?: Maybe<ResolversParentTypes['Account']> };
  AccountSubscription: SubscriptionRecordModel;
  AccountUsageSummary: AccountUsageSummaryModel;
  AddAccountContactInput: AddAccountContactInput;
  AddOneTimeChargeInput: AddOneTimeChargeInput;
  AddTraineeInput: AddTraineeInput;
  AgingBuckets: AgingBuckets;
  AgingReport: AgingReportModel;
  AgingRow: AgingRowModel;
  AgingTotal: AgingTotal;
  AllocateCreditInput: AllocateCreditInput;
  AllocateCreditPayload: Omit<AllocateCreditPayload, 'allocations'> & { allocations: Array<ResolversParentTypes['PaymentAllocation']> };
  Allowance: AllowanceRecordModel;
  AllowanceInput: AllowanceInput;
  ApiKey: ApiKeyRecordModel;
  ApiKeyConnection: Omit<ApiKeyConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApiKeyEdge']> };
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  ApproveDraftsWithOnlyFindingInput: ApproveDraftsWithOnlyFindingInput;
  ApproveDraftsWithOnlyFindingPayload: ApproveDraftsWithOnlyFindingPayload;
  AreaPointOfContact: AreaPointOfContactModel;
  AssignIncidentLeadInput: AssignIncidentLeadInput;
  AssignRaciInput: AssignRaciInput;
  AssignRaciPayload: Omit<AssignRaciPayload, 'assignment' | 'replaced'> & { assignment?: Maybe<ResolversParentTypes['RaciAssignment']>, replaced?: Maybe<ResolversParentTypes['RaciAssignment']> };
  Audience: AudienceRecordModel;
  AudienceFilter: AudienceSelectionModel;
  AudienceFilterInput: AudienceFilterInput;
  AudiencePayload: Omit<AudiencePayload, 'audience'> & { audience?: Maybe<ResolversParentTypes['Audience']> };
  AuditEntry: AuditEntryRecordModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditEntryFilter: AuditEntryFilter;
  BandRate: BandRate;
  BandTerms: BandTerms;
  BillRun: BillRunRecordModel;
  BillRunPayload: Omit<BillRunPayload, 'billRun'> & { billRun?: Maybe<ResolversParentTypes['BillRun']> };
  BillRunResult: BillRunResultRowModel;
  BillRunResultConnection: Omit<BillRunResultConnection, 'edges'> & { edges: Array<ResolversParentTypes['BillRunResultEdge']> };
  BillRunResultEdge: Omit<BillRunResultEdge, 'node'> & { node: ResolversParentTypes['BillRunResult'] };
  BillingSchedule: BillingScheduleRecordModel;
  BillingScheduleInput: BillingScheduleInput;
  BillingSchedulePayload: Omit<BillingSchedulePayload, 'billingSchedule'> & { billingSchedule?: Maybe<ResolversParentTypes['BillingSchedule']> };
  Boolean: Scalars['Boolean']['output'];
  BreakdownLine: BreakdownLineModel;
  CallPreview: CallPreviewResultModel;
  CallPreviewInput: CallPreviewInput;
  CallStep: CallStep;
  Campaign: CampaignRecordModel;
  CampaignApproval: CampaignApproval;
  CampaignDelivery: CampaignDeliveryRecordModel;
  CampaignDeliveryConnection: Omit<CampaignDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['CampaignDeliveryEdge']> };
  CampaignDeliveryEdge: Omit<CampaignDeliveryEdge, 'node'> & { node: ResolversParentTypes['CampaignDelivery'] };
  CampaignInput: CampaignInput;
  CampaignMissingValues: CampaignMissingValuesModel;
  CampaignPayload: Omit<CampaignPayload, 'campaign'> & { campaign?: Maybe<ResolversParentTypes['Campaign']> };
  CastGoNoGoVoteInput: CastGoNoGoVoteInput;
  Catalog: CatalogRecordModel;
  ChangeSubscriptionInput: ChangeSubscriptionInput;
  Charter: CharterRecordModel;
  CheckThreshold: CheckThreshold;
  CheckThresholdInput: CheckThresholdInput;
  ChecklistFilter: ChecklistFilter;
  ChecklistItem: ChecklistItemRecordModel;
  ChecklistItemInput: ChecklistItemInput;
  ChecklistItemPayload: Omit<ChecklistItemPayload, 'item'> & { item?: Maybe<ResolversParentTypes['ChecklistItem']> };
  ComparedLine: ComparedLineModel;
  ComparisonSide: ComparisonSide;
  ComponentPayload: Omit<ComponentPayload, 'component'> & { component?: Maybe<ResolversParentTypes['WarRoomComponent']> };
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  CreateAudienceInput: CreateAudienceInput;
  CreateBillRunInput: CreateBillRunInput;
  CreateCampaignInput: CreateCampaignInput;
  CreateCutoverWaveInput: CreateCutoverWaveInput;
  CreateDunningPolicyInput: CreateDunningPolicyInput;
  CreateGoNoGoReviewInput: CreateGoNoGoReviewInput;
  CreateMessageTemplateInput: CreateMessageTemplateInput;
  CreateProductInput: CreateProductInput;
  CreateProductPayload: Omit<CreateProductPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  CreateProgramInput: CreateProgramInput;
  CreateRatePlanInput: CreateRatePlanInput;
  CreateRatePlanPayload: Omit<CreateRatePlanPayload, 'ratePlan'> & { ratePlan?: Maybe<ResolversParentTypes['RatePlan']> };
  CreateRiskInput: CreateRiskInput;
  CreateSubscriptionInput: CreateSubscriptionInput;
  CreateSupportArticleInput: CreateSupportArticleInput;
  CreateTaxRuleInput: CreateTaxRuleInput;
  CreateTrainingModuleInput: CreateTrainingModuleInput;
  CreateUserInput: CreateUserInput;
  CreateUserPayload: Omit<CreateUserPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  CreditInvoiceInput: CreditInvoiceInput;
  CreditLineInput: CreditLineInput;
  Currency: Scalars['Currency']['output'];
  CutOverWaveInput: CutOverWaveInput;
  CutoverEvent: CutoverEventRecordModel;
  CutoverWave: CutoverWaveRecordModel;
  CutoverWavePayload: Omit<CutoverWavePayload, 'wave'> & { wave?: Maybe<ResolversParentTypes['CutoverWave']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DatedPriceInput: DatedPriceInput;
  DecideGoNoGoInput: DecideGoNoGoInput;
  DecideSignOffInput: DecideSignOffInput;
  Decimal: Scalars['Decimal']['output'];
  DecisionLogEntry: DecisionLogRecordModel;
  DecisionLogEntryPayload: Omit<DecisionLogEntryPayload, 'entry'> & { entry?: Maybe<ResolversParentTypes['DecisionLogEntry']> };
  DeleteDunningPolicyInput: DeleteDunningPolicyInput;
  DeleteDunningPolicyPayload: DeleteDunningPolicyPayload;
  DeliveryCount: DeliveryCount;
  DeliveryCounts: DeliveryCounts;
  DiscardDraftInvoiceInput: DiscardDraftInvoiceInput;
  DiscardDraftInvoicePayload: DiscardDraftInvoicePayload;
  DraftCheckSetting: CheckSettingRecordModel;
  DraftComparison: DraftComparisonModel;
  DraftDecisionInput: DraftDecisionInput;
  DraftDecisionPayload: Omit<DraftDecisionPayload, 'review'> & { review?: Maybe<ResolversParentTypes['DraftReview']> };
  DraftFinding: DraftFindingRecordModel;
  DraftReview: DraftReviewRecordModel;
  DraftReviewConnection: Omit<DraftReviewConnection, 'edges'> & { edges: Array<ResolversParentTypes['DraftReviewEdge']> };
  DraftReviewEdge: Omit<DraftReviewEdge, 'node'> & { node: ResolversParentTypes['DraftReview'] };
  DraftReviewStateCount: DraftReviewStateCount;
  DunningEmail: DunningEmailRecordModel;
  DunningEvent: DunningEventRecordModel;
  DunningEventConnection: Omit<DunningEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['DunningEventEdge']> };
  DunningEventEdge: Omit<DunningEventEdge, 'node'> & { node: ResolversParentTypes['DunningEvent'] };
  DunningPolicy: DunningPolicyRecordModel;
  DunningPolicyPayload: Omit<DunningPolicyPayload, 'policy'> & { policy?: Maybe<ResolversParentTypes['DunningPolicy']> };
  DunningPreview: Omit<DunningPreview, 'actions'> & { actions: Array<ResolversParentTypes['DunningPreviewAction']> };
  DunningPreviewAction: DueDunningActionModel;
  DunningStage: DunningStageRowModel;
  DunningStep: DunningStepRecordModel;
  DunningStepInput: DunningStepInput;
  EmailBounce: EmailBounce;
  EmailStatusCount: EmailStatusCount;
  EndSubscriptionInput: EndSubscriptionInput;
  EvidenceCheck: EvidenceCheckSpecModel;
  EvidenceCheckInput: EvidenceCheckInput;
  ExportFileInput: ExportFileInput;
  ExportedFile: ExportedFile;
  FinalizeCleanDraftsPayload: Omit<FinalizeCleanDraftsPayload, 'billRun'> & { billRun?: Maybe<ResolversParentTypes['BillRun']> };
  FinalizeInvoiceInput: FinalizeInvoiceInput;
  Float: Scalars['Float']['output'];
  GoNoGoConditionInput: GoNoGoConditionInput;
  GoNoGoReview: GoNoGoReviewRecordModel;
  GoNoGoReviewPayload: Omit<GoNoGoReviewPayload, 'review'> & { review?: Maybe<ResolversParentTypes['GoNoGoReview']> };
  GoNoGoVote: GoNoGoVoteRecordModel;
  Holiday: Holiday;
  HolidayInput: HolidayInput;
  ID: Scalars['ID']['output'];
  ImportFileReport: ImportFileReportModelModel;
  ImportLegacyExportInput: ImportLegacyExportInput;
  ImportLegacyExportPayload: Omit<ImportLegacyExportPayload, 'import'> & { import?: Maybe<ResolversParentTypes['MigrationImport']> };
  ImportProblem: MigrationImportProblemRecordModel;
  ImportRateDeckInput: ImportRateDeckInput;
  ImportRateDeckPayload: Omit<ImportRateDeckPayload, 'version'> & { version?: Maybe<ResolversParentTypes['RatePlanVersion']> };
  ImportRemittanceInput: ImportRemittanceInput;
  ImportRemittancePayload: Omit<ImportRemittancePayload, 'payments'> & { payments: Array<ResolversParentTypes['Payment']> };
  ImportedUnratedUsage: ImportedUnratedUsage;
  Incident: IncidentRecordModel;
  IncidentPayload: Omit<IncidentPayload, 'incident'> & { incident?: Maybe<ResolversParentTypes['Incident']> };
  IncidentUpdate: IncidentUpdateRecordModel;
  IngestUsageInput: IngestUsageInput;
  IngestUsagePayload: Omit<IngestUsagePayload, 'ingestion'> & { ingestion?: Maybe<ResolversParentTypes['Ingestion']> };
  Ingestion: IngestionRecordModel;
  IngestionActivity: IngestionActivityModel;
  IngestionConnection: Omit<IngestionConnection, 'edges'> & { edges: Array<ResolversParentTypes['IngestionEdge']> };
  IngestionEdge: Omit<IngestionEdge, 'node'> & { node: ResolversParentTypes['Ingestion'] };
  IngestionProblem: IngestionProblemRecordModel;
  Int: Scalars['Int']['output'];
  Invoice: InvoiceRecordModel;
  InvoiceBillTo: InvoiceBillTo;
  InvoiceConnection: Omit<InvoiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['InvoiceEdge']> };
  InvoiceDunning: OpenInvoiceDunningModel;
  InvoiceEdge: Omit<InvoiceEdge, 'node'> & { node: ResolversParentTypes['Invoice'] };
  InvoiceEmail: InvoiceDeliveryRecordModel;
  InvoiceFilter: InvoiceFilter;
  InvoiceLine: InvoiceLineRecordModel;
  InvoicePayload: Omit<InvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversParentTypes['Invoice']> };
  KpiPoint: KpiPoint;
  KpiValue: KpiValueModel;
  LifetimeProblem: LifetimeProblem;
  LineTolerance: LineTolerance;
  LineToleranceInput: LineToleranceInput;
  LogDecisionInput: LogDecisionInput;
  MailSettings: MailSettings;
  MessageTemplate: MessageTemplateRecordModel;
  MessageTemplatePayload: Omit<MessageTemplatePayload, 'template'> & { template?: Maybe<ResolversParentTypes['MessageTemplate']> };
  MeteredUsageLine: MeteredUsageLineModel;
  MigrationImport: MigrationImportRecordModel;
  Milestone: MilestoneRecordModel;
  MilestoneInput: MilestoneInput;
  MilestonePayload: Omit<MilestonePayload, 'milestone'> & { milestone?: Maybe<ResolversParentTypes['Milestone']> };
  Mutation: Record<PropertyKey, never>;
  Notice: NoticeRecordModel;
  OneTimeCharge: OneTimeChargeRecordModel;
  OneTimeChargePayload: Omit<OneTimeChargePayload, 'charge'> & { charge?: Maybe<ResolversParentTypes['OneTimeCharge']> };
  OpenIncidentInput: OpenIncidentInput;
  OpeningBalanceTotal: OpeningBalanceTotal;
  Organization: OrganizationRecordModel;
  PageInfo: PageInfo;
  ParallelRun: ParallelRunRecordModel;
  ParallelRunCurrencyFigures: ParallelRunCurrencyFigures;
  ParallelRunPayload: Omit<ParallelRunPayload, 'parallelRun'> & { parallelRun?: Maybe<ResolversParentTypes['ParallelRun']> };
  ParallelRunSummary: RunSummaryModel;
  PauseAccountDunningInput: PauseAccountDunningInput;
  Payment: PaymentRecordModel;
  PaymentAllocation: AllocationRecordModel;
  PaymentAllocationInput: PaymentAllocationInput;
  PaymentConnection: Omit<PaymentConnection, 'edges'> & { edges: Array<ResolversParentTypes['PaymentEdge']> };
  PaymentEdge: Omit<PaymentEdge, 'node'> & { node: ResolversParentTypes['Payment'] };
  Person: Person;
  PhaseSpan: ProgramPhaseRecordModel;
  PortalSignInEmail: PortalSignInEmailRecordModel;
  PostIncidentUpdateInput: PostIncidentUpdateInput;
  PostStatusUpdateInput: PostStatusUpdateInput;
  Price: PriceRecordModel;
  PriceInput: PriceInput;
  PricePreview: PricePreviewModel;
  PricePreviewInput: PricePreviewInput;
  PricePreviewPayload: Omit<PricePreviewPayload, 'preview'> & { preview?: Maybe<ResolversParentTypes['PricePreview']> };
  PriceTier: PriceTierRecordModel;
  PriceTierInput: PriceTierInput;
  Product: ProductRecordModel;
  ProductConnection: Omit<ProductConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductEdge']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFilter: ProductFilter;
  Program: ProgramRecordModel;
  ProgramContact: ProgramContactModel;
  ProgramGoal: ProgramGoalRecordModel;
  ProgramGoalInput: ProgramGoalInput;
  ProgramPayload: Omit<ProgramPayload, 'program'> & { program?: Maybe<ResolversParentTypes['Program']> };
  Query: Record<PropertyKey, never>;
  RaciAssignment: RaciAssignmentRecordModel;
  RaciSubject: RaciSubjectModel;
  RateDeckEntry: RateDeckEntryRecordModel;
  RateDeckEntryConnection: Omit<RateDeckEntryConnection, 'edges' | 'version'> & { edges: Array<ResolversParentTypes['RateDeckEntryEdge']>, version?: Maybe<ResolversParentTypes['RatePlanVersion']> };
  RateDeckEntryEdge: Omit<RateDeckEntryEdge, 'node'> & { node: ResolversParentTypes['RateDeckEntry'] };
  RateDeckImportReport: RateDeckImportReport;
  RateDeckProblem: RateDeckProblem;
  RatePlan: RatePlanRecordModel;
  RatePlanVersion: RatePlanVersionRecordModel;
  RateStep: RateStep;
  ReconciledAccount: ParallelRunAccountRecordModel;
  ReconciledLine: ParallelRunLineRecordModel;
  RecordDeliveryEventInput: RecordDeliveryEventInput;
  RecordDeliveryEventPayload: Omit<RecordDeliveryEventPayload, 'delivery'> & { delivery?: Maybe<ResolversParentTypes['CampaignDelivery']> };
  RecordPaymentInput: RecordPaymentInput;
  RecordPaymentPayload: Omit<RecordPaymentPayload, 'payment'> & { payment?: Maybe<ResolversParentTypes['Payment']> };
  RecordRounding: RecordRounding;
  RecordRoundingInput: RecordRoundingInput;
  RecordTrainingCompletionInput: RecordTrainingCompletionInput;
  ReferenceProblem: ReferenceProblem;
  RefreshProgramEvidenceInput: RefreshProgramEvidenceInput;
  RemittanceImportReport: RemittanceImportReport;
  RemittanceProblem: RemittanceProblem;
  RemoveAccountContactInput: RemoveAccountContactInput;
  RemoveAccountContactPayload: Omit<RemoveAccountContactPayload, 'contact'> & { contact?: Maybe<ResolversParentTypes['AccountContact']> };
  RemoveRaciAssignmentInput: RemoveRaciAssignmentInput;
  RemoveRaciAssignmentPayload: Omit<RemoveRaciAssignmentPayload, 'assignment'> & { assignment?: Maybe<ResolversParentTypes['RaciAssignment']> };
  RenderedMessage: RenderedMessageModelModel;
  RequestSignOffInput: RequestSignOffInput;
  RerateUsageInput: RerateUsageInput;
  RerateUsagePayload: RerateUsagePayload;
  ResendInvoiceEmailInput: ResendInvoiceEmailInput;
  ResendInvoiceEmailPayload: Omit<ResendInvoiceEmailPayload, 'email'> & { email?: Maybe<ResolversParentTypes['InvoiceEmail']> };
  ResumeAccountDunningInput: ResumeAccountDunningInput;
  ReviewVariancesInput: ReviewVariancesInput;
  ReviewVariancesPayload: Omit<ReviewVariancesPayload, 'accounts'> & { accounts: Array<ResolversParentTypes['ReconciledAccount']> };
  ReviseMessageTemplateInput: ReviseMessageTemplateInput;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: Omit<RevokeApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  RevokeUserSessionsInput: RevokeUserSessionsInput;
  RevokeUserSessionsPayload: RevokeUserSessionsPayload;
  Risk: RiskRecordModel;
  RiskHeatMap: RiskHeatMapModel;
  RiskHeatMapCell: HeatMapCellModel;
  RiskPayload: Omit<RiskPayload, 'risk'> & { risk?: Maybe<ResolversParentTypes['Risk']> };
  RollBackWaveInput: RollBackWaveInput;
  RollBackWavePayload: Omit<RollBackWavePayload, 'wave'> & { wave?: Maybe<ResolversParentTypes['CutoverWave']> };
  RunChange: RunChange;
  SaveStatusReportInput: SaveStatusReportInput;
  ScheduledRun: ScheduledRunRecordModel;
  ScopeEntry: ScopeEntry;
  ScopeEntryInput: ScopeEntryInput;
  ScorecardCriterion: ScorecardCriterionModel;
  SendCampaignInput: SendCampaignInput;
  SendInvoiceInput: SendInvoiceInput;
  SendInvoicePayload: Omit<SendInvoicePayload, 'email'> & { email?: Maybe<ResolversParentTypes['InvoiceEmail']> };
  SetAccountDunningPolicyInput: SetAccountDunningPolicyInput;
  SetComponentStateInput: SetComponentStateInput;
  SetProductAllowancesInput: SetProductAllowancesInput;
  SetProductAllowancesPayload: Omit<SetProductAllowancesPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  SetProductPriceInput: SetProductPriceInput;
  SetProductPricePayload: Omit<SetProductPricePayload, 'price' | 'product'> & { price?: Maybe<ResolversParentTypes['Price']>, product?: Maybe<ResolversParentTypes['Product']> };
  SetUserPasswordInput: SetUserPasswordInput;
  SetUserPasswordPayload: Omit<SetUserPasswordPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  SignOffApprover: SignOffApproverRecordModel;
  SignOffApproverInput: SignOffApproverInput;
  SignOffPayload: Omit<SignOffPayload, 'signOff'> & { signOff?: Maybe<ResolversParentTypes['SignOffRequest']> };
  SignOffRequest: SignOffRequestRecordModel;
  Stakeholder: Stakeholder;
  StakeholderInput: StakeholderInput;
  StartParallelRunInput: StartParallelRunInput;
  StatusReport: StatusReportRecordModel;
  StatusReportPayload: Omit<StatusReportPayload, 'report'> & { report?: Maybe<ResolversParentTypes['StatusReport']> };
  StatusUpdatePayload: Omit<StatusUpdatePayload, 'statusUpdate'> & { statusUpdate?: Maybe<ResolversParentTypes['WarRoomStatusUpdate']> };
  String: Scalars['String']['output'];
  SubscriptionPayload: Omit<SubscriptionPayload, 'subscription'> & { subscription?: Maybe<ResolversParentTypes['AccountSubscription']> };
  SupportArticle: SupportArticleRecordModel;
  SupportArticlePayload: Omit<SupportArticlePayload, 'article'> & { article?: Maybe<ResolversParentTypes['SupportArticle']> };
  SystemOfRecordCount: SystemOfRecordCount;
  TaxRule: TaxRuleRecordModel;
  TaxRulePayload: Omit<TaxRulePayload, 'taxRule'> & { taxRule?: Maybe<ResolversParentTypes['TaxRule']> };
  TemplateVariable: TemplateVariable;
  TemplateVersion: TemplateVersionRecordModel;
  TestSendCampaignInput: TestSendCampaignInput;
  TimeBand: TimeBandModel;
  TimeBandInput: TimeBandInput;
  Trainee: TraineeRecordModel;
  TraineePayload: Omit<TraineePayload, 'trainee'> & { trainee?: Maybe<ResolversParentTypes['Trainee']> };
  TrainingCompletionPayload: Omit<TrainingCompletionPayload, 'cell'> & { cell?: Maybe<ResolversParentTypes['TrainingGridCell']> };
  TrainingCompletionSummary: TrainingCompletionSummaryModel;
  TrainingGrid: TrainingGridModel;
  TrainingGridCell: TrainingGridCellModel;
  TrainingGridRow: TrainingGridRowModel;
  TrainingModule: TrainingModuleRecordModel;
  TrainingModulePayload: Omit<TrainingModulePayload, 'module'> & { module?: Maybe<ResolversParentTypes['TrainingModule']> };
  UndoTrainingCompletionInput: UndoTrainingCompletionInput;
  UnratedUsageCount: UnratedUsageCount;
  UpdateAccountInput: UpdateAccountInput;
  UpdateCatalogBillingInput: UpdateCatalogBillingInput;
  UpdateCatalogBillingPayload: Omit<UpdateCatalogBillingPayload, 'catalog'> & { catalog?: Maybe<ResolversParentTypes['Catalog']> };
  UpdateCatalogRoundingInput: UpdateCatalogRoundingInput;
  UpdateCatalogRoundingPayload: Omit<UpdateCatalogRoundingPayload, 'catalog'> & { catalog?: Maybe<ResolversParentTypes['Catalog']> };
  UpdateCharterInput: UpdateCharterInput;
  UpdateDraftCheckSettingInput: UpdateDraftCheckSettingInput;
  UpdateDraftCheckSettingPayload: Omit<UpdateDraftCheckSettingPayload, 'setting'> & { setting?: Maybe<ResolversParentTypes['DraftCheckSetting']> };
  UpdateDunningPolicyInput: UpdateDunningPolicyInput;
  UpdateProductInput: UpdateProductInput;
  UpdateProductPayload: Omit<UpdateProductPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  UpdateRatePlanRoundingInput: UpdateRatePlanRoundingInput;
  UpdateRatePlanRoundingPayload: Omit<UpdateRatePlanRoundingPayload, 'ratePlan'> & { ratePlan?: Maybe<ResolversParentTypes['RatePlan']> };
  UpdateRiskInput: UpdateRiskInput;
  UpdateUserInput: UpdateUserInput;
  UpdateUserPayload: Omit<UpdateUserPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  UsageOutsideLifetime: UsageOutsideLifetime;
  UsageRecord: UsageRecordRowModel;
  UsageRecordConnection: Omit<UsageRecordConnection, 'edges'> & { edges: Array<ResolversParentTypes['UsageRecordEdge']> };
  UsageRecordEdge: Omit<UsageRecordEdge, 'node'> & { node: ResolversParentTypes['UsageRecord'] };
  UsageRecordFilter: UsageRecordFilter;
  UsageRecordInput: UsageRecordInput;
  User: UserRecordModel;
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserError: UserError;
  UserFilter: UserFilter;
  UserSession: SessionRecordModel;
  ValidatedFile: ValidatedFile;
  ValidationReport: ValidationReportModel;
  Viewer: ActorModel;
  VoiceUsageLine: VoiceLineModel;
  VoidInvoiceInput: VoidInvoiceInput;
  VoidInvoicePayload: Omit<VoidInvoicePayload, 'invoice' | 'reissueBillRun'> & { invoice?: Maybe<ResolversParentTypes['Invoice']>, reissueBillRun?: Maybe<ResolversParentTypes['BillRun']> };
  WarRoom: WarRoomSnapshotModel;
  WarRoomComponent: ComponentRecordModel;
  WarRoomReject: WarRoomReject;
  WarRoomStatusUpdate: WarRoomStatusUpdateRecordModel;
  WarRoomWave: WaveStandingModel;
  WaveAccount: WaveAccountRowModel;
};

export type TextDirectiveArgs = {
  maxLength?: Maybe<Scalars['Int']['input']>;
  multiline?: Maybe<Scalars['Boolean']['input']>;
  verbatim?: Maybe<Scalars['Boolean']['input']>;
};

export type TextDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = TextDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = {
  balance?: Resolver<ResolversTypes['AccountBalance'], ParentType, ContextType>;
  billToParent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  billingCycle?: Resolver<ResolversTypes['BillingCycle'], ParentType, ContextType>;
  billingDay?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  billingEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingEmailBounce?: Resolver<Maybe<ResolversTypes['EmailBounce']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['AccountContact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  cutoverDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceDelivery?: Resolver<ResolversTypes['InvoiceDelivery'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  oneTimeCharges?: Resolver<Array<ResolversTypes['OneTimeCharge']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  paymentTermsDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratePlan?: Resolver<Maybe<ResolversTypes['RatePlan']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AccountStatus'], ParentType, ContextType>;
  subscriptions?: Resolver<Array<ResolversTypes['AccountSubscription']>, ParentType, ContextType>;
  systemOfRecord?: Resolver<ResolversTypes['SystemOfRecord'], ParentType, ContextType>;
  taxExemptions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  taxRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AccountBalanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountBalance'] = ResolversParentTypes['AccountBalance']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  credited?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  invoiced?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type AccountConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountConnection'] = ResolversParentTypes['AccountConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccountEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AccountContactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountContact'] = ResolversParentTypes['AccountContact']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type AccountContactPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountContactPayload'] = ResolversParentTypes['AccountContactPayload']> = {
  contact?: Resolver<Maybe<ResolversTypes['AccountContact']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AccountDunningResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountDunning'] = ResolversParentTypes['AccountDunning']> = {
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['DunningEmail']>, ParentType, ContextType>;
  isPolicyAssigned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openInvoices?: Resolver<Array<ResolversTypes['InvoiceDunning']>, ParentType, ContextType>;
  pauseReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pausedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pausedUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  policy?: Resolver<Maybe<ResolversTypes['DunningPolicy']>, ParentType, ContextType>;
};

export type AccountDunningPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountDunningPayload'] = ResolversParentTypes['AccountDunningPayload']> = {
  accountDunning?: Resolver<Maybe<ResolversTypes['AccountDunning']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AccountEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountEdge'] = ResolversParentTypes['AccountEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
};

export type AccountMissingValuesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountMissingValues'] = ResolversParentTypes['AccountMissingValues']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  variables?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AccountPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountPayload'] = ResolversParentTypes['AccountPayload']> = {
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AccountStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, CLOSED?: any, SUSPENDED?: any }, ResolversTypes['AccountStatus']>;

export type AccountSubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountSubscription'] = ResolversParentTypes['AccountSubscription']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  billingAlignment?: Resolver<ResolversTypes['BillingAlignment'], ParentType, ContextType>;
  bundleBase?: Resolver<Maybe<ResolversTypes['AccountSubscription']>, ParentType, ContextType>;
  discountPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  replaces?: Resolver<Maybe<ResolversTypes['AccountSubscription']>, ParentType, ContextType>;
  serviceIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  unitPrice?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
};

export type AccountUsageSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountUsageSummary'] = ResolversParentTypes['AccountUsageSummary']> = {
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  meteredLines?: Resolver<Array<ResolversTypes['MeteredUsageLine']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unratedRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  voiceLines?: Resolver<Array<ResolversTypes['VoiceUsageLine']>, ParentType, ContextType>;
};

export type ActorKindResolvers = EnumResolverSignature<{ ANONYMOUS?: any, API_KEY?: any, SYSTEM?: any, USER?: any }, ResolversTypes['ActorKind']>;

export type AgingBucketsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgingBuckets'] = ResolversParentTypes['AgingBuckets']> = {
  current?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  days1To30?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  days31To60?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  days61To90?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  over90Days?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type AgingReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgingReport'] = ResolversParentTypes['AgingReport']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['AgingRow']>, ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['AgingTotal']>, ParentType, ContextType>;
};

export type AgingRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgingRow'] = ResolversParentTypes['AgingRow']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  buckets?: Resolver<ResolversTypes['AgingBuckets'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
};

export type AgingTotalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgingTotal'] = ResolversParentTypes['AgingTotal']> = {
  buckets?: Resolver<ResolversTypes['AgingBuckets'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
};

export type AllocateCreditPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AllocateCreditPayload'] = ResolversParentTypes['AllocateCreditPayload']> = {
  allocations?: Resolver<Array<ResolversTypes['PaymentAllocation']>, ParentType, ContextType>;
  remainingCredit?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AllowanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Allowance'] = ResolversParentTypes['Allowance']> = {
  destinationClasses?: Resolver<Array<ResolversTypes['DestinationClass']>, ParentType, ContextType>;
  isPooled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  minutesPerUnit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantityPerUnit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  rollsOver?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  usageProduct?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  usageType?: Resolver<ResolversTypes['UsageType'], ParentType, ContextType>;
};

export type ApiKeyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  modules?: Resolver<Array<ResolversTypes['ApiModule']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ApiKeyScope'], ParentType, ContextType>;
};

export type ApiKeyConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ApiKeyEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
};

export type ApiKeyScopeResolvers = EnumResolverSignature<{ READ?: any, READ_WRITE?: any }, ResolversTypes['ApiKeyScope']>;

export type ApiModuleResolvers = EnumResolverSignature<{ ACCOUNTS?: any, CATALOG?: any, COMMS?: any, INVOICING?: any, MIGRATION?: any, PAYMENTS?: any, PROGRAM?: any, USAGE?: any }, ResolversTypes['ApiModule']>;

export type ApproveDraftsWithOnlyFindingPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApproveDraftsWithOnlyFindingPayload'] = ResolversParentTypes['ApproveDraftsWithOnlyFindingPayload']> = {
  approved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AreaPointOfContactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AreaPointOfContact'] = ResolversParentTypes['AreaPointOfContact']> = {
  accountable?: Resolver<Maybe<ResolversTypes['ProgramContact']>, ParentType, ContextType>;
  area?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  escalationPath?: Resolver<Array<ResolversTypes['ProgramContact']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responsible?: Resolver<Array<ResolversTypes['ProgramContact']>, ParentType, ContextType>;
};

export type AssignRaciPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AssignRaciPayload'] = ResolversParentTypes['AssignRaciPayload']> = {
  assignment?: Resolver<Maybe<ResolversTypes['RaciAssignment']>, ParentType, ContextType>;
  replaced?: Resolver<Maybe<ResolversTypes['RaciAssignment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AudienceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Audience'] = ResolversParentTypes['Audience']> = {
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<AudienceAccountsArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filter?: Resolver<Maybe<ResolversTypes['AudienceFilter']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wave?: Resolver<Maybe<ResolversTypes['CutoverWave']>, ParentType, ContextType>;
};

export type AudienceFilterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AudienceFilter'] = ResolversParentTypes['AudienceFilter']> = {
  minBalance?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['AccountStatus']>, ParentType, ContextType>;
};

export type AudiencePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AudiencePayload'] = ResolversParentTypes['AudiencePayload']> = {
  audience?: Resolver<Maybe<ResolversTypes['Audience']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  actorKind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  actorLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorUser?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inputSummary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['AuditResult'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuditResultResolvers = EnumResolverSignature<{ ERROR?: any, OK?: any, REJECTED?: any }, ResolversTypes['AuditResult']>;

export type BandRateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BandRate'] = ResolversParentTypes['BandRate']> = {
  band?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratePerMinute?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type BandTermsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BandTerms'] = ResolversParentTypes['BandTerms']> = {
  band?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  connectionFee?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  initialIncrementSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rateSteps?: Resolver<Maybe<Array<ResolversTypes['RateStep']>>, ParentType, ContextType>;
  subsequentIncrementSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type BillRunResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillRun'] = ResolversParentTypes['BillRun']> = {
  accountsDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  accountsFailed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  accountsTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  autoFinalize?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checkedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cleanDraftsFinalizedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  draftReviewCounts?: Resolver<Array<ResolversTypes['DraftReviewStateCount']>, ParentType, ContextType>;
  draftsFinalized?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  emailCounts?: Resolver<Array<ResolversTypes['EmailStatusCount']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoicesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  issueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lateBySeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  results?: Resolver<ResolversTypes['BillRunResultConnection'], ParentType, ContextType, Partial<BillRunResultsArgs>>;
  schedule?: Resolver<Maybe<ResolversTypes['BillingSchedule']>, ParentType, ContextType>;
  scheduledFor?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BillRunStatus'], ParentType, ContextType>;
};

export type BillRunAccountStatusResolvers = EnumResolverSignature<{ ALREADY_INVOICED?: any, FAILED?: any, INVOICED?: any, NOTHING_TO_BILL?: any, PENDING?: any }, ResolversTypes['BillRunAccountStatus']>;

export type BillRunPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillRunPayload'] = ResolversParentTypes['BillRunPayload']> = {
  billRun?: Resolver<Maybe<ResolversTypes['BillRun']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type BillRunResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillRunResult'] = ResolversParentTypes['BillRunResult']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BillRunAccountStatus'], ParentType, ContextType>;
};

export type BillRunResultConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillRunResultConnection'] = ResolversParentTypes['BillRunResultConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BillRunResultEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type BillRunResultEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillRunResultEdge'] = ResolversParentTypes['BillRunResultEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BillRunResult'], ParentType, ContextType>;
};

export type BillRunStatusResolvers = EnumResolverSignature<{ COMPLETED?: any, FAILED?: any, QUEUED?: any, RUNNING?: any }, ResolversTypes['BillRunStatus']>;

export type BillingAlignmentResolvers = EnumResolverSignature<{ ACCOUNT?: any, BUNDLE?: any, SUBSCRIPTION?: any }, ResolversTypes['BillingAlignment']>;

export type BillingCycleResolvers = EnumResolverSignature<{ ANNIVERSARY?: any, CALENDAR_MONTH?: any }, ResolversTypes['BillingCycle']>;

export type BillingScheduleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillingSchedule'] = ResolversParentTypes['BillingSchedule']> = {
  audience?: Resolver<Maybe<ResolversTypes['Audience']>, ParentType, ContextType>;
  autoFinalize?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cycle?: Resolver<ResolversTypes['ScheduleCycle'], ParentType, ContextType>;
  dayOfMonth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issueDateRule?: Resolver<ResolversTypes['IssueDateRule'], ParentType, ContextType>;
  lastDayOfMonth?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextRuns?: Resolver<Array<ResolversTypes['ScheduledRun']>, ParentType, ContextType, Partial<BillingScheduleNextRunsArgs>>;
  recentRuns?: Resolver<Array<ResolversTypes['BillRun']>, ParentType, ContextType, Partial<BillingScheduleRecentRunsArgs>>;
  runTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BillingSchedulePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillingSchedulePayload'] = ResolversParentTypes['BillingSchedulePayload']> = {
  billingSchedule?: Resolver<Maybe<ResolversTypes['BillingSchedule']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type BillingTimingResolvers = EnumResolverSignature<{ IN_ADVANCE?: any, IN_ARREARS?: any }, ResolversTypes['BillingTiming']>;

export type BreakdownLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BreakdownLine'] = ResolversParentTypes['BreakdownLine']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type CallPreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CallPreview'] = ResolversParentTypes['CallPreview']> = {
  band?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billableSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  charge?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  connectionFee?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  destination?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  destinationClass?: Resolver<Maybe<ResolversTypes['DestinationClass']>, ParentType, ContextType>;
  isRated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  prefix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ratePerMinute?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  steps?: Resolver<Maybe<Array<ResolversTypes['CallStep']>>, ParentType, ContextType>;
  unratedReason?: Resolver<Maybe<ResolversTypes['UnratedReason']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['RatePlanVersion']>, ParentType, ContextType>;
};

export type CallStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CallStep'] = ResolversParentTypes['CallStep']> = {
  ratePerMinute?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  seconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign']> = {
  accountsMissingValues?: Resolver<ResolversTypes['CampaignMissingValues'], ParentType, ContextType>;
  approvals?: Resolver<Array<ResolversTypes['CampaignApproval']>, ParentType, ContextType>;
  approvalsRequired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  audience?: Resolver<ResolversTypes['Audience'], ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['CommsChannel']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  critical?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  criticalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['CampaignDeliveryConnection'], ParentType, ContextType, RequireFields<CampaignDeliveriesArgs, 'first'>>;
  deliveryCounts?: Resolver<Array<ResolversTypes['DeliveryCount']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preview?: Resolver<Array<ResolversTypes['RenderedMessage']>, ParentType, ContextType, RequireFields<CampaignPreviewArgs, 'first'>>;
  sendAtLocalTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sendOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CampaignStatus'], ParentType, ContextType>;
  supportArticles?: Resolver<Array<ResolversTypes['SupportArticle']>, ParentType, ContextType>;
  template?: Resolver<ResolversTypes['MessageTemplate'], ParentType, ContextType>;
  templateVersion?: Resolver<ResolversTypes['TemplateVersion'], ParentType, ContextType>;
  testSentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  testSentTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CampaignApprovalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CampaignApproval'] = ResolversParentTypes['CampaignApproval']> = {
  approvedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CampaignDeliveryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CampaignDelivery'] = ResolversParentTypes['CampaignDelivery']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['CommsChannel'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isTest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  messageId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sendAfter?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommsDeliveryStatus'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transport?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CampaignDeliveryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CampaignDeliveryConnection'] = ResolversParentTypes['CampaignDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CampaignDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignDeliveryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CampaignDeliveryEdge'] = ResolversParentTypes['CampaignDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CampaignDelivery'], ParentType, ContextType>;
};

export type CampaignMissingValuesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CampaignMissingValues'] = ResolversParentTypes['CampaignMissingValues']> = {
  accountCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  accounts?: Resolver<Array<ResolversTypes['AccountMissingValues']>, ParentType, ContextType, RequireFields<CampaignMissingValuesAccountsArgs, 'first'>>;
  variables?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CampaignPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CampaignPayload'] = ResolversParentTypes['CampaignPayload']> = {
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CampaignStatusResolvers = EnumResolverSignature<{ APPROVED?: any, AWAITING_APPROVAL?: any, CANCELLED?: any, DRAFT?: any, SENDING?: any, SENT?: any, SENT_WITH_FAILURES?: any }, ResolversTypes['CampaignStatus']>;

export type CatalogResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Catalog'] = ResolversParentTypes['Catalog']> = {
  billPartialWithNextPeriod?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  callDecimals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  creditUnusedOnCancel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  defaultBillingTiming?: Resolver<ResolversTypes['BillingTiming'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineDecimals?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prorationMethod?: Resolver<ResolversTypes['ProrationMethod'], ParentType, ContextType>;
  roundingMode?: Resolver<ResolversTypes['RoundingMode'], ParentType, ContextType>;
};

export type CharterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Charter'] = ResolversParentTypes['Charter']> = {
  assumptions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  constraints?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['ProgramGoal']>, ParentType, ContextType>;
  scopeIn?: Resolver<Array<ResolversTypes['ScopeEntry']>, ParentType, ContextType>;
  scopeOut?: Resolver<Array<ResolversTypes['ScopeEntry']>, ParentType, ContextType>;
  stakeholders?: Resolver<Array<ResolversTypes['Stakeholder']>, ParentType, ContextType>;
};

export type CheckSeverityResolvers = EnumResolverSignature<{ HOLD?: any, WARNING?: any }, ResolversTypes['CheckSeverity']>;

export type CheckStateResolvers = EnumResolverSignature<{ FAILING?: any, PASSING?: any, UNKNOWN?: any }, ResolversTypes['CheckState']>;

export type CheckThresholdResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CheckThreshold'] = ResolversParentTypes['CheckThreshold']> = {
  defaultValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ChecklistAreaResolvers = EnumResolverSignature<{ COMMUNICATIONS?: any, CONTINGENCY?: any, DATA_VALIDATION?: any, TECHNICAL_READINESS?: any, TRAINING_SUPPORT?: any }, ResolversTypes['ChecklistArea']>;

export type ChecklistItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChecklistItem'] = ResolversParentTypes['ChecklistItem']> = {
  area?: Resolver<ResolversTypes['ChecklistArea'], ParentType, ContextType>;
  blocking?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  check?: Resolver<Maybe<ResolversTypes['EvidenceCheck']>, ParentType, ContextType>;
  checkDetail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkState?: Resolver<ResolversTypes['CheckState'], ParentType, ContextType>;
  conditionOf?: Resolver<Maybe<ResolversTypes['GoNoGoReview']>, ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evidenceLinks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  signOffs?: Resolver<Array<ResolversTypes['SignOffRequest']>, ParentType, ContextType>;
  standardKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChecklistItemStatus'], ParentType, ContextType>;
  statusAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  statusBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChecklistItemPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChecklistItemPayload'] = ResolversParentTypes['ChecklistItemPayload']> = {
  item?: Resolver<Maybe<ResolversTypes['ChecklistItem']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ChecklistItemStatusResolvers = EnumResolverSignature<{ DONE?: any, NOT_APPLICABLE?: any, OPEN?: any }, ResolversTypes['ChecklistItemStatus']>;

export type CommsChannelResolvers = EnumResolverSignature<{ EMAIL?: any, IN_APP?: any, PORTAL?: any }, ResolversTypes['CommsChannel']>;

export type CommsDeliveryStatusResolvers = EnumResolverSignature<{ BOUNCED?: any, DELIVERED?: any, FAILED?: any, QUEUED?: any, SENDING?: any, SENT?: any, SUPPRESSED?: any, UNKNOWN?: any }, ResolversTypes['CommsDeliveryStatus']>;

export type ComparedLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComparedLine'] = ResolversParentTypes['ComparedLine']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  difference?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  draftAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lineType?: Resolver<ResolversTypes['InvoiceLineType'], ParentType, ContextType>;
  previousAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
};

export type ComparisonSideResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComparisonSide'] = ResolversParentTypes['ComparisonSide']> = {
  difference?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReconciliationStatus'], ParentType, ContextType>;
  suggestedCause?: Resolver<Maybe<ResolversTypes['VarianceCause']>, ParentType, ContextType>;
};

export type ComponentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComponentPayload'] = ResolversParentTypes['ComponentPayload']> = {
  component?: Resolver<Maybe<ResolversTypes['WarRoomComponent']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ComponentStateResolvers = EnumResolverSignature<{ DEGRADED?: any, DOWN?: any, OPERATIONAL?: any }, ResolversTypes['ComponentState']>;

export type CreateApiKeyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateProductPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateProductPayload'] = ResolversParentTypes['CreateProductPayload']> = {
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateRatePlanPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateRatePlanPayload'] = ResolversParentTypes['CreateRatePlanPayload']> = {
  ratePlan?: Resolver<Maybe<ResolversTypes['RatePlan']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateUserPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateUserPayload'] = ResolversParentTypes['CreateUserPayload']> = {
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export type CutoverEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CutoverEvent'] = ResolversParentTypes['CutoverEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CutoverWaveResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CutoverWave'] = ResolversParentTypes['CutoverWave']> = {
  accountCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  accounts?: Resolver<Array<ResolversTypes['WaveAccount']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cutOverAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cutoverDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['CutoverEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rollbackExport?: Resolver<Maybe<Array<ResolversTypes['ExportedFile']>>, ParentType, ContextType>;
  rolledBackAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CutoverWaveStatus'], ParentType, ContextType>;
};

export type CutoverWavePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CutoverWavePayload'] = ResolversParentTypes['CutoverWavePayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  wave?: Resolver<Maybe<ResolversTypes['CutoverWave']>, ParentType, ContextType>;
};

export type CutoverWaveStatusResolvers = EnumResolverSignature<{ CUT_OVER?: any, PLANNED?: any, ROLLED_BACK?: any }, ResolversTypes['CutoverWaveStatus']>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DecisionCategoryResolvers = EnumResolverSignature<{ DATA_MAPPING?: any, DECISION?: any, INTEGRATION_CONFIG?: any, SYSTEM_SETUP?: any, TEST_OUTCOME?: any }, ResolversTypes['DecisionCategory']>;

export type DecisionLogEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecisionLogEntry'] = ResolversParentTypes['DecisionLogEntry']> = {
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  authorUser?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['DecisionCategory'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DecisionLogEntryPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecisionLogEntryPayload'] = ResolversParentTypes['DecisionLogEntryPayload']> = {
  entry?: Resolver<Maybe<ResolversTypes['DecisionLogEntry']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteDunningPolicyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteDunningPolicyPayload'] = ResolversParentTypes['DeleteDunningPolicyPayload']> = {
  deletedPolicyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeliveryCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeliveryCount'] = ResolversParentTypes['DeliveryCount']> = {
  channel?: Resolver<ResolversTypes['CommsChannel'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommsDeliveryStatus'], ParentType, ContextType>;
};

export type DeliveryCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeliveryCounts'] = ResolversParentTypes['DeliveryCounts']> = {
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  queued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeliveryEventResolvers = EnumResolverSignature<{ BOUNCED?: any, DELIVERED?: any }, ResolversTypes['DeliveryEvent']>;

export type DestinationClassResolvers = EnumResolverSignature<{ DOMESTIC?: any, INTERNATIONAL?: any, MOBILE?: any, OTHER?: any, PREMIUM?: any, TOLL_FREE?: any }, ResolversTypes['DestinationClass']>;

export type DiscardDraftInvoicePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DiscardDraftInvoicePayload'] = ResolversParentTypes['DiscardDraftInvoicePayload']> = {
  discardedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DraftCheckSettingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftCheckSetting'] = ResolversParentTypes['DraftCheckSetting']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['CheckSeverity'], ParentType, ContextType>;
  thresholds?: Resolver<Array<ResolversTypes['CheckThreshold']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DraftComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftComparison'] = ResolversParentTypes['DraftComparison']> = {
  draft?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ComparedLine']>, ParentType, ContextType>;
  previousInvoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  totalDifference?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type DraftDecisionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftDecisionPayload'] = ResolversParentTypes['DraftDecisionPayload']> = {
  review?: Resolver<Maybe<ResolversTypes['DraftReview']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DraftFindingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftFinding'] = ResolversParentTypes['DraftFinding']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['CheckSeverity'], ParentType, ContextType>;
};

export type DraftReviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftReview'] = ResolversParentTypes['DraftReview']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['DraftFinding']>, ParentType, ContextType>;
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  invoiceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DraftReviewState'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DraftReviewConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftReviewConnection'] = ResolversParentTypes['DraftReviewConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DraftReviewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DraftReviewEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftReviewEdge'] = ResolversParentTypes['DraftReviewEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DraftReview'], ParentType, ContextType>;
};

export type DraftReviewStateResolvers = EnumResolverSignature<{ APPROVED?: any, CLEAN?: any, DISCARDED?: any, NEEDS_REVIEW?: any, ON_HOLD?: any }, ResolversTypes['DraftReviewState']>;

export type DraftReviewStateCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftReviewStateCount'] = ResolversParentTypes['DraftReviewStateCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DraftReviewState'], ParentType, ContextType>;
};

export type DunningActionResolvers = EnumResolverSignature<{ COLLECTIONS?: any, FINAL_NOTICE?: any, REMINDER?: any, SECOND_REMINDER?: any, SUSPEND?: any }, ResolversTypes['DunningAction']>;

export type DunningChannelResolvers = EnumResolverSignature<{ EMAIL?: any, PORTAL?: any }, ResolversTypes['DunningChannel']>;

export type DunningEmailResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DunningEmail'] = ResolversParentTypes['DunningEmail']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommsDeliveryStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transport?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DunningEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DunningEvent'] = ResolversParentTypes['DunningEvent']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['DunningAction'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['DunningStep'], ParentType, ContextType>;
};

export type DunningEventConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DunningEventConnection'] = ResolversParentTypes['DunningEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DunningEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DunningEventEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DunningEventEdge'] = ResolversParentTypes['DunningEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DunningEvent'], ParentType, ContextType>;
};

export type DunningPolicyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DunningPolicy'] = ResolversParentTypes['DunningPolicy']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['DunningStep']>, ParentType, ContextType>;
};

export type DunningPolicyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DunningPolicyPayload'] = ResolversParentTypes['DunningPolicyPayload']> = {
  policy?: Resolver<Maybe<ResolversTypes['DunningPolicy']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DunningPreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DunningPreview'] = ResolversParentTypes['DunningPreview']> = {
  actions?: Resolver<Array<ResolversTypes['DunningPreviewAction']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type DunningPreviewActionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DunningPreviewAction'] = ResolversParentTypes['DunningPreviewAction']> = {
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  accountName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['DunningAction'], ParentType, ContextType>;
  amountDue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['DunningChannel']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  daysAfterDue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invoiceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stepName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  templateName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DunningStageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DunningStage'] = ResolversParentTypes['DunningStage']> = {
  action?: Resolver<Maybe<ResolversTypes['DunningAction']>, ParentType, ContextType>;
  amountDue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  daysAfterDue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  invoiceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['DunningStageKind'], ParentType, ContextType>;
  stepName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DunningStageKindResolvers = EnumResolverSignature<{ CURRENT?: any, PAST_DUE?: any, STEP?: any }, ResolversTypes['DunningStageKind']>;

export type DunningStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DunningStep'] = ResolversParentTypes['DunningStep']> = {
  action?: Resolver<ResolversTypes['DunningAction'], ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['DunningChannel']>, ParentType, ContextType>;
  daysAfterDue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  template?: Resolver<Maybe<ResolversTypes['MessageTemplate']>, ParentType, ContextType>;
};

export type EmailBounceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EmailBounce'] = ResolversParentTypes['EmailBounce']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reply?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EmailStatusResolvers = EnumResolverSignature<{ BOUNCED?: any, FAILED?: any, QUEUED?: any, SENDING?: any, SENT?: any, UNKNOWN?: any }, ResolversTypes['EmailStatus']>;

export type EmailStatusCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EmailStatusCount'] = ResolversParentTypes['EmailStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EmailStatus'], ParentType, ContextType>;
};

export type EmailTransportResolvers = EnumResolverSignature<{ OUTBOX?: any, SMTP?: any }, ResolversTypes['EmailTransport']>;

export type EvidenceCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EvidenceCheck'] = ResolversParentTypes['EvidenceCheck']> = {
  area?: Resolver<Maybe<ResolversTypes['ChecklistArea']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EvidenceCheckKind'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  threshold?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  tolerance?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  wave?: Resolver<Maybe<ResolversTypes['CutoverWave']>, ParentType, ContextType>;
};

export type EvidenceCheckKindResolvers = EnumResolverSignature<{ ARPU_PRESERVATION?: any, BILL_RUN_SUCCEEDED?: any, CAMPAIGNS_READY?: any, CHECKLIST_AREA_DONE?: any, GO_DECISION?: any, IMPORT_VALIDATED?: any, INVOICE_TOTALS_MATCH?: any, PARALLEL_RUN_ACCURACY?: any, TRAINING_COMPLETE?: any, UNBILLABLE_QUEUE_EMPTY?: any }, ResolversTypes['EvidenceCheckKind']>;

export type ExportedFileResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExportedFile'] = ResolversParentTypes['ExportedFile']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FinalizeCleanDraftsPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FinalizeCleanDraftsPayload'] = ResolversParentTypes['FinalizeCleanDraftsPayload']> = {
  billRun?: Resolver<Maybe<ResolversTypes['BillRun']>, ParentType, ContextType>;
  finalized?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type GoNoGoOutcomeResolvers = EnumResolverSignature<{ GO?: any, GO_WITH_CONDITIONS?: any, NO_GO?: any }, ResolversTypes['GoNoGoOutcome']>;

export type GoNoGoReviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GoNoGoReview'] = ResolversParentTypes['GoNoGoReview']> = {
  conditions?: Resolver<Array<ResolversTypes['ChecklistItem']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['GoNoGoOutcome']>, ParentType, ContextType>;
  outcomeNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pointOfNoReturn?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rollbackOwner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  scheduledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  scorecard?: Resolver<Array<ResolversTypes['ScorecardCriterion']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  votes?: Resolver<Array<ResolversTypes['GoNoGoVote']>, ParentType, ContextType>;
};

export type GoNoGoReviewPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GoNoGoReviewPayload'] = ResolversParentTypes['GoNoGoReviewPayload']> = {
  review?: Resolver<Maybe<ResolversTypes['GoNoGoReview']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type GoNoGoVoteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GoNoGoVote'] = ResolversParentTypes['GoNoGoVote']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  comment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  vote?: Resolver<ResolversTypes['GoNoGoOutcome'], ParentType, ContextType>;
};

export type HealthResolvers = EnumResolverSignature<{ AT_RISK?: any, OFF_TRACK?: any, ON_TRACK?: any }, ResolversTypes['Health']>;

export type HolidayResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Holiday'] = ResolversParentTypes['Holiday']> = {
  band?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ImportFileReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportFileReport'] = ResolversParentTypes['ImportFileReport']> = {
  conflicts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedRows?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  imported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportLegacyExportPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportLegacyExportPayload'] = ResolversParentTypes['ImportLegacyExportPayload']> = {
  alreadyImported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  import?: Resolver<Maybe<ResolversTypes['MigrationImport']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ImportProblemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = {
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IngestionProblemKind'], ParentType, ContextType>;
  legacyId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  raw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportRateDeckPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportRateDeckPayload'] = ResolversParentTypes['ImportRateDeckPayload']> = {
  report?: Resolver<ResolversTypes['RateDeckImportReport'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['RatePlanVersion']>, ParentType, ContextType>;
};

export type ImportRemittancePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportRemittancePayload'] = ResolversParentTypes['ImportRemittancePayload']> = {
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  report?: Resolver<ResolversTypes['RemittanceImportReport'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ImportedUnratedUsageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportedUnratedUsage'] = ResolversParentTypes['ImportedUnratedUsage']> = {
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IncidentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident']> = {
  componentKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUpdateAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  nextUpdateDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['IncidentSeverity'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IncidentStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updateCadenceMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updateOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updates?: Resolver<Array<ResolversTypes['IncidentUpdate']>, ParentType, ContextType>;
};

export type IncidentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IncidentPayload'] = ResolversParentTypes['IncidentPayload']> = {
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type IncidentSeverityResolvers = EnumResolverSignature<{ SEV1?: any, SEV2?: any, SEV3?: any, SEV4?: any }, ResolversTypes['IncidentSeverity']>;

export type IncidentStatusResolvers = EnumResolverSignature<{ IDENTIFIED?: any, INVESTIGATING?: any, MONITORING?: any, RESOLVED?: any }, ResolversTypes['IncidentStatus']>;

export type IncidentUpdateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IncidentUpdate'] = ResolversParentTypes['IncidentUpdate']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IncidentStatus'], ParentType, ContextType>;
};

export type IngestUsagePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestUsagePayload'] = ResolversParentTypes['IngestUsagePayload']> = {
  ingestion?: Resolver<Maybe<ResolversTypes['Ingestion']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type IngestionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Ingestion'] = ResolversParentTypes['Ingestion']> = {
  actorLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bytesRead?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bytesTotal?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  conflicts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['IngestionProblem']>, ParentType, ContextType, RequireFields<IngestionProblemsArgs, 'first'>>;
  read?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['IngestionSource'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IngestionStatus'], ParentType, ContextType>;
  unrated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IngestionActivityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestionActivity'] = ResolversParentTypes['IngestionActivity']> = {
  conflicts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perMinuteLast5?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  perMinuteLast60?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recentRejects?: Resolver<Array<ResolversTypes['WarRoomReject']>, ParentType, ContextType>;
  recordsLast5Minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordsLast60Minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  running?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IngestionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestionConnection'] = ResolversParentTypes['IngestionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IngestionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type IngestionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestionEdge'] = ResolversParentTypes['IngestionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Ingestion'], ParentType, ContextType>;
};

export type IngestionProblemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestionProblem'] = ResolversParentTypes['IngestionProblem']> = {
  kind?: Resolver<ResolversTypes['IngestionProblemKind'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  raw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IngestionProblemKindResolvers = EnumResolverSignature<{ CONFLICT?: any, REJECTED?: any }, ResolversTypes['IngestionProblemKind']>;

export type IngestionSourceResolvers = EnumResolverSignature<{ API?: any, CLI?: any, FILE?: any, MIGRATION?: any }, ResolversTypes['IngestionSource']>;

export type IngestionStatusResolvers = EnumResolverSignature<{ COMPLETED?: any, FAILED?: any, RUNNING?: any }, ResolversTypes['IngestionStatus']>;

export type InvoiceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Invoice'] = ResolversParentTypes['Invoice']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  amountDue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  billRun?: Resolver<Maybe<ResolversTypes['BillRun']>, ParentType, ContextType>;
  billTo?: Resolver<ResolversTypes['InvoiceBillTo'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditNotes?: Resolver<Array<ResolversTypes['Invoice']>, ParentType, ContextType>;
  creditedInvoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['InvoiceEmail']>, ParentType, ContextType>;
  finalizedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InvoiceKind'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['InvoiceLine']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['PaymentAllocation']>, ParentType, ContextType>;
  pdfUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvoiceStatus'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  taxTotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  voidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type InvoiceBillToResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvoiceBillTo'] = ResolversParentTypes['InvoiceBillTo']> = {
  billingEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InvoiceConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvoiceConnection'] = ResolversParentTypes['InvoiceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InvoiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type InvoiceDeliveryResolvers = EnumResolverSignature<{ EMAIL?: any, MAIL?: any, NONE?: any, PORTAL?: any }, ResolversTypes['InvoiceDelivery']>;

export type InvoiceDunningResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvoiceDunning'] = ResolversParentTypes['InvoiceDunning']> = {
  amountDue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  invoiceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastAction?: Resolver<Maybe<ResolversTypes['DunningAction']>, ParentType, ContextType>;
  lastStepName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStepOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  nextAction?: Resolver<Maybe<ResolversTypes['DunningAction']>, ParentType, ContextType>;
  nextStepName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextStepOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type InvoiceEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvoiceEdge'] = ResolversParentTypes['InvoiceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType>;
};

export type InvoiceEmailResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvoiceEmail'] = ResolversParentTypes['InvoiceEmail']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messageId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EmailStatus'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transport?: Resolver<Maybe<ResolversTypes['EmailTransport']>, ParentType, ContextType>;
};

export type InvoiceKindResolvers = EnumResolverSignature<{ CREDIT_NOTE?: any, INVOICE?: any }, ResolversTypes['InvoiceKind']>;

export type InvoiceLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvoiceLine'] = ResolversParentTypes['InvoiceLine']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lineType?: Resolver<ResolversTypes['InvoiceLineType'], ParentType, ContextType>;
  productCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  serviceEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  serviceStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  taxCategory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitPrice?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
};

export type InvoiceLineTypeResolvers = EnumResolverSignature<{ ACCOUNT_CREDIT?: any, CREDIT?: any, DISCOUNT?: any, ONE_TIME?: any, RECURRING?: any, TAX?: any, USAGE?: any }, ResolversTypes['InvoiceLineType']>;

export type InvoicePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvoicePayload'] = ResolversParentTypes['InvoicePayload']> = {
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type InvoiceStatusResolvers = EnumResolverSignature<{ DRAFT?: any, FINALIZED?: any, VOID?: any }, ResolversTypes['InvoiceStatus']>;

export type IssueDateRuleResolvers = EnumResolverSignature<{ PERIOD_END?: any, RUN_DAY?: any }, ResolversTypes['IssueDateRule']>;

export type KpiResolvers = EnumResolverSignature<{ ARPU_PRESERVATION?: any, INVOICE_ACCURACY?: any, MANUAL_TOUCHES?: any, ON_TIME_BILLING?: any, REVENUE_LEAKAGE?: any, UNTOUCHED_INVOICES?: any }, ResolversTypes['Kpi']>;

export type KpiPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiPoint'] = ResolversParentTypes['KpiPoint']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
};

export type KpiValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiValue'] = ResolversParentTypes['KpiValue']> = {
  currency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  kpi?: Resolver<ResolversTypes['Kpi'], ParentType, ContextType>;
  meetsTarget?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  trend?: Resolver<Array<ResolversTypes['KpiPoint']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
};

export type LifetimeProblemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LifetimeProblem'] = ResolversParentTypes['LifetimeProblem']> = {
  accountRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legacyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LineToleranceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LineTolerance'] = ResolversParentTypes['LineTolerance']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  lineType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MailSettingsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MailSettings'] = ResolversParentTypes['MailSettings']> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isPlaceholderSender?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isSmtpConfigured?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  replyTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MessageTemplateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MessageTemplate'] = ResolversParentTypes['MessageTemplate']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latest?: Resolver<ResolversTypes['TemplateVersion'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['TemplateVersion']>, ParentType, ContextType>;
};

export type MessageTemplatePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MessageTemplatePayload'] = ResolversParentTypes['MessageTemplatePayload']> = {
  template?: Resolver<Maybe<ResolversTypes['MessageTemplate']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MeteredUsageLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeteredUsageLine'] = ResolversParentTypes['MeteredUsageLine']> = {
  amount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  breakdown?: Resolver<Array<ResolversTypes['BreakdownLine']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MigrationImportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MigrationImport'] = ResolversParentTypes['MigrationImport']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['ImportFileReport']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parallelRuns?: Resolver<Array<ResolversTypes['ParallelRun']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType, Partial<MigrationImportProblemsArgs>>;
  sourceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceSystem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MigrationImportStatus'], ParentType, ContextType>;
  unrated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  usageIngestion?: Resolver<Maybe<ResolversTypes['Ingestion']>, ParentType, ContextType>;
  validation?: Resolver<Maybe<ResolversTypes['ValidationReport']>, ParentType, ContextType>;
  waves?: Resolver<Array<ResolversTypes['CutoverWave']>, ParentType, ContextType>;
};

export type MigrationImportStatusResolvers = EnumResolverSignature<{ COMPLETED?: any, FAILED?: any, RUNNING?: any }, ResolversTypes['MigrationImportStatus']>;

export type MilestoneResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = {
  check?: Resolver<Maybe<ResolversTypes['EvidenceCheck']>, ParentType, ContextType>;
  checkDetail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkState?: Resolver<ResolversTypes['CheckState'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dependsOn?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  healthOverride?: Resolver<Maybe<ResolversTypes['Health']>, ParentType, ContextType>;
  healthOverrideReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  healthReasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lateDependencies?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['ProgramPhase'], ParentType, ContextType>;
  signOffs?: Resolver<Array<ResolversTypes['SignOffRequest']>, ParentType, ContextType>;
  standardKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MilestoneStatus'], ParentType, ContextType>;
  suggestedHealth?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MilestonePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MilestonePayload'] = ResolversParentTypes['MilestonePayload']> = {
  milestone?: Resolver<Maybe<ResolversTypes['Milestone']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MilestoneStatusResolvers = EnumResolverSignature<{ DONE?: any, IN_PROGRESS?: any, NOT_STARTED?: any }, ResolversTypes['MilestoneStatus']>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAccountContact?: Resolver<ResolversTypes['AccountContactPayload'], ParentType, ContextType, RequireFields<MutationAddAccountContactArgs, 'input'>>;
  addOneTimeCharge?: Resolver<ResolversTypes['OneTimeChargePayload'], ParentType, ContextType, RequireFields<MutationAddOneTimeChargeArgs, 'input'>>;
  addTrainee?: Resolver<ResolversTypes['TraineePayload'], ParentType, ContextType, RequireFields<MutationAddTraineeArgs, 'input'>>;
  allocateCredit?: Resolver<ResolversTypes['AllocateCreditPayload'], ParentType, ContextType, RequireFields<MutationAllocateCreditArgs, 'input'>>;
  approveCampaign?: Resolver<ResolversTypes['CampaignPayload'], ParentType, ContextType, RequireFields<MutationApproveCampaignArgs, 'input'>>;
  approveDraft?: Resolver<ResolversTypes['DraftDecisionPayload'], ParentType, ContextType, RequireFields<MutationApproveDraftArgs, 'input'>>;
  approveDraftsWithOnlyFinding?: Resolver<ResolversTypes['ApproveDraftsWithOnlyFindingPayload'], ParentType, ContextType, RequireFields<MutationApproveDraftsWithOnlyFindingArgs, 'input'>>;
  assignIncidentLead?: Resolver<ResolversTypes['IncidentPayload'], ParentType, ContextType, RequireFields<MutationAssignIncidentLeadArgs, 'input'>>;
  assignRaci?: Resolver<ResolversTypes['AssignRaciPayload'], ParentType, ContextType, RequireFields<MutationAssignRaciArgs, 'input'>>;
  cancelCampaign?: Resolver<ResolversTypes['CampaignPayload'], ParentType, ContextType, RequireFields<MutationCancelCampaignArgs, 'input'>>;
  castGoNoGoVote?: Resolver<ResolversTypes['GoNoGoReviewPayload'], ParentType, ContextType, RequireFields<MutationCastGoNoGoVoteArgs, 'input'>>;
  changeSubscription?: Resolver<ResolversTypes['SubscriptionPayload'], ParentType, ContextType, RequireFields<MutationChangeSubscriptionArgs, 'input'>>;
  createAccount?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<MutationCreateAccountArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createAudience?: Resolver<ResolversTypes['AudiencePayload'], ParentType, ContextType, RequireFields<MutationCreateAudienceArgs, 'input'>>;
  createBillRun?: Resolver<ResolversTypes['BillRunPayload'], ParentType, ContextType, RequireFields<MutationCreateBillRunArgs, 'input'>>;
  createBillingSchedule?: Resolver<ResolversTypes['BillingSchedulePayload'], ParentType, ContextType, RequireFields<MutationCreateBillingScheduleArgs, 'input'>>;
  createCampaign?: Resolver<ResolversTypes['CampaignPayload'], ParentType, ContextType, RequireFields<MutationCreateCampaignArgs, 'input'>>;
  createCutoverWave?: Resolver<ResolversTypes['CutoverWavePayload'], ParentType, ContextType, RequireFields<MutationCreateCutoverWaveArgs, 'input'>>;
  createDunningPolicy?: Resolver<ResolversTypes['DunningPolicyPayload'], ParentType, ContextType, RequireFields<MutationCreateDunningPolicyArgs, 'input'>>;
  createGoNoGoReview?: Resolver<ResolversTypes['GoNoGoReviewPayload'], ParentType, ContextType, RequireFields<MutationCreateGoNoGoReviewArgs, 'input'>>;
  createMessageTemplate?: Resolver<ResolversTypes['MessageTemplatePayload'], ParentType, ContextType, RequireFields<MutationCreateMessageTemplateArgs, 'input'>>;
  createProduct?: Resolver<ResolversTypes['CreateProductPayload'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input'>>;
  createProgram?: Resolver<ResolversTypes['ProgramPayload'], ParentType, ContextType, RequireFields<MutationCreateProgramArgs, 'input'>>;
  createRatePlan?: Resolver<ResolversTypes['CreateRatePlanPayload'], ParentType, ContextType, RequireFields<MutationCreateRatePlanArgs, 'input'>>;
  createRisk?: Resolver<ResolversTypes['RiskPayload'], ParentType, ContextType, RequireFields<MutationCreateRiskArgs, 'input'>>;
  createSubscription?: Resolver<ResolversTypes['SubscriptionPayload'], ParentType, ContextType, RequireFields<MutationCreateSubscriptionArgs, 'input'>>;
  createSupportArticle?: Resolver<ResolversTypes['SupportArticlePayload'], ParentType, ContextType, RequireFields<MutationCreateSupportArticleArgs, 'input'>>;
  createTaxRule?: Resolver<ResolversTypes['TaxRulePayload'], ParentType, ContextType, RequireFields<MutationCreateTaxRuleArgs, 'input'>>;
  createTrainingModule?: Resolver<ResolversTypes['TrainingModulePayload'], ParentType, ContextType, RequireFields<MutationCreateTrainingModuleArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['CreateUserPayload'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  creditInvoice?: Resolver<ResolversTypes['InvoicePayload'], ParentType, ContextType, RequireFields<MutationCreditInvoiceArgs, 'input'>>;
  cutOverWave?: Resolver<ResolversTypes['CutoverWavePayload'], ParentType, ContextType, RequireFields<MutationCutOverWaveArgs, 'input'>>;
  decideGoNoGo?: Resolver<ResolversTypes['GoNoGoReviewPayload'], ParentType, ContextType, RequireFields<MutationDecideGoNoGoArgs, 'input'>>;
  decideSignOff?: Resolver<ResolversTypes['SignOffPayload'], ParentType, ContextType, RequireFields<MutationDecideSignOffArgs, 'input'>>;
  deleteDunningPolicy?: Resolver<ResolversTypes['DeleteDunningPolicyPayload'], ParentType, ContextType, RequireFields<MutationDeleteDunningPolicyArgs, 'input'>>;
  discardDraft?: Resolver<ResolversTypes['DraftDecisionPayload'], ParentType, ContextType, RequireFields<MutationDiscardDraftArgs, 'input'>>;
  discardDraftInvoice?: Resolver<ResolversTypes['DiscardDraftInvoicePayload'], ParentType, ContextType, RequireFields<MutationDiscardDraftInvoiceArgs, 'input'>>;
  endSubscription?: Resolver<ResolversTypes['SubscriptionPayload'], ParentType, ContextType, RequireFields<MutationEndSubscriptionArgs, 'input'>>;
  finalizeCleanDrafts?: Resolver<ResolversTypes['FinalizeCleanDraftsPayload'], ParentType, ContextType, RequireFields<MutationFinalizeCleanDraftsArgs, 'billRunId'>>;
  finalizeInvoice?: Resolver<ResolversTypes['InvoicePayload'], ParentType, ContextType, RequireFields<MutationFinalizeInvoiceArgs, 'input'>>;
  holdDraft?: Resolver<ResolversTypes['DraftDecisionPayload'], ParentType, ContextType, RequireFields<MutationHoldDraftArgs, 'input'>>;
  importLegacyExport?: Resolver<ResolversTypes['ImportLegacyExportPayload'], ParentType, ContextType, RequireFields<MutationImportLegacyExportArgs, 'input'>>;
  importRateDeck?: Resolver<ResolversTypes['ImportRateDeckPayload'], ParentType, ContextType, RequireFields<MutationImportRateDeckArgs, 'input'>>;
  importRemittance?: Resolver<ResolversTypes['ImportRemittancePayload'], ParentType, ContextType, RequireFields<MutationImportRemittanceArgs, 'input'>>;
  ingestUsage?: Resolver<ResolversTypes['IngestUsagePayload'], ParentType, ContextType, RequireFields<MutationIngestUsageArgs, 'input'>>;
  logDecision?: Resolver<ResolversTypes['DecisionLogEntryPayload'], ParentType, ContextType, RequireFields<MutationLogDecisionArgs, 'input'>>;
  openIncident?: Resolver<ResolversTypes['IncidentPayload'], ParentType, ContextType, RequireFields<MutationOpenIncidentArgs, 'input'>>;
  pauseAccountDunning?: Resolver<ResolversTypes['AccountDunningPayload'], ParentType, ContextType, RequireFields<MutationPauseAccountDunningArgs, 'input'>>;
  postIncidentUpdate?: Resolver<ResolversTypes['IncidentPayload'], ParentType, ContextType, RequireFields<MutationPostIncidentUpdateArgs, 'input'>>;
  postStatusUpdate?: Resolver<ResolversTypes['StatusUpdatePayload'], ParentType, ContextType, RequireFields<MutationPostStatusUpdateArgs, 'input'>>;
  recordDeliveryEvent?: Resolver<ResolversTypes['RecordDeliveryEventPayload'], ParentType, ContextType, RequireFields<MutationRecordDeliveryEventArgs, 'input'>>;
  recordPayment?: Resolver<ResolversTypes['RecordPaymentPayload'], ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'input'>>;
  recordTrainingCompletion?: Resolver<ResolversTypes['TrainingCompletionPayload'], ParentType, ContextType, RequireFields<MutationRecordTrainingCompletionArgs, 'input'>>;
  refreshProgramEvidence?: Resolver<ResolversTypes['ProgramPayload'], ParentType, ContextType, RequireFields<MutationRefreshProgramEvidenceArgs, 'input'>>;
  removeAccountContact?: Resolver<ResolversTypes['RemoveAccountContactPayload'], ParentType, ContextType, RequireFields<MutationRemoveAccountContactArgs, 'input'>>;
  removeRaciAssignment?: Resolver<ResolversTypes['RemoveRaciAssignmentPayload'], ParentType, ContextType, RequireFields<MutationRemoveRaciAssignmentArgs, 'input'>>;
  requestSignOff?: Resolver<ResolversTypes['SignOffPayload'], ParentType, ContextType, RequireFields<MutationRequestSignOffArgs, 'input'>>;
  rerateUsage?: Resolver<ResolversTypes['RerateUsagePayload'], ParentType, ContextType, RequireFields<MutationRerateUsageArgs, 'input'>>;
  resendInvoiceEmail?: Resolver<ResolversTypes['ResendInvoiceEmailPayload'], ParentType, ContextType, RequireFields<MutationResendInvoiceEmailArgs, 'input'>>;
  resumeAccountDunning?: Resolver<ResolversTypes['AccountDunningPayload'], ParentType, ContextType, RequireFields<MutationResumeAccountDunningArgs, 'input'>>;
  reviewVariances?: Resolver<ResolversTypes['ReviewVariancesPayload'], ParentType, ContextType, RequireFields<MutationReviewVariancesArgs, 'input'>>;
  reviseMessageTemplate?: Resolver<ResolversTypes['MessageTemplatePayload'], ParentType, ContextType, RequireFields<MutationReviseMessageTemplateArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['RevokeApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'input'>>;
  revokeUserSessions?: Resolver<ResolversTypes['RevokeUserSessionsPayload'], ParentType, ContextType, RequireFields<MutationRevokeUserSessionsArgs, 'input'>>;
  rollBackWave?: Resolver<ResolversTypes['RollBackWavePayload'], ParentType, ContextType, RequireFields<MutationRollBackWaveArgs, 'input'>>;
  saveChecklistItem?: Resolver<ResolversTypes['ChecklistItemPayload'], ParentType, ContextType, RequireFields<MutationSaveChecklistItemArgs, 'input'>>;
  saveMilestone?: Resolver<ResolversTypes['MilestonePayload'], ParentType, ContextType, RequireFields<MutationSaveMilestoneArgs, 'input'>>;
  saveStatusReport?: Resolver<ResolversTypes['StatusReportPayload'], ParentType, ContextType, RequireFields<MutationSaveStatusReportArgs, 'input'>>;
  sendCampaign?: Resolver<ResolversTypes['CampaignPayload'], ParentType, ContextType, RequireFields<MutationSendCampaignArgs, 'input'>>;
  sendInvoice?: Resolver<ResolversTypes['SendInvoicePayload'], ParentType, ContextType, RequireFields<MutationSendInvoiceArgs, 'input'>>;
  setAccountDunningPolicy?: Resolver<ResolversTypes['AccountDunningPayload'], ParentType, ContextType, RequireFields<MutationSetAccountDunningPolicyArgs, 'input'>>;
  setComponentState?: Resolver<ResolversTypes['ComponentPayload'], ParentType, ContextType, RequireFields<MutationSetComponentStateArgs, 'input'>>;
  setProductAllowances?: Resolver<ResolversTypes['SetProductAllowancesPayload'], ParentType, ContextType, RequireFields<MutationSetProductAllowancesArgs, 'input'>>;
  setProductPrice?: Resolver<ResolversTypes['SetProductPricePayload'], ParentType, ContextType, RequireFields<MutationSetProductPriceArgs, 'input'>>;
  setUserPassword?: Resolver<ResolversTypes['SetUserPasswordPayload'], ParentType, ContextType, RequireFields<MutationSetUserPasswordArgs, 'input'>>;
  startParallelRun?: Resolver<ResolversTypes['ParallelRunPayload'], ParentType, ContextType, RequireFields<MutationStartParallelRunArgs, 'input'>>;
  testSendCampaign?: Resolver<ResolversTypes['CampaignPayload'], ParentType, ContextType, RequireFields<MutationTestSendCampaignArgs, 'input'>>;
  undoTrainingCompletion?: Resolver<ResolversTypes['TrainingCompletionPayload'], ParentType, ContextType, RequireFields<MutationUndoTrainingCompletionArgs, 'input'>>;
  updateAccount?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<MutationUpdateAccountArgs, 'input'>>;
  updateBillingSchedule?: Resolver<ResolversTypes['BillingSchedulePayload'], ParentType, ContextType, RequireFields<MutationUpdateBillingScheduleArgs, 'id' | 'input'>>;
  updateCatalogBilling?: Resolver<ResolversTypes['UpdateCatalogBillingPayload'], ParentType, ContextType, RequireFields<MutationUpdateCatalogBillingArgs, 'input'>>;
  updateCatalogRounding?: Resolver<ResolversTypes['UpdateCatalogRoundingPayload'], ParentType, ContextType, RequireFields<MutationUpdateCatalogRoundingArgs, 'input'>>;
  updateCharter?: Resolver<ResolversTypes['ProgramPayload'], ParentType, ContextType, RequireFields<MutationUpdateCharterArgs, 'input'>>;
  updateDraftCheckSetting?: Resolver<ResolversTypes['UpdateDraftCheckSettingPayload'], ParentType, ContextType, RequireFields<MutationUpdateDraftCheckSettingArgs, 'input'>>;
  updateDunningPolicy?: Resolver<ResolversTypes['DunningPolicyPayload'], ParentType, ContextType, RequireFields<MutationUpdateDunningPolicyArgs, 'input'>>;
  updateProduct?: Resolver<ResolversTypes['UpdateProductPayload'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'input'>>;
  updateRatePlanRounding?: Resolver<ResolversTypes['UpdateRatePlanRoundingPayload'], ParentType, ContextType, RequireFields<MutationUpdateRatePlanRoundingArgs, 'input'>>;
  updateRisk?: Resolver<ResolversTypes['RiskPayload'], ParentType, ContextType, RequireFields<MutationUpdateRiskArgs, 'input'>>;
  updateUser?: Resolver<ResolversTypes['UpdateUserPayload'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'input'>>;
  voidInvoice?: Resolver<ResolversTypes['VoidInvoicePayload'], ParentType, ContextType, RequireFields<MutationVoidInvoiceArgs, 'input'>>;
};

export type NoticeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Notice'] = ResolversParentTypes['Notice']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['CommsChannel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OneTimeChargeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OneTimeCharge'] = ResolversParentTypes['OneTimeCharge']> = {
  chargeDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unitPrice?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
};

export type OneTimeChargePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OneTimeChargePayload'] = ResolversParentTypes['OneTimeChargePayload']> = {
  charge?: Resolver<Maybe<ResolversTypes['OneTimeCharge']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OpeningBalanceTotalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OpeningBalanceTotal'] = ResolversParentTypes['OpeningBalanceTotal']> = {
  accounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  defaultCurrency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParallelRunResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ParallelRun'] = ResolversParentTypes['ParallelRun']> = {
  account?: Resolver<Maybe<ResolversTypes['ReconciledAccount']>, ParentType, ContextType, RequireFields<ParallelRunAccountArgs, 'legacyAccountId'>>;
  accounts?: Resolver<Array<ResolversTypes['ReconciledAccount']>, ParentType, ContextType, Partial<ParallelRunAccountsArgs>>;
  changesSince?: Resolver<Array<ResolversTypes['RunChange']>, ParentType, ContextType, Partial<ParallelRunChangesSinceArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  import?: Resolver<ResolversTypes['MigrationImport'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  previousRun?: Resolver<Maybe<ResolversTypes['ParallelRun']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ParallelRunStatus'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['ParallelRunSummary']>, ParentType, ContextType>;
  tolerances?: Resolver<Array<ResolversTypes['LineTolerance']>, ParentType, ContextType>;
};

export type ParallelRunCurrencyFiguresResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ParallelRunCurrencyFigures'] = ResolversParentTypes['ParallelRunCurrencyFigures']> = {
  arpuPreservation?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  leakage?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  legacyArpu?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  newArpu?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  totalDifference?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ParallelRunPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ParallelRunPayload'] = ResolversParentTypes['ParallelRunPayload']> = {
  parallelRun?: Resolver<Maybe<ResolversTypes['ParallelRun']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ParallelRunStatusResolvers = EnumResolverSignature<{ COMPLETED?: any, FAILED?: any, RUNNING?: any }, ResolversTypes['ParallelRunStatus']>;

export type ParallelRunSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ParallelRunSummary'] = ResolversParentTypes['ParallelRunSummary']> = {
  arpuPreservation?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  byCurrency?: Resolver<Array<ResolversTypes['ParallelRunCurrencyFigures']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  invoiceAccuracy?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  invoicesCompared?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  leakage?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  legacyArpu?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  legacyInvoices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matching?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missingInLegacy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missingInNew?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newArpu?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  newInvoices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalDifference?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  variances?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  allocations?: Resolver<Array<ResolversTypes['PaymentAllocation']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unallocatedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  voidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type PaymentAllocationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentAllocation'] = ResolversParentTypes['PaymentAllocation']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  invoiceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  paymentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PaymentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentConnection'] = ResolversParentTypes['PaymentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PaymentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PaymentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentEdge'] = ResolversParentTypes['PaymentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
};

export type PaymentMethodResolvers = EnumResolverSignature<{ ACH?: any, CARD?: any, CHECK?: any, CREDIT?: any, MANUAL?: any, WIRE?: any }, ResolversTypes['PaymentMethod']>;

export type PersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PhaseSpanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PhaseSpan'] = ResolversParentTypes['PhaseSpan']> = {
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['ProgramPhase'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PortalSignInEmailResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PortalSignInEmail'] = ResolversParentTypes['PortalSignInEmail']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PriceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Price'] = ResolversParentTypes['Price']> = {
  amount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  billingTiming?: Resolver<Maybe<ResolversTypes['BillingTiming']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  freeAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  freeTransactions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  freeUnits?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineDecimals?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lineRoundingMode?: Resolver<Maybe<ResolversTypes['RoundingMode']>, ParentType, ContextType>;
  minimumCharge?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  model?: Resolver<ResolversTypes['PriceModel'], ParentType, ContextType>;
  packagePrice?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  packageSize?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  ratePercent?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['PriceTier']>, ParentType, ContextType>;
  transactionFee?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  transactionMaximum?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  transactionMinimum?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  unitPrice?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
};

export type PriceModelResolvers = EnumResolverSignature<{ FLAT?: any, GRADUATED?: any, GRADUATED_PERCENTAGE?: any, PACKAGE?: any, PERCENTAGE?: any, PER_UNIT?: any, RATE_DECK?: any, VOLUME?: any }, ResolversTypes['PriceModel']>;

export type PricePreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PricePreview'] = ResolversParentTypes['PricePreview']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  breakdown?: Resolver<Array<ResolversTypes['BreakdownLine']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  roundedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type PricePreviewPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PricePreviewPayload'] = ResolversParentTypes['PricePreviewPayload']> = {
  preview?: Resolver<Maybe<ResolversTypes['PricePreview']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PriceTierResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PriceTier'] = ResolversParentTypes['PriceTier']> = {
  flatFee?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  upTo?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
};

export type ProductResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  aggregation?: Resolver<ResolversTypes['UsageAggregation'], ParentType, ContextType>;
  allowances?: Resolver<Array<ResolversTypes['Allowance']>, ParentType, ContextType>;
  catalog?: Resolver<ResolversTypes['Catalog'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProductKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceOn?: Resolver<Maybe<ResolversTypes['Price']>, ParentType, ContextType, RequireFields<ProductPriceOnArgs, 'currency'>>;
  prices?: Resolver<Array<ResolversTypes['Price']>, ParentType, ContextType>;
  recordRounding?: Resolver<Maybe<ResolversTypes['RecordRounding']>, ParentType, ContextType>;
  taxCategory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  usageType?: Resolver<Maybe<ResolversTypes['UsageType']>, ParentType, ContextType>;
};

export type ProductConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProductEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type ProductKindResolvers = EnumResolverSignature<{ ONE_TIME?: any, RECURRING?: any, USAGE?: any }, ResolversTypes['ProductKind']>;

export type ProgramResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = {
  blockingItems?: Resolver<Array<ResolversTypes['ChecklistItem']>, ParentType, ContextType>;
  charter?: Resolver<ResolversTypes['Charter'], ParentType, ContextType>;
  checklist?: Resolver<Array<ResolversTypes['ChecklistItem']>, ParentType, ContextType, Partial<ProgramChecklistArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evidenceCheckedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  goNoGoReviews?: Resolver<Array<ResolversTypes['GoNoGoReview']>, ParentType, ContextType>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  healthReasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  import?: Resolver<Maybe<ResolversTypes['MigrationImport']>, ParentType, ContextType>;
  kpis?: Resolver<Array<ResolversTypes['KpiValue']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextMilestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType, RequireFields<ProgramNextMilestonesArgs, 'first'>>;
  phases?: Resolver<Array<ResolversTypes['PhaseSpan']>, ParentType, ContextType>;
  signOffRequests?: Resolver<Array<ResolversTypes['SignOffRequest']>, ParentType, ContextType, Partial<ProgramSignOffRequestsArgs>>;
  statusReportDraft?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statusReports?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType>;
};

export type ProgramContactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProgramContact'] = ResolversParentTypes['ProgramContact']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  escalationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsibility?: Resolver<ResolversTypes['RaciResponsibility'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type ProgramGoalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProgramGoal'] = ResolversParentTypes['ProgramGoal']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kpi?: Resolver<ResolversTypes['Kpi'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProgramPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProgramPayload'] = ResolversParentTypes['ProgramPayload']> = {
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ProgramPhaseResolvers = EnumResolverSignature<{ COMMUNICATIONS?: any, CONFIGURATION?: any, CUTOVER?: any, DATA_MIGRATION?: any, DISCOVERY?: any, HYPERCARE?: any, PARALLEL_RUNS?: any, TRAINING?: any }, ResolversTypes['ProgramPhase']>;

export type ProrationMethodResolvers = EnumResolverSignature<{ ACTUAL_DAYS?: any, DAILY_RATE_ROUNDED?: any, NONE?: any, THIRTY_DAY_MONTHS?: any }, ResolversTypes['ProrationMethod']>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<QueryAccountArgs, 'id'>>;
  accountBalance?: Resolver<Maybe<ResolversTypes['AccountBalance']>, ParentType, ContextType, RequireFields<QueryAccountBalanceArgs, 'accountId'>>;
  accountDunning?: Resolver<Maybe<ResolversTypes['AccountDunning']>, ParentType, ContextType, RequireFields<QueryAccountDunningArgs, 'accountId'>>;
  accountUsageSummary?: Resolver<ResolversTypes['AccountUsageSummary'], ParentType, ContextType, RequireFields<QueryAccountUsageSummaryArgs, 'accountId' | 'from' | 'to'>>;
  accounts?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, Partial<QueryAccountsArgs>>;
  agingReport?: Resolver<ResolversTypes['AgingReport'], ParentType, ContextType, Partial<QueryAgingReportArgs>>;
  apiKeys?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'includeRevoked'>>;
  audiences?: Resolver<Array<ResolversTypes['Audience']>, ParentType, ContextType>;
  auditEntries?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<QueryAuditEntriesArgs>>;
  billRun?: Resolver<Maybe<ResolversTypes['BillRun']>, ParentType, ContextType, RequireFields<QueryBillRunArgs, 'id'>>;
  billRuns?: Resolver<Array<ResolversTypes['BillRun']>, ParentType, ContextType, Partial<QueryBillRunsArgs>>;
  billingSchedules?: Resolver<Array<ResolversTypes['BillingSchedule']>, ParentType, ContextType>;
  callPreview?: Resolver<ResolversTypes['CallPreview'], ParentType, ContextType, RequireFields<QueryCallPreviewArgs, 'input'>>;
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType, RequireFields<QueryCampaignArgs, 'id'>>;
  campaigns?: Resolver<Array<ResolversTypes['Campaign']>, ParentType, ContextType>;
  catalogs?: Resolver<Array<ResolversTypes['Catalog']>, ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['WarRoomComponent']>, ParentType, ContextType>;
  cutoverWave?: Resolver<Maybe<ResolversTypes['CutoverWave']>, ParentType, ContextType, RequireFields<QueryCutoverWaveArgs, 'id'>>;
  cutoverWaves?: Resolver<Array<ResolversTypes['CutoverWave']>, ParentType, ContextType, RequireFields<QueryCutoverWavesArgs, 'importId'>>;
  decisionLog?: Resolver<Array<ResolversTypes['DecisionLogEntry']>, ParentType, ContextType, RequireFields<QueryDecisionLogArgs, 'programId'>>;
  destinationLookup?: Resolver<Maybe<ResolversTypes['RateDeckEntry']>, ParentType, ContextType, RequireFields<QueryDestinationLookupArgs, 'number' | 'ratePlanId'>>;
  draftCheckSettings?: Resolver<Array<ResolversTypes['DraftCheckSetting']>, ParentType, ContextType>;
  draftComparison?: Resolver<Maybe<ResolversTypes['DraftComparison']>, ParentType, ContextType, RequireFields<QueryDraftComparisonArgs, 'invoiceId'>>;
  draftReview?: Resolver<Maybe<ResolversTypes['DraftReview']>, ParentType, ContextType, RequireFields<QueryDraftReviewArgs, 'invoiceId'>>;
  draftReviews?: Resolver<ResolversTypes['DraftReviewConnection'], ParentType, ContextType, RequireFields<QueryDraftReviewsArgs, 'billRunId'>>;
  dunningEvents?: Resolver<ResolversTypes['DunningEventConnection'], ParentType, ContextType, RequireFields<QueryDunningEventsArgs, 'accountId'>>;
  dunningPolicies?: Resolver<Array<ResolversTypes['DunningPolicy']>, ParentType, ContextType>;
  dunningPreview?: Resolver<ResolversTypes['DunningPreview'], ParentType, ContextType, Partial<QueryDunningPreviewArgs>>;
  dunningStages?: Resolver<Array<ResolversTypes['DunningStage']>, ParentType, ContextType, Partial<QueryDunningStagesArgs>>;
  dunningSteps?: Resolver<Array<ResolversTypes['DunningStep']>, ParentType, ContextType>;
  exportRateDeck?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryExportRateDeckArgs, 'ratePlanId'>>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType, RequireFields<QueryIncidentArgs, 'id'>>;
  incidents?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType, RequireFields<QueryIncidentsArgs, 'first'>>;
  ingestion?: Resolver<Maybe<ResolversTypes['Ingestion']>, ParentType, ContextType, RequireFields<QueryIngestionArgs, 'id'>>;
  ingestions?: Resolver<ResolversTypes['IngestionConnection'], ParentType, ContextType, Partial<QueryIngestionsArgs>>;
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType, RequireFields<QueryInvoiceArgs, 'id'>>;
  invoices?: Resolver<ResolversTypes['InvoiceConnection'], ParentType, ContextType, Partial<QueryInvoicesArgs>>;
  mailSettings?: Resolver<ResolversTypes['MailSettings'], ParentType, ContextType>;
  messageTemplate?: Resolver<Maybe<ResolversTypes['MessageTemplate']>, ParentType, ContextType, RequireFields<QueryMessageTemplateArgs, 'id'>>;
  messageTemplates?: Resolver<Array<ResolversTypes['MessageTemplate']>, ParentType, ContextType>;
  migrationImport?: Resolver<Maybe<ResolversTypes['MigrationImport']>, ParentType, ContextType, RequireFields<QueryMigrationImportArgs, 'id'>>;
  migrationImports?: Resolver<Array<ResolversTypes['MigrationImport']>, ParentType, ContextType, Partial<QueryMigrationImportsArgs>>;
  mySignOffRequests?: Resolver<Array<ResolversTypes['SignOffRequest']>, ParentType, ContextType>;
  notices?: Resolver<Array<ResolversTypes['Notice']>, ParentType, ContextType, RequireFields<QueryNoticesArgs, 'accountId'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  outbox?: Resolver<Array<ResolversTypes['CampaignDelivery']>, ParentType, ContextType, RequireFields<QueryOutboxArgs, 'first'>>;
  parallelRun?: Resolver<Maybe<ResolversTypes['ParallelRun']>, ParentType, ContextType, RequireFields<QueryParallelRunArgs, 'id'>>;
  parallelRuns?: Resolver<Array<ResolversTypes['ParallelRun']>, ParentType, ContextType, Partial<QueryParallelRunsArgs>>;
  payments?: Resolver<ResolversTypes['PaymentConnection'], ParentType, ContextType, Partial<QueryPaymentsArgs>>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pointOfContactMatrix?: Resolver<Array<ResolversTypes['AreaPointOfContact']>, ParentType, ContextType, RequireFields<QueryPointOfContactMatrixArgs, 'programId'>>;
  portalSignInOutbox?: Resolver<Array<ResolversTypes['PortalSignInEmail']>, ParentType, ContextType, RequireFields<QueryPortalSignInOutboxArgs, 'first'>>;
  pricePreview?: Resolver<ResolversTypes['PricePreviewPayload'], ParentType, ContextType, RequireFields<QueryPricePreviewArgs, 'input'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, Partial<QueryProductsArgs>>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType, Partial<QueryProgramArgs>>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType>;
  raciMatrix?: Resolver<Array<ResolversTypes['RaciSubject']>, ParentType, ContextType, RequireFields<QueryRaciMatrixArgs, 'programId'>>;
  rateDeckEntries?: Resolver<ResolversTypes['RateDeckEntryConnection'], ParentType, ContextType, RequireFields<QueryRateDeckEntriesArgs, 'ratePlanId'>>;
  ratePlan?: Resolver<Maybe<ResolversTypes['RatePlan']>, ParentType, ContextType, RequireFields<QueryRatePlanArgs, 'id'>>;
  ratePlans?: Resolver<Array<ResolversTypes['RatePlan']>, ParentType, ContextType, Partial<QueryRatePlansArgs>>;
  riskHeatMap?: Resolver<Maybe<ResolversTypes['RiskHeatMap']>, ParentType, ContextType, RequireFields<QueryRiskHeatMapArgs, 'programId'>>;
  risks?: Resolver<Array<ResolversTypes['Risk']>, ParentType, ContextType, RequireFields<QueryRisksArgs, 'programId'>>;
  statusUpdates?: Resolver<Array<ResolversTypes['WarRoomStatusUpdate']>, ParentType, ContextType, RequireFields<QueryStatusUpdatesArgs, 'first'>>;
  supportArticles?: Resolver<Array<ResolversTypes['SupportArticle']>, ParentType, ContextType, Partial<QuerySupportArticlesArgs>>;
  taxRules?: Resolver<Array<ResolversTypes['TaxRule']>, ParentType, ContextType>;
  templateVariables?: Resolver<Array<ResolversTypes['TemplateVariable']>, ParentType, ContextType>;
  trainingCompletion?: Resolver<Maybe<ResolversTypes['TrainingCompletionSummary']>, ParentType, ContextType, RequireFields<QueryTrainingCompletionArgs, 'programId'>>;
  trainingGrid?: Resolver<Maybe<ResolversTypes['TrainingGrid']>, ParentType, ContextType, RequireFields<QueryTrainingGridArgs, 'programId'>>;
  unratedUsageSummary?: Resolver<Array<ResolversTypes['UnratedUsageCount']>, ParentType, ContextType>;
  usageRecords?: Resolver<ResolversTypes['UsageRecordConnection'], ParentType, ContextType, Partial<QueryUsageRecordsArgs>>;
  userSessions?: Resolver<Array<ResolversTypes['UserSession']>, ParentType, ContextType, RequireFields<QueryUserSessionsArgs, 'userId'>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, Partial<QueryUsersArgs>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  warRoom?: Resolver<ResolversTypes['WarRoom'], ParentType, ContextType>;
};

export type RaciAssignmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RaciAssignment'] = ResolversParentTypes['RaciAssignment']> = {
  escalationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsibility?: Resolver<ResolversTypes['RaciResponsibility'], ParentType, ContextType>;
  subjectKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['RaciSubjectType'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type RaciResponsibilityResolvers = EnumResolverSignature<{ ACCOUNTABLE?: any, CONSULTED?: any, INFORMED?: any, RESPONSIBLE?: any }, ResolversTypes['RaciResponsibility']>;

export type RaciSubjectResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RaciSubject'] = ResolversParentTypes['RaciSubject']> = {
  accountable?: Resolver<Maybe<ResolversTypes['RaciAssignment']>, ParentType, ContextType>;
  assignments?: Resolver<Array<ResolversTypes['RaciAssignment']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missingAccountable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['RaciSubjectType'], ParentType, ContextType>;
};

export type RaciSubjectTypeResolvers = EnumResolverSignature<{ AREA?: any, MILESTONE?: any }, ResolversTypes['RaciSubjectType']>;

export type RagResolvers = EnumResolverSignature<{ AMBER?: any, GREEN?: any, RED?: any }, ResolversTypes['Rag']>;

export type RateDeckEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RateDeckEntry'] = ResolversParentTypes['RateDeckEntry']> = {
  bandRates?: Resolver<Array<ResolversTypes['BandRate']>, ParentType, ContextType>;
  bandTerms?: Resolver<Array<ResolversTypes['BandTerms']>, ParentType, ContextType>;
  connectionFee?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  destination?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  destinationClass?: Resolver<ResolversTypes['DestinationClass'], ParentType, ContextType>;
  initialIncrementSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratePerMinute?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  rateSteps?: Resolver<Maybe<Array<ResolversTypes['RateStep']>>, ParentType, ContextType>;
  subsequentIncrementSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RateDeckEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RateDeckEntryConnection'] = ResolversParentTypes['RateDeckEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RateDeckEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['RatePlanVersion']>, ParentType, ContextType>;
};

export type RateDeckEntryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RateDeckEntryEdge'] = ResolversParentTypes['RateDeckEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RateDeckEntry'], ParentType, ContextType>;
};

export type RateDeckImportReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RateDeckImportReport'] = ResolversParentTypes['RateDeckImportReport']> = {
  problems?: Resolver<Array<ResolversTypes['RateDeckProblem']>, ParentType, ContextType>;
  rowsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowsValid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RateDeckProblemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RateDeckProblem'] = ResolversParentTypes['RateDeckProblem']> = {
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RatePlanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RatePlan'] = ResolversParentTypes['RatePlan']> = {
  callDecimals?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  callRoundingMode?: Resolver<Maybe<ResolversTypes['RoundingMode']>, ParentType, ContextType>;
  catalog?: Resolver<ResolversTypes['Catalog'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versionOn?: Resolver<Maybe<ResolversTypes['RatePlanVersion']>, ParentType, ContextType, Partial<RatePlanVersionOnArgs>>;
  versions?: Resolver<Array<ResolversTypes['RatePlanVersion']>, ParentType, ContextType>;
};

export type RatePlanVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RatePlanVersion'] = ResolversParentTypes['RatePlanVersion']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  entryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  holidays?: Resolver<Array<ResolversTypes['Holiday']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeBands?: Resolver<Array<ResolversTypes['TimeBand']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RateStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RateStep'] = ResolversParentTypes['RateStep']> = {
  fromSecond?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incrementSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratePerMinute?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ReconciledAccountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReconciledAccount'] = ResolversParentTypes['ReconciledAccount']> = {
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  accountName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cause?: Resolver<Maybe<ResolversTypes['VarianceCause']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  difference?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  legacyAccountId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legacySubtotal?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  legacyTaxTotal?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  legacyTotal?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ReconciledLine']>, ParentType, ContextType>;
  newSubtotal?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  newTaxTotal?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  newTotal?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['VarianceResolution'], ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReconciliationStatus'], ParentType, ContextType>;
  suggestedCause?: Resolver<Maybe<ResolversTypes['VarianceCause']>, ParentType, ContextType>;
};

export type ReconciledLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReconciledLine'] = ResolversParentTypes['ReconciledLine']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  difference?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  differs?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legacyAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  legacyQuantity?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  legacyUnitPrice?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  lineType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  newQuantity?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  newUnitPrice?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  productCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReconciliationStatusResolvers = EnumResolverSignature<{ MATCH?: any, MISSING_IN_LEGACY?: any, MISSING_IN_NEW?: any, VARIANCE?: any }, ResolversTypes['ReconciliationStatus']>;

export type RecordDeliveryEventPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordDeliveryEventPayload'] = ResolversParentTypes['RecordDeliveryEventPayload']> = {
  delivery?: Resolver<Maybe<ResolversTypes['CampaignDelivery']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RecordPaymentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordPaymentPayload'] = ResolversParentTypes['RecordPaymentPayload']> = {
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RecordRoundingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordRounding'] = ResolversParentTypes['RecordRounding']> = {
  block?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['RecordRoundingDirection'], ParentType, ContextType>;
};

export type RecordRoundingDirectionResolvers = EnumResolverSignature<{ DOWN?: any, NEAREST?: any, UP?: any }, ResolversTypes['RecordRoundingDirection']>;

export type ReferenceProblemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReferenceProblem'] = ResolversParentTypes['ReferenceProblem']> = {
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legacyId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RemittanceImportReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemittanceImportReport'] = ResolversParentTypes['RemittanceImportReport']> = {
  alreadyRecorded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['RemittanceProblem']>, ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RemittanceProblemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemittanceProblem'] = ResolversParentTypes['RemittanceProblem']> = {
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RemoveAccountContactPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemoveAccountContactPayload'] = ResolversParentTypes['RemoveAccountContactPayload']> = {
  contact?: Resolver<Maybe<ResolversTypes['AccountContact']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RemoveRaciAssignmentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemoveRaciAssignmentPayload'] = ResolversParentTypes['RemoveRaciAssignmentPayload']> = {
  assignment?: Resolver<Maybe<ResolversTypes['RaciAssignment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RenderedMessageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RenderedMessage'] = ResolversParentTypes['RenderedMessage']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missingVariables?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RerateUsagePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RerateUsagePayload'] = ResolversParentTypes['RerateUsagePayload']> = {
  changed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  examined?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stillUnrated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ResendInvoiceEmailPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ResendInvoiceEmailPayload'] = ResolversParentTypes['ResendInvoiceEmailPayload']> = {
  email?: Resolver<Maybe<ResolversTypes['InvoiceEmail']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ReviewVariancesPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewVariancesPayload'] = ResolversParentTypes['ReviewVariancesPayload']> = {
  accounts?: Resolver<Array<ResolversTypes['ReconciledAccount']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RevokeApiKeyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RevokeApiKeyPayload'] = ResolversParentTypes['RevokeApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RevokeUserSessionsPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RevokeUserSessionsPayload'] = ResolversParentTypes['RevokeUserSessionsPayload']> = {
  revokedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RiskResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Risk'] = ResolversParentTypes['Risk']> = {
  checklistItemIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  contingency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  milestoneIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  mitigation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reviewOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reviewOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RiskStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RiskHeatMapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RiskHeatMap'] = ResolversParentTypes['RiskHeatMap']> = {
  cells?: Resolver<Array<ResolversTypes['RiskHeatMapCell']>, ParentType, ContextType>;
  openRisks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RiskHeatMapCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RiskHeatMapCell'] = ResolversParentTypes['RiskHeatMapCell']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RiskPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RiskPayload'] = ResolversParentTypes['RiskPayload']> = {
  risk?: Resolver<Maybe<ResolversTypes['Risk']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RiskStatusResolvers = EnumResolverSignature<{ CLOSED?: any, MITIGATED?: any, OCCURRED?: any, OPEN?: any }, ResolversTypes['RiskStatus']>;

export type RoleResolvers = EnumResolverSignature<{ ADMIN?: any, BILLING?: any, PROGRAM?: any, VIEWER?: any }, ResolversTypes['Role']>;

export type RollBackWavePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RollBackWavePayload'] = ResolversParentTypes['RollBackWavePayload']> = {
  clean?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  wave?: Resolver<Maybe<ResolversTypes['CutoverWave']>, ParentType, ContextType>;
};

export type RoundingModeResolvers = EnumResolverSignature<{ DOWN?: any, HALF_EVEN?: any, HALF_UP?: any, UP?: any }, ResolversTypes['RoundingMode']>;

export type RunChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunChange'] = ResolversParentTypes['RunChange']> = {
  accountName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['ComparisonSide']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['ComparisonSide']>, ParentType, ContextType>;
  legacyAccountId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScheduleCycleResolvers = EnumResolverSignature<{ ANNIVERSARY?: any, CALENDAR_MONTH?: any }, ResolversTypes['ScheduleCycle']>;

export type ScheduledRunResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScheduledRun'] = ResolversParentTypes['ScheduledRun']> = {
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  runDay?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ScopeEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScopeEntry'] = ResolversParentTypes['ScopeEntry']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScorecardCriterionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScorecardCriterion'] = ResolversParentTypes['ScorecardCriterion']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rag?: Resolver<ResolversTypes['Rag'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SendInvoicePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SendInvoicePayload'] = ResolversParentTypes['SendInvoicePayload']> = {
  email?: Resolver<Maybe<ResolversTypes['InvoiceEmail']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SetProductAllowancesPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetProductAllowancesPayload'] = ResolversParentTypes['SetProductAllowancesPayload']> = {
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SetProductPricePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetProductPricePayload'] = ResolversParentTypes['SetProductPricePayload']> = {
  price?: Resolver<Maybe<ResolversTypes['Price']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SetUserPasswordPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetUserPasswordPayload'] = ResolversParentTypes['SetUserPasswordPayload']> = {
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SignOffApproverResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignOffApprover'] = ResolversParentTypes['SignOffApprover']> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['SignOffDecision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type SignOffDecisionResolvers = EnumResolverSignature<{ APPROVED?: any, CHANGES_REQUESTED?: any, REJECTED?: any }, ResolversTypes['SignOffDecision']>;

export type SignOffPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignOffPayload'] = ResolversParentTypes['SignOffPayload']> = {
  signOff?: Resolver<Maybe<ResolversTypes['SignOffRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SignOffRequestResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignOffRequest'] = ResolversParentTypes['SignOffRequest']> = {
  approvers?: Resolver<Array<ResolversTypes['SignOffApprover']>, ParentType, ContextType>;
  awaitingMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidenceHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invalidatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  invalidationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quorum?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['SignOffRule'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SignOffStatus'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['SignOffSubject'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SignOffRuleResolvers = EnumResolverSignature<{ ALL?: any, ANY?: any, QUORUM?: any }, ResolversTypes['SignOffRule']>;

export type SignOffStatusResolvers = EnumResolverSignature<{ APPROVED?: any, CHANGES_REQUESTED?: any, INVALIDATED?: any, PENDING?: any, REJECTED?: any }, ResolversTypes['SignOffStatus']>;

export type SignOffSubjectResolvers = EnumResolverSignature<{ CHECKLIST_ITEM?: any, MILESTONE?: any, PARALLEL_RUN?: any }, ResolversTypes['SignOffSubject']>;

export type StakeholderResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Stakeholder'] = ResolversParentTypes['Stakeholder']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatusReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusReport'] = ResolversParentTypes['StatusReport']> = {
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coversUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type StatusReportPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusReportPayload'] = ResolversParentTypes['StatusReportPayload']> = {
  report?: Resolver<Maybe<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type StatusUpdatePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusUpdatePayload'] = ResolversParentTypes['StatusUpdatePayload']> = {
  statusUpdate?: Resolver<Maybe<ResolversTypes['WarRoomStatusUpdate']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SubscriptionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubscriptionPayload'] = ResolversParentTypes['SubscriptionPayload']> = {
  subscription?: Resolver<Maybe<ResolversTypes['AccountSubscription']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SupportArticleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SupportArticle'] = ResolversParentTypes['SupportArticle']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupportArticlePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SupportArticlePayload'] = ResolversParentTypes['SupportArticlePayload']> = {
  article?: Resolver<Maybe<ResolversTypes['SupportArticle']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SystemOfRecordResolvers = EnumResolverSignature<{ LEGACY?: any, SWITCHBOARD?: any }, ResolversTypes['SystemOfRecord']>;

export type SystemOfRecordCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SystemOfRecordCount'] = ResolversParentTypes['SystemOfRecordCount']> = {
  accounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  systemOfRecord?: Resolver<ResolversTypes['SystemOfRecord'], ParentType, ContextType>;
};

export type TaxRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaxRule'] = ResolversParentTypes['TaxRule']> = {
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ratePercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taxCategory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taxCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TaxRulePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaxRulePayload'] = ResolversParentTypes['TaxRulePayload']> = {
  taxRule?: Resolver<Maybe<ResolversTypes['TaxRule']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TemplateVariableResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TemplateVariable'] = ResolversParentTypes['TemplateVariable']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TemplateVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TemplateVersion'] = ResolversParentTypes['TemplateVersion']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimeBandResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimeBand'] = ResolversParentTypes['TimeBand']> = {
  dates?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  endMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weekdays?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TraineeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Trainee'] = ResolversParentTypes['Trainee']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TraineePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TraineePayload'] = ResolversParentTypes['TraineePayload']> = {
  trainee?: Resolver<Maybe<ResolversTypes['Trainee']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TrainingCompletionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingCompletionPayload'] = ResolversParentTypes['TrainingCompletionPayload']> = {
  cell?: Resolver<Maybe<ResolversTypes['TrainingGridCell']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TrainingCompletionSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingCompletionSummary'] = ResolversParentTypes['TrainingCompletionSummary']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratio?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  requiredModules?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trainees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingGridResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingGrid'] = ResolversParentTypes['TrainingGrid']> = {
  modules?: Resolver<Array<ResolversTypes['TrainingModule']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['TrainingGridRow']>, ParentType, ContextType>;
};

export type TrainingGridCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingGridCell'] = ResolversParentTypes['TrainingGridCell']> = {
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  moduleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TrainingGridRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingGridRow'] = ResolversParentTypes['TrainingGridRow']> = {
  cells?: Resolver<Array<ResolversTypes['TrainingGridCell']>, ParentType, ContextType>;
  trainee?: Resolver<ResolversTypes['Trainee'], ParentType, ContextType>;
};

export type TrainingModuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingModule'] = ResolversParentTypes['TrainingModule']> = {
  audience?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TrainingModulePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingModulePayload'] = ResolversParentTypes['TrainingModulePayload']> = {
  module?: Resolver<Maybe<ResolversTypes['TrainingModule']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UnratedReasonResolvers = EnumResolverSignature<{ INVALID_NUMBER?: any, NO_PREFIX_MATCH?: any }, ResolversTypes['UnratedReason']>;

export type UnratedUsageCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UnratedUsageCount'] = ResolversParentTypes['UnratedUsageCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UpdateCatalogBillingPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateCatalogBillingPayload'] = ResolversParentTypes['UpdateCatalogBillingPayload']> = {
  catalog?: Resolver<Maybe<ResolversTypes['Catalog']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateCatalogRoundingPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateCatalogRoundingPayload'] = ResolversParentTypes['UpdateCatalogRoundingPayload']> = {
  catalog?: Resolver<Maybe<ResolversTypes['Catalog']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateDraftCheckSettingPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateDraftCheckSettingPayload'] = ResolversParentTypes['UpdateDraftCheckSettingPayload']> = {
  setting?: Resolver<Maybe<ResolversTypes['DraftCheckSetting']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateProductPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateProductPayload'] = ResolversParentTypes['UpdateProductPayload']> = {
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateRatePlanRoundingPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateRatePlanRoundingPayload'] = ResolversParentTypes['UpdateRatePlanRoundingPayload']> = {
  ratePlan?: Resolver<Maybe<ResolversTypes['RatePlan']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateUserPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateUserPayload'] = ResolversParentTypes['UpdateUserPayload']> = {
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UsageAggregationResolvers = EnumResolverSignature<{ DISTINCT_COUNT?: any, LAST?: any, MAX?: any, P95?: any, SUM?: any }, ResolversTypes['UsageAggregation']>;

export type UsageOutsideLifetimeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UsageOutsideLifetime'] = ResolversParentTypes['UsageOutsideLifetime']> = {
  accountRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UsageRecordResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UsageRecord'] = ResolversParentTypes['UsageRecord']> = {
  accountRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  band?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billableSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  charge?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  connectionFee?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  destinationClass?: Resolver<Maybe<ResolversTypes['DestinationClass']>, ParentType, ContextType>;
  destinationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  destinationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  durationSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  prefix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  ratePerMinute?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  ratedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['UsageStatus'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unratedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  usageType?: Resolver<ResolversTypes['UsageType'], ParentType, ContextType>;
};

export type UsageRecordConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UsageRecordConnection'] = ResolversParentTypes['UsageRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UsageRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type UsageRecordEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UsageRecordEdge'] = ResolversParentTypes['UsageRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UsageRecord'], ParentType, ContextType>;
};

export type UsageStatusResolvers = EnumResolverSignature<{ RATED?: any, UNRATED?: any }, ResolversTypes['UsageStatus']>;

export type UsageTypeResolvers = EnumResolverSignature<{ CUSTOM?: any, DATA?: any, SMS?: any, VOICE?: any }, ResolversTypes['UsageType']>;

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastSignInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserSessionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserSession'] = ResolversParentTypes['UserSession']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isLive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ValidatedFileResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ValidatedFile'] = ResolversParentTypes['ValidatedFile']> = {
  conflicts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedRows?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  imported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchesManifest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ValidationReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ValidationReport'] = ResolversParentTypes['ValidationReport']> = {
  clean?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['ValidatedFile']>, ParentType, ContextType>;
  openingBalances?: Resolver<Array<ResolversTypes['OpeningBalanceTotal']>, ParentType, ContextType>;
  referenceProblemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referenceProblems?: Resolver<Array<ResolversTypes['ReferenceProblem']>, ParentType, ContextType>;
  subscriptionsOutsideLifetimes?: Resolver<Array<ResolversTypes['LifetimeProblem']>, ParentType, ContextType>;
  unratedUsage?: Resolver<Array<ResolversTypes['ImportedUnratedUsage']>, ParentType, ContextType>;
  usageOutsideLifetimes?: Resolver<Array<ResolversTypes['UsageOutsideLifetime']>, ParentType, ContextType>;
  usageOutsidePeriod?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VarianceResolutionResolvers = EnumResolverSignature<{ ACCEPTED?: any, CONFIRMED?: any, DEFECT?: any, OPEN?: any }, ResolversTypes['VarianceResolution']>;

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ViewerKind'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type ViewerKindResolvers = EnumResolverSignature<{ API_KEY?: any, USER?: any }, ResolversTypes['ViewerKind']>;

export type VoiceUsageLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VoiceUsageLine'] = ResolversParentTypes['VoiceUsageLine']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  billableMinutes?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  billableSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  calls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coveredSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  destination?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VoidInvoicePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VoidInvoicePayload'] = ResolversParentTypes['VoidInvoicePayload']> = {
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  reissueBillRun?: Resolver<Maybe<ResolversTypes['BillRun']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type WarRoomResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WarRoom'] = ResolversParentTypes['WarRoom']> = {
  accountsBySystemOfRecord?: Resolver<Array<ResolversTypes['SystemOfRecordCount']>, ParentType, ContextType>;
  billRunsInProgress?: Resolver<Array<ResolversTypes['BillRun']>, ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['WarRoomComponent']>, ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['DeliveryCounts'], ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  ingestion?: Resolver<ResolversTypes['IngestionActivity'], ParentType, ContextType>;
  latestBillRuns?: Resolver<Array<ResolversTypes['BillRun']>, ParentType, ContextType>;
  latestStatusUpdate?: Resolver<Maybe<ResolversTypes['WarRoomStatusUpdate']>, ParentType, ContextType>;
  openIncidents?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType>;
  waves?: Resolver<Array<ResolversTypes['WarRoomWave']>, ParentType, ContextType>;
};

export type WarRoomComponentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WarRoomComponent'] = ResolversParentTypes['WarRoomComponent']> = {
  checkReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  checkState?: Resolver<Maybe<ResolversTypes['ComponentState']>, ParentType, ContextType>;
  isManual?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  manualAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  manualBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  manualNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  manualState?: Resolver<Maybe<ResolversTypes['ComponentState']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ComponentState'], ParentType, ContextType>;
};

export type WarRoomRejectResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WarRoomReject'] = ResolversParentTypes['WarRoomReject']> = {
  ingestionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WarRoomStatusUpdateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WarRoomStatusUpdate'] = ResolversParentTypes['WarRoomStatusUpdate']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type WarRoomWaveResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WarRoomWave'] = ResolversParentTypes['WarRoomWave']> = {
  legacyAccounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  switchboardAccounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wave?: Resolver<ResolversTypes['CutoverWave'], ParentType, ContextType>;
};

export type WaveAccountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WaveAccount'] = ResolversParentTypes['WaveAccount']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  openingBalance?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  openingInvoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Account?: AccountResolvers<ContextType>;
  AccountBalance?: AccountBalanceResolvers<ContextType>;
  AccountConnection?: AccountConnectionResolvers<ContextType>;
  AccountContact?: AccountContactResolvers<ContextType>;
  AccountContactPayload?: AccountContactPayloadResolvers<ContextType>;
  AccountDunning?: AccountDunningResolvers<ContextType>;
  AccountDunningPayload?: AccountDunningPayloadResolvers<ContextType>;
  AccountEdge?: AccountEdgeResolvers<ContextType>;
  AccountMissingValues?: AccountMissingValuesResolvers<ContextType>;
  AccountPayload?: AccountPayloadResolvers<ContextType>;
  AccountStatus?: AccountStatusResolvers;
  AccountSubscription?: AccountSubscriptionResolvers<ContextType>;
  AccountUsageSummary?: AccountUsageSummaryResolvers<ContextType>;
  ActorKind?: ActorKindResolvers;
  AgingBuckets?: AgingBucketsResolvers<ContextType>;
  AgingReport?: AgingReportResolvers<ContextType>;
  AgingRow?: AgingRowResolvers<ContextType>;
  AgingTotal?: AgingTotalResolvers<ContextType>;
  AllocateCreditPayload?: AllocateCreditPayloadResolvers<ContextType>;
  Allowance?: AllowanceResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  ApiKeyScope?: ApiKeyScopeResolvers;
  ApiModule?: ApiModuleResolvers;
  ApproveDraftsWithOnlyFindingPayload?: ApproveDraftsWithOnlyFindingPayloadResolvers<ContextType>;
  AreaPointOfContact?: AreaPointOfContactResolvers<ContextType>;
  AssignRaciPayload?: AssignRaciPayloadResolvers<ContextType>;
  Audience?: AudienceResolvers<ContextType>;
  AudienceFilter?: AudienceFilterResolvers<ContextType>;
  AudiencePayload?: AudiencePayloadResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditResult?: AuditResultResolvers;
  BandRate?: BandRateResolvers<ContextType>;
  BandTerms?: BandTermsResolvers<ContextType>;
  BillRun?: BillRunResolvers<ContextType>;
  BillRunAccountStatus?: BillRunAccountStatusResolvers;
  BillRunPayload?: BillRunPayloadResolvers<ContextType>;
  BillRunResult?: BillRunResultResolvers<ContextType>;
  BillRunResultConnection?: BillRunResultConnectionResolvers<ContextType>;
  BillRunResultEdge?: BillRunResultEdgeResolvers<ContextType>;
  BillRunStatus?: BillRunStatusResolvers;
  BillingAlignment?: BillingAlignmentResolvers;
  BillingCycle?: BillingCycleResolvers;
  BillingSchedule?: BillingScheduleResolvers<ContextType>;
  BillingSchedulePayload?: BillingSchedulePayloadResolvers<ContextType>;
  BillingTiming?: BillingTimingResolvers;
  BreakdownLine?: BreakdownLineResolvers<ContextType>;
  CallPreview?: CallPreviewResolvers<ContextType>;
  CallStep?: CallStepResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  CampaignApproval?: CampaignApprovalResolvers<ContextType>;
  CampaignDelivery?: CampaignDeliveryResolvers<ContextType>;
  CampaignDeliveryConnection?: CampaignDeliveryConnectionResolvers<ContextType>;
  CampaignDeliveryEdge?: CampaignDeliveryEdgeResolvers<ContextType>;
  CampaignMissingValues?: CampaignMissingValuesResolvers<ContextType>;
  CampaignPayload?: CampaignPayloadResolvers<ContextType>;
  CampaignStatus?: CampaignStatusResolvers;
  Catalog?: CatalogResolvers<ContextType>;
  Charter?: CharterResolvers<ContextType>;
  CheckSeverity?: CheckSeverityResolvers;
  CheckState?: CheckStateResolvers;
  CheckThreshold?: CheckThresholdResolvers<ContextType>;
  ChecklistArea?: ChecklistAreaResolvers;
  ChecklistItem?: ChecklistItemResolvers<ContextType>;
  ChecklistItemPayload?: ChecklistItemPayloadResolvers<ContextType>;
  ChecklistItemStatus?: ChecklistItemStatusResolvers;
  CommsChannel?: CommsChannelResolvers;
  CommsDeliveryStatus?: CommsDeliveryStatusResolvers;
  ComparedLine?: ComparedLineResolvers<ContextType>;
  ComparisonSide?: ComparisonSideResolvers<ContextType>;
  ComponentPayload?: ComponentPayloadResolvers<ContextType>;
  ComponentState?: ComponentStateResolvers;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  CreateProductPayload?: CreateProductPayloadResolvers<ContextType>;
  CreateRatePlanPayload?: CreateRatePlanPayloadResolvers<ContextType>;
  CreateUserPayload?: CreateUserPayloadResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  CutoverEvent?: CutoverEventResolvers<ContextType>;
  CutoverWave?: CutoverWaveResolvers<ContextType>;
  CutoverWavePayload?: CutoverWavePayloadResolvers<ContextType>;
  CutoverWaveStatus?: CutoverWaveStatusResolvers;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DecisionCategory?: DecisionCategoryResolvers;
  DecisionLogEntry?: DecisionLogEntryResolvers<ContextType>;
  DecisionLogEntryPayload?: DecisionLogEntryPayloadResolvers<ContextType>;
  DeleteDunningPolicyPayload?: DeleteDunningPolicyPayloadResolvers<ContextType>;
  DeliveryCount?: DeliveryCountResolvers<ContextType>;
  DeliveryCounts?: DeliveryCountsResolvers<ContextType>;
  DeliveryEvent?: DeliveryEventResolvers;
  DestinationClass?: DestinationClassResolvers;
  DiscardDraftInvoicePayload?: DiscardDraftInvoicePayloadResolvers<ContextType>;
  DraftCheckSetting?: DraftCheckSettingResolvers<ContextType>;
  DraftComparison?: DraftComparisonResolvers<ContextType>;
  DraftDecisionPayload?: DraftDecisionPayloadResolvers<ContextType>;
  DraftFinding?: DraftFindingResolvers<ContextType>;
  DraftReview?: DraftReviewResolvers<ContextType>;
  DraftReviewConnection?: DraftReviewConnectionResolvers<ContextType>;
  DraftReviewEdge?: DraftReviewEdgeResolvers<ContextType>;
  DraftReviewState?: DraftReviewStateResolvers;
  DraftReviewStateCount?: DraftReviewStateCountResolvers<ContextType>;
  DunningAction?: DunningActionResolvers;
  DunningChannel?: DunningChannelResolvers;
  DunningEmail?: DunningEmailResolvers<ContextType>;
  DunningEvent?: DunningEventResolvers<ContextType>;
  DunningEventConnection?: DunningEventConnectionResolvers<ContextType>;
  DunningEventEdge?: DunningEventEdgeResolvers<ContextType>;
  DunningPolicy?: DunningPolicyResolvers<ContextType>;
  DunningPolicyPayload?: DunningPolicyPayloadResolvers<ContextType>;
  DunningPreview?: DunningPreviewResolvers<ContextType>;
  DunningPreviewAction?: DunningPreviewActionResolvers<ContextType>;
  DunningStage?: DunningStageResolvers<ContextType>;
  DunningStageKind?: DunningStageKindResolvers;
  DunningStep?: DunningStepResolvers<ContextType>;
  EmailBounce?: EmailBounceResolvers<ContextType>;
  EmailStatus?: EmailStatusResolvers;
  EmailStatusCount?: EmailStatusCountResolvers<ContextType>;
  EmailTransport?: EmailTransportResolvers;
  EvidenceCheck?: EvidenceCheckResolvers<ContextType>;
  EvidenceCheckKind?: EvidenceCheckKindResolvers;
  ExportedFile?: ExportedFileResolvers<ContextType>;
  FinalizeCleanDraftsPayload?: FinalizeCleanDraftsPayloadResolvers<ContextType>;
  GoNoGoOutcome?: GoNoGoOutcomeResolvers;
  GoNoGoReview?: GoNoGoReviewResolvers<ContextType>;
  GoNoGoReviewPayload?: GoNoGoReviewPayloadResolvers<ContextType>;
  GoNoGoVote?: GoNoGoVoteResolvers<ContextType>;
  Health?: HealthResolvers;
  Holiday?: HolidayResolvers<ContextType>;
  ImportFileReport?: ImportFileReportResolvers<ContextType>;
  ImportLegacyExportPayload?: ImportLegacyExportPayloadResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportRateDeckPayload?: ImportRateDeckPayloadResolvers<ContextType>;
  ImportRemittancePayload?: ImportRemittancePayloadResolvers<ContextType>;
  ImportedUnratedUsage?: ImportedUnratedUsageResolvers<ContextType>;
  Incident?: IncidentResolvers<ContextType>;
  IncidentPayload?: IncidentPayloadResolvers<ContextType>;
  IncidentSeverity?: IncidentSeverityResolvers;
  IncidentStatus?: IncidentStatusResolvers;
  IncidentUpdate?: IncidentUpdateResolvers<ContextType>;
  IngestUsagePayload?: IngestUsagePayloadResolvers<ContextType>;
  Ingestion?: IngestionResolvers<ContextType>;
  IngestionActivity?: IngestionActivityResolvers<ContextType>;
  IngestionConnection?: IngestionConnectionResolvers<ContextType>;
  IngestionEdge?: IngestionEdgeResolvers<ContextType>;
  IngestionProblem?: IngestionProblemResolvers<ContextType>;
  IngestionProblemKind?: IngestionProblemKindResolvers;
  IngestionSource?: IngestionSourceResolvers;
  IngestionStatus?: IngestionStatusResolvers;
  Invoice?: InvoiceResolvers<ContextType>;
  InvoiceBillTo?: InvoiceBillToResolvers<ContextType>;
  InvoiceConnection?: InvoiceConnectionResolvers<ContextType>;
  InvoiceDelivery?: InvoiceDeliveryResolvers;
  InvoiceDunning?: InvoiceDunningResolvers<ContextType>;
  InvoiceEdge?: InvoiceEdgeResolvers<ContextType>;
  InvoiceEmail?: InvoiceEmailResolvers<ContextType>;
  InvoiceKind?: InvoiceKindResolvers;
  InvoiceLine?: InvoiceLineResolvers<ContextType>;
  InvoiceLineType?: InvoiceLineTypeResolvers;
  InvoicePayload?: InvoicePayloadResolvers<ContextType>;
  InvoiceStatus?: InvoiceStatusResolvers;
  IssueDateRule?: IssueDateRuleResolvers;
  Kpi?: KpiResolvers;
  KpiPoint?: KpiPointResolvers<ContextType>;
  KpiValue?: KpiValueResolvers<ContextType>;
  LifetimeProblem?: LifetimeProblemResolvers<ContextType>;
  LineTolerance?: LineToleranceResolvers<ContextType>;
  MailSettings?: MailSettingsResolvers<ContextType>;
  MessageTemplate?: MessageTemplateResolvers<ContextType>;
  MessageTemplatePayload?: MessageTemplatePayloadResolvers<ContextType>;
  MeteredUsageLine?: MeteredUsageLineResolvers<ContextType>;
  MigrationImport?: MigrationImportResolvers<ContextType>;
  MigrationImportStatus?: MigrationImportStatusResolvers;
  Milestone?: MilestoneResolvers<ContextType>;
  MilestonePayload?: MilestonePayloadResolvers<ContextType>;
  MilestoneStatus?: MilestoneStatusResolvers;
  Mutation?: MutationResolvers<ContextType>;
  Notice?: NoticeResolvers<ContextType>;
  OneTimeCharge?: OneTimeChargeResolvers<ContextType>;
  OneTimeChargePayload?: OneTimeChargePayloadResolvers<ContextType>;
  OpeningBalanceTotal?: OpeningBalanceTotalResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParallelRun?: ParallelRunResolvers<ContextType>;
  ParallelRunCurrencyFigures?: ParallelRunCurrencyFiguresResolvers<ContextType>;
  ParallelRunPayload?: ParallelRunPayloadResolvers<ContextType>;
  ParallelRunStatus?: ParallelRunStatusResolvers;
  ParallelRunSummary?: ParallelRunSummaryResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentAllocation?: PaymentAllocationResolvers<ContextType>;
  PaymentConnection?: PaymentConnectionResolvers<ContextType>;
  PaymentEdge?: PaymentEdgeResolvers<ContextType>;
  PaymentMethod?: PaymentMethodResolvers;
  Person?: PersonResolvers<ContextType>;
  PhaseSpan?: PhaseSpanResolvers<ContextType>;
  PortalSignInEmail?: PortalSignInEmailResolvers<ContextType>;
  Price?: PriceResolvers<ContextType>;
  PriceModel?: PriceModelResolvers;
  PricePreview?: PricePreviewResolvers<ContextType>;
  PricePreviewPayload?: PricePreviewPayloadResolvers<ContextType>;
  PriceTier?: PriceTierResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductKind?: ProductKindResolvers;
  Program?: ProgramResolvers<ContextType>;
  ProgramContact?: ProgramContactResolvers<ContextType>;
  ProgramGoal?: ProgramGoalResolvers<ContextType>;
  ProgramPayload?: ProgramPayloadResolvers<ContextType>;
  ProgramPhase?: ProgramPhaseResolvers;
  ProrationMethod?: ProrationMethodResolvers;
  Query?: QueryResolvers<ContextType>;
  RaciAssignment?: RaciAssignmentResolvers<ContextType>;
  RaciResponsibility?: RaciResponsibilityResolvers;
  RaciSubject?: RaciSubjectResolvers<ContextType>;
  RaciSubjectType?: RaciSubjectTypeResolvers;
  Rag?: RagResolvers;
  RateDeckEntry?: RateDeckEntryResolvers<ContextType>;
  RateDeckEntryConnection?: RateDeckEntryConnectionResolvers<ContextType>;
  RateDeckEntryEdge?: RateDeckEntryEdgeResolvers<ContextType>;
  RateDeckImportReport?: RateDeckImportReportResolvers<ContextType>;
  RateDeckProblem?: RateDeckProblemResolvers<ContextType>;
  RatePlan?: RatePlanResolvers<ContextType>;
  RatePlanVersion?: RatePlanVersionResolvers<ContextType>;
  RateStep?: RateStepResolvers<ContextType>;
  ReconciledAccount?: ReconciledAccountResolvers<ContextType>;
  ReconciledLine?: ReconciledLineResolvers<ContextType>;
  ReconciliationStatus?: ReconciliationStatusResolvers;
  RecordDeliveryEventPayload?: RecordDeliveryEventPayloadResolvers<ContextType>;
  RecordPaymentPayload?: RecordPaymentPayloadResolvers<ContextType>;
  RecordRounding?: RecordRoundingResolvers<ContextType>;
  RecordRoundingDirection?: RecordRoundingDirectionResolvers;
  ReferenceProblem?: ReferenceProblemResolvers<ContextType>;
  RemittanceImportReport?: RemittanceImportReportResolvers<ContextType>;
  RemittanceProblem?: RemittanceProblemResolvers<ContextType>;
  RemoveAccountContactPayload?: RemoveAccountContactPayloadResolvers<ContextType>;
  RemoveRaciAssignmentPayload?: RemoveRaciAssignmentPayloadResolvers<ContextType>;
  RenderedMessage?: RenderedMessageResolvers<ContextType>;
  RerateUsagePayload?: RerateUsagePayloadResolvers<ContextType>;
  ResendInvoiceEmailPayload?: ResendInvoiceEmailPayloadResolvers<ContextType>;
  ReviewVariancesPayload?: ReviewVariancesPayloadResolvers<ContextType>;
  RevokeApiKeyPayload?: RevokeApiKeyPayloadResolvers<ContextType>;
  RevokeUserSessionsPayload?: RevokeUserSessionsPayloadResolvers<ContextType>;
  Risk?: RiskResolvers<ContextType>;
  RiskHeatMap?: RiskHeatMapResolvers<ContextType>;
  RiskHeatMapCell?: RiskHeatMapCellResolvers<ContextType>;
  RiskPayload?: RiskPayloadResolvers<ContextType>;
  RiskStatus?: RiskStatusResolvers;
  Role?: RoleResolvers;
  RollBackWavePayload?: RollBackWavePayloadResolvers<ContextType>;
  RoundingMode?: RoundingModeResolvers;
  RunChange?: RunChangeResolvers<ContextType>;
  ScheduleCycle?: ScheduleCycleResolvers;
  ScheduledRun?: ScheduledRunResolvers<ContextType>;
  ScopeEntry?: ScopeEntryResolvers<ContextType>;
  ScorecardCriterion?: ScorecardCriterionResolvers<ContextType>;
  SendInvoicePayload?: SendInvoicePayloadResolvers<ContextType>;
  SetProductAllowancesPayload?: SetProductAllowancesPayloadResolvers<ContextType>;
  SetProductPricePayload?: SetProductPricePayloadResolvers<ContextType>;
  SetUserPasswordPayload?: SetUserPasswordPayloadResolvers<ContextType>;
  SignOffApprover?: SignOffApproverResolvers<ContextType>;
  SignOffDecision?: SignOffDecisionResolvers;
  SignOffPayload?: SignOffPayloadResolvers<ContextType>;
  SignOffRequest?: SignOffRequestResolvers<ContextType>;
  SignOffRule?: SignOffRuleResolvers;
  SignOffStatus?: SignOffStatusResolvers;
  SignOffSubject?: SignOffSubjectResolvers;
  Stakeholder?: StakeholderResolvers<ContextType>;
  StatusReport?: StatusReportResolvers<ContextType>;
  StatusReportPayload?: StatusReportPayloadResolvers<ContextType>;
  StatusUpdatePayload?: StatusUpdatePayloadResolvers<ContextType>;
  SubscriptionPayload?: SubscriptionPayloadResolvers<ContextType>;
  SupportArticle?: SupportArticleResolvers<ContextType>;
  SupportArticlePayload?: SupportArticlePayloadResolvers<ContextType>;
  SystemOfRecord?: SystemOfRecordResolvers;
  SystemOfRecordCount?: SystemOfRecordCountResolvers<ContextType>;
  TaxRule?: TaxRuleResolvers<ContextType>;
  TaxRulePayload?: TaxRulePayloadResolvers<ContextType>;
  TemplateVariable?: TemplateVariableResolvers<ContextType>;
  TemplateVersion?: TemplateVersionResolvers<ContextType>;
  TimeBand?: TimeBandResolvers<ContextType>;
  Trainee?: TraineeResolvers<ContextType>;
  TraineePayload?: TraineePayloadResolvers<ContextType>;
  TrainingCompletionPayload?: TrainingCompletionPayloadResolvers<ContextType>;
  TrainingCompletionSummary?: TrainingCompletionSummaryResolvers<ContextType>;
  TrainingGrid?: TrainingGridResolvers<ContextType>;
  TrainingGridCell?: TrainingGridCellResolvers<ContextType>;
  TrainingGridRow?: TrainingGridRowResolvers<ContextType>;
  TrainingModule?: TrainingModuleResolvers<ContextType>;
  TrainingModulePayload?: TrainingModulePayloadResolvers<ContextType>;
  UnratedReason?: UnratedReasonResolvers;
  UnratedUsageCount?: UnratedUsageCountResolvers<ContextType>;
  UpdateCatalogBillingPayload?: UpdateCatalogBillingPayloadResolvers<ContextType>;
  UpdateCatalogRoundingPayload?: UpdateCatalogRoundingPayloadResolvers<ContextType>;
  UpdateDraftCheckSettingPayload?: UpdateDraftCheckSettingPayloadResolvers<ContextType>;
  UpdateProductPayload?: UpdateProductPayloadResolvers<ContextType>;
  UpdateRatePlanRoundingPayload?: UpdateRatePlanRoundingPayloadResolvers<ContextType>;
  UpdateUserPayload?: UpdateUserPayloadResolvers<ContextType>;
  UsageAggregation?: UsageAggregationResolvers;
  UsageOutsideLifetime?: UsageOutsideLifetimeResolvers<ContextType>;
  UsageRecord?: UsageRecordResolvers<ContextType>;
  UsageRecordConnection?: UsageRecordConnectionResolvers<ContextType>;
  UsageRecordEdge?: UsageRecordEdgeResolvers<ContextType>;
  UsageStatus?: UsageStatusResolvers;
  UsageType?: UsageTypeResolvers;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  UserSession?: UserSessionResolvers<ContextType>;
  ValidatedFile?: ValidatedFileResolvers<ContextType>;
  ValidationReport?: ValidationReportResolvers<ContextType>;
  VarianceResolution?: VarianceResolutionResolvers;
  Viewer?: ViewerResolvers<ContextType>;
  ViewerKind?: ViewerKindResolvers;
  VoiceUsageLine?: VoiceUsageLineResolvers<ContextType>;
  VoidInvoicePayload?: VoidInvoicePayloadResolvers<ContextType>;
  WarRoom?: WarRoomResolvers<ContextType>;
  WarRoomComponent?: WarRoomComponentResolvers<ContextType>;
  WarRoomReject?: WarRoomRejectResolvers<ContextType>;
  WarRoomStatusUpdate?: WarRoomStatusUpdateResolvers<ContextType>;
  WarRoomWave?: WarRoomWaveResolvers<ContextType>;
  WaveAccount?: WaveAccountResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphQLContext> = {
  text?: TextDirectiveResolver<any, any, ContextType>;
};
