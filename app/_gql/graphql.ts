/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An account's fields; on update, what is left out stays as it is. */
export type AccountFieldsInput = {
  /** Whether the parent pays for this account. */
  billToParent?: boolean | null | undefined;
  /** Calendar month or anniversary. */
  billingCycle?: BillingCycle | null | undefined;
  /** Anniversary day, 1-28. */
  billingDay?: number | null | undefined;
  /** Where invoices are emailed. */
  billingEmail?: string | null | undefined;
  /** Who to talk to about billing. */
  contactName?: string | null | undefined;
  /** Billing currency (ISO 4217); fixed once the account has invoices. */
  currency?: string | null | undefined;
  /** The provider's account number (usage refers to it). */
  externalId?: string | null | undefined;
  /** How invoices reach the customer. */
  invoiceDelivery?: InvoiceDelivery | null | undefined;
  /** Customer name. */
  name?: string | null | undefined;
  /** Parent account. */
  parentAccountId?: string | number | null | undefined;
  /** Net N days. */
  paymentTermsDays?: number | null | undefined;
  /** Rate plan for its calls. */
  ratePlanId?: string | number | null | undefined;
  /** Active, suspended or closed. */
  status?: AccountStatus | null | undefined;
  /** Tax codes the account is exempt from. */
  taxExemptions?: Array<string> | null | undefined;
  /** Tax region, e.g. US-TX. */
  taxRegion?: string | null | undefined;
};

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

/** A person to add to an account's portal contacts. */
export type AddAccountContactInput = {
  /** The account. */
  accountId: string | number;
  /** Their email address; not already a contact of any account. */
  email: string;
  /** Their name (up to 200 characters). */
  name?: string | null | undefined;
};

/** A one-time charge. */
export type AddOneTimeChargeInput = {
  /** The account. */
  accountId: string | number;
  /** The day it is charged. */
  chargeDate: string;
  /** What it was for. */
  description?: string | null | undefined;
  /** An id from another system. */
  externalId?: string | null | undefined;
  /** A one-time product. */
  productId: string | number;
  /** How many; above zero. */
  quantity: string;
  /** Replaces the catalog price. */
  unitPrice?: string | null | undefined;
};

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

/** Included units per unit (seat) per period. */
export type AllowanceInput = {
  /** Voice: destination classes covered (required for voice, empty otherwise). */
  destinationClasses?: Array<DestinationClass> | null | undefined;
  /** Shared with the child accounts billed to the subscriber (default false). */
  isPooled?: boolean | null | undefined;
  /**
   * Minutes per unit per period (voice): the former name of quantityPerUnit.
   * @deprecated Use quantityPerUnit.
   */
  minutesPerUnit?: string | null | undefined;
  /** Units per unit per period: minutes for voice, else the usage product's unit. Give it or minutesPerUnit. */
  quantityPerUnit?: string | null | undefined;
  /** Unused units carry to the next period only (default false). */
  rollsOver?: boolean | null | undefined;
  /** SMS, data or custom: the one usage product covered (of usageType); left out, every one of the type. */
  usageProductId?: string | number | null | undefined;
  /** The usage covered; voice when left out. */
  usageType?: UsageType | null | undefined;
};

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

/** Approve the drafts of a run whose only holding findings are of one check. */
export type ApproveDraftsWithOnlyFindingInput = {
  /** The bill run. */
  billRunId: string | number;
  /** The check code, e.g. TOTAL_CHANGED. */
  code: string;
  /** Why these findings are expected; required. */
  reason?: string | null | undefined;
};

