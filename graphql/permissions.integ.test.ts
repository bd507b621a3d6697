import { randomUUID } from 'node:crypto';
import { buildSchema, type GraphQLNamedType, getNamedType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../db/queries/audit-entries';
import { portalSignInEmails } from '../db/schema';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import { systemActor } from '../lib/auth/actor';
import { type Operation, operationRules, secretBearingOperations } from '../lib/auth/permissions';
import { roles } from '../lib/auth/roles';
import type { UserRecord } from '../lib/auth/types';
import { ingestUsageBatch } from '../lib/usage/ingest-usage-batch';
import {
  makeAccount,
  makeAccountContact,
  makeApiKey,
  makeCatalog,
  makeInvoice,
  makeProduct,
  makeProgram,
  makeRatePlan,
  makeUser,
} from '../seed/factories';
import { loadTypeDefs } from './server';
import { type GraphQLTestServer, startGraphQLTestServer } from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

/**
 * The permission matrix, enforced end to end: every root field × every kind of caller over
 * HTTP. Adding a field without a rule in lib/auth/permissions.ts, or without a sample call
 * here, fails the first test.
 */
interface Fixture {
  targetUser: UserRecord;
  targetApiKeyId: string;
  catalogId: string;
  productId: string;
  recurringProductId: string;
  ratePlanId: string;
  accountId: string;
  ingestionId: string;
  programId: string;
}

type Sample = (fixture: Fixture) => { query: string; variables?: Record<string, unknown> };

let emailCounter = 0;
let counter = 0;
/** A later date on every call, for operations whose dates must keep moving forward. */
const nextDate = () => new Date(Date.UTC(2030, 0, 1) + ++counter * 86_400_000).toISOString().slice(0, 10);
const deckCsv =
  'prefix,destination,destination_class,rate_per_minute,initial_increment_s,subsequent_increment_s\n44,United Kingdom,international,0.03,60,6';
const samples: Record<Operation, Sample> = {
  viewer: () => ({ query: '{ viewer { kind permissions } }' }),
  organization: () => ({ query: '{ organization { name } }' }),
  mailSettings: () => ({ query: '{ mailSettings { from isPlaceholderSender } }' }),
  users: () => ({ query: '{ users(first: 1) { edges { node { id } } } }' }),
  userSessions: (f) => ({
    query: 'query($id: ID!) { userSessions(userId: $id) { id } }',
    variables: { id: f.targetUser.id },
  }),
  createUser: () => ({
    query:
      'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { code } } }',
    variables: { input: { email: `matrix-${++emailCounter}@example.test`, name: 'Matrix', role: 'VIEWER' } },
  }),
  updateUser: (f) => ({
    query: 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id } } }',
    variables: { input: { id: f.targetUser.id, name: 'Renamed by matrix' } },
  }),
  setUserPassword: (f) => ({
    query: 'mutation($input: SetUserPasswordInput!) { setUserPassword(input: $input) { user { id } } }',
    variables: { input: { id: f.targetUser.id, password: 'a-long-enough-password' } },
  }),
  revokeUserSessions: (f) => ({
    query:
      'mutation($input: RevokeUserSessionsInput!) { revokeUserSessions(input: $input) { revokedCount } }',
    variables: { input: { userId: f.targetUser.id } },
  }),
  apiKeys: () => ({ query: '{ apiKeys(first: 1) { edges { node { id } } } }' }),
  createApiKey: () => ({
    query: 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
    variables: { input: { name: 'Matrix key', scope: 'READ' } },
  }),
  revokeApiKey: (f) => ({
    query: 'mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id } } }',
    variables: { input: { id: f.targetApiKeyId } },
  }),
  auditEntries: () => ({ query: '{ auditEntries(first: 1) { edges { node { id } } } }' }),
  catalogs: () => ({ query: '{ catalogs { id code } }' }),
  products: () => ({ query: '{ products(first: 2) { edges { node { id prices { currency } } } } }' }),
  product: (f) => ({
    query: 'query($id: ID!) { product(id: $id) { code } }',
    variables: { id: f.productId },
  }),
  pricePreview: (f) => ({
    query:
      'query($input: PricePreviewInput!) { pricePreview(input: $input) { preview { amount } userErrors { code } } }',
    variables: { input: { productId: f.productId, currency: 'USD', quantity: '3', date: '2031-01-01' } },
  }),
  ratePlans: () => ({ query: '{ ratePlans { code } }' }),
  ratePlan: (f) => ({
    query: 'query($id: ID!) { ratePlan(id: $id) { code } }',
    variables: { id: f.ratePlanId },
  }),
  rateDeckEntries: (f) => ({
    query:
      'query($id: ID!) { rateDeckEntries(ratePlanId: $id, date: "2031-01-01", first: 5) { edges { node { prefix } } } }',
    variables: { id: f.ratePlanId },
  }),
  destinationLookup: (f) => ({
    query:
      'query($id: ID!) { destinationLookup(ratePlanId: $id, number: "447911123456", date: "2031-01-01") { prefix } }',
    variables: { id: f.ratePlanId },
  }),
  callPreview: (f) => ({
    query: 'query($input: CallPreviewInput!) { callPreview(input: $input) { isRated charge } }',
    variables: {
      input: {
        ratePlanId: f.ratePlanId,
        destinationNumber: '441132345678',
        durationSeconds: 61,
        startedAt: '2031-01-01T10:00:00Z',
      },
    },
  }),
  exportRateDeck: (f) => ({
    query: 'query($id: ID!) { exportRateDeck(ratePlanId: $id, date: "2031-01-01") }',
    variables: { id: f.ratePlanId },
  }),
  updateCatalogRounding: (f) => ({
    query:
      'mutation($input: UpdateCatalogRoundingInput!) { updateCatalogRounding(input: $input) { catalog { id } } }',
    variables: { input: { catalogId: f.catalogId, mode: 'HALF_UP', callDecimals: 4 } },
  }),
  updateCatalogBilling: (f) => ({
    query:
      'mutation($input: UpdateCatalogBillingInput!) { updateCatalogBilling(input: $input) { catalog { id } } }',
    variables: {
      input: {
        catalogId: f.catalogId,
        defaultBillingTiming: 'IN_ARREARS',
        prorationMethod: 'ACTUAL_DAYS',
        creditUnusedOnCancel: true,
        billPartialWithNextPeriod: true,
      },
    },
  }),
  createProduct: () => ({
    query:
      'mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { code } } }',
    variables: {
      input: { code: `MATRIX-${++counter}`, name: 'Matrix', kind: 'ONE_TIME', taxCategory: 'service' },
    },
  }),
  updateProduct: (f) => ({
    query: 'mutation($input: UpdateProductInput!) { updateProduct(input: $input) { product { id } } }',
    variables: { input: { id: f.productId, name: 'Renamed by matrix' } },
  }),
  setProductPrice: (f) => ({
    query:
      'mutation($input: SetProductPriceInput!) { setProductPrice(input: $input) { price { id } userErrors { message } } }',
    variables: {
      input: {
        productId: f.productId,
        price: { currency: 'USD', model: 'PER_UNIT', unitPrice: '2', effectiveFrom: nextDate() },
      },
    },
  }),
  setProductAllowances: (f) => ({
    query:
      'mutation($input: SetProductAllowancesInput!) { setProductAllowances(input: $input) { product { id } } }',
    variables: {
      input: {
        productId: f.recurringProductId,
        allowances: [{ minutesPerUnit: '1000', destinationClasses: ['DOMESTIC'] }],
      },
    },
  }),
  createRatePlan: () => ({
    query: 'mutation($input: CreateRatePlanInput!) { createRatePlan(input: $input) { ratePlan { id } } }',
    variables: { input: { code: `PLAN-${++counter}`, name: 'Matrix plan', currency: 'USD' } },
  }),
  updateRatePlanRounding: (f) => ({
    query:
      'mutation($input: UpdateRatePlanRoundingInput!) { updateRatePlanRounding(input: $input) { ratePlan { id } } }',
    variables: { input: { ratePlanId: f.ratePlanId, callRoundingMode: 'UP', callDecimals: 2 } },
  }),
  importRateDeck: (f) => ({
    query:
      'mutation($input: ImportRateDeckInput!) { importRateDeck(input: $input) { version { id } userErrors { message } } }',
    variables: { input: { ratePlanId: f.ratePlanId, effectiveFrom: nextDate(), csv: deckCsv } },
  }),
  ingestUsage: () => ({
    query:
      'mutation($input: IngestUsageInput!) { ingestUsage(input: $input) { ingestion { read imported } } }',
    variables: {
      input: {
        records: [
          {
            recordId: `M-${++counter}`,
            accountId: 'MATRIX',
            usageType: 'sms',
            startedAt: '2031-01-01T00:00:00Z',
            quantity: '1',
          },
        ],
      },
    },
  }),
  accounts: () => ({
    query: '{ accounts(first: 2, search: "MATRIX") { edges { node { externalId ratePlan { code } } } } }',
  }),
  account: (f) => ({
    query: 'query($id: ID!) { account(id: $id) { name } }',
    variables: { id: f.accountId },
  }),
  createAccount: () => ({
    query:
      'mutation($input: AccountFieldsInput!) { createAccount(input: $input) { account { id } userErrors { code } } }',
    variables: { input: { externalId: `MATRIX-A${++counter}`, name: 'Matrix Co', currency: 'USD' } },
  }),
  updateAccount: (f) => ({
    query:
      'mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { id } userErrors { code } } }',
    variables: { input: { id: f.accountId, fields: { contactName: 'Matrix contact' } } },
  }),
  createSubscription: (f) => ({
    query:
      'mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } userErrors { code } } }',
    variables: {
      input: {
        accountId: f.accountId,
        productId: f.recurringProductId,
        quantity: '1',
        startDate: nextDate(),
      },
    },
  }),
  changeSubscription: () => ({
    query:
      'mutation($input: ChangeSubscriptionInput!) { changeSubscription(input: $input) { userErrors { code } } }',
    variables: { input: { id: randomUUID(), effectiveDate: '2031-01-15', quantity: '2' } },
  }),
  endSubscription: () => ({
    query:
      'mutation($input: EndSubscriptionInput!) { endSubscription(input: $input) { userErrors { code } } }',
    variables: { input: { id: randomUUID(), endDate: '2031-01-15' } },
  }),
  addOneTimeCharge: (f) => ({
    query:
      'mutation($input: AddOneTimeChargeInput!) { addOneTimeCharge(input: $input) { charge { id } userErrors { code } } }',
    variables: {
      input: {
        accountId: f.accountId,
        productId: f.recurringProductId,
        chargeDate: '2031-01-02',
        quantity: '1',
      },
    },
  }),
  addAccountContact: (f) => ({
    query:
      'mutation($input: AddAccountContactInput!) { addAccountContact(input: $input) { contact { id } userErrors { code } } }',
    variables: {
      input: { accountId: f.accountId, email: `contact-${++emailCounter}@matrix.example`, name: 'Matrix' },
    },
  }),
  removeAccountContact: () => ({
    query:
      'mutation($input: RemoveAccountContactInput!) { removeAccountContact(input: $input) { userErrors { code } } }',
    variables: { input: { id: randomUUID() } },
  }),
  taxRules: () => ({ query: '{ taxRules { region ratePercent } }' }),
  createTaxRule: () => ({
    query: 'mutation($input: CreateTaxRuleInput!) { createTaxRule(input: $input) { taxRule { id } } }',
    variables: {
      input: {
        region: 'US-TX',
        taxCode: 'SALES',
        taxCategory: 'telecom',
        ratePercent: '6.25',
        effectiveFrom: nextDate(),
      },
    },
  }),
  billRuns: () => ({ query: '{ billRuns(first: 2) { id status accountsDone accountsFailed } }' }),
  billRun: () => ({
    query: 'query($id: ID!) { billRun(id: $id) { status } }',
    variables: { id: randomUUID() },
  }),
  createBillRun: (f) => ({
    query: 'mutation($input: CreateBillRunInput!) { createBillRun(input: $input) { billRun { id } } }',
    variables: { input: { periodStart: '2031-01-01', periodEnd: '2031-02-01', accountIds: [f.accountId] } },
  }),
  billingSchedules: () => ({ query: '{ billingSchedules { id nextRuns { dueAt } } }' }),
  createBillingSchedule: () => ({
    query:
      'mutation($input: BillingScheduleInput!) { createBillingSchedule(input: $input) { billingSchedule { id } } }',
    variables: {
      input: {
        name: 'Monthly',
        cycle: 'CALENDAR_MONTH',
        dayOfMonth: 2,
        runTime: '06:00',
        autoFinalize: false,
        enabled: false,
      },
    },
  }),
  updateBillingSchedule: () => ({
    query:
      'mutation($id: ID!, $input: BillingScheduleInput!) { updateBillingSchedule(id: $id, input: $input) { userErrors { code } } }',
    variables: {
      id: randomUUID(),
      input: {
        name: 'Monthly',
        cycle: 'CALENDAR_MONTH',
        dayOfMonth: 2,
        runTime: '06:00',
        autoFinalize: false,
      },
    },
  }),
  finalizeCleanDrafts: () => ({
    query: 'mutation($id: ID!) { finalizeCleanDrafts(billRunId: $id) { finalized userErrors { code } } }',
    variables: { id: randomUUID() },
  }),
  invoices: () => ({
    query:
      '{ invoices(first: 2) { edges { node { id number total lines { amount } account { name } emails { status } } } } }',
  }),
  invoice: () => ({
    query: 'query($id: ID!) { invoice(id: $id) { number } }',
    variables: { id: randomUUID() },
  }),
  finalizeInvoice: () => ({
    query:
      'mutation($input: FinalizeInvoiceInput!) { finalizeInvoice(input: $input) { userErrors { code } } }',
    variables: { input: { id: randomUUID() } },
  }),
  voidInvoice: () => ({
    query: 'mutation($input: VoidInvoiceInput!) { voidInvoice(input: $input) { userErrors { code } } }',
    variables: { input: { id: randomUUID(), reason: 'Matrix' } },
  }),
  discardDraftInvoice: () => ({
    query:
      'mutation($input: DiscardDraftInvoiceInput!) { discardDraftInvoice(input: $input) { userErrors { code } } }',
    variables: { input: { id: randomUUID() } },
  }),
  sendInvoice: () => ({
    query: 'mutation($input: SendInvoiceInput!) { sendInvoice(input: $input) { userErrors { code } } }',
    variables: { input: { id: randomUUID() } },
  }),
  resendInvoiceEmail: () => ({
    query:
      'mutation($input: ResendInvoiceEmailInput!) { resendInvoiceEmail(input: $input) { userErrors { code } } }',
    variables: { input: { emailId: randomUUID() } },
  }),
  creditInvoice: () => ({
    query: 'mutation($input: CreditInvoiceInput!) { creditInvoice(input: $input) { userErrors { code } } }',
    variables: { input: { invoiceId: randomUUID(), reason: 'Matrix' } },
  }),
  draftCheckSettings: () => ({ query: '{ draftCheckSettings { code severity thresholds { name value } } }' }),
  updateDraftCheckSetting: () => ({
    query:
      'mutation($input: UpdateDraftCheckSettingInput!) { updateDraftCheckSetting(input: $input) { userErrors { code } } }',
    variables: { input: { code: 'FIRST_INVOICE', enabled: true } },
  }),
  draftReviews: () => ({
    query:
      'query($id: ID!) { draftReviews(billRunId: $id, first: 2) { edges { node { state findings { code } } } } }',
    variables: { id: randomUUID() },
  }),
  draftReview: () => ({
    query: 'query($id: ID!) { draftReview(invoiceId: $id) { state } }',
    variables: { id: randomUUID() },
  }),
  draftComparison: () => ({
    query: 'query($id: ID!) { draftComparison(invoiceId: $id) { totalDifference } }',
    variables: { id: randomUUID() },
  }),
  approveDraft: () => ({
    query: 'mutation($input: DraftDecisionInput!) { approveDraft(input: $input) { userErrors { code } } }',
    variables: { input: { invoiceId: randomUUID() } },
  }),
  holdDraft: () => ({
    query: 'mutation($input: DraftDecisionInput!) { holdDraft(input: $input) { userErrors { code } } }',
    variables: { input: { invoiceId: randomUUID(), reason: 'Matrix' } },
  }),
  discardDraft: () => ({
    query: 'mutation($input: DraftDecisionInput!) { discardDraft(input: $input) { userErrors { code } } }',
    variables: { input: { invoiceId: randomUUID(), reason: 'Matrix' } },
  }),
  approveDraftsWithOnlyFinding: () => ({
    query:
      'mutation($input: ApproveDraftsWithOnlyFindingInput!) { approveDraftsWithOnlyFinding(input: $input) { approved userErrors { code } } }',
    variables: { input: { billRunId: randomUUID(), code: 'TOTAL_CHANGED', reason: 'Matrix' } },
  }),
  ingestions: () => ({ query: '{ ingestions(first: 2) { edges { node { id read problems { line } } } } }' }),
  ingestion: (f) => ({
    query: 'query($id: ID!) { ingestion(id: $id) { status } }',
    variables: { id: f.ingestionId },
  }),
  usageRecords: () => ({ query: '{ usageRecords(first: 2) { edges { node { recordId status } } } }' }),
  unratedUsageSummary: () => ({ query: '{ unratedUsageSummary { reason count } }' }),
  accountUsageSummary: (f) => ({
    query:
      'query($id: ID!) { accountUsageSummary(accountId: $id, from: "2031-01-01T00:00:00Z", to: "2031-02-01T00:00:00Z") { total } }',
    variables: { id: f.accountId },
  }),
  rerateUsage: (f) => ({
    query: 'mutation($input: RerateUsageInput!) { rerateUsage(input: $input) { examined } }',
    variables: { input: { accountId: f.accountId } },
  }),
  payments: () => ({
    query:
      '{ payments(first: 2) { edges { node { amount unallocatedAmount account { externalId } allocations { invoiceNumber amount } } } } }',
  }),
  accountBalance: (f) => ({
    query: 'query($id: ID!) { accountBalance(accountId: $id) { balance credit account { name } } }',
    variables: { id: f.accountId },
  }),
  agingReport: () => ({
    query:
      '{ agingReport(asOf: "2031-06-30") { asOf rows { account { externalId } buckets { total } } totals { currency } } }',
  }),
  dunningSteps: () => ({ query: '{ dunningSteps { position daysAfterDue action name } }' }),
  dunningEvents: (f) => ({
    query:
      'query($id: ID!) { dunningEvents(accountId: $id, first: 5) { edges { node { step { name } invoiceNumber } } } }',
    variables: { id: f.accountId },
  }),
  dunningPolicies: () => ({
    query: '{ dunningPolicies { name isDefault steps { daysAfterDue channels } } }',
  }),
  accountDunning: (f) => ({
    query:
      'query($id: ID!) { accountDunning(accountId: $id) { policy { name } pausedUntil openInvoices { invoiceNumber } } }',
    variables: { id: f.accountId },
  }),
  dunningStages: () => ({
    query: '{ dunningStages(asOf: "2031-06-30") { stage currency invoiceCount amountDue } }',
  }),
  dunningPreview: () => ({
    query: '{ dunningPreview(on: "2031-06-30") { on actions { invoiceNumber stepName } } }',
  }),
  createDunningPolicy: () => ({
    query:
      'mutation($input: CreateDunningPolicyInput!) { createDunningPolicy(input: $input) { policy { id } userErrors { message } } }',
    variables: {
      input: { name: `Matrix policy ${++counter}`, steps: [{ daysAfterDue: 10, action: 'REMINDER' }] },
    },
  }),
  updateDunningPolicy: () => ({
    query:
      'mutation($input: UpdateDunningPolicyInput!) { updateDunningPolicy(input: $input) { policy { id } userErrors { code } } }',
    variables: { input: { policyId: '00000000-0000-4000-8000-000000000000', name: 'Nobody' } },
  }),
  deleteDunningPolicy: () => ({
    query:
      'mutation($input: DeleteDunningPolicyInput!) { deleteDunningPolicy(input: $input) { deletedPolicyId userErrors { code } } }',
    variables: { input: { policyId: '00000000-0000-4000-8000-000000000000' } },
  }),
  setAccountDunningPolicy: (f) => ({
    query:
      'mutation($input: SetAccountDunningPolicyInput!) { setAccountDunningPolicy(input: $input) { accountDunning { isPolicyAssigned } userErrors { code } } }',
    variables: { input: { accountId: f.accountId, policyId: null } },
  }),
  pauseAccountDunning: (f) => ({
    query:
      'mutation($input: PauseAccountDunningInput!) { pauseAccountDunning(input: $input) { accountDunning { pausedUntil } userErrors { code } } }',
    variables: { input: { accountId: f.accountId, until: '2099-01-01', reason: 'Matrix' } },
  }),
  resumeAccountDunning: (f) => ({
    query:
      'mutation($input: ResumeAccountDunningInput!) { resumeAccountDunning(input: $input) { accountDunning { pausedUntil } userErrors { code } } }',
    variables: { input: { accountId: f.accountId } },
  }),
  recordPayment: (f) => ({
    query:
      'mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { payment { id } userErrors { message } } }',
    variables: {
      input: {
        accountId: f.accountId,
        method: 'CHECK',
        amount: '1.00',
        currency: 'USD',
        receivedDate: '2031-01-02',
      },
    },
  }),
  importRemittance: () => ({
    query:
      'mutation($input: ImportRemittanceInput!) { importRemittance(input: $input) { report { recorded problems { line } } } }',
    variables: {
      input: {
        csv: `date,reference,account,invoice,amount,currency\n2031-01-02,M-${++counter},MATRIX,,1.00,USD`,
      },
    },
  }),
  allocateCredit: (f) => ({
    query:
      'mutation($input: AllocateCreditInput!) { allocateCredit(input: $input) { remainingCredit userErrors { code } } }',
    variables: { input: { accountId: f.accountId } },
  }),
  migrationImports: () => ({ query: '{ migrationImports(first: 1) { id files { file read } } }' }),
  migrationImport: () => ({
    query: 'query($id: ID!) { migrationImport(id: $id) { id } }',
    variables: { id: randomUUID() },
  }),
  importLegacyExport: () => ({
    query:
      'mutation($input: ImportLegacyExportInput!) { importLegacyExport(input: $input) { import { id } userErrors { code } } }',
    variables: { input: { files: [{ name: 'manifest.json', content: '{}' }] } },
  }),
  parallelRuns: () => ({ query: '{ parallelRuns(first: 1) { id summary { matching } } }' }),
  parallelRun: () => ({
    query: 'query($id: ID!) { parallelRun(id: $id) { id } }',
    variables: { id: randomUUID() },
  }),
  startParallelRun: () => ({
    query:
      'mutation($input: StartParallelRunInput!) { startParallelRun(input: $input) { parallelRun { id } userErrors { code } } }',
    variables: { input: { importId: randomUUID() } },
  }),
  reviewVariances: () => ({
    query:
      'mutation($input: ReviewVariancesInput!) { reviewVariances(input: $input) { accounts { legacyAccountId } userErrors { code } } }',
    variables: { input: { runId: randomUUID(), whereCause: 'RATE', resolution: 'CONFIRMED' } },
  }),
  cutoverWaves: () => ({
    query: 'query($id: ID!) { cutoverWaves(importId: $id) { id accountCount } }',
    variables: { id: randomUUID() },
  }),
  cutoverWave: () => ({
    query: 'query($id: ID!) { cutoverWave(id: $id) { id } }',
    variables: { id: randomUUID() },
  }),
  createCutoverWave: () => ({
    query:
      'mutation($input: CreateCutoverWaveInput!) { createCutoverWave(input: $input) { wave { id } userErrors { code } } }',
    variables: { input: { importId: randomUUID(), name: 'Pilot' } },
  }),
  cutOverWave: () => ({
    query:
      'mutation($input: CutOverWaveInput!) { cutOverWave(input: $input) { wave { id } userErrors { code } } }',
    variables: { input: { waveId: randomUUID(), cutoverDate: '2030-01-01' } },
  }),
  rollBackWave: () => ({
    query:
      'mutation($input: RollBackWaveInput!) { rollBackWave(input: $input) { clean userErrors { code } } }',
    variables: { input: { waveId: randomUUID(), reason: 'Matrix' } },
  }),

  programs: () => ({ query: '{ programs { id name } }' }),
  program: () => ({ query: '{ program { id health } }' }),
  mySignOffRequests: () => ({ query: '{ mySignOffRequests { id } }' }),
  createProgram: () => ({
    query:
      'mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } userErrors { code } } }',
    variables: { input: { name: `Matrix ${++counter}`, startsOn: '2027-01-01', goLiveOn: '2027-04-01' } },
  }),
  updateCharter: () => ({
    query: 'mutation($input: UpdateCharterInput!) { updateCharter(input: $input) { userErrors { code } } }',
    variables: { input: { programId: randomUUID(), assumptions: ['Matrix'] } },
  }),
  saveMilestone: () => ({
    query: 'mutation($input: MilestoneInput!) { saveMilestone(input: $input) { userErrors { code } } }',
    variables: { input: { programId: randomUUID(), title: 'Matrix', phase: 'CUTOVER', dueOn: '2027-01-01' } },
  }),
  saveChecklistItem: () => ({
    query:
      'mutation($input: ChecklistItemInput!) { saveChecklistItem(input: $input) { userErrors { code } } }',
    variables: { input: { programId: randomUUID(), title: 'Matrix', area: 'CONTINGENCY' } },
  }),
  requestSignOff: () => ({
    query: 'mutation($input: RequestSignOffInput!) { requestSignOff(input: $input) { userErrors { code } } }',
    variables: {
      input: {
        subjectType: 'MILESTONE',
        subjectId: randomUUID(),
        approvers: [{ role: 'BILLING' }],
        rule: 'ALL',
      },
    },
  }),
  decideSignOff: () => ({
    query: 'mutation($input: DecideSignOffInput!) { decideSignOff(input: $input) { userErrors { code } } }',
    variables: { input: { requestId: randomUUID(), decision: 'APPROVED' } },
  }),
  createGoNoGoReview: () => ({
    query:
      'mutation($input: CreateGoNoGoReviewInput!) { createGoNoGoReview(input: $input) { userErrors { code } } }',
    variables: { input: { programId: randomUUID(), title: 'Matrix', scheduledAt: '2027-01-01T09:00:00Z' } },
  }),
  castGoNoGoVote: () => ({
    query: 'mutation($input: CastGoNoGoVoteInput!) { castGoNoGoVote(input: $input) { userErrors { code } } }',
    variables: { input: { reviewId: randomUUID(), role: 'Finance', vote: 'GO' } },
  }),
  decideGoNoGo: () => ({
    query: 'mutation($input: DecideGoNoGoInput!) { decideGoNoGo(input: $input) { userErrors { code } } }',
    variables: { input: { reviewId: randomUUID(), outcome: 'NO_GO' } },
  }),
  saveStatusReport: () => ({
    query:
      'mutation($input: SaveStatusReportInput!) { saveStatusReport(input: $input) { userErrors { code } } }',
    variables: { input: { programId: randomUUID(), body: 'Matrix' } },
  }),
  refreshProgramEvidence: (f) => ({
    query:
      'mutation($input: RefreshProgramEvidenceInput!) { refreshProgramEvidence(input: $input) { userErrors { code } } }',
    variables: { input: { programId: f.programId } },
  }),

  templateVariables: () => ({ query: '{ templateVariables { name } }' }),
  messageTemplates: () => ({ query: '{ messageTemplates { id } }' }),
  messageTemplate: () => ({
    query: 'query($id: ID!) { messageTemplate(id: $id) { id } }',
    variables: { id: randomUUID() },
  }),
  audiences: () => ({ query: '{ audiences { id } }' }),
  campaigns: () => ({ query: '{ campaigns { id } }' }),
  campaign: () => ({
    query: 'query($id: ID!) { campaign(id: $id) { id } }',
    variables: { id: randomUUID() },
  }),
  people: () => ({ query: '{ people { id name email } }' }),
  outbox: () => ({ query: '{ outbox { id } }' }),
  portalSignInOutbox: () => ({ query: '{ portalSignInOutbox { id } }' }),
  supportArticles: () => ({ query: '{ supportArticles { id } }' }),
  notices: (f) => ({
    query: 'query($id: ID!) { notices(accountId: $id) { id } }',
    variables: { id: f.accountId },
  }),
  createMessageTemplate: () => ({
    query:
      'mutation($input: CreateMessageTemplateInput!) { createMessageTemplate(input: $input) { userErrors { code } } }',
    variables: { input: { name: 'Matrix', subject: 'Hello {{accountName}}', body: 'Body' } },
  }),
  reviseMessageTemplate: () => ({
    query:
      'mutation($input: ReviseMessageTemplateInput!) { reviseMessageTemplate(input: $input) { userErrors { code } } }',
    variables: { input: { templateId: randomUUID(), subject: 'S', body: 'B' } },
  }),
  createAudience: () => ({
    query: 'mutation($input: CreateAudienceInput!) { createAudience(input: $input) { userErrors { code } } }',
    variables: { input: { name: 'Matrix', filter: { region: 'TX' } } },
  }),
  createCampaign: () => ({
    query: 'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { userErrors { code } } }',
    variables: {
      input: {
        name: 'Matrix',
        templateVersionId: randomUUID(),
        audienceId: randomUUID(),
        channels: ['EMAIL'],
      },
    },
  }),
  approveCampaign: () => ({
    query: 'mutation($input: CampaignInput!) { approveCampaign(input: $input) { userErrors { code } } }',
    variables: { input: { campaignId: randomUUID() } },
  }),
  testSendCampaign: () => ({
    query:
      'mutation($input: TestSendCampaignInput!) { testSendCampaign(input: $input) { userErrors { code } } }',
    variables: { input: { campaignId: randomUUID(), to: 'matrix@example.com' } },
  }),
  sendCampaign: () => ({
    query: 'mutation($input: SendCampaignInput!) { sendCampaign(input: $input) { userErrors { code } } }',
    variables: { input: { campaignId: randomUUID() } },
  }),
  cancelCampaign: () => ({
    query: 'mutation($input: CampaignInput!) { cancelCampaign(input: $input) { userErrors { code } } }',
    variables: { input: { campaignId: randomUUID() } },
  }),
  createSupportArticle: () => ({
    query:
      'mutation($input: CreateSupportArticleInput!) { createSupportArticle(input: $input) { userErrors { code } } }',
    variables: { input: { kind: 'faq', title: 'Matrix', body: 'Body' } },
  }),
  recordDeliveryEvent: () => ({
    query:
      'mutation($input: RecordDeliveryEventInput!) { recordDeliveryEvent(input: $input) { userErrors { code } } }',
    variables: { input: { messageId: '<nope@x>', event: 'DELIVERED' } },
  }),
  risks: (f) => ({
    query: 'query($id: ID!) { risks(programId: $id, reviewOverdue: false) { id score owner { id } } }',
    variables: { id: f.programId },
  }),
  riskHeatMap: (f) => ({
    query: 'query($id: ID!) { riskHeatMap(programId: $id) { openRisks cells { count } } }',
    variables: { id: f.programId },
  }),
  createRisk: (f) => ({
    query:
      'mutation($input: CreateRiskInput!) { createRisk(input: $input) { risk { id } userErrors { code } } }',
    variables: { input: { programId: f.programId, title: 'Matrix risk', probability: 2, impact: 3 } },
  }),
  updateRisk: () => ({
    query:
      'mutation($input: UpdateRiskInput!) { updateRisk(input: $input) { risk { id } userErrors { code } } }',
    variables: { input: { id: randomUUID(), status: 'CLOSED' } },
  }),
  raciMatrix: (f) => ({
    query: 'query($id: ID!) { raciMatrix(programId: $id) { label missingAccountable assignments { id } } }',
    variables: { id: f.programId },
  }),
  pointOfContactMatrix: (f) => ({
    query: 'query($id: ID!) { pointOfContactMatrix(programId: $id) { area escalationPath { email } } }',
    variables: { id: f.programId },
  }),
  assignRaci: (f) => ({
    query:
      'mutation($input: AssignRaciInput!) { assignRaci(input: $input) { assignment { id } userErrors { code } } }',
    variables: {
      input: {
        programId: f.programId,
        subjectType: 'AREA',
        subjectKey: 'contingency',
        userId: f.targetUser.id,
        responsibility: 'INFORMED',
      },
    },
  }),
  removeRaciAssignment: () => ({
    query:
      'mutation($input: RemoveRaciAssignmentInput!) { removeRaciAssignment(input: $input) { userErrors { code } } }',
    variables: { input: { id: randomUUID() } },
  }),
  trainingGrid: (f) => ({
    query:
      'query($id: ID!) { trainingGrid(programId: $id) { modules { id } rows { cells { completedOn } } } }',
    variables: { id: f.programId },
  }),
  trainingCompletion: (f) => ({
    query: 'query($id: ID!) { trainingCompletion(programId: $id) { ratio complete } }',
    variables: { id: f.programId },
  }),
  createTrainingModule: (f) => ({
    query:
      'mutation($input: CreateTrainingModuleInput!) { createTrainingModule(input: $input) { module { id } userErrors { code } } }',
    variables: { input: { programId: f.programId, title: 'Matrix module' } },
  }),
  addTrainee: (f) => ({
    query:
      'mutation($input: AddTraineeInput!) { addTrainee(input: $input) { trainee { id } userErrors { code } } }',
    variables: { input: { programId: f.programId, name: 'Matrix trainee' } },
  }),
  recordTrainingCompletion: () => ({
    query:
      'mutation($input: RecordTrainingCompletionInput!) { recordTrainingCompletion(input: $input) { userErrors { code } } }',
    variables: { input: { traineeId: randomUUID(), moduleId: randomUUID(), completedOn: '2030-01-01' } },
  }),
  undoTrainingCompletion: () => ({
    query:
      'mutation($input: UndoTrainingCompletionInput!) { undoTrainingCompletion(input: $input) { userErrors { code } } }',
    variables: { input: { traineeId: randomUUID(), moduleId: randomUUID() } },
  }),
  decisionLog: (f) => ({
    query: 'query($id: ID!) { decisionLog(programId: $id) { title author authorUser { id } } }',
    variables: { id: f.programId },
  }),
  logDecision: (f) => ({
    query:
      'mutation($input: LogDecisionInput!) { logDecision(input: $input) { entry { id } userErrors { code } } }',
    variables: {
      input: { programId: f.programId, category: 'DECISION', title: 'Matrix', decidedOn: '2026-11-01' },
    },
  }),
  warRoom: () => ({
    query:
      '{ warRoom { generatedAt waves { legacyAccounts } billRunsInProgress { id accountsFailed } components { key state } openIncidents { id updateOverdue } } }',
  }),
  components: () => ({ query: '{ components { key state reason isManual } }' }),
  incidents: () => ({ query: '{ incidents(first: 5) { id lead { id } updates { id } } }' }),
  incident: () => ({
    query: 'query($id: ID!) { incident(id: $id) { id } }',
    variables: { id: randomUUID() },
  }),
  statusUpdates: () => ({ query: '{ statusUpdates(first: 5) { id body } }' }),
  setComponentState: () => ({
    query:
      'mutation($input: SetComponentStateInput!) { setComponentState(input: $input) { component { key } userErrors { code } } }',
    variables: { input: { key: 'integrations', state: null } },
  }),
  openIncident: () => ({
    query:
      'mutation($input: OpenIncidentInput!) { openIncident(input: $input) { incident { id } userErrors { code } } }',
    variables: { input: { title: `Matrix ${++counter}`, severity: 'SEV4' } },
  }),
  postIncidentUpdate: () => ({
    query:
      'mutation($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { userErrors { code } } }',
    variables: { input: { incidentId: randomUUID(), status: 'MONITORING', body: 'Matrix' } },
  }),
  assignIncidentLead: (f) => ({
    query:
      'mutation($input: AssignIncidentLeadInput!) { assignIncidentLead(input: $input) { userErrors { code } } }',
    variables: { input: { incidentId: randomUUID(), leadId: f.targetUser.id } },
  }),
  postStatusUpdate: () => ({
    query:
      'mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { statusUpdate { id } userErrors { code } } }',
    variables: { input: { body: `Matrix ${++counter}` } },
  }),
};

