import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import { setAccountContactTimes } from '../db/queries/account-contacts';
import { getAccountById, insertAccount, type NewAccount } from '../db/queries/accounts';
import { addAccountsToBillRun, insertBillRun, setBillRunAccountsTotal } from '../db/queries/bill-runs';
import { insertCatalogIfMissing } from '../db/queries/catalogs';
import { insertInvoiceLines, type NewInvoice, type NewInvoiceLine } from '../db/queries/invoices';
import { getOrganizationRow, upsertOrganization } from '../db/queries/organization';
import {
  insertOneTimeCharge,
  insertSubscription,
  type NewOneTimeCharge,
  type NewSubscription,
} from '../db/queries/subscriptions';
import { insertTaxRule, type NewTaxRule } from '../db/queries/tax-rules';
import { invoices, programs } from '../db/schema';
import { addAccountContact } from '../lib/accounts/contacts/add-account-contact';
import { systemActor } from '../lib/auth/actor';
import { type CreateApiKeyInput, createApiKey } from '../lib/auth/create-api-key';
import { createUser } from '../lib/auth/create-user';
import type { Role } from '../lib/auth/roles';
import type { ApiKeyRecord, UserRecord } from '../lib/auth/types';
import { type CreateProductInput, createProduct } from '../lib/catalog/create-product';
import { createRatePlan } from '../lib/catalog/create-rate-plan';
import { importRateDeck } from '../lib/catalog/import-rate-deck';
import { addDays } from '../lib/dates';
import { invoiceSnapshotOf } from '../lib/invoicing/invoice-snapshot';
import { Dec, sum } from '../lib/money/decimal';
import { type RecordPaymentInput, recordPayment } from '../lib/payments/record-payment';
import type { Holiday, TimeBand } from '../lib/rating/time-bands';

/**
 * Factories shared by the demo seed, the integration tests and the e2e specs. They go
 * through the same domain operations as the API, so seeded data obeys the same rules.
 */
const seedActor = systemActor('seed');

let sequence = 0;
function nextSuffix(): string {
  sequence += 1;
  return `${sequence}-${randomBytes(3).toString('hex')}`;
}

export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}

export async function makeUser(
  db: Db,
  overrides: { role?: Role; email?: string; name?: string; password?: string | null } = {},
): Promise<{ user: UserRecord; password: string | null }> {
  const role = overrides.role ?? 'viewer';
  const password = overrides.password === undefined ? generatePassword() : overrides.password;
  const suffix = nextSuffix();
  const result = await createUser(
    { db, actor: seedActor },
    {
      email: overrides.email ?? `${role}-${suffix}@example.test`,
      name: overrides.name ?? `${role[0]?.toUpperCase()}${role.slice(1)} user ${suffix}`,
      role,
      password,
    },
  );
  if (!result.user) throw new Error(`makeUser: ${result.userErrors.map((e) => e.message).join('; ')}`);
  return { user: result.user, password };
}

export async function makeApiKey(
  db: Db,
  overrides: Partial<CreateApiKeyInput> = {},
): Promise<{ apiKey: ApiKeyRecord; secret: string }> {
  const result = await createApiKey(
    { db, actor: seedActor },
    {
      name: overrides.name ?? `Partner app ${nextSuffix()}`,
      scope: overrides.scope ?? 'read',
      modules: overrides.modules,
    },
  );
  if (!result.apiKey || !result.secret) {
    throw new Error(`makeApiKey: ${result.userErrors.map((e) => e.message).join('; ')}`);
  }
  return { apiKey: result.apiKey, secret: result.secret };
}

export function makeOrganization(
  db: Db,
  overrides: Partial<{ name: string; defaultCurrency: string; timeZone: string }> = {},
) {
  return upsertOrganization(db, {
    name: overrides.name ?? 'Example Telecom',
    defaultCurrency: overrides.defaultCurrency ?? 'USD',
    timeZone: overrides.timeZone ?? 'America/New_York',
  });
}

export async function makeCatalog(db: Db, overrides: Partial<{ code: string; name: string }> = {}) {
  const suffix = nextSuffix();
  return insertCatalogIfMissing(db, {
    code: overrides.code ?? `catalog-${suffix}`,
    name: overrides.name ?? `Catalog ${suffix}`,
  });
}