/** Input of assignIncidentLead. */
export type AssignIncidentLeadInput = {
  /** The incident. */
  incidentId: string | number;
  /** The new lead: a user who may post updates. */
  leadId: string | number;
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

/** What became of one account in a bill run. */
export type BillRunAccountStatus =
  /** It already had an invoice for the period. */
  | 'ALREADY_INVOICED'
  /** Could not be billed; see the message. */
  | 'FAILED'
  /** A draft invoice was made. */
  | 'INVOICED'
  /** No charges in the period. */
  | 'NOTHING_TO_BILL'
  /** Not billed yet. */
  | 'PENDING';

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

/** Where a subscription's billing periods start (Kill Bill's billing alignment). */
export type BillingAlignment =
  /** On the account's billing day, with every other subscription (the default). */
  | 'ACCOUNT'
  /** On the start day of its bundle's base subscription (an add-on follows its base plan). */
  | 'BUNDLE'
  /** On the day of the month the subscription started. */
  | 'SUBSCRIPTION';

/** When an account's billing periods start. */
export type BillingCycle =
  /** The account's billing day of each month. */
  | 'ANNIVERSARY'
  /** The first of each month. */
  | 'CALENDAR_MONTH';

/** A billing schedule to create, or a schedule's new settings. */
export type BillingScheduleInput = {
  /** Only this audience's accounts; every Switchboard-billed account when not given. */
  audienceId?: string | number | null | undefined;
  /** Finalize and deliver clean drafts without a person. */
  autoFinalize: boolean;
  /** Which accounts' cycles it bills. */
  cycle: ScheduleCycle;
  /** Calendar month: the day it runs, 1–28. Days 29–31 are refused: use lastDayOfMonth. */
  dayOfMonth?: number | null | undefined;
  /** Whether it runs; true when not given. */
  enabled?: boolean | null | undefined;
  /** The issue date its invoices carry; RUN_DAY when not given. */
  issueDateRule?: IssueDateRule | null | undefined;
  /** Calendar month: run on the month's last day instead of dayOfMonth. */
  lastDayOfMonth?: boolean | null | undefined;
  /** What billing staff call it. */
  name: string;
  /** Local time it runs, HH:MM, in the organization's time zone. A time the zone skips on a coming run day is refused. */
  runTime: string;
};

/** When a recurring price is billed. */
export type BillingTiming =
  /** For the coming period, on the invoice issued before it starts (with the usage of the period just ended). */
  | 'IN_ADVANCE'
  /** For the period just ended, on the invoice issued after it. */
  | 'IN_ARREARS';

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

export type CastGoNoGoVoteInput = {
  comment?: string | null | undefined;
  reviewId: string | number;
  role: string;
  vote: GoNoGoOutcome;
};

/** New terms from a date: the subscription ends that day and a new one starts. */
export type ChangeSubscriptionInput = {
  /** New discount percent. */
  discountPercent?: string | null | undefined;
  /** The day the new terms start. */
  effectiveDate: string;
  /** The subscription. */
  id: string | number;
  /** New quantity. */
  quantity?: string | null | undefined;
  /** New price override (null clears it). */
  unitPrice?: string | null | undefined;
};

/** What a finding of an automatic check does to a draft. */
export type CheckSeverity =
  /** The draft is held for a person to review; it is not finalized automatically. */
  | 'HOLD'
  /** Shown beside the draft, which goes out all the same. */
  | 'WARNING';

/** The result of an evidence check, as of the program's `evidenceCheckedAt`. */
export type CheckState =
  | 'FAILING'
  | 'PASSING'
  /** Not evaluated yet, or there is nothing to evaluate (e.g. no parallel run yet). */
  | 'UNKNOWN';

/** A threshold to change. */
export type CheckThresholdInput = {
  /** The threshold's name. */
  name: string;
  /** Its new value, zero or more. */
  value: string;
};

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

/** A bill run to start. */
export type CreateBillRunInput = {
  /** Only these accounts; every account that is not closed when left out. */
  accountIds?: Array<string | number> | null | undefined;
  /**
   * The date printed on the invoices and the start of their payment terms: each draft gets it
   * when finalized without another. Not before the period starts; the day each draft is
   * finalized when left out.
   */
  issueDate?: string | null | undefined;
  /** First day after the period. */
  periodEnd: string;
  /** First day of the period. */
  periodStart: string;
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

/** Input of createCutoverWave. */
export type CreateCutoverWaveInput = {
  /** These accounts; every account of the import not in a wave yet when absent. */
  accountIds?: Array<string | number> | null | undefined;
  /** The import whose accounts to group. */
  importId: string | number;
  /** E.g. Pilot. */
  name: string;
};

export type CreateDunningPolicyInput = {
  /** Make it the default. */
  isDefault?: boolean | null | undefined;
  /** A name no other policy has. */
  name: string;
  /** Its steps, in any order. */
  steps: Array<DunningStepInput>;
};

export type CreateGoNoGoReviewInput = {
  programId: string | number;
  scheduledAt: string;
  title: string;
};

export type CreateMessageTemplateInput = {
  body: string;
  name: string;
  subject: string;
};

/** A new product. */
export type CreateProductInput = {
  /** Metered usage (SMS, data, custom) only: how a period's records make its quantity (default SUM). */
  aggregation?: UsageAggregation | null | undefined;
  /** Omit for the default catalog. */
  catalogId?: string | number | null | undefined;
  /** Unique code in the catalog. */
  code: string;
  /** Longer description. */
  description?: string | null | undefined;
  /** Recurring, usage or one-time. */
  kind: ProductKind;
  /** Display name. */
  name: string;
  /** An opening price. */
  price?: DatedPriceInput | null | undefined;
  /** Metered usage only: round each record's quantity to a block before aggregation (default off). */
  recordRounding?: RecordRoundingInput | null | undefined;
  /** Tax category (telecom, service, exempt…). */
  taxCategory: string;
  /** Custom usage: the unit's name. */
  unitName?: string | null | undefined;
  /** Usage products: what is counted. */
  usageType?: UsageType | null | undefined;
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

/** A new subscription. */
export type CreateSubscriptionInput = {
  /** The account. */
  accountId: string | number;
  /** Where its billing periods start; ACCOUNT when not given. */
  billingAlignment?: BillingAlignment | null | undefined;
  /** With BUNDLE alignment: the base subscription (of the same account) to follow. */
  bundleBaseId?: string | number | null | undefined;
  /** Discount percent, 0-100. */
  discountPercent?: string | null | undefined;
  /** First day no longer billed. */
  endDate?: string | null | undefined;
  /** An id from another system. */
  externalId?: string | null | undefined;
  /** A recurring product. */
  productId: string | number;
  /** Seats, lines or units; above zero. */
  quantity: string;
  /** Phone numbers, circuit ids. */
  serviceIds?: Array<string> | null | undefined;
  /** First day billed. */
  startDate: string;
  /** Replaces the catalog price. */
  unitPrice?: string | null | undefined;
};

export type CreateSupportArticleInput = {
  body: string;
  campaignId?: string | number | null | undefined;
  kind: string;
  title: string;
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

/** A credit note against a finalized invoice. */
export type CreditInvoiceInput = {
  /** The invoice. */
  invoiceId: string | number;
  /**
   * Amounts per charge line (their tax follows); everything left when omitted. All the credit
   * notes of an invoice never credit more than it billed, per line and in total.
   */
  lines?: Array<CreditLineInput> | null | undefined;
  /** Why; printed on the credit note. */
  reason: string;
};

/** An amount to credit on one line. */
export type CreditLineInput = {
  /**
   * How much of it, before tax: at most what is left of it net of its discount. Its share of
   * tax is added.
   */
  amount: string;
  /** A charge line of the invoice; name each line once. */
  lineId: string | number;
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

/** A price with the date it starts. */
export type DatedPriceInput = {
  /** FLAT. */
  amount?: string | null | undefined;
  /** Recurring products: billed in advance or in arrears; the catalog's default when not given. */
  billingTiming?: BillingTiming | null | undefined;
  /** Currency of every amount. */
  currency: string;
  /** First day the price applies. */
  effectiveFrom: string;
  /** PERCENTAGE: optional free amount of transactions at the start of each period (not with freeTransactions). */
  freeAmount?: string | null | undefined;
  /** PERCENTAGE: optional number of free transactions at the start of each period. */
  freeTransactions?: number | null | undefined;
  /** PACKAGE: the first units of a period that are free (optional); packages count from the unit after them. */
  freeUnits?: string | null | undefined;
  /** Decimals (0–6) of this price's invoice lines, over the catalog's; omit to inherit them. */
  lineDecimals?: number | null | undefined;
  /** Rounding mode of this price's invoice lines, over the catalog's; omit to inherit it. */
  lineRoundingMode?: RoundingMode | null | undefined;
  /** Optional least amount per period. */
  minimumCharge?: string | null | undefined;
  /** How the quantity becomes an amount. */
  model: PriceModel;
  /** PACKAGE. */
  packagePrice?: string | null | undefined;
  /** PACKAGE. */
  packageSize?: string | null | undefined;
  /** PERCENTAGE: percent of each transaction's amount, e.g. 2.9. */
  ratePercent?: string | null | undefined;
  /** GRADUATED, VOLUME and GRADUATED_PERCENTAGE. */
  tiers?: Array<PriceTierInput> | null | undefined;
  /** PERCENTAGE: optional fixed fee per charged transaction. */
  transactionFee?: string | null | undefined;
  /** PERCENTAGE: optional most amount per charged transaction. */
  transactionMaximum?: string | null | undefined;
  /** PERCENTAGE: optional least amount per charged transaction. */
  transactionMinimum?: string | null | undefined;
  /** PER_UNIT. */
  unitPrice?: string | null | undefined;
};

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

export type DeleteDunningPolicyInput = {
  /** A policy no account is assigned, none of whose steps was taken, not the default. */
  policyId: string | number;
};

/** A kind of call destination, for allowances and reports. */
export type DestinationClass =
  /** Calls within the home country. */
  | 'DOMESTIC'
  /** Calls abroad. */
  | 'INTERNATIONAL'
  /** Calls to mobile networks. */
  | 'MOBILE'
  /** Anything else. */
  | 'OTHER'
  /** Premium-rate numbers. */
  | 'PREMIUM'
  /** Toll-free numbers. */
  | 'TOLL_FREE';

/** Discarding a draft. */
export type DiscardDraftInvoiceInput = {
  /** The draft. */
  id: string | number;
};

/** A reviewer's decision on one draft. */
export type DraftDecisionInput = {
  /** The draft. */
  invoiceId: string | number;
  /** Why; required to hold or discard. It is kept with the review and in the audit log. */
  reason?: string | null | undefined;
  /** The review's version as the reviewer saw it: refused if someone decided since. */
  version?: number | null | undefined;
};

/** Where a draft is in review. */
export type DraftReviewState =
  /** Finalized, by a reviewer or automatically. */
  | 'APPROVED'
  /** No finding holds it: it is finalized and sent automatically. */
  | 'CLEAN'
  /** Deleted by a reviewer, with a reason; the period can be billed again. */
  | 'DISCARDED'
  /** A finding holds it for a person to review. */
  | 'NEEDS_REVIEW'
  /** A reviewer held it, with a reason. */
  | 'ON_HOLD';

/** What a dunning step does. */
export type DunningAction =
  /** Hands the invoice over to a collections agency: the last step of a policy. */
  | 'COLLECTIONS'
  /** The last notice before service is suspended. */
  | 'FINAL_NOTICE'
  /** A reminder that the invoice is overdue. */
  | 'REMINDER'
  /** A second, firmer reminder. */
  | 'SECOND_REMINDER'
  /** Suspends the account's service (if it is active). */
  | 'SUSPEND';

/** Where a dunning step's message goes. */
export type DunningChannel =
  /** An email to the account's billing address and its portal contacts. */
  | 'EMAIL'
  /** A notice in the customer portal. */
  | 'PORTAL';

/** A stage of receivables. */
export type DunningStageKind =
  /** Not yet due. */
  | 'CURRENT'
  /** Past due, no step taken yet. */
  | 'PAST_DUE'
  /** Its last step is the one named. */
  | 'STEP';

/** A step of a policy being saved. */
export type DunningStepInput = {
  /** What the step does. */
  action: DunningAction;
  /** Where the message goes; required with a template. */
  channels?: Array<DunningChannel> | null | undefined;
  /** Days after the due date, 1 to 3650; distinct within a policy. */
  daysAfterDue: number;
  /** An existing step of the policy (its history is kept); none for a new step. */
  id?: string | number | null | undefined;
  /** Name shown to staff; the action's name when none. */
  name?: string | null | undefined;
  /** The message template to send; none sends nothing. */
  templateId?: string | number | null | undefined;
};

/** Where an email delivery is. */
export type EmailStatus =
  /** Refused for good by the mail server (a 5xx reply, kept in the error): not retried. */
  | 'BOUNCED'
  /** Given up after repeated temporary refusals, or refused before any conversation; see the error. */
  | 'FAILED'
  /** Waiting for the job queue to send it. */
  | 'QUEUED'
  /**
   * Being handed to the mail server now. Never picked up again: if the sender stops mid-send it
   * becomes UNKNOWN, so the email is never sent twice.
   */
  | 'SENDING'
  /** Handed to the mail server (or the outbox). */
  | 'SENT'
  /**
   * Outcome unknown: the sender stopped mid-conversation, or the connection dropped after the
   * message was sent, so the mail server may or may not have it (the error says which). Not sent
   * again until someone resends it with resendInvoiceEmail, under the same Message-ID.
   */
  | 'UNKNOWN';

/** Where a sent email went. */
export type EmailTransport =
  /** The outbox, when no SMTP server is configured. */
  | 'OUTBOX'
  /** The SMTP server of SMTP_URL. */
  | 'SMTP';

/** Ending a subscription. */
export type EndSubscriptionInput = {
  /** First day no longer billed. */
  endDate: string;
  /** The subscription. */
  id: string | number;
};

/** Ties an evidence check to an item or milestone. Thresholds default to the usual ones. */
export type EvidenceCheckInput = {
  area?: ChecklistArea | null | undefined;
  kind: EvidenceCheckKind;
  max?: string | null | undefined;
  min?: string | null | undefined;
  threshold?: string | null | undefined;
  tolerance?: string | null | undefined;
  waveId?: string | number | null | undefined;
};

/** What an evidence check tests. Checks re-read the billing data after the program's own writes, within seconds of the writes elsewhere that they read (through a background job), and on `refreshProgramEvidence`; reading a program never re-runs them. */
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

/** Finalizing a draft. */
export type FinalizeInvoiceInput = {
  /** The draft. */
  id: string | number;
  /**
   * Issue date; when left out, the one its bill run was started with, else today. The due date
   * follows from the account's terms.
   */
  issueDate?: string | null | undefined;
};

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

/** A date of a new version's holiday calendar. */
export type HolidayInput = {
  /** The band it takes all day; a band named only here is priced by its own <band>_… columns. */
  band: string;
  /** Local date, in the plan's time zone. */
  date: string;
};

/** A rate deck CSV to import as a plan's next version. */
export type ImportRateDeckInput = {
  /** CSV: prefix, destination, destination_class (or domestic), rate_per_minute, initial_increment_s, subsequent_increment_s, connection_fee, rate_steps ("0:0.10:60 60:0.05:1"), and per band <band>_rate_per_minute, <band>_connection_fee, <band>_initial_increment_s, <band>_subsequent_increment_s, <band>_rate_steps… */
  csv: string;
  /** Validate and report only; store nothing. */
  dryRun?: boolean | null | undefined;
  /** First day the rates apply; after every existing version's start. */
  effectiveFrom: string;
  /** Holiday calendar: dates that take a band all day. */
  holidays?: Array<HolidayInput> | null | undefined;
  /** Why this version is made. */
  note?: string | null | undefined;
  /** The plan. */
  ratePlanId: string | number;
  /** Time bands the deck's band columns refer to. */
  timeBands?: Array<TimeBandInput> | null | undefined;
};

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

/** Why an ingestion did not import a record. */
export type IngestionProblemKind =
  /** Its id was already used with different content; the first one stands. */
  | 'CONFLICT'
  /** It breaks the format. */
  | 'REJECTED';

/** Where usage came in. */
export type IngestionSource =
  /** The ingestUsage mutation. */
  | 'API'
  /** The command line. */
  | 'CLI'
  /** A CDR/CSV file upload. */
  | 'FILE'
  /** A legacy billing import. */
  | 'MIGRATION';

/** Where an ingestion stands. */
export type IngestionStatus =
  /** Every record was read and accounted for. */
  | 'COMPLETED'
  /** Stopped by an error; what was stored before it stays, and a retry skips it as duplicates. */
  | 'FAILED'
  /** Still reading. */
  | 'RUNNING';

/** How invoices reach the customer. */
export type InvoiceDelivery =
  /** Emailed with the PDF attached when finalized (by a person or a schedule), and in the customer portal. */
  | 'EMAIL'
  /** Printed and posted. */
  | 'MAIL'
  /** Not delivered (e.g. billed elsewhere). */
  | 'NONE'
  /** In the customer portal only: no email. */
  | 'PORTAL';

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

/** What kind of charge a line is. */
export type InvoiceLineType =
  /**
   * The account's credit balance: a positive amount carries an invoice's excess credit (unused
   * days credited beyond its charges) to the balance, a negative one applies the balance to this invoice.
   */
  | 'ACCOUNT_CREDIT'
  /** A credit. */
  | 'CREDIT'
  /** A subscription's discount. */
  | 'DISCOUNT'
  /** A one-time charge. */
  | 'ONE_TIME'
  /** A subscription's charge for the period. */
  | 'RECURRING'
  /** A tax per code and category. */
  | 'TAX'
  /** Calls per destination, or metered usage. */
  | 'USAGE';

/** Where an invoice is in its life. */
export type InvoiceStatus =
  /** Can be reviewed, discarded and billed again; no number yet. */
  | 'DRAFT'
  /** Numbered and immutable. */
  | 'FINALIZED'
  /** Cancelled; keeps its number. */
  | 'VOID';

/** The issue date a scheduled run's invoices carry. */
export type IssueDateRule =
  /** The first day after the billed period. */
  | 'PERIOD_END'
  /** The day the run starts. */
  | 'RUN_DAY';

/** The KPIs a program is measured by; always computed from the data. */
export type Kpi =
  /** New ARPU / legacy ARPU of the latest parallel run. */
  | 'ARPU_PRESERVATION'
  /** Matching invoices / invoices compared in the latest parallel run. */
  | 'INVOICE_ACCURACY'
  /** Per month: corrections and decisions by a person (finalizing, review decisions, credits, voids, discarded drafts, manual charges, resends) per 100 invoices issued. */
  | 'MANUAL_TOUCHES'
  /** Per billing cycle: invoices of its bill runs delivered by their run's date (emailed, or finalized when not taken by email) / the invoices its runs made. */
  | 'ON_TIME_BILLING'
  /** What the legacy system failed to bill, found by the latest parallel run. */
  | 'REVENUE_LEAKAGE'
  /** Per billing cycle: invoices finalized and delivered by a schedule with no person involved, and not corrected since / the invoices its runs made. */
  | 'UNTOUCHED_INVOICES';

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

/** Where a parallel run stands. */
export type ParallelRunStatus =
  /** Done; its summary is final. */
  | 'COMPLETED'
  /** Stopped by an error. */
  | 'FAILED'
  /** Billing and comparing. */
  | 'RUNNING';

export type PauseAccountDunningInput = {
  /** The account. */
  accountId: string | number;
  /** Why (a promise to pay, a dispute). */
  reason: string;
  /** The day the pause ends (after today): on it the latest step reached is taken, earlier ones skipped. */
  until: string;
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

/** A price definition; give the fields its model uses. */
export type PriceInput = {
  /** FLAT. */
  amount?: string | null | undefined;
  /** Recurring products: billed in advance or in arrears; the catalog's default when not given. */
  billingTiming?: BillingTiming | null | undefined;
  /** Currency of every amount. */
  currency: string;
  /** PERCENTAGE: optional free amount of transactions at the start of each period (not with freeTransactions). */
  freeAmount?: string | null | undefined;
  /** PERCENTAGE: optional number of free transactions at the start of each period. */
  freeTransactions?: number | null | undefined;
  /** PACKAGE: the first units of a period that are free (optional); packages count from the unit after them. */
  freeUnits?: string | null | undefined;
  /** Optional least amount per period. */
  minimumCharge?: string | null | undefined;
  /** How the quantity becomes an amount. */
  model: PriceModel;
  /** PACKAGE. */
  packagePrice?: string | null | undefined;
  /** PACKAGE. */
  packageSize?: string | null | undefined;
  /** PERCENTAGE: percent of each transaction's amount, e.g. 2.9. */
  ratePercent?: string | null | undefined;
  /** GRADUATED, VOLUME and GRADUATED_PERCENTAGE. */
  tiers?: Array<PriceTierInput> | null | undefined;
  /** PERCENTAGE: optional fixed fee per charged transaction. */
  transactionFee?: string | null | undefined;
  /** PERCENTAGE: optional most amount per charged transaction. */
  transactionMaximum?: string | null | undefined;
  /** PERCENTAGE: optional least amount per charged transaction. */
  transactionMinimum?: string | null | undefined;
  /** PER_UNIT. */
  unitPrice?: string | null | undefined;
};

/** How a price turns a quantity into an amount. */
export type PriceModel =
  /** A fixed amount per period, whatever the quantity. */
  | 'FLAT'
  /** Each unit at the price of the tier it falls in. */
  | 'GRADUATED'
  /**
   * A percent of the transaction amounts by tiers of their running total through the period
   * (each tier's unitPrice is its rate in percent, its flat fee charged once on entering it).
   */
  | 'GRADUATED_PERCENTAGE'
  /** Whole packages of units; a started package is charged in full. */
  | 'PACKAGE'
  /**
   * Per transaction (usage records whose quantity is a transaction amount, e.g. card payments):
   * a percent of each transaction's amount plus a fixed fee, with an optional minimum and maximum
   * per transaction and free transactions or a free amount per period.
   */
  | 'PERCENTAGE'
  /** The same price for every unit. */
  | 'PER_UNIT'
  /** Per call, by the account's rate plan (voice only). */
  | 'RATE_DECK'
  /** All units at the price of the tier the total falls in. */
  | 'VOLUME';

/** Price a quantity: give a product and currency, or a price definition. */
export type PricePreviewInput = {
  /** With productId: which of its prices. */
  currency?: string | null | undefined;
  /** With productId: the price in force on this date (default today). */
  date?: string | null | undefined;
  /** A price being edited, instead of a product's. */
  price?: PriceInput | null | undefined;
  /** A product whose price to use. */
  productId?: string | number | null | undefined;
  /** Units to price. */
  quantity: string;
};

/** A tier of a price being set; tiers go in order of their upTo. */
export type PriceTierInput = {
  /** Charged once when any quantity reaches the tier. */
  flatFee?: string | null | undefined;
  /** Price of each unit in the tier (GRADUATED_PERCENTAGE: the rate in percent). */
  unitPrice: string;
  /**
   * Highest quantity of the tier (inclusive), above the previous tier's; leave out for the last
   * tier, which is open.
   */
  upTo?: string | null | undefined;
};

/** What a product is sold as. */
export type ProductKind =
  /** Charged once (installation, porting). */
  | 'ONE_TIME'
  /** Charged every billing period (seats, lines, devices). */
  | 'RECURRING'
  /** Charged by measured usage. */
  | 'USAGE';

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

/** How a partial period's share of a recurring charge is computed. */
export type ProrationMethod =
  /** Full amount × days used / days in the period (the default). */
  | 'ACTUAL_DAYS'
  /** A daily rate (full amount / days in the period) rounded to the currency, then × days used. */
  | 'DAILY_RATE_ROUNDED'
  /** No proration: a started period costs in full, and unused days are not credited. */
  | 'NONE'
  /** As if every month had 30 days (30E/360 day counts). */
  | 'THIRTY_DAY_MONTHS';

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

/** Which way a record's quantity goes to a whole number of blocks. */
export type RecordRoundingDirection =
  /** Down to a whole block. */
  | 'DOWN'
  /** To the nearest whole block; exactly half a block goes up. */
  | 'NEAREST'
  /** Up to the next whole block (each data session billed in started 1,024 KB blocks). */
  | 'UP';

/** Per-record rounding of a metered usage product. */
export type RecordRoundingInput = {
  /** Size of a block, in the product's unit (above zero). */
  block: string;
  /** Which way each record's quantity goes. */
  direction: RecordRoundingDirection;
};

/** Input of recordTrainingCompletion. */
export type RecordTrainingCompletionInput = {
  /** The day they completed it; not in the future. */
  completedOn: string;
  /** The module, of the trainee's program. */
  moduleId: string | number;
  /** The trainee. */
  traineeId: string | number;
};

export type RefreshProgramEvidenceInput = {
  programId: string | number;
};

/** A contact to remove. */
export type RemoveAccountContactInput = {
  /** The contact. */
  id: string | number;
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

/** Sending again an invoice email whose outcome is unknown. */
export type ResendInvoiceEmailInput = {
  /** An invoice email (Invoice.emails) with status UNKNOWN. */
  emailId: string | number;
};

export type ResumeAccountDunningInput = {
  /** The account. */
  accountId: string | number;
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

/** How amounts are rounded: half away from zero, half to even (banker's), toward zero, away from zero. */
export type RoundingMode =
  /** Toward zero (2.349 → 2.34). */
  | 'DOWN'
  /** Half to the even neighbour (2.345 → 2.34). */
  | 'HALF_EVEN'
  /** Half away from zero (2.345 → 2.35). */
  | 'HALF_UP'
  /** Away from zero (2.341 → 2.35). */
  | 'UP';

export type SaveStatusReportInput = {
  body: string;
  programId: string | number;
};

/** Which accounts' cycles a billing schedule bills. */
export type ScheduleCycle =
  /** Anniversary accounts: runs every day from the 2nd to the 28th and bills the cycles that ended that day. */
  | 'ANNIVERSARY'
  /** Calendar-month accounts (and anniversary accounts on the 1st): runs on a day of each month and bills the month before. */
  | 'CALENDAR_MONTH';

export type ScopeEntryInput = {
  category: string;
  item: string;
};

export type SendCampaignInput = {
  campaignId: string | number;
  /**
   * Leave out the accounts that lack a value the template uses (see
   * `Campaign.accountsMissingValues`); their deliveries are recorded as suppressed with the
   * reason. Without it, the send waits until they have one.
   */
  excludeAccountsMissingValues?: boolean | null | undefined;
};

/** Emailing an invoice or credit note (again). */
export type SendInvoiceInput = {
  /**
   * Send a new email even though an earlier one to the same address has an unknown outcome
   * (the mail server may have it). Without it, that is refused: resendInvoiceEmail sends the
   * earlier one again under its own Message-ID instead.
   */
  confirmDespiteUnknown?: boolean | null | undefined;
  /** A finalized invoice or credit note. */
  id: string | number;
  /** Another address than the account's billing email. */
  to?: string | null | undefined;
};

export type SetAccountDunningPolicyInput = {
  /** The account. */
  accountId: string | number;
  /** The policy; null returns the account to the default. */
  policyId?: string | number | null | undefined;
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

/** A recurring product's included minutes (replaces the existing ones). */
export type SetProductAllowancesInput = {
  /** All its allowances; empty removes them. */
  allowances: Array<AllowanceInput>;
  /** The product. */
  productId: string | number;
};

/** A new price for a product from a date on. */
export type SetProductPriceInput = {
  /** The price and its start date (after every existing start in that currency). */
  price: DatedPriceInput;
  /** The product. */
  productId: string | number;
};

/** A new password for a user. */
export type SetUserPasswordInput = {
  /** The user. */
  id: string | number;
  /** At least 12 characters; null removes password sign-in (single sign-on only). */
  password?: string | null | undefined;
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

export type TestSendCampaignInput = {
  campaignId: string | number;
  to: string;
};

/** A time band of a new deck version. */
export type TimeBandInput = {
  /** Local dates the band is limited to (weekdays may then be empty); omit for a weekday band. */
  dates?: Array<string> | null | undefined;
  /** End, minutes after local midnight (exclusive). */
  endMinute: number;
  /** Band name (lower-case), used in <band>_rate_per_minute columns. */
  name: string;
  /** Start, minutes after local midnight. */
  startMinute: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: Array<number>;
};

/** Input of undoTrainingCompletion. */
export type UndoTrainingCompletionInput = {
  /** The module. */
  moduleId: string | number;
  /** The trainee. */
  traineeId: string | number;
};

/** Changes to an account. */
export type UpdateAccountInput = {
  /** The fields to change. */
  fields: AccountFieldsInput;
  /** The account. */
  id: string | number;
};

/** How a catalog bills recurring charges. */
export type UpdateCatalogBillingInput = {
  /** Bill a mid-period start's partial period together with its next full period. */
  billPartialWithNextPeriod: boolean;
  /** The catalog. */
  catalogId: string | number;
  /** Credit the unused days of an in-advance charge when a subscription is cancelled mid-period. */
  creditUnusedOnCancel: boolean;
  /** Timing of recurring prices that do not set their own. */
  defaultBillingTiming: BillingTiming;
  /** How partial periods are prorated. */
  prorationMethod: ProrationMethod;
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

/** Changes to one check's setting; what is left out keeps its value. */
export type UpdateDraftCheckSettingInput = {
  /** The check's code. */
  code: string;
  /** Whether it runs. */
  enabled?: boolean | null | undefined;
  /** What its findings do. */
  severity?: CheckSeverity | null | undefined;
  /** Thresholds to change. */
  thresholds?: Array<CheckThresholdInput> | null | undefined;
};

export type UpdateDunningPolicyInput = {
  /** true makes it the default; the default cannot be un-made (make another the default). */
  isDefault?: boolean | null | undefined;
  /** A new name. */
  name?: string | null | undefined;
  /** The policy. */
  policyId: string | number;
  /** All its steps: a step left out is no longer taken (its history stays). */
  steps?: Array<DunningStepInput> | null | undefined;
};

/** Changes to a product; omitted fields stay. */
export type UpdateProductInput = {
  /** Metered usage only: a new aggregation, used by bill runs from now on (issued invoices keep theirs). */
  aggregation?: UsageAggregation | null | undefined;
  /** True turns per-record rounding off. */
  clearRecordRounding?: boolean | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** The product. */
  id: string | number;
  /** False archives the product. */
  isActive?: boolean | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** Metered usage only: new per-record rounding, used by bill runs from now on. */
  recordRounding?: RecordRoundingInput | null | undefined;
  /** New tax category. */
  taxCategory?: string | null | undefined;
  /** New custom unit name. */
  unitName?: string | null | undefined;
};

/** A rate plan's own rounding of call charges; null fields inherit the catalog's. */
export type UpdateRatePlanRoundingInput = {
  /** Decimals (0–10) of each call's charge; null for the catalog's. */
  callDecimals?: number | null | undefined;
  /** Rounding mode of each call's charge; null for the catalog's. */
  callRoundingMode?: RoundingMode | null | undefined;
  /** The plan. */
  ratePlanId: string | number;
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

/** How a metered usage product's records in a billing period make the one quantity its price is applied to. */
export type UsageAggregation =
  /** How many distinct subjects the records name (active users); records without a subject are not counted. */
  | 'DISTINCT_COUNT'
  /** The quantity of the period's last record, by start time, then by record id (byte-wise). */
  | 'LAST'
  /** The largest quantity in the period: peak concurrent channels, peak seats. */
  | 'MAX'
  /** The 95th percentile of the quantities by nearest rank: sorted ascending, the value at rank ceil(0.95 × n) (bandwidth billing). */
  | 'P95'
  /** The records' quantities added up (the default). */
  | 'SUM';

/** What a usage product counts. */
export type UsageType =
  /** A unit of the provider's choosing (see unitName). */
  | 'CUSTOM'
  /** Megabytes. */
  | 'DATA'
  /** Messages. */
  | 'SMS'
  /** Calls, in seconds, rated by the account's rate plan. */
  | 'VOICE';

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

/** Voiding a finalized invoice. */
export type VoidInvoiceInput = {
  /** The invoice. */
  id: string | number;
  /** Why; kept on the invoice. */
  reason: string;
  /** Queue a bill run that makes a new draft for the same account and period. */
  reissue?: boolean | null | undefined;
};

export type AccountDetailsAccountFragment = { id: string, currency: string, billingEmail: string | null, contactName: string | null, taxRegion: string | null, billingCycle: BillingCycle, billingDay: number, paymentTermsDays: number, invoiceDelivery: InvoiceDelivery, billToParent: boolean, externalId: string, name: string, status: AccountStatus, billingEmailBounce: { at: string, reply: string } | null, ratePlan: { code: string, name: string, id: string } | null, parent: { id: string, externalId: string, name: string, currency: string } | null, children: Array<{ id: string, externalId: string }> };

export type AccountDetailsUpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;


export type AccountDetailsUpdateAccountMutation = { updateAccount: { account: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AccountDunningQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountDunningQuery = { accountDunning: { isPolicyAssigned: boolean, pausedUntil: string | null, pauseReason: string | null, pausedBy: string | null, policy: { id: string, name: string } | null, openInvoices: Array<{ invoiceId: string, invoiceNumber: string, dueDate: string, amountDue: string, currency: string, lastStepName: string | null, lastStepOn: string | null, nextStepName: string | null, nextAction: DunningAction | null, nextStepOn: string | null }>, emails: Array<{ id: string, recipient: string, status: CommsDeliveryStatus, subject: string, transport: string | null, error: string | null, createdAt: string }> } | null, dunningPolicies: Array<{ id: string, name: string, isDefault: boolean }>, dunningEvents: { edges: Array<{ node: { id: string, invoiceNumber: string, action: DunningAction, skipped: boolean, asOf: string, occurredAt: string, step: { name: string, channels: Array<DunningChannel> } } }> } };

export type SetAccountDunningPolicyMutationVariables = Exact<{
  input: SetAccountDunningPolicyInput;
}>;


export type SetAccountDunningPolicyMutation = { setAccountDunningPolicy: { accountDunning: { isPolicyAssigned: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PauseAccountDunningMutationVariables = Exact<{
  input: PauseAccountDunningInput;
}>;


export type PauseAccountDunningMutation = { pauseAccountDunning: { accountDunning: { pausedUntil: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ResumeAccountDunningMutationVariables = Exact<{
  input: ResumeAccountDunningInput;
}>;


export type ResumeAccountDunningMutation = { resumeAccountDunning: { accountDunning: { pausedUntil: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AccountNoticesQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountNoticesQuery = { notices: Array<{ id: string, channel: CommsChannel, title: string, body: string, createdAt: string }> };

export type AccountPaymentsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountPaymentsQuery = { accountBalance: { currency: string, invoiced: string, credited: string, paid: string, credit: string, balance: string } | null, invoices: { edges: Array<{ node: { id: string, number: string | null, issueDate: string | null, dueDate: string | null, amountDue: string | null } }> } };

export type AccountViewQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountViewQuery = { account: { id: string, externalId: string, name: string, status: AccountStatus, currency: string, billingEmail: string | null, contactName: string | null, taxRegion: string | null, billingCycle: BillingCycle, billingDay: number, paymentTermsDays: number, invoiceDelivery: InvoiceDelivery, billToParent: boolean, billingEmailBounce: { at: string, reply: string } | null, ratePlan: { code: string, name: string, id: string } | null, parent: { id: string, externalId: string, name: string, currency: string } | null, children: Array<{ id: string, externalId: string }>, contacts: Array<{ id: string, email: string, name: string, verifiedAt: string | null, createdAt: string }>, subscriptions: Array<{ id: string, quantity: string, unitPrice: string | null, discountPercent: string, startDate: string, endDate: string | null, serviceIds: Array<string>, product: { id: string, code: string, name: string } }>, oneTimeCharges: Array<{ id: string, chargeDate: string, quantity: string, unitPrice: string | null, description: string | null, product: { code: string, name: string } }> } | null };

export type OneTimeChargesCardAccountFragment = { id: string, currency: string, oneTimeCharges: Array<{ id: string, chargeDate: string, quantity: string, unitPrice: string | null, description: string | null, product: { code: string, name: string } }> };

export type OneTimeChargesCardAddMutationVariables = Exact<{
  input: AddOneTimeChargeInput;
}>;


export type OneTimeChargesCardAddMutation = { addOneTimeCharge: { charge: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PortalContactsCardAccountFragment = { id: string, contacts: Array<{ id: string, email: string, name: string, verifiedAt: string | null, createdAt: string }> };

export type PortalContactsCardAddMutationVariables = Exact<{
  input: AddAccountContactInput;
}>;


export type PortalContactsCardAddMutation = { addAccountContact: { contact: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PortalContactsCardRemoveMutationVariables = Exact<{
  input: RemoveAccountContactInput;
}>;


export type PortalContactsCardRemoveMutation = { removeAccountContact: { contact: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AccountProductOptionsQueryVariables = Exact<{
  kind?: ProductKind | null | undefined;
}>;


export type AccountProductOptionsQuery = { products: { edges: Array<{ node: { id: string, code: string, name: string } }> } };

export type ChangeSubscriptionFormSubscriptionFragment = { id: string, quantity: string, unitPrice: string | null, discountPercent: string };

export type SubscriptionFormsCreateMutationVariables = Exact<{
  input: CreateSubscriptionInput;
}>;


export type SubscriptionFormsCreateMutation = { createSubscription: { subscription: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SubscriptionFormsChangeMutationVariables = Exact<{
  input: ChangeSubscriptionInput;
}>;


export type SubscriptionFormsChangeMutation = { changeSubscription: { subscription: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SubscriptionFormsEndMutationVariables = Exact<{
  input: EndSubscriptionInput;
}>;


export type SubscriptionFormsEndMutation = { endSubscription: { subscription: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SubscriptionsCardAccountFragment = { id: string, currency: string, subscriptions: Array<{ id: string, quantity: string, unitPrice: string | null, discountPercent: string, startDate: string, endDate: string | null, serviceIds: Array<string>, product: { id: string, code: string, name: string } }> };

export type AccountFieldsFormAccountFragment = { id: string, externalId: string, name: string, currency: string, status: AccountStatus, billingEmail: string | null, contactName: string | null, taxRegion: string | null, billingCycle: BillingCycle, billingDay: number, paymentTermsDays: number, invoiceDelivery: InvoiceDelivery, billToParent: boolean, ratePlan: { id: string } | null, parent: { id: string, externalId: string, name: string, currency: string } | null };

export type AccountRatePlanOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountRatePlanOptionsQuery = { ratePlans: Array<{ id: string, code: string, name: string, currency: string }> };

export type AccountsConsoleCreateAccountMutationVariables = Exact<{
  input: AccountFieldsInput;
}>;


export type AccountsConsoleCreateAccountMutation = { createAccount: { account: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AccountsListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  status?: AccountStatus | null | undefined;
}>;


export type AccountsListQuery = { accounts: { edges: Array<{ node: { id: string, externalId: string, name: string, status: AccountStatus, currency: string, billingEmail: string | null, paymentTermsDays: number, billingCycle: BillingCycle, billingDay: number, billToParent: boolean, parent: { id: string, externalId: string } | null, ratePlan: { code: string } | null, balance: { balance: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CatalogBillingRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogBillingRulesQuery = { catalogs: Array<{ id: string, code: string, name: string, defaultBillingTiming: BillingTiming, prorationMethod: ProrationMethod, creditUnusedOnCancel: boolean, billPartialWithNextPeriod: boolean }> };

export type CatalogBillingRulesUpdateMutationVariables = Exact<{
  input: UpdateCatalogBillingInput;
}>;


export type CatalogBillingRulesUpdateMutation = { updateCatalogBilling: { catalog: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CatalogBrowserQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type CatalogBrowserQuery = { products: { edges: Array<{ node: { id: string, code: string, name: string, kind: ProductKind, usageType: UsageType | null, taxCategory: string, isActive: boolean, priceOn: { model: PriceModel, amount: string | null, unitPrice: string | null, packageSize: string | null, packagePrice: string | null, freeUnits: string | null, minimumCharge: string | null, ratePercent: string | null, transactionFee: string | null, transactionMinimum: string | null, transactionMaximum: string | null, freeTransactions: number | null, freeAmount: string | null, billingTiming: BillingTiming | null, tiers: Array<{ upTo: string | null, unitPrice: string }> } | null } }> }, ratePlans: Array<{ id: string, code: string, name: string, currency: string, timeZone: string, versionOn: { version: number, effectiveFrom: string, entryCount: number } | null }> };

export type CatalogBrowserCreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CatalogBrowserCreateProductMutation = { createProduct: { product: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DescribePricePriceFragment = { model: PriceModel, amount: string | null, unitPrice: string | null, packageSize: string | null, packagePrice: string | null, freeUnits: string | null, minimumCharge: string | null, ratePercent: string | null, transactionFee: string | null, transactionMinimum: string | null, transactionMaximum: string | null, freeTransactions: number | null, freeAmount: string | null, billingTiming: BillingTiming | null, tiers: Array<{ upTo: string | null, unitPrice: string }> };

export type AllowanceUsageProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type AllowanceUsageProductsQuery = { products: { edges: Array<{ node: { id: string, code: string, name: string, usageType: UsageType | null } }> } };

export type AllowanceEditorSetMutationVariables = Exact<{
  input: SetProductAllowancesInput;
}>;


export type AllowanceEditorSetMutation = { setProductAllowances: { product: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ProductEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductEditorQuery = { product: { id: string, code: string, name: string, description: string | null, kind: ProductKind, usageType: UsageType | null, taxCategory: string, isActive: boolean, aggregation: UsageAggregation, recordRounding: { direction: RecordRoundingDirection, block: string } | null, prices: Array<{ id: string, currency: string, model: PriceModel, amount: string | null, unitPrice: string | null, packageSize: string | null, packagePrice: string | null, freeUnits: string | null, minimumCharge: string | null, ratePercent: string | null, transactionFee: string | null, transactionMinimum: string | null, transactionMaximum: string | null, freeTransactions: number | null, freeAmount: string | null, effectiveFrom: string, effectiveTo: string | null, billingTiming: BillingTiming | null, tiers: Array<{ upTo: string | null, unitPrice: string, flatFee: string | null }> }>, allowances: Array<{ usageType: UsageType, quantityPerUnit: string, destinationClasses: Array<DestinationClass>, isPooled: boolean, rollsOver: boolean, usageProduct: { id: string, code: string } | null }> } | null };

export type ProductEditorSetPriceMutationVariables = Exact<{
  input: SetProductPriceInput;
}>;


export type ProductEditorSetPriceMutation = { setProductPrice: { price: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ProductEditorUpdateRulesMutationVariables = Exact<{
  input: UpdateProductInput;
}>;


export type ProductEditorUpdateRulesMutation = { updateProduct: { product: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CallRoundingUpdateMutationVariables = Exact<{
  input: UpdateRatePlanRoundingInput;
}>;


export type CallRoundingUpdateMutation = { updateRatePlanRounding: { ratePlan: { id: string, callRoundingMode: RoundingMode | null, callDecimals: number | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DeckImportMutationVariables = Exact<{
  input: ImportRateDeckInput;
}>;


export type DeckImportMutation = { importRateDeck: { version: { version: number } | null, report: { rowsRead: number, rowsValid: number, problems: Array<{ line: number | null, column: string | null, message: string }> }, userErrors: Array<{ message: string }> } };

export type RatePlanBrowserEntryFragment = { prefix: string, destination: string, destinationClass: DestinationClass, ratePerMinute: string, initialIncrementSeconds: number, subsequentIncrementSeconds: number, connectionFee: string, bandRates: Array<{ band: string, ratePerMinute: string }>, rateSteps: Array<{ fromSecond: number, ratePerMinute: string, incrementSeconds: number }> | null, bandTerms: Array<{ band: string, connectionFee: string | null, initialIncrementSeconds: number | null, subsequentIncrementSeconds: number | null, rateSteps: Array<{ fromSecond: number, ratePerMinute: string, incrementSeconds: number }> | null }> };

export type RatePlanBrowserQueryVariables = Exact<{
  id: string | number;
}>;


export type RatePlanBrowserQuery = { ratePlan: { code: string, name: string, currency: string, timeZone: string, callRoundingMode: RoundingMode | null, callDecimals: number | null, catalog: { roundingMode: RoundingMode, callDecimals: number }, versions: Array<{ id: string, version: number, effectiveFrom: string, entryCount: number, note: string | null, timeBands: Array<{ name: string, dates: Array<string> }>, holidays: Array<{ date: string, band: string }> }> } | null };

export type RatePlanBrowserDeckQueryVariables = Exact<{
  id: string | number;
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type RatePlanBrowserDeckQuery = { rateDeckEntries: { edges: Array<{ node: { prefix: string, destination: string, destinationClass: DestinationClass, ratePerMinute: string, initialIncrementSeconds: number, subsequentIncrementSeconds: number, connectionFee: string, bandRates: Array<{ band: string, ratePerMinute: string }>, rateSteps: Array<{ fromSecond: number, ratePerMinute: string, incrementSeconds: number }> | null, bandTerms: Array<{ band: string, connectionFee: string | null, initialIncrementSeconds: number | null, subsequentIncrementSeconds: number | null, rateSteps: Array<{ fromSecond: number, ratePerMinute: string, incrementSeconds: number }> | null }> } }>, pageInfo: { hasNextPage: boolean } } };

export type RatePlanBrowserLookupQueryVariables = Exact<{
  id: string | number;
  number: string;
}>;


export type RatePlanBrowserLookupQuery = { destinationLookup: { prefix: string, destination: string, destinationClass: DestinationClass, ratePerMinute: string, initialIncrementSeconds: number, subsequentIncrementSeconds: number, connectionFee: string, bandRates: Array<{ band: string, ratePerMinute: string }>, rateSteps: Array<{ fromSecond: number, ratePerMinute: string, incrementSeconds: number }> | null, bandTerms: Array<{ band: string, connectionFee: string | null, initialIncrementSeconds: number | null, subsequentIncrementSeconds: number | null, rateSteps: Array<{ fromSecond: number, ratePerMinute: string, incrementSeconds: number }> | null }> } | null };

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

export type InvoiceActionFormsInvoiceFragment = { id: string, number: string | null, currency: string, account: { id: string, billingEmail: string | null }, billRun: { issueDate: string | null } | null, lines: Array<{ id: string, lineType: InvoiceLineType, description: string, amount: string }>, emails: Array<{ id: string, status: EmailStatus }> };

export type InvoiceActionFormsFinalizeMutationVariables = Exact<{
  input: FinalizeInvoiceInput;
}>;


export type InvoiceActionFormsFinalizeMutation = { finalizeInvoice: { invoice: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type InvoiceActionFormsDiscardMutationVariables = Exact<{
  input: DiscardDraftInvoiceInput;
}>;


export type InvoiceActionFormsDiscardMutation = { discardDraftInvoice: { discardedId: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type InvoiceActionFormsVoidMutationVariables = Exact<{
  input: VoidInvoiceInput;
}>;


export type InvoiceActionFormsVoidMutation = { voidInvoice: { invoice: { id: string } | null, reissueBillRun: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type InvoiceActionFormsCreditMutationVariables = Exact<{
  input: CreditInvoiceInput;
}>;


export type InvoiceActionFormsCreditMutation = { creditInvoice: { invoice: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type InvoiceActionFormsSendMutationVariables = Exact<{
  input: SendInvoiceInput;
}>;


export type InvoiceActionFormsSendMutation = { sendInvoice: { email: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type InvoiceActionsInvoiceFragment = { id: string, kind: InvoiceKind, status: InvoiceStatus, amountDue: string | null, pdfUrl: string, number: string | null, currency: string, creditNotes: Array<{ id: string }>, account: { id: string, billingEmail: string | null }, billRun: { issueDate: string | null } | null, lines: Array<{ id: string, lineType: InvoiceLineType, description: string, amount: string }>, emails: Array<{ id: string, status: EmailStatus }> };

export type InvoiceViewQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoiceViewQuery = { invoice: { id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, periodStart: string, periodEnd: string, issueDate: string | null, dueDate: string | null, subtotal: string, taxTotal: string, total: string, note: string | null, amountDue: string | null, pdfUrl: string, account: { id: string, name: string, billingEmail: string | null }, billTo: { externalId: string, name: string }, billRun: { id: string, issueDate: string | null } | null, creditedInvoice: { id: string, number: string | null } | null, creditNotes: Array<{ id: string, number: string | null, status: InvoiceStatus, total: string, issueDate: string | null, note: string | null }>, lines: Array<{ id: string, lineType: InvoiceLineType, description: string, quantity: string, unitPrice: string | null, amount: string, productCode: string | null, serviceStart: string | null, serviceEnd: string | null }>, payments: Array<{ amount: string, payment: { id: string, receivedDate: string, method: PaymentMethod, reference: string | null } }>, emails: Array<{ id: string, recipient: string, status: EmailStatus, transport: EmailTransport | null, error: string | null, requestedBy: string, createdAt: string, sentAt: string | null }> } | null };

export type InvoiceViewResendEmailMutationVariables = Exact<{
  input: ResendInvoiceEmailInput;
}>;


export type InvoiceViewResendEmailMutation = { resendInvoiceEmail: { email: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type BillRunsPanelQueryVariables = Exact<{ [key: string]: never; }>;


export type BillRunsPanelQuery = { billRuns: Array<{ id: string, periodStart: string, periodEnd: string, issueDate: string | null, status: BillRunStatus, accountsTotal: number, accountsDone: number, invoicesCreated: number, accountsFailed: number, createdBy: string, createdAt: string }> };

export type BillRunsPanelCreateMutationVariables = Exact<{
  input: CreateBillRunInput;
}>;


export type BillRunsPanelCreateMutation = { createBillRun: { billRun: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type BillRunResultsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: BillRunAccountStatus | null | undefined;
}>;


export type BillRunResultsQuery = { billRun: { results: { edges: Array<{ node: { status: BillRunAccountStatus, message: string | null, account: { id: string, externalId: string, name: string }, invoice: { id: string, number: string | null, total: string, currency: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type BillRunViewQueryVariables = Exact<{
  id: string | number;
}>;


export type BillRunViewQuery = { billRun: { id: string, periodStart: string, periodEnd: string, issueDate: string | null, status: BillRunStatus, accountsTotal: number, accountsDone: number, invoicesCreated: number, accountsFailed: number, error: string | null, createdBy: string, createdAt: string, finishedAt: string | null, scheduledFor: string | null, lateBySeconds: number | null, autoFinalize: boolean, draftsFinalized: number, checkedAt: string | null, schedule: { id: string, name: string } | null, draftReviewCounts: Array<{ state: DraftReviewState, count: number }>, emailCounts: Array<{ status: EmailStatus, count: number }> } | null };

export type FinalizeCleanDraftsMutationVariables = Exact<{
  billRunId: string | number;
}>;


export type FinalizeCleanDraftsMutation = { finalizeCleanDrafts: { finalized: number, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DraftReviewBulkApproveMutationVariables = Exact<{
  input: ApproveDraftsWithOnlyFindingInput;
}>;


export type DraftReviewBulkApproveMutation = { approveDraftsWithOnlyFinding: { approved: number, skipped: number, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DraftReviewDetailQueryVariables = Exact<{
  invoiceId: string | number;
}>;


export type DraftReviewDetailQuery = { draftComparison: { totalDifference: string, draft: { id: string, total: string, currency: string, periodStart: string, periodEnd: string }, previousInvoice: { id: string, number: string | null, total: string, currency: string, periodStart: string } | null, lines: Array<{ key: string, description: string, lineType: InvoiceLineType, previousAmount: string | null, draftAmount: string | null, difference: string }> } | null };

export type DraftReviewApproveMutationVariables = Exact<{
  input: DraftDecisionInput;
}>;


export type DraftReviewApproveMutation = { approveDraft: { review: { invoiceId: string, state: DraftReviewState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DraftReviewHoldMutationVariables = Exact<{
  input: DraftDecisionInput;
}>;


export type DraftReviewHoldMutation = { holdDraft: { review: { invoiceId: string, state: DraftReviewState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DraftReviewDiscardMutationVariables = Exact<{
  input: DraftDecisionInput;
}>;


export type DraftReviewDiscardMutation = { discardDraft: { review: { invoiceId: string, state: DraftReviewState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DraftReviewQueueQueryVariables = Exact<{
  billRunId: string | number;
  states?: Array<DraftReviewState> | DraftReviewState | null | undefined;
  code?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DraftReviewQueueQuery = { draftReviews: { edges: Array<{ node: { invoiceId: string, state: DraftReviewState, version: number, decidedBy: string | null, reason: string | null, account: { id: string, name: string, externalId: string }, invoice: { id: string, total: string, currency: string } | null, findings: Array<{ code: string, severity: CheckSeverity, message: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DraftReviewQueueChecksQueryVariables = Exact<{ [key: string]: never; }>;


export type DraftReviewQueueChecksQuery = { draftCheckSettings: Array<{ code: string, title: string }> };

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


export type ChecklistQuery = { program: { id: string, name: string, evidenceCheckedAt: string | null, checklist: Array<{ id: string, standardKey: string | null, area: ChecklistArea, title: string, dueOn: string | null, blocking: boolean, status: ChecklistItemStatus, statusBy: string | null, statusAt: string | null, notes: string, evidenceLinks: Array<string>, overdue: boolean, checkState: CheckState, checkDetail: string | null, owner: { id: string, name: string } | null, check: { kind: EvidenceCheckKind, threshold: string | null, min: string | null, max: string | null, tolerance: string | null, area: ChecklistArea | null, description: string } | null, conditionOf: { id: string, title: string } | null, signOffs: Array<{ id: string, title: string, status: SignOffStatus, invalidationReason: string | null }> }> } | null };

export type ChecklistItemRowFragment = { id: string, standardKey: string | null, area: ChecklistArea, title: string, dueOn: string | null, blocking: boolean, status: ChecklistItemStatus, statusBy: string | null, statusAt: string | null, notes: string, evidenceLinks: Array<string>, overdue: boolean, checkState: CheckState, checkDetail: string | null, owner: { id: string, name: string } | null, check: { kind: EvidenceCheckKind, threshold: string | null, min: string | null, max: string | null, tolerance: string | null, area: ChecklistArea | null, description: string } | null, conditionOf: { id: string, title: string } | null, signOffs: Array<{ id: string, title: string, status: SignOffStatus, invalidationReason: string | null }> };

export type ChecklistSaveItemMutationVariables = Exact<{
  input: ChecklistItemInput;
}>;


export type ChecklistSaveItemMutation = { saveChecklistItem: { item: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RefreshProgramEvidenceMutationVariables = Exact<{
  input: RefreshProgramEvidenceInput;
}>;


export type RefreshProgramEvidenceMutation = { refreshProgramEvidence: { program: { id: string, evidenceCheckedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

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

export type AgingReportBucketsFragment = { current: string, days1To30: string, days31To60: string, days61To90: string, over90Days: string, total: string };

export type AgingReportQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type AgingReportQuery = { agingReport: { rows: Array<{ currency: string, account: { id: string, externalId: string, name: string }, buckets: { current: string, days1To30: string, days31To60: string, days61To90: string, over90Days: string, total: string } }>, totals: Array<{ currency: string, buckets: { current: string, days1To30: string, days31To60: string, days61To90: string, over90Days: string, total: string } }> } };

export type DunningPoliciesConsoleQueryVariables = Exact<{ [key: string]: never; }>;


export type DunningPoliciesConsoleQuery = { dunningPolicies: Array<{ id: string, name: string, isDefault: boolean, steps: Array<{ id: string, daysAfterDue: number, action: DunningAction, name: string, channels: Array<DunningChannel>, template: { id: string, name: string } | null }> }>, messageTemplates: Array<{ id: string, name: string }> };

export type CreateDunningPolicyMutationVariables = Exact<{
  input: CreateDunningPolicyInput;
}>;


export type CreateDunningPolicyMutation = { createDunningPolicy: { policy: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateDunningPolicyMutationVariables = Exact<{
  input: UpdateDunningPolicyInput;
}>;


export type UpdateDunningPolicyMutation = { updateDunningPolicy: { policy: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DeleteDunningPolicyMutationVariables = Exact<{
  input: DeleteDunningPolicyInput;
}>;


export type DeleteDunningPolicyMutation = { deleteDunningPolicy: { deletedPolicyId: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DunningPreviewQueryVariables = Exact<{
  on?: string | null | undefined;
}>;


export type DunningPreviewQuery = { dunningPreview: { on: string, actions: Array<{ accountId: string, accountName: string, invoiceId: string, invoiceNumber: string, amountDue: string, currency: string, stepName: string, action: DunningAction, channels: Array<DunningChannel>, templateName: string | null }> } };

export type DunningStagesQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type DunningStagesQuery = { dunningStages: Array<{ stage: DunningStageKind, stepName: string | null, action: DunningAction | null, daysAfterDue: number | null, currency: string, invoiceCount: number, amountDue: string }> };

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

export type BillingSchedulesQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingSchedulesQuery = { billingSchedules: Array<{ id: string, name: string, cycle: ScheduleCycle, dayOfMonth: number | null, lastDayOfMonth: boolean, runTime: string, timeZone: string, issueDateRule: IssueDateRule, autoFinalize: boolean, enabled: boolean, audience: { id: string, name: string } | null, nextRuns: Array<{ dueAt: string, periodStart: string, periodEnd: string, issueDate: string }>, recentRuns: Array<{ id: string, periodStart: string, periodEnd: string, status: BillRunStatus, lateBySeconds: number | null, createdAt: string }> }>, audiences: Array<{ id: string, name: string }> };

export type CreateBillingScheduleMutationVariables = Exact<{
  input: BillingScheduleInput;
}>;


export type CreateBillingScheduleMutation = { createBillingSchedule: { billingSchedule: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateBillingScheduleMutationVariables = Exact<{
  id: string | number;
  input: BillingScheduleInput;
}>;


export type UpdateBillingScheduleMutation = { updateBillingSchedule: { billingSchedule: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CheckSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckSettingsQuery = { draftCheckSettings: Array<{ code: string, title: string, description: string, enabled: boolean, severity: CheckSeverity, updatedBy: string | null, updatedAt: string | null, thresholds: Array<{ name: string, description: string, value: string, defaultValue: string }> }> };

export type CheckSettingsUpdateMutationVariables = Exact<{
  input: UpdateDraftCheckSettingInput;
}>;


export type CheckSettingsUpdateMutation = { updateDraftCheckSetting: { setting: { code: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AccountUsageSummaryQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type AccountUsageSummaryQuery = { accountUsageSummary: { currency: string, total: string, unratedRecords: number, voiceLines: Array<{ destination: string, calls: number, billableMinutes: string, amount: string }>, meteredLines: Array<{ records: number, quantity: string, amount: string | null, product: { code: string, name: string } }> } };

export type UsageIngestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type UsageIngestionsQuery = { ingestions: { edges: Array<{ node: { id: string, source: IngestionSource, fileName: string | null, status: IngestionStatus, bytesTotal: number | null, bytesRead: number, read: number, imported: number, duplicates: number, conflicts: number, rejected: number, unrated: number, error: string | null, actorLabel: string, startedAt: string, problems: Array<{ line: number | null, recordId: string | null, kind: IngestionProblemKind, reason: string }> } }> } };

export type UnbillableQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type UnbillableQueueQuery = { unratedUsageSummary: Array<{ reason: string, count: number }>, usageRecords: { edges: Array<{ node: { recordId: string, accountRef: string, usageType: UsageType, startedAt: string, destinationNumber: string | null, unratedReason: string | null } }> } };

export type UnbillableQueueRerateMutationVariables = Exact<{ [key: string]: never; }>;


export type UnbillableQueueRerateMutation = { rerateUsage: { examined: number, rated: number, stillUnrated: number } };

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

export type PriceEditorPreviewQueryVariables = Exact<{
  input: PricePreviewInput;
}>;


export type PriceEditorPreviewQuery = { pricePreview: { preview: { currency: string, amount: string, roundedAmount: string, breakdown: Array<{ label: string, quantity: string, unitPrice: string, amount: string }> } | null, userErrors: Array<{ message: string }> } };

export type CommsViewerEmailQueryVariables = Exact<{ [key: string]: never; }>;


export type CommsViewerEmailQuery = { viewer: { user: { email: string } | null } | null };

export type MailSenderWarningQueryVariables = Exact<{ [key: string]: never; }>;


export type MailSenderWarningQuery = { mailSettings: { from: string, isPlaceholderSender: boolean } };

export type MigrationReconciledAccountFragment = { legacyAccountId: string, accountName: string | null, status: ReconciliationStatus, legacySubtotal: string | null, legacyTaxTotal: string | null, legacyTotal: string | null, newSubtotal: string | null, newTaxTotal: string | null, newTotal: string | null, difference: string, suggestedCause: VarianceCause | null, cause: VarianceCause | null, resolution: VarianceResolution, comment: string | null, reviewedBy: string | null, reviewedAt: string | null, account: { id: string, currency: string, systemOfRecord: SystemOfRecord } | null };

export type MigrationRunAccountsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type MigrationRunAccountsQuery = { parallelRun: { accounts: Array<{ legacyAccountId: string, accountName: string | null, status: ReconciliationStatus, legacySubtotal: string | null, legacyTaxTotal: string | null, legacyTotal: string | null, newSubtotal: string | null, newTaxTotal: string | null, newTotal: string | null, difference: string, suggestedCause: VarianceCause | null, cause: VarianceCause | null, resolution: VarianceResolution, comment: string | null, reviewedBy: string | null, reviewedAt: string | null, account: { id: string, currency: string, systemOfRecord: SystemOfRecord } | null }> } | null };

export type RecentPaymentsQueryVariables = Exact<{
  accountId?: string | number | null | undefined;
}>;


export type RecentPaymentsQuery = { payments: { edges: Array<{ node: { id: string, method: PaymentMethod, amount: string, currency: string, receivedDate: string, reference: string | null, unallocatedAmount: string, account: { id: string, externalId: string, name: string }, allocations: Array<{ invoiceId: string, invoiceNumber: string, amount: string }> } }> } };

export type RecordPaymentFormOpenInvoiceFragment = { id: string, number: string | null, dueDate: string | null, amountDue: string | null };

export type RecordPaymentFormRecordMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentFormRecordMutation = { recordPayment: { payment: { amount: string, currency: string, unallocatedAmount: string, allocations: Array<{ invoiceNumber: string, amount: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

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
export const AccountFieldsFormAccountFragmentDoc = new TypedDocumentString(`
    fragment AccountFieldsFormAccount on Account {
  id
  externalId
  name
  currency
  status
  billingEmail
  contactName
  taxRegion
  billingCycle
  billingDay
  paymentTermsDays
  invoiceDelivery
  billToParent
  ratePlan {
    id
  }
  parent {
    id
    externalId
    name
    currency
  }
}
    `, {"fragmentName":"AccountFieldsFormAccount"}) as unknown as TypedDocumentString<AccountFieldsFormAccountFragment, unknown>;
export const AccountDetailsAccountFragmentDoc = new TypedDocumentString(`
    fragment AccountDetailsAccount on Account {
  ...AccountFieldsFormAccount
  id
  currency
  billingEmail
  billingEmailBounce {
    at
    reply
  }
  contactName
  taxRegion
  ratePlan {
    code
    name
  }
  billingCycle
  billingDay
  paymentTermsDays
  invoiceDelivery
  billToParent
  parent {
    id
    externalId
  }
  children {
    id
    externalId
  }
}
    fragment AccountFieldsFormAccount on Account {
  id
  externalId
  name
  currency
  status
  billingEmail
  contactName
  taxRegion
  billingCycle
  billingDay
  paymentTermsDays
  invoiceDelivery
  billToParent
  ratePlan {
    id
  }
  parent {
    id
    externalId
    name
    currency
  }
}`, {"fragmentName":"AccountDetailsAccount"}) as unknown as TypedDocumentString<AccountDetailsAccountFragment, unknown>;
export const OneTimeChargesCardAccountFragmentDoc = new TypedDocumentString(`
    fragment OneTimeChargesCardAccount on Account {
  id
  currency
  oneTimeCharges {
    id
    chargeDate
    quantity
    unitPrice
    description
    product {
      code
      name
    }
  }
}
    `, {"fragmentName":"OneTimeChargesCardAccount"}) as unknown as TypedDocumentString<OneTimeChargesCardAccountFragment, unknown>;
export const PortalContactsCardAccountFragmentDoc = new TypedDocumentString(`
    fragment PortalContactsCardAccount on Account {
  id
  contacts {
    id
    email
    name
    verifiedAt
    createdAt
  }
}
    `, {"fragmentName":"PortalContactsCardAccount"}) as unknown as TypedDocumentString<PortalContactsCardAccountFragment, unknown>;
export const ChangeSubscriptionFormSubscriptionFragmentDoc = new TypedDocumentString(`
    fragment ChangeSubscriptionFormSubscription on AccountSubscription {
  id
  quantity
  unitPrice
  discountPercent
}
    `, {"fragmentName":"ChangeSubscriptionFormSubscription"}) as unknown as TypedDocumentString<ChangeSubscriptionFormSubscriptionFragment, unknown>;
export const SubscriptionsCardAccountFragmentDoc = new TypedDocumentString(`
    fragment SubscriptionsCardAccount on Account {
  id
  currency
  subscriptions {
    ...ChangeSubscriptionFormSubscription
    id
    quantity
    unitPrice
    discountPercent
    startDate
    endDate
    serviceIds
    product {
      id
      code
      name
    }
  }
}
    fragment ChangeSubscriptionFormSubscription on AccountSubscription {
  id
  quantity
  unitPrice
  discountPercent
}`, {"fragmentName":"SubscriptionsCardAccount"}) as unknown as TypedDocumentString<SubscriptionsCardAccountFragment, unknown>;
export const DescribePricePriceFragmentDoc = new TypedDocumentString(`
    fragment DescribePricePrice on Price {
  model
  amount
  unitPrice
  packageSize
  packagePrice
  freeUnits
  minimumCharge
  tiers {
    upTo
    unitPrice
  }
  ratePercent
  transactionFee
  transactionMinimum
  transactionMaximum
  freeTransactions
  freeAmount
  billingTiming
}
    `, {"fragmentName":"DescribePricePrice"}) as unknown as TypedDocumentString<DescribePricePriceFragment, unknown>;
export const RatePlanBrowserEntryFragmentDoc = new TypedDocumentString(`
    fragment RatePlanBrowserEntry on RateDeckEntry {
  prefix
  destination
  destinationClass
  ratePerMinute
  bandRates {
    band
    ratePerMinute
  }
  initialIncrementSeconds
  subsequentIncrementSeconds
  connectionFee
  rateSteps {
    fromSecond
    ratePerMinute
    incrementSeconds
  }
  bandTerms {
    band
    connectionFee
    initialIncrementSeconds
    subsequentIncrementSeconds
    rateSteps {
      fromSecond
      ratePerMinute
      incrementSeconds
    }
  }
}
    `, {"fragmentName":"RatePlanBrowserEntry"}) as unknown as TypedDocumentString<RatePlanBrowserEntryFragment, unknown>;
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
export const InvoiceActionFormsInvoiceFragmentDoc = new TypedDocumentString(`
    fragment InvoiceActionFormsInvoice on Invoice {
  id
  number
  currency
  account {
    id
    billingEmail
  }
  billRun {
    issueDate
  }
  lines {
    id
    lineType
    description
    amount
  }
  emails {
    id
    status
  }
}
    `, {"fragmentName":"InvoiceActionFormsInvoice"}) as unknown as TypedDocumentString<InvoiceActionFormsInvoiceFragment, unknown>;
export const InvoiceActionsInvoiceFragmentDoc = new TypedDocumentString(`
    fragment InvoiceActionsInvoice on Invoice {
  ...InvoiceActionFormsInvoice
  id
  kind
  status
  amountDue
  pdfUrl
  creditNotes {
    id
  }
}
    fragment InvoiceActionFormsInvoice on Invoice {
  id
  number
  currency
  account {
    id
    billingEmail
  }
  billRun {
    issueDate
  }
  lines {
    id
    lineType
    description
    amount
  }
  emails {
    id
    status
  }
}`, {"fragmentName":"InvoiceActionsInvoice"}) as unknown as TypedDocumentString<InvoiceActionsInvoiceFragment, unknown>;
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
export const RecordPaymentFormOpenInvoiceFragmentDoc = new TypedDocumentString(`
    fragment RecordPaymentFormOpenInvoice on Invoice {
  id
  number
  dueDate
  amountDue
}
    `, {"fragmentName":"RecordPaymentFormOpenInvoice"}) as unknown as TypedDocumentString<RecordPaymentFormOpenInvoiceFragment, unknown>;
export const AccountDetailsUpdateAccountDocument = new TypedDocumentString(`
    mutation AccountDetailsUpdateAccount($input: UpdateAccountInput!) {
  updateAccount(input: $input) {
    account {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccountDetailsUpdateAccountMutation, AccountDetailsUpdateAccountMutationVariables>;
export const AccountDunningDocument = new TypedDocumentString(`
    query AccountDunning($id: ID!) {
  accountDunning(accountId: $id) {
    policy {
      id
      name
    }
    isPolicyAssigned
    pausedUntil
    pauseReason
    pausedBy
    openInvoices {
      invoiceId
      invoiceNumber
      dueDate
      amountDue
      currency
      lastStepName
      lastStepOn
      nextStepName
      nextAction
      nextStepOn
    }
    emails {
      id
      recipient
      status
      subject
      transport
      error
      createdAt
    }
  }
  dunningPolicies {
    id
    name
    isDefault
  }
  dunningEvents(accountId: $id, first: 20) {
    edges {
      node {
        id
        invoiceNumber
        action
        skipped
        asOf
        occurredAt
        step {
          name
          channels
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountDunningQuery, AccountDunningQueryVariables>;
export const SetAccountDunningPolicyDocument = new TypedDocumentString(`
    mutation SetAccountDunningPolicy($input: SetAccountDunningPolicyInput!) {
  setAccountDunningPolicy(input: $input) {
    accountDunning {
      isPolicyAssigned
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SetAccountDunningPolicyMutation, SetAccountDunningPolicyMutationVariables>;
export const PauseAccountDunningDocument = new TypedDocumentString(`
    mutation PauseAccountDunning($input: PauseAccountDunningInput!) {
  pauseAccountDunning(input: $input) {
    accountDunning {
      pausedUntil
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PauseAccountDunningMutation, PauseAccountDunningMutationVariables>;
export const ResumeAccountDunningDocument = new TypedDocumentString(`
    mutation ResumeAccountDunning($input: ResumeAccountDunningInput!) {
  resumeAccountDunning(input: $input) {
    accountDunning {
      pausedUntil
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ResumeAccountDunningMutation, ResumeAccountDunningMutationVariables>;
export const AccountNoticesDocument = new TypedDocumentString(`
    query AccountNotices($id: ID!) {
  notices(accountId: $id) {
    id
    channel
    title
    body
    createdAt
  }
}
    `) as unknown as TypedDocumentString<AccountNoticesQuery, AccountNoticesQueryVariables>;
export const AccountPaymentsDocument = new TypedDocumentString(`
    query AccountPayments($id: ID!) {
  accountBalance(accountId: $id) {
    currency
    invoiced
    credited
    paid
    credit
    balance
  }
  invoices(first: 200, filter: {accountId: $id, status: FINALIZED, kind: INVOICE}) {
    edges {
      node {
        id
        number
        issueDate
        dueDate
        amountDue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountPaymentsQuery, AccountPaymentsQueryVariables>;
export const AccountViewDocument = new TypedDocumentString(`
    query AccountView($id: ID!) {
  account(id: $id) {
    id
    externalId
    name
    status
    ...AccountDetailsAccount
    ...PortalContactsCardAccount
    ...SubscriptionsCardAccount
    ...OneTimeChargesCardAccount
  }
}
    fragment AccountDetailsAccount on Account {
  ...AccountFieldsFormAccount
  id
  currency
  billingEmail
  billingEmailBounce {
    at
    reply
  }
  contactName
  taxRegion
  ratePlan {
    code
    name
  }
  billingCycle
  billingDay
  paymentTermsDays
  invoiceDelivery
  billToParent
  parent {
    id
    externalId
  }
  children {
    id
    externalId
  }
}
fragment OneTimeChargesCardAccount on Account {
  id
  currency
  oneTimeCharges {
    id
    chargeDate
    quantity
    unitPrice
    description
    product {
      code
      name
    }
  }
}
fragment PortalContactsCardAccount on Account {
  id
  contacts {
    id
    email
    name
    verifiedAt
    createdAt
  }
}
fragment ChangeSubscriptionFormSubscription on AccountSubscription {
  id
  quantity
  unitPrice
  discountPercent
}
fragment SubscriptionsCardAccount on Account {
  id
  currency
  subscriptions {
    ...ChangeSubscriptionFormSubscription
    id
    quantity
    unitPrice
    discountPercent
    startDate
    endDate
    serviceIds
    product {
      id
      code
      name
    }
  }
}
fragment AccountFieldsFormAccount on Account {
  id
  externalId
  name
  currency
  status
  billingEmail
  contactName
  taxRegion
  billingCycle
  billingDay
  paymentTermsDays
  invoiceDelivery
  billToParent
  ratePlan {
    id
  }
  parent {
    id
    externalId
    name
    currency
  }
}`) as unknown as TypedDocumentString<AccountViewQuery, AccountViewQueryVariables>;
export const OneTimeChargesCardAddDocument = new TypedDocumentString(`
    mutation OneTimeChargesCardAdd($input: AddOneTimeChargeInput!) {
  addOneTimeCharge(input: $input) {
    charge {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OneTimeChargesCardAddMutation, OneTimeChargesCardAddMutationVariables>;
export const PortalContactsCardAddDocument = new TypedDocumentString(`
    mutation PortalContactsCardAdd($input: AddAccountContactInput!) {
  addAccountContact(input: $input) {
    contact {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PortalContactsCardAddMutation, PortalContactsCardAddMutationVariables>;
export const PortalContactsCardRemoveDocument = new TypedDocumentString(`
    mutation PortalContactsCardRemove($input: RemoveAccountContactInput!) {
  removeAccountContact(input: $input) {
    contact {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PortalContactsCardRemoveMutation, PortalContactsCardRemoveMutationVariables>;
export const AccountProductOptionsDocument = new TypedDocumentString(`
    query AccountProductOptions($kind: ProductKind) {
  products(first: 200, filter: {kind: $kind, isActive: true}) {
    edges {
      node {
        id
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountProductOptionsQuery, AccountProductOptionsQueryVariables>;
export const SubscriptionFormsCreateDocument = new TypedDocumentString(`
    mutation SubscriptionFormsCreate($input: CreateSubscriptionInput!) {
  createSubscription(input: $input) {
    subscription {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionFormsCreateMutation, SubscriptionFormsCreateMutationVariables>;
export const SubscriptionFormsChangeDocument = new TypedDocumentString(`
    mutation SubscriptionFormsChange($input: ChangeSubscriptionInput!) {
  changeSubscription(input: $input) {
    subscription {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionFormsChangeMutation, SubscriptionFormsChangeMutationVariables>;
export const SubscriptionFormsEndDocument = new TypedDocumentString(`
    mutation SubscriptionFormsEnd($input: EndSubscriptionInput!) {
  endSubscription(input: $input) {
    subscription {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionFormsEndMutation, SubscriptionFormsEndMutationVariables>;
export const AccountRatePlanOptionsDocument = new TypedDocumentString(`
    query AccountRatePlanOptions {
  ratePlans {
    id
    code
    name
    currency
  }
}
    `) as unknown as TypedDocumentString<AccountRatePlanOptionsQuery, AccountRatePlanOptionsQueryVariables>;
export const AccountsConsoleCreateAccountDocument = new TypedDocumentString(`
    mutation AccountsConsoleCreateAccount($input: AccountFieldsInput!) {
  createAccount(input: $input) {
    account {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsConsoleCreateAccountMutation, AccountsConsoleCreateAccountMutationVariables>;
export const AccountsListDocument = new TypedDocumentString(`
    query AccountsList($first: Int, $after: String, $search: String, $status: AccountStatus) {
  accounts(first: $first, after: $after, search: $search, status: $status) {
    edges {
      node {
        id
        externalId
        name
        status
        currency
        billingEmail
        paymentTermsDays
        billingCycle
        billingDay
        parent {
          id
          externalId
        }
        billToParent
        ratePlan {
          code
        }
        balance {
          balance
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsListQuery, AccountsListQueryVariables>;
export const CatalogBillingRulesDocument = new TypedDocumentString(`
    query CatalogBillingRules {
  catalogs {
    id
    code
    name
    defaultBillingTiming
    prorationMethod
    creditUnusedOnCancel
    billPartialWithNextPeriod
  }
}
    `) as unknown as TypedDocumentString<CatalogBillingRulesQuery, CatalogBillingRulesQueryVariables>;
export const CatalogBillingRulesUpdateDocument = new TypedDocumentString(`
    mutation CatalogBillingRulesUpdate($input: UpdateCatalogBillingInput!) {
  updateCatalogBilling(input: $input) {
    catalog {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogBillingRulesUpdateMutation, CatalogBillingRulesUpdateMutationVariables>;
export const CatalogBrowserDocument = new TypedDocumentString(`
    query CatalogBrowser($search: String) {
  products(first: 100, filter: {search: $search}) {
    edges {
      node {
        id
        code
        name
        kind
        usageType
        taxCategory
        isActive
        priceOn(currency: "USD") {
          ...DescribePricePrice
        }
      }
    }
  }
  ratePlans {
    id
    code
    name
    currency
    timeZone
    versionOn {
      version
      effectiveFrom
      entryCount
    }
  }
}
    fragment DescribePricePrice on Price {
  model
  amount
  unitPrice
  packageSize
  packagePrice
  freeUnits
  minimumCharge
  tiers {
    upTo
    unitPrice
  }
  ratePercent
  transactionFee
  transactionMinimum
  transactionMaximum
  freeTransactions
  freeAmount
  billingTiming
}`) as unknown as TypedDocumentString<CatalogBrowserQuery, CatalogBrowserQueryVariables>;
export const CatalogBrowserCreateProductDocument = new TypedDocumentString(`
    mutation CatalogBrowserCreateProduct($input: CreateProductInput!) {
  createProduct(input: $input) {
    product {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogBrowserCreateProductMutation, CatalogBrowserCreateProductMutationVariables>;
export const AllowanceUsageProductsDocument = new TypedDocumentString(`
    query AllowanceUsageProducts {
  products(first: 100, filter: {kind: USAGE, isActive: true}) {
    edges {
      node {
        id
        code
        name
        usageType
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AllowanceUsageProductsQuery, AllowanceUsageProductsQueryVariables>;
export const AllowanceEditorSetDocument = new TypedDocumentString(`
    mutation AllowanceEditorSet($input: SetProductAllowancesInput!) {
  setProductAllowances(input: $input) {
    product {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AllowanceEditorSetMutation, AllowanceEditorSetMutationVariables>;
export const ProductEditorDocument = new TypedDocumentString(`
    query ProductEditor($id: ID!) {
  product(id: $id) {
    id
    code
    name
    description
    kind
    usageType
    taxCategory
    isActive
    aggregation
    recordRounding {
      direction
      block
    }
    prices {
      ...DescribePricePrice
      id
      currency
      model
      amount
      unitPrice
      packageSize
      packagePrice
      freeUnits
      minimumCharge
      tiers {
        upTo
        unitPrice
        flatFee
      }
      ratePercent
      transactionFee
      transactionMinimum
      transactionMaximum
      freeTransactions
      freeAmount
      effectiveFrom
      effectiveTo
    }
    allowances {
      usageType
      usageProduct {
        id
        code
      }
      quantityPerUnit
      destinationClasses
      isPooled
      rollsOver
    }
  }
}
    fragment DescribePricePrice on Price {
  model
  amount
  unitPrice
  packageSize
  packagePrice
  freeUnits
  minimumCharge
  tiers {
    upTo
    unitPrice
  }
  ratePercent
  transactionFee
  transactionMinimum
  transactionMaximum
  freeTransactions
  freeAmount
  billingTiming
}`) as unknown as TypedDocumentString<ProductEditorQuery, ProductEditorQueryVariables>;
export const ProductEditorSetPriceDocument = new TypedDocumentString(`
    mutation ProductEditorSetPrice($input: SetProductPriceInput!) {
  setProductPrice(input: $input) {
    price {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ProductEditorSetPriceMutation, ProductEditorSetPriceMutationVariables>;
export const ProductEditorUpdateRulesDocument = new TypedDocumentString(`
    mutation ProductEditorUpdateRules($input: UpdateProductInput!) {
  updateProduct(input: $input) {
    product {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ProductEditorUpdateRulesMutation, ProductEditorUpdateRulesMutationVariables>;
export const CallRoundingUpdateDocument = new TypedDocumentString(`
    mutation CallRoundingUpdate($input: UpdateRatePlanRoundingInput!) {
  updateRatePlanRounding(input: $input) {
    ratePlan {
      id
      callRoundingMode
      callDecimals
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CallRoundingUpdateMutation, CallRoundingUpdateMutationVariables>;
export const DeckImportDocument = new TypedDocumentString(`
    mutation DeckImport($input: ImportRateDeckInput!) {
  importRateDeck(input: $input) {
    version {
      version
    }
    report {
      rowsRead
      rowsValid
      problems {
        line
        column
        message
      }
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeckImportMutation, DeckImportMutationVariables>;
export const RatePlanBrowserDocument = new TypedDocumentString(`
    query RatePlanBrowser($id: ID!) {
  ratePlan(id: $id) {
    code
    name
    currency
    timeZone
    callRoundingMode
    callDecimals
    catalog {
      roundingMode
      callDecimals
    }
    versions {
      id
      version
      effectiveFrom
      entryCount
      note
      timeBands {
        name
        dates
      }
      holidays {
        date
        band
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RatePlanBrowserQuery, RatePlanBrowserQueryVariables>;
export const RatePlanBrowserDeckDocument = new TypedDocumentString(`
    query RatePlanBrowserDeck($id: ID!, $search: String, $first: Int) {
  rateDeckEntries(ratePlanId: $id, search: $search, first: $first) {
    edges {
      node {
        ...RatePlanBrowserEntry
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    fragment RatePlanBrowserEntry on RateDeckEntry {
  prefix
  destination
  destinationClass
  ratePerMinute
  bandRates {
    band
    ratePerMinute
  }
  initialIncrementSeconds
  subsequentIncrementSeconds
  connectionFee
  rateSteps {
    fromSecond
    ratePerMinute
    incrementSeconds
  }
  bandTerms {
    band
    connectionFee
    initialIncrementSeconds
    subsequentIncrementSeconds
    rateSteps {
      fromSecond
      ratePerMinute
      incrementSeconds
    }
  }
}`) as unknown as TypedDocumentString<RatePlanBrowserDeckQuery, RatePlanBrowserDeckQueryVariables>;
export const RatePlanBrowserLookupDocument = new TypedDocumentString(`
    query RatePlanBrowserLookup($id: ID!, $number: String!) {
  destinationLookup(ratePlanId: $id, number: $number) {
    ...RatePlanBrowserEntry
  }
}
    fragment RatePlanBrowserEntry on RateDeckEntry {
  prefix
  destination
  destinationClass
  ratePerMinute
  bandRates {
    band
    ratePerMinute
  }
  initialIncrementSeconds
  subsequentIncrementSeconds
  connectionFee
  rateSteps {
    fromSecond
    ratePerMinute
    incrementSeconds
  }
  bandTerms {
    band
    connectionFee
    initialIncrementSeconds
    subsequentIncrementSeconds
    rateSteps {
      fromSecond
      ratePerMinute
      incrementSeconds
    }
  }
}`) as unknown as TypedDocumentString<RatePlanBrowserLookupQuery, RatePlanBrowserLookupQueryVariables>;
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
export const InvoiceActionFormsFinalizeDocument = new TypedDocumentString(`
    mutation InvoiceActionFormsFinalize($input: FinalizeInvoiceInput!) {
  finalizeInvoice(input: $input) {
    invoice {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InvoiceActionFormsFinalizeMutation, InvoiceActionFormsFinalizeMutationVariables>;
export const InvoiceActionFormsDiscardDocument = new TypedDocumentString(`
    mutation InvoiceActionFormsDiscard($input: DiscardDraftInvoiceInput!) {
  discardDraftInvoice(input: $input) {
    discardedId
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InvoiceActionFormsDiscardMutation, InvoiceActionFormsDiscardMutationVariables>;
export const InvoiceActionFormsVoidDocument = new TypedDocumentString(`
    mutation InvoiceActionFormsVoid($input: VoidInvoiceInput!) {
  voidInvoice(input: $input) {
    invoice {
      id
    }
    reissueBillRun {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InvoiceActionFormsVoidMutation, InvoiceActionFormsVoidMutationVariables>;
export const InvoiceActionFormsCreditDocument = new TypedDocumentString(`
    mutation InvoiceActionFormsCredit($input: CreditInvoiceInput!) {
  creditInvoice(input: $input) {
    invoice {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InvoiceActionFormsCreditMutation, InvoiceActionFormsCreditMutationVariables>;
export const InvoiceActionFormsSendDocument = new TypedDocumentString(`
    mutation InvoiceActionFormsSend($input: SendInvoiceInput!) {
  sendInvoice(input: $input) {
    email {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InvoiceActionFormsSendMutation, InvoiceActionFormsSendMutationVariables>;
export const InvoiceViewDocument = new TypedDocumentString(`
    query InvoiceView($id: ID!) {
  invoice(id: $id) {
    ...InvoiceActionsInvoice
    id
    kind
    status
    number
    currency
    periodStart
    periodEnd
    issueDate
    dueDate
    subtotal
    taxTotal
    total
    note
    amountDue
    account {
      id
      name
    }
    billTo {
      externalId
      name
    }
    billRun {
      id
    }
    creditedInvoice {
      id
      number
    }
    creditNotes {
      id
      number
      status
      total
      issueDate
      note
    }
    lines {
      id
      lineType
      description
      quantity
      unitPrice
      amount
      productCode
      serviceStart
      serviceEnd
    }
    payments {
      amount
      payment {
        id
        receivedDate
        method
        reference
      }
    }
    emails {
      id
      recipient
      status
      transport
      error
      requestedBy
      createdAt
      sentAt
    }
  }
}
    fragment InvoiceActionFormsInvoice on Invoice {
  id
  number
  currency
  account {
    id
    billingEmail
  }
  billRun {
    issueDate
  }
  lines {
    id
    lineType
    description
    amount
  }
  emails {
    id
    status
  }
}
fragment InvoiceActionsInvoice on Invoice {
  ...InvoiceActionFormsInvoice
  id
  kind
  status
  amountDue
  pdfUrl
  creditNotes {
    id
  }
}`) as unknown as TypedDocumentString<InvoiceViewQuery, InvoiceViewQueryVariables>;
export const InvoiceViewResendEmailDocument = new TypedDocumentString(`
    mutation InvoiceViewResendEmail($input: ResendInvoiceEmailInput!) {
  resendInvoiceEmail(input: $input) {
    email {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InvoiceViewResendEmailMutation, InvoiceViewResendEmailMutationVariables>;
export const BillRunsPanelDocument = new TypedDocumentString(`
    query BillRunsPanel {
  billRuns(first: 50) {
    id
    periodStart
    periodEnd
    issueDate
    status
    accountsTotal
    accountsDone
    invoicesCreated
    accountsFailed
    createdBy
    createdAt
  }
}
    `) as unknown as TypedDocumentString<BillRunsPanelQuery, BillRunsPanelQueryVariables>;
export const BillRunsPanelCreateDocument = new TypedDocumentString(`
    mutation BillRunsPanelCreate($input: CreateBillRunInput!) {
  createBillRun(input: $input) {
    billRun {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BillRunsPanelCreateMutation, BillRunsPanelCreateMutationVariables>;
export const BillRunResultsDocument = new TypedDocumentString(`
    query BillRunResults($id: ID!, $first: Int, $after: String, $status: BillRunAccountStatus) {
  billRun(id: $id) {
    results(first: $first, after: $after, status: $status) {
      edges {
        node {
          status
          message
          account {
            id
            externalId
            name
          }
          invoice {
            id
            number
            total
            currency
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BillRunResultsQuery, BillRunResultsQueryVariables>;
export const BillRunViewDocument = new TypedDocumentString(`
    query BillRunView($id: ID!) {
  billRun(id: $id) {
    id
    periodStart
    periodEnd
    issueDate
    status
    accountsTotal
    accountsDone
    invoicesCreated
    accountsFailed
    error
    createdBy
    createdAt
    finishedAt
    schedule {
      id
      name
    }
    scheduledFor
    lateBySeconds
    autoFinalize
    draftsFinalized
    checkedAt
    draftReviewCounts {
      state
      count
    }
    emailCounts {
      status
      count
    }
  }
}
    `) as unknown as TypedDocumentString<BillRunViewQuery, BillRunViewQueryVariables>;
export const FinalizeCleanDraftsDocument = new TypedDocumentString(`
    mutation FinalizeCleanDrafts($billRunId: ID!) {
  finalizeCleanDrafts(billRunId: $billRunId) {
    finalized
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FinalizeCleanDraftsMutation, FinalizeCleanDraftsMutationVariables>;
export const DraftReviewBulkApproveDocument = new TypedDocumentString(`
    mutation DraftReviewBulkApprove($input: ApproveDraftsWithOnlyFindingInput!) {
  approveDraftsWithOnlyFinding(input: $input) {
    approved
    skipped
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DraftReviewBulkApproveMutation, DraftReviewBulkApproveMutationVariables>;
export const DraftReviewDetailDocument = new TypedDocumentString(`
    query DraftReviewDetail($invoiceId: ID!) {
  draftComparison(invoiceId: $invoiceId) {
    draft {
      id
      total
      currency
      periodStart
      periodEnd
    }
    previousInvoice {
      id
      number
      total
      currency
      periodStart
    }
    totalDifference
    lines {
      key
      description
      lineType
      previousAmount
      draftAmount
      difference
    }
  }
}
    `) as unknown as TypedDocumentString<DraftReviewDetailQuery, DraftReviewDetailQueryVariables>;
export const DraftReviewApproveDocument = new TypedDocumentString(`
    mutation DraftReviewApprove($input: DraftDecisionInput!) {
  approveDraft(input: $input) {
    review {
      invoiceId
      state
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DraftReviewApproveMutation, DraftReviewApproveMutationVariables>;
export const DraftReviewHoldDocument = new TypedDocumentString(`
    mutation DraftReviewHold($input: DraftDecisionInput!) {
  holdDraft(input: $input) {
    review {
      invoiceId
      state
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DraftReviewHoldMutation, DraftReviewHoldMutationVariables>;
export const DraftReviewDiscardDocument = new TypedDocumentString(`
    mutation DraftReviewDiscard($input: DraftDecisionInput!) {
  discardDraft(input: $input) {
    review {
      invoiceId
      state
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DraftReviewDiscardMutation, DraftReviewDiscardMutationVariables>;
export const DraftReviewQueueDocument = new TypedDocumentString(`
    query DraftReviewQueue($billRunId: ID!, $states: [DraftReviewState!], $code: String, $first: Int, $after: String) {
  draftReviews(
    billRunId: $billRunId
    states: $states
    findingCode: $code
    first: $first
    after: $after
  ) {
    edges {
      node {
        invoiceId
        state
        version
        decidedBy
        reason
        account {
          id
          name
          externalId
        }
        invoice {
          id
          total
          currency
        }
        findings {
          code
          severity
          message
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DraftReviewQueueQuery, DraftReviewQueueQueryVariables>;
export const DraftReviewQueueChecksDocument = new TypedDocumentString(`
    query DraftReviewQueueChecks {
  draftCheckSettings {
    code
    title
  }
}
    `) as unknown as TypedDocumentString<DraftReviewQueueChecksQuery, DraftReviewQueueChecksQueryVariables>;
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
    evidenceCheckedAt
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
export const RefreshProgramEvidenceDocument = new TypedDocumentString(`
    mutation RefreshProgramEvidence($input: RefreshProgramEvidenceInput!) {
  refreshProgramEvidence(input: $input) {
    program {
      id
      evidenceCheckedAt
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RefreshProgramEvidenceMutation, RefreshProgramEvidenceMutationVariables>;
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
export const DunningPoliciesConsoleDocument = new TypedDocumentString(`
    query DunningPoliciesConsole {
  dunningPolicies {
    id
    name
    isDefault
    steps {
      id
      daysAfterDue
      action
      name
      channels
      template {
        id
        name
      }
    }
  }
  messageTemplates {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<DunningPoliciesConsoleQuery, DunningPoliciesConsoleQueryVariables>;
export const CreateDunningPolicyDocument = new TypedDocumentString(`
    mutation CreateDunningPolicy($input: CreateDunningPolicyInput!) {
  createDunningPolicy(input: $input) {
    policy {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateDunningPolicyMutation, CreateDunningPolicyMutationVariables>;
export const UpdateDunningPolicyDocument = new TypedDocumentString(`
    mutation UpdateDunningPolicy($input: UpdateDunningPolicyInput!) {
  updateDunningPolicy(input: $input) {
    policy {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateDunningPolicyMutation, UpdateDunningPolicyMutationVariables>;
export const DeleteDunningPolicyDocument = new TypedDocumentString(`
    mutation DeleteDunningPolicy($input: DeleteDunningPolicyInput!) {
  deleteDunningPolicy(input: $input) {
    deletedPolicyId
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteDunningPolicyMutation, DeleteDunningPolicyMutationVariables>;
export const DunningPreviewDocument = new TypedDocumentString(`
    query DunningPreview($on: Date) {
  dunningPreview(on: $on) {
    on
    actions {
      accountId
      accountName
      invoiceId
      invoiceNumber
      amountDue
      currency
      stepName
      action
      channels
      templateName
    }
  }
}
    `) as unknown as TypedDocumentString<DunningPreviewQuery, DunningPreviewQueryVariables>;
export const DunningStagesDocument = new TypedDocumentString(`
    query DunningStages($asOf: Date) {
  dunningStages(asOf: $asOf) {
    stage
    stepName
    action
    daysAfterDue
    currency
    invoiceCount
    amountDue
  }
}
    `) as unknown as TypedDocumentString<DunningStagesQuery, DunningStagesQueryVariables>;
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
export const BillingSchedulesDocument = new TypedDocumentString(`
    query BillingSchedules {
  billingSchedules {
    id
    name
    cycle
    dayOfMonth
    lastDayOfMonth
    runTime
    timeZone
    issueDateRule
    autoFinalize
    enabled
    audience {
      id
      name
    }
    nextRuns(count: 2) {
      dueAt
      periodStart
      periodEnd
      issueDate
    }
    recentRuns(first: 3) {
      id
      periodStart
      periodEnd
      status
      lateBySeconds
      createdAt
    }
  }
  audiences {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<BillingSchedulesQuery, BillingSchedulesQueryVariables>;
export const CreateBillingScheduleDocument = new TypedDocumentString(`
    mutation CreateBillingSchedule($input: BillingScheduleInput!) {
  createBillingSchedule(input: $input) {
    billingSchedule {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateBillingScheduleMutation, CreateBillingScheduleMutationVariables>;
export const UpdateBillingScheduleDocument = new TypedDocumentString(`
    mutation UpdateBillingSchedule($id: ID!, $input: BillingScheduleInput!) {
  updateBillingSchedule(id: $id, input: $input) {
    billingSchedule {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateBillingScheduleMutation, UpdateBillingScheduleMutationVariables>;
export const CheckSettingsDocument = new TypedDocumentString(`
    query CheckSettings {
  draftCheckSettings {
    code
    title
    description
    enabled
    severity
    updatedBy
    updatedAt
    thresholds {
      name
      description
      value
      defaultValue
    }
  }
}
    `) as unknown as TypedDocumentString<CheckSettingsQuery, CheckSettingsQueryVariables>;
export const CheckSettingsUpdateDocument = new TypedDocumentString(`
    mutation CheckSettingsUpdate($input: UpdateDraftCheckSettingInput!) {
  updateDraftCheckSetting(input: $input) {
    setting {
      code
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CheckSettingsUpdateMutation, CheckSettingsUpdateMutationVariables>;
export const AccountUsageSummaryDocument = new TypedDocumentString(`
    query AccountUsageSummary($id: ID!, $from: DateTime!, $to: DateTime!) {
  accountUsageSummary(accountId: $id, from: $from, to: $to) {
    currency
    total
    unratedRecords
    voiceLines {
      destination
      calls
      billableMinutes
      amount
    }
    meteredLines {
      product {
        code
        name
      }
      records
      quantity
      amount
    }
  }
}
    `) as unknown as TypedDocumentString<AccountUsageSummaryQuery, AccountUsageSummaryQueryVariables>;
export const UsageIngestionsDocument = new TypedDocumentString(`
    query UsageIngestions {
  ingestions(first: 15) {
    edges {
      node {
        id
        source
        fileName
        status
        bytesTotal
        bytesRead
        read
        imported
        duplicates
        conflicts
        rejected
        unrated
        error
        actorLabel
        startedAt
        problems(first: 50) {
          line
          recordId
          kind
          reason
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsageIngestionsQuery, UsageIngestionsQueryVariables>;
export const UnbillableQueueDocument = new TypedDocumentString(`
    query UnbillableQueue {
  unratedUsageSummary {
    reason
    count
  }
  usageRecords(first: 20, filter: {status: UNRATED}) {
    edges {
      node {
        recordId
        accountRef
        usageType
        startedAt
        destinationNumber
        unratedReason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnbillableQueueQuery, UnbillableQueueQueryVariables>;
export const UnbillableQueueRerateDocument = new TypedDocumentString(`
    mutation UnbillableQueueRerate {
  rerateUsage(input: {onlyUnrated: true}) {
    examined
    rated
    stillUnrated
  }
}
    `) as unknown as TypedDocumentString<UnbillableQueueRerateMutation, UnbillableQueueRerateMutationVariables>;
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
export const PriceEditorPreviewDocument = new TypedDocumentString(`
    query PriceEditorPreview($input: PricePreviewInput!) {
  pricePreview(input: $input) {
    preview {
      currency
      amount
      roundedAmount
      breakdown {
        label
        quantity
        unitPrice
        amount
      }
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PriceEditorPreviewQuery, PriceEditorPreviewQueryVariables>;
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