type Caller =
  | { label: string; kind: 'role'; role: (typeof roles)[number] }
  | { label: string; kind: 'key'; scope: 'read' | 'read_write'; modules: string[] }
  | { label: string; kind: 'anonymous' };

const callers: Caller[] = [
  ...roles.map((role) => ({ label: `role ${role}`, kind: 'role' as const, role })),
  { label: 'key read', kind: 'key', scope: 'read', modules: [] },
  { label: 'key read limited to comms', kind: 'key', scope: 'read', modules: ['comms'] },
  { label: 'key read_write', kind: 'key', scope: 'read_write', modules: [] },
  { label: 'key read_write limited to catalog', kind: 'key', scope: 'read_write', modules: ['catalog'] },
  { label: 'key read_write limited to usage', kind: 'key', scope: 'read_write', modules: ['usage'] },
  { label: 'anonymous', kind: 'anonymous' },
];

/** What the matrix promises, restated independently of lib/auth/permissions.ts's `can`. */
function expectedOutcome(caller: Caller, operation: Operation): 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED' {
  const rule: { module: string; access: 'read' | 'write'; roles: readonly string[]; secretBearing?: true } =
    operationRules[operation];
  if (caller.kind === 'anonymous') return operation === 'viewer' ? 'allowed' : 'UNAUTHENTICATED';
  // secrets that grant access: admin people only, never a key
  if (rule.secretBearing) return caller.kind === 'role' && caller.role === 'admin' ? 'allowed' : 'FORBIDDEN';
  if (caller.kind === 'role')
    return (rule.roles as readonly string[]).includes(caller.role) ? 'allowed' : 'FORBIDDEN';
  if (rule.module === 'settings') return 'FORBIDDEN';
  if (rule.access === 'write' && caller.scope === 'read') return 'FORBIDDEN';
  if (rule.module !== 'self' && caller.modules.length > 0 && !caller.modules.includes(rule.module)) {
    return 'FORBIDDEN';
  }
  return 'allowed';
}