export async function makeProduct(db: Db, overrides: Partial<CreateProductInput> = {}) {
  const kind = overrides.kind ?? 'recurring';
  const result = await createProduct(
    { db, actor: seedActor },
    {
      code: overrides.code ?? `P-${nextSuffix()}`,
      name: overrides.name ?? 'Product',
      kind,
      usageType: overrides.usageType ?? (kind === 'usage' ? 'custom' : null),
      taxCategory: overrides.taxCategory ?? 'telecom',
      ...overrides,
    },
  );
  if (!result.product) throw new Error(`makeProduct: ${result.userErrors.map((e) => e.message).join('; ')}`);
  return result.product;
}

export async function makeRatePlan(
  db: Db,
  options: {
    catalogId?: string;
    code?: string;
    name?: string;
    currency?: string;
    timeZone?: string;
    deckCsv?: string;
    effectiveFrom?: string;
    timeBands?: TimeBand[];
    holidays?: Holiday[];
  },
) {
  const created = await createRatePlan(
    { db, actor: seedActor },
    {
      catalogId: options.catalogId ?? null,
      code: options.code ?? `PLAN-${nextSuffix()}`,
      name: options.name ?? 'Rate plan',
      currency: options.currency ?? 'USD',
      timeZone: options.timeZone ?? 'UTC',
    },
  );
  if (!created.ratePlan)
    throw new Error(`makeRatePlan: ${created.userErrors.map((e) => e.message).join('; ')}`);
  if (options.deckCsv) {
    const imported = await importRateDeck(
      { db, actor: seedActor },
      {
        ratePlanId: created.ratePlan.id,
        effectiveFrom: options.effectiveFrom ?? '2020-01-01',
        csv: options.deckCsv,
        timeBands: options.timeBands ?? [],
        holidays: options.holidays ?? [],
      },
    );
    if (!imported.version)
      throw new Error(`makeRatePlan deck: ${imported.report.problems.map((p) => p.message).join('; ')}`);
  }
  return created.ratePlan;
}

/** A customer account. Accounts get their own domain operations with invoicing; until then, stored directly. */
export async function makeAccount(db: Db, overrides: Partial<NewAccount> = {}) {
  const suffix = nextSuffix();
  return insertAccount(db, {
    externalId: overrides.externalId ?? `ACC-${suffix}`,
    name: overrides.name ?? `Customer ${suffix}`,
    currency: overrides.currency ?? 'USD',
    ratePlanId: overrides.ratePlanId ?? null,
    status: overrides.status ?? 'active',
    ...overrides,
  });
}

/**
 * A portal contact of an account, added by addAccountContact (so the email is normalised and
 * unique); `createdAt` backdates it, `verifiedAt` stands for a first sign-in to the portal.
 */
export async function makeAccountContact(
  db: Db,
  fields: { accountId: string; email?: string; name?: string; createdAt?: Date; verifiedAt?: Date | null },
) {
  const result = await addAccountContact(
    { db, actor: seedActor },
    {
      accountId: fields.accountId,
      email: fields.email ?? `contact-${nextSuffix()}@example.test`,
      name: fields.name ?? 'Pat Contact',
    },
  );
  if (!result.contact)
    throw new Error(`makeAccountContact: ${result.userErrors.map((e) => e.message).join('; ')}`);
  if (!fields.createdAt && !fields.verifiedAt) return result.contact;
  const dated = await setAccountContactTimes(db, result.contact.id, {
    createdAt: fields.createdAt,
    emailVerifiedAt: fields.verifiedAt,
  });
  if (!dated) throw new Error('makeAccountContact: the contact vanished');
  return dated;
}

export async function makeSubscription(
  db: Db,
  fields: Pick<NewSubscription, 'accountId' | 'productId'> & Partial<NewSubscription>,
) {
  return insertSubscription(db, { quantity: '1', startDate: '2026-01-01', ...fields });
}

export async function makeOneTimeCharge(
  db: Db,
  fields: Pick<NewOneTimeCharge, 'accountId' | 'productId' | 'chargeDate'> & Partial<NewOneTimeCharge>,
) {
  return insertOneTimeCharge(db, { quantity: '1', ...fields });
}

