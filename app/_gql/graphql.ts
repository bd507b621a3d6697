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

/** When an account's billing periods start. */
export type BillingCycle =
  /** The account's billing day of each month. */
  | 'ANNIVERSARY'
  /** The first of each month. */
  | 'CALENDAR_MONTH';

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

/** Where a message goes. */
export type CommsChannel =
  | 'EMAIL'
  /** A notice on the account in the console. */
  | 'IN_APP'
  /** A notice in the customer portal. */
  | 'PORTAL';

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

/** A new product. */
export type CreateProductInput = {
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
  /** Tax category (telecom, service, exempt…). */
  taxCategory: string;
  /** Custom usage: the unit's name. */
  unitName?: string | null | undefined;
  /** Usage products: what is counted. */
  usageType?: UsageType | null | undefined;
};

/** A new subscription. */
export type CreateSubscriptionInput = {
  /** The account. */
  accountId: string | number;
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

/** A price with the date it starts. */
export type DatedPriceInput = {
  /** FLAT. */
  amount?: string | null | undefined;
  /** Currency of every amount. */
  currency: string;
  /** First day the price applies. */
  effectiveFrom: string;
  /** Optional least amount per period. */
  minimumCharge?: string | null | undefined;
  /** How the quantity becomes an amount. */
  model: PriceModel;
  /** PACKAGE. */
  packagePrice?: string | null | undefined;
  /** PACKAGE. */
  packageSize?: string | null | undefined;
  /** GRADUATED and VOLUME. */
  tiers?: Array<PriceTierInput> | null | undefined;
  /** PER_UNIT. */
  unitPrice?: string | null | undefined;
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

/** A rate deck CSV to import as a plan's next version. */
export type ImportRateDeckInput = {
  /** CSV: prefix, destination, destination_class (or domestic), rate_per_minute, initial_increment_s, subsequent_increment_s, connection_fee, <band>_rate_per_minute… */
  csv: string;
  /** Validate and report only; store nothing. */
  dryRun?: boolean | null | undefined;
  /** First day the rates apply; after every existing version's start. */
  effectiveFrom: string;
  /** Why this version is made. */
  note?: string | null | undefined;
  /** The plan. */
  ratePlanId: string | number;
  /** Time bands the deck's band columns refer to. */
  timeBands?: Array<TimeBandInput> | null | undefined;
};

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
  /** Emailed with the PDF attached. */
  | 'EMAIL'
  /** Printed and posted. */
  | 'MAIL'
  /** Not delivered (e.g. billed elsewhere). */
  | 'NONE'
  /** Published in the customer portal. */
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

/** A price definition; give the fields its model uses. */
export type PriceInput = {
  /** FLAT. */
  amount?: string | null | undefined;
  /** Currency of every amount. */
  currency: string;
  /** Optional least amount per period. */
  minimumCharge?: string | null | undefined;
  /** How the quantity becomes an amount. */
  model: PriceModel;
  /** PACKAGE. */
  packagePrice?: string | null | undefined;
  /** PACKAGE. */
  packageSize?: string | null | undefined;
  /** GRADUATED and VOLUME. */
  tiers?: Array<PriceTierInput> | null | undefined;
  /** PER_UNIT. */
  unitPrice?: string | null | undefined;
};

/** How a price turns a quantity into an amount. */
export type PriceModel =
  /** A fixed amount per period, whatever the quantity. */
  | 'FLAT'
  /** Each unit at the price of the tier it falls in. */
  | 'GRADUATED'
  /** Whole packages of units; a started package is charged in full. */
  | 'PACKAGE'
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

/** A tier of a price being set. */
export type PriceTierInput = {
  /** Charged once when any quantity reaches the tier. */
  flatFee?: string | null | undefined;
  /** Lowest quantity of the tier; the first is 0. */
  from: string;
  /** Price of each unit in the tier. */
  unitPrice: string;
};

/** What a product is sold as. */
export type ProductKind =
  /** Charged once (installation, porting). */
  | 'ONE_TIME'
  /** Charged every billing period (seats, lines, devices). */
  | 'RECURRING'
  /** Charged by measured usage. */
  | 'USAGE';

/** A contact to remove. */
export type RemoveAccountContactInput = {
  /** The contact. */
  id: string | number;
};

/** Sending again an invoice email whose outcome is unknown. */
export type ResendInvoiceEmailInput = {
  /** An invoice email (Invoice.emails) with status UNKNOWN. */
  emailId: string | number;
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

/** A new price for a product from a date on. */
export type SetProductPriceInput = {
  /** The price and its start date (after every existing start in that currency). */
  price: DatedPriceInput;
  /** The product. */
  productId: string | number;
};

/** A time band of a new deck version. */
export type TimeBandInput = {
  /** End, minutes after local midnight (exclusive). */
  endMinute: number;
  /** Band name (lower-case), used in <band>_rate_per_minute columns. */
  name: string;
  /** Start, minutes after local midnight. */
  startMinute: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: Array<number>;
};

/** Changes to an account. */
export type UpdateAccountInput = {
  /** The fields to change. */
  fields: AccountFieldsInput;
  /** The account. */
  id: string | number;
};

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

export type CatalogBrowserQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type CatalogBrowserQuery = { products: { edges: Array<{ node: { id: string, code: string, name: string, kind: ProductKind, usageType: UsageType | null, taxCategory: string, isActive: boolean, priceOn: { model: PriceModel, amount: string | null, unitPrice: string | null, packageSize: string | null, packagePrice: string | null, minimumCharge: string | null, tiers: Array<{ from: string, unitPrice: string }> } | null } }> }, ratePlans: Array<{ id: string, code: string, name: string, currency: string, timeZone: string, versionOn: { version: number, effectiveFrom: string, entryCount: number } | null }> };

export type CatalogBrowserCreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CatalogBrowserCreateProductMutation = { createProduct: { product: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DescribePricePriceFragment = { model: PriceModel, amount: string | null, unitPrice: string | null, packageSize: string | null, packagePrice: string | null, minimumCharge: string | null, tiers: Array<{ from: string, unitPrice: string }> };

export type ProductEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductEditorQuery = { product: { id: string, code: string, name: string, description: string | null, kind: ProductKind, usageType: UsageType | null, taxCategory: string, isActive: boolean, prices: Array<{ id: string, currency: string, model: PriceModel, amount: string | null, unitPrice: string | null, packageSize: string | null, packagePrice: string | null, minimumCharge: string | null, effectiveFrom: string, effectiveTo: string | null, tiers: Array<{ from: string, unitPrice: string, flatFee: string | null }> }>, allowances: Array<{ minutesPerUnit: string, destinationClasses: Array<DestinationClass> }> } | null };

export type ProductEditorSetPriceMutationVariables = Exact<{
  input: SetProductPriceInput;
}>;


export type ProductEditorSetPriceMutation = { setProductPrice: { price: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DeckImportMutationVariables = Exact<{
  input: ImportRateDeckInput;
}>;


export type DeckImportMutation = { importRateDeck: { version: { version: number } | null, report: { rowsRead: number, rowsValid: number, problems: Array<{ line: number | null, column: string | null, message: string }> }, userErrors: Array<{ message: string }> } };

export type RatePlanBrowserEntryFragment = { prefix: string, destination: string, destinationClass: DestinationClass, ratePerMinute: string, initialIncrementSeconds: number, subsequentIncrementSeconds: number, connectionFee: string, bandRates: Array<{ band: string, ratePerMinute: string }> };

export type RatePlanBrowserQueryVariables = Exact<{
  id: string | number;
}>;


export type RatePlanBrowserQuery = { ratePlan: { code: string, name: string, currency: string, timeZone: string, versions: Array<{ id: string, version: number, effectiveFrom: string, entryCount: number, note: string | null, timeBands: Array<{ name: string }> }> } | null };

export type RatePlanBrowserDeckQueryVariables = Exact<{
  id: string | number;
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type RatePlanBrowserDeckQuery = { rateDeckEntries: { edges: Array<{ node: { prefix: string, destination: string, destinationClass: DestinationClass, ratePerMinute: string, initialIncrementSeconds: number, subsequentIncrementSeconds: number, connectionFee: string, bandRates: Array<{ band: string, ratePerMinute: string }> } }>, pageInfo: { hasNextPage: boolean } } };

export type RatePlanBrowserLookupQueryVariables = Exact<{
  id: string | number;
  number: string;
}>;


export type RatePlanBrowserLookupQuery = { destinationLookup: { prefix: string, destination: string, destinationClass: DestinationClass, ratePerMinute: string, initialIncrementSeconds: number, subsequentIncrementSeconds: number, connectionFee: string, bandRates: Array<{ band: string, ratePerMinute: string }> } | null };

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


export type InvoiceViewQuery = { invoice: { id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, periodStart: string, periodEnd: string, issueDate: string | null, dueDate: string | null, subtotal: string, taxTotal: string, total: string, note: string | null, amountDue: string | null, pdfUrl: string, account: { id: string, name: string, billingEmail: string | null }, billTo: { externalId: string, name: string }, billRun: { id: string, issueDate: string | null } | null, creditedInvoice: { id: string, number: string | null } | null, creditNotes: Array<{ id: string, number: string | null, status: InvoiceStatus, total: string, issueDate: string | null, note: string | null }>, lines: Array<{ id: string, lineType: InvoiceLineType, description: string, quantity: string, unitPrice: string | null, amount: string, productCode: string | null }>, payments: Array<{ amount: string, payment: { id: string, receivedDate: string, method: PaymentMethod, reference: string | null } }>, emails: Array<{ id: string, recipient: string, status: EmailStatus, transport: EmailTransport | null, error: string | null, requestedBy: string, createdAt: string, sentAt: string | null }> } | null };

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


export type BillRunViewQuery = { billRun: { id: string, periodStart: string, periodEnd: string, issueDate: string | null, status: BillRunStatus, accountsTotal: number, accountsDone: number, invoicesCreated: number, accountsFailed: number, error: string | null, createdBy: string, createdAt: string, finishedAt: string | null } | null };

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
  minimumCharge
  tiers {
    from
    unitPrice
  }
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
}
    `, {"fragmentName":"RatePlanBrowserEntry"}) as unknown as TypedDocumentString<RatePlanBrowserEntryFragment, unknown>;
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
export const CatalogBrowserDocument = new TypedDocumentString(`
    query CatalogBrowser($search: String) {
  products(first: 200, filter: {search: $search}) {
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
  minimumCharge
  tiers {
    from
    unitPrice
  }
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
    prices {
      ...DescribePricePrice
      id
      currency
      model
      amount
      unitPrice
      packageSize
      packagePrice
      minimumCharge
      tiers {
        from
        unitPrice
        flatFee
      }
      effectiveFrom
      effectiveTo
    }
    allowances {
      minutesPerUnit
      destinationClasses
    }
  }
}
    fragment DescribePricePrice on Price {
  model
  amount
  unitPrice
  packageSize
  packagePrice
  minimumCharge
  tiers {
    from
    unitPrice
  }
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
    versions {
      id
      version
      effectiveFrom
      entryCount
      note
      timeBands {
        name
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
}`) as unknown as TypedDocumentString<RatePlanBrowserLookupQuery, RatePlanBrowserLookupQueryVariables>;
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
  }
}
    `) as unknown as TypedDocumentString<BillRunViewQuery, BillRunViewQueryVariables>;
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