let database: TestDatabase;
let server: GraphQLTestServer;
let fixture: Fixture;
const credentials = new Map<string, { bearer?: string; cookie?: string }>();

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startGraphQLTestServer(database.db);
  const { user: targetUser } = await makeUser(database.db, { role: 'viewer' });
  const { apiKey } = await makeApiKey(database.db);
  const catalog = await makeCatalog(database.db);
  const product = await makeProduct(database.db, {
    catalogId: catalog.id,
    kind: 'usage',
    usageType: 'sms',
    price: { currency: 'USD', model: 'per_unit', unitPrice: '0.01', effectiveFrom: '2030-01-01' },
  });
  const recurring = await makeProduct(database.db, { catalogId: catalog.id, kind: 'recurring' });
  const ratePlan = await makeRatePlan(database.db, {
    catalogId: catalog.id,
    deckCsv,
    effectiveFrom: '2030-01-01',
  });
  const account = await makeAccount(database.db, { externalId: 'MATRIX', ratePlanId: ratePlan.id });
  await makeInvoice(database.db, { accountId: account.id, issueDate: '2031-01-01', total: '50.00' });
  const ingestion = await ingestUsageBatch({ db: database.db, actor: systemActor('test') }, [
    {
      record_id: 'MATRIX-1',
      account_id: 'MATRIX',
      usage_type: 'sms',
      started_at: '2031-01-01T00:00:00Z',
      quantity: '1',
    },
  ]);
  const program = await makeProgram(database.db);
  // a portal sign-in email kept without a mail server: its link signs the contact in
  const contact = await makeAccountContact(database.db, { accountId: account.id });
  await database.db.insert(portalSignInEmails).values({
    contactId: contact.id,
    recipient: contact.email,
    subject: 'Sign in',
    transport: 'outbox',
    text: 'Open http://localhost/api/portal/auth/callback?token=matrix-secret to sign in.',
  });
  fixture = {
    programId: program.id,
    accountId: account.id,
    ingestionId: ingestion.ingestionId,
    targetUser,
    targetApiKeyId: apiKey.id,
    catalogId: catalog.id,
    productId: product.id,
    recurringProductId: recurring.id,
    ratePlanId: ratePlan.id,
  };
  for (const caller of callers) {
    if (caller.kind === 'role') {
      const { user } = await makeUser(database.db, { role: caller.role });
      credentials.set(caller.label, { cookie: (await sessionCookieFor(database.db, user)).cookie });
    } else if (caller.kind === 'key') {
      const { secret } = await makeApiKey(database.db, { scope: caller.scope, modules: caller.modules });
      credentials.set(caller.label, { bearer: secret });
    } else {
      credentials.set(caller.label, {});
    }
  }
});

afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

describe('permission matrix', () => {
  it('has a rule and a sample call for every root field of the schema, and nothing else', () => {
    const schema = buildSchema(loadTypeDefs());
    const rootFields = [schema.getQueryType(), schema.getMutationType()]
      .flatMap((type) => Object.keys(type?.getFields() ?? {}))
      .sort();
    expect(Object.keys(operationRules).sort()).toEqual(rootFields);
    expect(Object.keys(samples).sort()).toEqual(rootFields);
  });

  for (const operation of Object.keys(samples) as Operation[]) {
    for (const caller of callers) {
      const expected = expectedOutcome(caller, operation);
      it(`${operation} × ${caller.label} → ${expected}`, async () => {
        const { query, variables } = samples[operation](fixture);
        const { body } = await server.request(query, { ...credentials.get(caller.label), variables });
        const codes = (body.errors ?? []).map((error) => error.extensions?.code);
        if (expected === 'allowed') {
          expect(codes).toEqual([]);
          expect(body.data?.[operation]).toBeDefined();
        } else {
          expect(codes).toEqual([expected]);
          expect(body.data?.[operation] ?? null).toBeNull();
        }
      });
    }
  }
});

/**
 * Fields whose answers carry secrets that grant access (a link that signs a customer in).
 * A new field returning one of these types must be marked `secretBearing` in
 * lib/auth/permissions.ts; message bodies (CampaignDelivery.body, RenderedMessage.body) show
 * their unsubscribe links with the token hidden instead (graphql/comms.integ.test.ts).
 */
