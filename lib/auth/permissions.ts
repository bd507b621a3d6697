import { AppError } from '../errors';
import type { Actor } from './actor';
import type { OperationModule } from './modules';
import type { Role } from './roles';

type Access = 'read' | 'write';

interface Rule {
  module: OperationModule;
  access: Access;
  /** Roles allowed; `admin` is always listed explicitly so the matrix reads as it is enforced. */
  roles: readonly Role[];
  /**
   * Its answer carries secrets that grant access (portal sign-in links): only an admin
   * *person* may read it, never an API key whatever its scope or modules, and every viewing
   * is written to the audit log (`recordSecretView`). Its roles must be admin only.
   */
  secretBearing?: true;
}

const everyone: readonly Role[] = ['admin', 'billing', 'program', 'viewer'];
const adminOnly: readonly Role[] = ['admin'];
const billingStaff: readonly Role[] = ['admin', 'billing'];
/** Project managers run the migration program; billing staff read it. */
const programStaff: readonly Role[] = ['admin', 'program'];
/** Who may approve or vote: everyone but read-only viewers. */
const decisionMakers: readonly Role[] = ['admin', 'billing', 'program'];
/** Everyone on the cutover but read-only viewers: they open incidents and post updates in the war room. */
const cutoverCrew: readonly Role[] = ['admin', 'billing', 'program'];

/**
 * The permission matrix: one rule per operation. Every GraphQL root field is named after
 * the operation it calls, and `permissions.integ.test.ts` fails when a field has no rule here.
 */