export async function makeTaxRule(db: Db, fields: Partial<NewTaxRule> = {}) {
  return insertTaxRule(db, {
    region: 'US-TX',
    taxCode: 'SALES',
    taxCategory: 'telecom',
    ratePercent: '8.25',
    effectiveFrom: '2026-01-01',
    ...fields,
  });
}

/** A bill run with its account list, as createBillRun stores it (without queueing its job). */
export async function makeBillRun(
  db: Db,
  fields: { periodStart: string; periodEnd: string; accountIds?: string[] },
) {
  const run = await insertBillRun(db, {
    periodStart: fields.periodStart,
    periodEnd: fields.periodEnd,
    selection: fields.accountIds ? { kind: 'accounts', count: fields.accountIds.length } : { kind: 'all' },
    createdBy: 'test',
  });
  const accountsTotal = await addAccountsToBillRun(db, run.id, { accountIds: fields.accountIds ?? null });
  return setBillRunAccountsTotal(db, run.id, accountsTotal);
}

/**
 * A finalized invoice (or, with `kind: 'credit_note'`, credit note) in the account's
 * currency, with a number, issue and due dates (net 30) and a total; with `lines`, those
 * lines and their sum as the total. The billing period defaults to the month before the
 * issue date, so give invoices of one account different issue dates or periods. Stored
 * directly: finalizing is invoicing's operation, and tests of payments need invoices of
 * any age.
 */
export async function makeInvoice(
  db: Db,
  fields: Pick<NewInvoice, 'accountId'> &
    Partial<NewInvoice> & {
      lines?: (Pick<NewInvoiceLine, 'description' | 'amount'> &
        Partial<Pick<NewInvoiceLine, 'lineType' | 'quantity' | 'unitPrice'>>)[];
    },
) {
  const { lines = [], ...overrides } = fields;
  const account = await getAccountById(db, fields.accountId);
  if (!account) throw new Error(`makeInvoice: no account ${fields.accountId}`);
  const issueDate = overrides.issueDate ?? '2026-01-01';
  const total =
    overrides.total ??
    (lines.length > 0 ? sum(lines.map((line) => new Dec(line.amount))).toFixed() : '100.00');
  const kind = overrides.kind ?? 'invoice';
  const snapshot =
    overrides.status === 'draft' ? null : invoiceSnapshotOf(account, await getOrganizationRow(db));
  const [invoice] = await db
    .insert(invoices)
    .values({
      kind,
      status: 'finalized',
      snapshot,
      number: `${kind === 'invoice' ? 'INV' : 'CN'}-T${nextSuffix()}`,
      currency: account.currency,
      periodStart: addDays(issueDate, -31),
      periodEnd: issueDate,
      issueDate,
      dueDate: addDays(issueDate, account.paymentTermsDays),
      subtotal: total,
      taxTotal: '0',
      total,
      finalizedAt: new Date(),
      ...overrides,
    })
    .returning();
  if (!invoice) throw new Error('makeInvoice: insert returned no row');
  await insertInvoiceLines(
    db,
    lines.map((line, index) => ({
      invoiceId: invoice.id,
      position: index + 1,
      lineType: 'one_time' as const,
      lineKey: `line-${index + 1}`,
      quantity: '1',
      taxCategory: 'service',
      ...line,
    })),
  );
  return invoice;
}

/** A payment recorded by recordPayment: allocated oldest due first unless `allocations` are given. */
export async function makePayment(
  db: Db,
  fields: Pick<RecordPaymentInput, 'accountId' | 'amount'> & Partial<RecordPaymentInput>,
) {
  const account = await getAccountById(db, fields.accountId);
  if (!account) throw new Error(`makePayment: no account ${fields.accountId}`);
  const result = await recordPayment(
    { db, actor: seedActor },
    { method: 'ach', currency: account.currency, receivedDate: '2026-01-15', ...fields },
  );
  if (!result.payment) throw new Error(`makePayment: ${result.userErrors.map((e) => e.message).join('; ')}`);
  return result;
}

/** A bare migration program (no seeded milestones or checklist), for tests of its registers. */
export async function makeProgram(db: Db, overrides: Partial<typeof programs.$inferInsert> = {}) {
  const [program] = await db
    .insert(programs)
    .values({ name: `Program ${nextSuffix()}`, createdBy: 'seed', ...overrides })
    .returning();
  if (!program) throw new Error('makeProgram: insert returned no row');
  return program;
}