const SECRET_TYPES = ['PortalSignInEmail'];
const KNOWN_SECRET_BEARING: Operation[] = ['portalSignInOutbox'];

describe('secret-bearing operations', () => {
  it('marks every root field from which a secret can be reached, and the known ones', () => {
    const schema = buildSchema(loadTypeDefs());
    const reachesSecret = (start: GraphQLNamedType): boolean => {
      const seen = new Set<string>();
      const queue = [start];
      for (let type = queue.shift(); type; type = queue.shift()) {
        if (SECRET_TYPES.includes(type.name)) return true;
        if (seen.has(type.name) || !isObjectType(type)) continue;
        seen.add(type.name);
        for (const field of Object.values(type.getFields())) queue.push(getNamedType(field.type));
      }
      return false;
    };
    const rootFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.values(type?.getFields() ?? {}),
    );
    const bearing = rootFields
      .filter((field) => field.name !== 'createApiKey') // its secret is the key it has just created, shown once
      .filter((field) => reachesSecret(getNamedType(field.type)))
      .map((field) => field.name)
      .sort();
    expect(bearing).toEqual(expect.arrayContaining(KNOWN_SECRET_BEARING));
    expect([...secretBearingOperations].sort()).toEqual(bearing);
    for (const operation of secretBearingOperations)
      expect(operationRules[operation].roles).toEqual(['admin']);
  });

  for (const operation of KNOWN_SECRET_BEARING) {
    it(`${operation}: refused to every key and non-admin role, audited for an admin`, async () => {
      const { query, variables } = samples[operation](fixture);
      const audited = async () =>
        listAuditEntries(database.db, { limit: 200, filter: { operation: `view:${operation}` } });
      const before = (await audited()).length;
      for (const caller of callers.filter((c) => c.kind !== 'anonymous' && c.label !== 'role admin')) {
        const { body } = await server.request(query, { ...credentials.get(caller.label), variables });
        expect(
          (body.errors ?? []).map((error) => error.extensions?.code),
          caller.label,
        ).toEqual(['FORBIDDEN']);
      }
      expect(await audited()).toHaveLength(before);

      const { body } = await server.request<Record<string, { text: string }[]>>(
        '{ portalSignInOutbox { text } }',
        credentials.get('role admin'),
      );
      expect(body.data?.portalSignInOutbox?.[0]?.text).toContain('token=matrix-secret');
      const entries = await audited();
      expect(entries).toHaveLength(before + 1);
      expect(entries[0]).toMatchObject({
        actorKind: 'user',
        actorLabel: expect.stringMatching(/^admin-/),
        result: 'ok',
        inputSummary: { first: 20, shown: 1 },
      });
    });
  }
});