export const operationRules = {
  viewer: { module: 'self', access: 'read', roles: everyone },
  organization: { module: 'self', access: 'read', roles: everyone },
  // Whether mail goes out from a placeholder sender: for the console's warning, never for a key.
  mailSettings: { module: 'settings', access: 'read', roles: everyone },

  users: { module: 'settings', access: 'read', roles: adminOnly },
  // A directory of names and emails to pick owners from: every role, and keys with the program module.
  people: { module: 'program', access: 'read', roles: everyone },
  createUser: { module: 'settings', access: 'write', roles: adminOnly },
  updateUser: { module: 'settings', access: 'write', roles: adminOnly },
  setUserPassword: { module: 'settings', access: 'write', roles: adminOnly },
  userSessions: { module: 'settings', access: 'read', roles: adminOnly },
  revokeUserSessions: { module: 'settings', access: 'write', roles: adminOnly },

  apiKeys: { module: 'settings', access: 'read', roles: adminOnly },
  createApiKey: { module: 'settings', access: 'write', roles: adminOnly },
  revokeApiKey: { module: 'settings', access: 'write', roles: adminOnly },

  auditEntries: { module: 'settings', access: 'read', roles: adminOnly },

  catalogs: { module: 'catalog', access: 'read', roles: everyone },
  products: { module: 'catalog', access: 'read', roles: everyone },
  product: { module: 'catalog', access: 'read', roles: everyone },
  pricePreview: { module: 'catalog', access: 'read', roles: everyone },
  ratePlans: { module: 'catalog', access: 'read', roles: everyone },
  ratePlan: { module: 'catalog', access: 'read', roles: everyone },
  rateDeckEntries: { module: 'catalog', access: 'read', roles: everyone },
  destinationLookup: { module: 'catalog', access: 'read', roles: everyone },
  callPreview: { module: 'catalog', access: 'read', roles: everyone },
  exportRateDeck: { module: 'catalog', access: 'read', roles: everyone },
  updateCatalogRounding: { module: 'catalog', access: 'write', roles: billingStaff },
  updateCatalogBilling: { module: 'catalog', access: 'write', roles: billingStaff },
  createProduct: { module: 'catalog', access: 'write', roles: billingStaff },
  updateProduct: { module: 'catalog', access: 'write', roles: billingStaff },
  setProductPrice: { module: 'catalog', access: 'write', roles: billingStaff },
  setProductAllowances: { module: 'catalog', access: 'write', roles: billingStaff },
  createRatePlan: { module: 'catalog', access: 'write', roles: billingStaff },
  updateRatePlanRounding: { module: 'catalog', access: 'write', roles: billingStaff },
  importRateDeck: { module: 'catalog', access: 'write', roles: billingStaff },

  accounts: { module: 'accounts', access: 'read', roles: everyone },
  account: { module: 'accounts', access: 'read', roles: everyone },
  createAccount: { module: 'accounts', access: 'write', roles: billingStaff },
  updateAccount: { module: 'accounts', access: 'write', roles: billingStaff },
  createSubscription: { module: 'accounts', access: 'write', roles: billingStaff },
  changeSubscription: { module: 'accounts', access: 'write', roles: billingStaff },
  endSubscription: { module: 'accounts', access: 'write', roles: billingStaff },
  addOneTimeCharge: { module: 'accounts', access: 'write', roles: billingStaff },
  // Portal contacts; reading them (Account.contacts) is reading the account.
  addAccountContact: { module: 'accounts', access: 'write', roles: billingStaff },
  removeAccountContact: { module: 'accounts', access: 'write', roles: billingStaff },

  taxRules: { module: 'invoicing', access: 'read', roles: everyone },
  createTaxRule: { module: 'invoicing', access: 'write', roles: billingStaff },
  billRuns: { module: 'invoicing', access: 'read', roles: everyone },
  billRun: { module: 'invoicing', access: 'read', roles: everyone },
  createBillRun: { module: 'invoicing', access: 'write', roles: billingStaff },
  billingSchedules: { module: 'invoicing', access: 'read', roles: everyone },
  createBillingSchedule: { module: 'invoicing', access: 'write', roles: billingStaff },
  updateBillingSchedule: { module: 'invoicing', access: 'write', roles: billingStaff },
  finalizeCleanDrafts: { module: 'invoicing', access: 'write', roles: billingStaff },
  invoices: { module: 'invoicing', access: 'read', roles: everyone },
  invoice: { module: 'invoicing', access: 'read', roles: everyone },
  finalizeInvoice: { module: 'invoicing', access: 'write', roles: billingStaff },
  voidInvoice: { module: 'invoicing', access: 'write', roles: billingStaff },
  discardDraftInvoice: { module: 'invoicing', access: 'write', roles: billingStaff },
  creditInvoice: { module: 'invoicing', access: 'write', roles: billingStaff },
  sendInvoice: { module: 'invoicing', access: 'write', roles: billingStaff },
  resendInvoiceEmail: { module: 'invoicing', access: 'write', roles: billingStaff },
  // Autopilot: the automatic checks of drafts and the review queue of held drafts.
  draftCheckSettings: { module: 'invoicing', access: 'read', roles: billingStaff },
  updateDraftCheckSetting: { module: 'invoicing', access: 'write', roles: billingStaff },
  draftReviews: { module: 'invoicing', access: 'read', roles: billingStaff },
  draftReview: { module: 'invoicing', access: 'read', roles: billingStaff },
  draftComparison: { module: 'invoicing', access: 'read', roles: billingStaff },
  approveDraft: { module: 'invoicing', access: 'write', roles: billingStaff },
  holdDraft: { module: 'invoicing', access: 'write', roles: billingStaff },
  discardDraft: { module: 'invoicing', access: 'write', roles: billingStaff },
  approveDraftsWithOnlyFinding: { module: 'invoicing', access: 'write', roles: billingStaff },

  ingestUsage: { module: 'usage', access: 'write', roles: billingStaff },
  ingestions: { module: 'usage', access: 'read', roles: everyone },
  ingestion: { module: 'usage', access: 'read', roles: everyone },
  usageRecords: { module: 'usage', access: 'read', roles: everyone },
  unratedUsageSummary: { module: 'usage', access: 'read', roles: everyone },
  accountUsageSummary: { module: 'usage', access: 'read', roles: everyone },
  rerateUsage: { module: 'usage', access: 'write', roles: billingStaff },

  payments: { module: 'payments', access: 'read', roles: everyone },
  accountBalance: { module: 'payments', access: 'read', roles: everyone },
  agingReport: { module: 'payments', access: 'read', roles: everyone },
  dunningSteps: { module: 'payments', access: 'read', roles: everyone },
  dunningEvents: { module: 'payments', access: 'read', roles: everyone },
  // Dunning policies, an account's dunning state and pause, receivables by stage, the preview.
  dunningPolicies: { module: 'payments', access: 'read', roles: everyone },
  accountDunning: { module: 'payments', access: 'read', roles: everyone },
  dunningStages: { module: 'payments', access: 'read', roles: everyone },
  dunningPreview: { module: 'payments', access: 'read', roles: everyone },
  createDunningPolicy: { module: 'payments', access: 'write', roles: billingStaff },
  updateDunningPolicy: { module: 'payments', access: 'write', roles: billingStaff },
  deleteDunningPolicy: { module: 'payments', access: 'write', roles: billingStaff },
  setAccountDunningPolicy: { module: 'payments', access: 'write', roles: billingStaff },
  pauseAccountDunning: { module: 'payments', access: 'write', roles: billingStaff },
  resumeAccountDunning: { module: 'payments', access: 'write', roles: billingStaff },
  recordPayment: { module: 'payments', access: 'write', roles: billingStaff },
  importRemittance: { module: 'payments', access: 'write', roles: billingStaff },
  allocateCredit: { module: 'payments', access: 'write', roles: billingStaff },

  migrationImports: { module: 'migration', access: 'read', roles: everyone },
  migrationImport: { module: 'migration', access: 'read', roles: everyone },
  importLegacyExport: { module: 'migration', access: 'write', roles: billingStaff },
  parallelRuns: { module: 'migration', access: 'read', roles: everyone },
  parallelRun: { module: 'migration', access: 'read', roles: everyone },
  startParallelRun: { module: 'migration', access: 'write', roles: billingStaff },
  reviewVariances: { module: 'migration', access: 'write', roles: billingStaff },
  cutoverWaves: { module: 'migration', access: 'read', roles: everyone },
  cutoverWave: { module: 'migration', access: 'read', roles: everyone },
  createCutoverWave: { module: 'migration', access: 'write', roles: billingStaff },
  cutOverWave: { module: 'migration', access: 'write', roles: billingStaff },
  rollBackWave: { module: 'migration', access: 'write', roles: billingStaff },

  programs: { module: 'program', access: 'read', roles: everyone },
  program: { module: 'program', access: 'read', roles: everyone },
  mySignOffRequests: { module: 'program', access: 'read', roles: everyone },
  createProgram: { module: 'program', access: 'write', roles: programStaff },
  updateCharter: { module: 'program', access: 'write', roles: programStaff },
  saveMilestone: { module: 'program', access: 'write', roles: programStaff },
  saveChecklistItem: { module: 'program', access: 'write', roles: programStaff },
  requestSignOff: { module: 'program', access: 'write', roles: programStaff },
  // Approvers are named on the request; anyone who can change things may be one.
  decideSignOff: { module: 'program', access: 'write', roles: decisionMakers },
  createGoNoGoReview: { module: 'program', access: 'write', roles: programStaff },
  castGoNoGoVote: { module: 'program', access: 'write', roles: decisionMakers },
  decideGoNoGo: { module: 'program', access: 'write', roles: programStaff },
  saveStatusReport: { module: 'program', access: 'write', roles: programStaff },
  // Re-runs the checks after a parallel run, import or bill run, which billing staff run too.
  refreshProgramEvidence: { module: 'program', access: 'write', roles: decisionMakers },

  templateVariables: { module: 'comms', access: 'read', roles: everyone },
  messageTemplates: { module: 'comms', access: 'read', roles: everyone },
  messageTemplate: { module: 'comms', access: 'read', roles: everyone },
  audiences: { module: 'comms', access: 'read', roles: everyone },
  campaigns: { module: 'comms', access: 'read', roles: everyone },
  campaign: { module: 'comms', access: 'read', roles: everyone },
  outbox: { module: 'comms', access: 'read', roles: everyone },
  // Their links sign a customer in: admin people only, each viewing audited.
  portalSignInOutbox: { module: 'comms', access: 'read', roles: adminOnly, secretBearing: true },
  supportArticles: { module: 'comms', access: 'read', roles: everyone },
  notices: { module: 'comms', access: 'read', roles: everyone },
  createMessageTemplate: { module: 'comms', access: 'write', roles: programStaff },
  reviseMessageTemplate: { module: 'comms', access: 'write', roles: programStaff },
  createAudience: { module: 'comms', access: 'write', roles: programStaff },
  createCampaign: { module: 'comms', access: 'write', roles: programStaff },
  approveCampaign: { module: 'comms', access: 'write', roles: programStaff },
  testSendCampaign: { module: 'comms', access: 'write', roles: programStaff },
  sendCampaign: { module: 'comms', access: 'write', roles: programStaff },
  cancelCampaign: { module: 'comms', access: 'write', roles: programStaff },
  createSupportArticle: { module: 'comms', access: 'write', roles: programStaff },
  recordDeliveryEvent: { module: 'comms', access: 'write', roles: programStaff },
  // The migration program's registers: risks, RACI, training, decision log.
  risks: { module: 'program', access: 'read', roles: everyone },
  riskHeatMap: { module: 'program', access: 'read', roles: everyone },
  createRisk: { module: 'program', access: 'write', roles: programStaff },
  updateRisk: { module: 'program', access: 'write', roles: programStaff },
  raciMatrix: { module: 'program', access: 'read', roles: everyone },
  pointOfContactMatrix: { module: 'program', access: 'read', roles: everyone },
  assignRaci: { module: 'program', access: 'write', roles: programStaff },
  removeRaciAssignment: { module: 'program', access: 'write', roles: programStaff },
  trainingGrid: { module: 'program', access: 'read', roles: everyone },
  trainingCompletion: { module: 'program', access: 'read', roles: everyone },
  createTrainingModule: { module: 'program', access: 'write', roles: programStaff },
  addTrainee: { module: 'program', access: 'write', roles: programStaff },
  recordTrainingCompletion: { module: 'program', access: 'write', roles: programStaff },
  undoTrainingCompletion: { module: 'program', access: 'write', roles: programStaff },
  decisionLog: { module: 'program', access: 'read', roles: everyone },
  logDecision: { module: 'program', access: 'write', roles: programStaff },
  warRoom: { module: 'comms', access: 'read', roles: everyone },
  components: { module: 'comms', access: 'read', roles: everyone },
  incidents: { module: 'comms', access: 'read', roles: everyone },
  incident: { module: 'comms', access: 'read', roles: everyone },
  statusUpdates: { module: 'comms', access: 'read', roles: everyone },
  setComponentState: { module: 'comms', access: 'write', roles: cutoverCrew },
  openIncident: { module: 'comms', access: 'write', roles: cutoverCrew },
  postIncidentUpdate: { module: 'comms', access: 'write', roles: cutoverCrew },
  assignIncidentLead: { module: 'comms', access: 'write', roles: cutoverCrew },
  postStatusUpdate: { module: 'comms', access: 'write', roles: cutoverCrew },
} as const satisfies Record<string, Rule>;

export type Operation = keyof typeof operationRules;

/** Operations whose answers carry secrets that grant access; see `Rule.secretBearing`. */
export const secretBearingOperations = (Object.keys(operationRules) as Operation[]).filter(
  (operation) => (operationRules[operation] as Rule).secretBearing === true,
);

export function isOperation(name: string): name is Operation {
  return Object.hasOwn(operationRules, name);
}

/** Whether the actor may perform the operation; no error, for UI decisions. */
export function can(actor: Actor, operation: Operation): boolean {
  const rule: Rule = operationRules[operation];
  switch (actor.kind) {
    case 'anonymous':
      return false;
    case 'system':
      return true;
    case 'user':
      if (rule.secretBearing && actor.user.role !== 'admin') return false;
      return actor.user.isActive && rule.roles.includes(actor.user.role);
    case 'api_key': {
      const key = actor.apiKey;
      if (key.revokedAt) return false;
      if (rule.secretBearing) return false;
      if (rule.module === 'settings') return false;
      if (rule.access === 'write' && key.scope !== 'read_write') return false;
      if (rule.module === 'self') return true;
      return key.modules.length === 0 || key.modules.includes(rule.module);
    }
  }
}

/**
 * Throws unless the actor may perform the operation.
 * @throws AppError UNAUTHENTICATED when nobody is signed in, FORBIDDEN when the role or key scope does not allow it.
 */
export function authorize(actor: Actor, operation: Operation): void {
  if (actor.kind === 'anonymous') {
    throw new AppError('UNAUTHENTICATED', 'Sign in or send an API key to do this.');
  }
  if (!can(actor, operation)) {
    throw new AppError('FORBIDDEN', `You are not allowed to ${describeOperation(operation)}.`, { operation });
  }
}

function describeOperation(operation: Operation): string {
  const rule: Rule = operationRules[operation];
  const words = operation.replace(/([A-Z])/g, ' $1').toLowerCase();
  return rule.access === 'read' ? `read ${words}` : words;
}

/** Operations the actor may perform, for the console to hide what it cannot do. */
export function permittedOperations(actor: Actor): Operation[] {
  return (Object.keys(operationRules) as Operation[]).filter((operation) => can(actor, operation));
}
