import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/client';
import { insertCatalogIfMissing } from '../../../db/queries/catalogs';
import { insertChunked } from '../../../db/queries/chunked-insert';
import { listOpenTaxRulesOfRegions } from '../../../db/queries/migration-imports';
import { insertVersionWithEntries } from '../../../db/queries/rate-plans';
import {
  accounts,
  legacyInvoiceLines,
  legacyInvoices,
  migrationImportProblems,
  migrationSources,
  oneTimeCharges,
  openingBalances,
  prices,
  productAllowances,
  products,
  ratePlans,
  subscriptions,
  taxRules,
} from '../../../db/schema';
import { Dec } from '../../money/decimal';
import type { LegacyManifest } from '../legacy-export/manifest';
import type { CsvRow } from '../legacy-export/read-csv-rows';
import type { FileTally, ImportProblem } from './file-tally';
import type { AccountsPlan, PlannedAccount, PlannedBalance } from './plan-accounts';
import type { CatalogPlan } from './plan-catalog';
import type { PlannedLegacyInvoice } from './plan-invoices';
import type { PendingTiers } from './write-tiers';

/** Legacy prices and rates have no start date: they are in force from the beginning of time. */
const SINCE_ALWAYS = '1970-01-01';

export interface ImportPlan {
  importId: string;
  fingerprint: string;
  manifest: LegacyManifest;
  sourceSystem: string | null;
  catalog: CatalogPlan;
  accounts: AccountsPlan;
  balances: PlannedBalance[];
  invoices: PlannedLegacyInvoice[];
  problems: ImportProblem[];
  tallies: Record<string, FileTally>;
}

type SourceRow = typeof migrationSources.$inferInsert;

/**
 * Writes everything but usage in the caller's transaction, in bulk statements: the legacy
 * catalog as its own catalog (with the export's rounding), rate plans, tax rules, accounts,
 * subscriptions, charges, opening balances, the legacy invoices, and a source link from
 * every record to its file, line and legacy id. Returns the new catalog's id and the tiered
 * prices whose tiers writePendingTiers writes once the usage is in.
 */
export async function writeImport(
  tx: Db,
  plan: ImportPlan,
): Promise<{ catalogId: string; pendingTiers: PendingTiers[] }> {
  const { importId, manifest } = plan;
  const sources: SourceRow[] = [];
  const source = (entity: string, entityId: string, file: string, row: CsvRow, legacyId: string | null) =>
    sources.push({ importId, entity, entityId, file, line: row.line, legacyId, raw: row.cells });

  const catalog = await insertCatalogIfMissing(tx, {
    code: `legacy-${plan.fingerprint.slice(0, 10)}`,
    name: `${plan.sourceSystem ?? 'Legacy system'} (export of ${manifest.period.start})`,
    roundingMode: manifest.rounding.mode,
    callDecimals: manifest.rounding.callDecimals,
    // v1.1's rules for charges billed in advance (a v1 export bills none: the defaults).
    creditUnusedOnCancel: manifest.billing.creditUnusedOnCancel,
    billPartialWithNextPeriod: manifest.billing.billPartialWithNextPeriod,
  });

  const plannedAccounts = [...plan.accounts.accounts.values()];
  const currencies = [...new Set(plannedAccounts.map((a) => a.currency))];
  if (currencies.length === 0) currencies.push('USD');

  // Catalog: products, a price per currency the accounts use, tiers, included minutes.
  const productId = new Map<string, string>();
  const productRows: (typeof products.$inferInsert)[] = [];
  const priceRows: (typeof prices.$inferInsert)[] = [];
  // Tiers are written after the usage (write-tiers.ts): volume bounds need its decimals.
  const pendingTiers: PendingTiers[] = [];
  const allowanceRows: (typeof productAllowances.$inferInsert)[] = [];
  for (const product of plan.catalog.products.values()) {
    const id = randomUUID();
    productId.set(product.code, id);
    productRows.push({
      id,
      catalogId: catalog.id,
      code: product.code,
      name: product.name,
      kind: product.kind,
      usageType: product.usageType,
      taxCategory: product.taxCategory,
    });
    source('products', id, 'products.csv', product.row, product.code);
    for (const currency of currencies) {
      const priceId = randomUUID();
      const tiered = product.pricing === 'graduated' || product.pricing === 'volume';
      if (tiered && product.tiers.length === 0) continue; // no price: usage waits unrated, validation says why
      priceRows.push({
        id: priceId,
        productId: id,
        currency,
        model: tiered ? product.pricing : product.pricing === 'rate_deck' ? 'rate_deck' : 'per_unit',
        unitPrice: product.pricing === 'flat' ? product.unitPrice : null,
        billingTiming: product.kind === 'recurring' ? product.billingTiming : null,
        effectiveFrom: SINCE_ALWAYS,
      });
      if (product.pricing === 'graduated' || product.pricing === 'volume')
        pendingTiers.push({
          priceId,
          pricing: product.pricing,
          usageType: product.usageType,
          tiers: product.tiers,
        });
    }
    if (new Dec(product.includedVoiceMinutes).greaterThan(0))
      allowanceRows.push({
        productId: id,
        quantityPerUnit: product.includedVoiceMinutes,
        destinationClasses: ['domestic'],
      });
  }
  await insertChunked(tx, products, productRows);
  await insertChunked(tx, prices, priceRows);
  await insertChunked(tx, productAllowances, allowanceRows);

  // Rate plans: one version, in force since always, per legacy rate plan.
  const ratePlanId = new Map<string, string>();
  for (const [code, entries] of plan.catalog.ratePlans) {
    const currency = plannedAccounts.find((a) => a.ratePlan === code)?.currency ?? currencies[0] ?? 'USD';
    const id = randomUUID();
    ratePlanId.set(code, id);
    await tx.insert(ratePlans).values({ id, catalogId: catalog.id, code, name: code, currency });
    await insertVersionWithEntries(
      tx,
      { ratePlanId: id, version: 1, effectiveFrom: SINCE_ALWAYS, note: 'Imported from the legacy export' },
      entries.map((entry) => ({
        prefix: entry.prefix,
        destination: entry.destination,
        destinationClass: entry.domestic ? 'domestic' : 'international',
        ratePerMinute: entry.ratePerMinute,
        initialIncrementSeconds: entry.initialSeconds,
        subsequentIncrementSeconds: entry.subsequentSeconds,
        connectionFee: entry.connectionFee,
      })),
    );
  }

  // Tax rules, unless the same rule is already in force (a region shared with an earlier import).
  const existingRules = await listOpenTaxRulesOfRegions(tx, [
    ...new Set(plan.catalog.taxRates.map((r) => r.region)),
  ]);
  const ruleKey = (r: { region: string; taxCode: string; taxCategory: string; ratePercent: string }) =>
    `${r.region}/${r.taxCode}/${r.taxCategory}/${new Dec(r.ratePercent).toFixed()}`;
  const known = new Set(existingRules.map(ruleKey));
  const taxRows: (typeof taxRules.$inferInsert)[] = [];
  for (const rate of plan.catalog.taxRates) {
    const rule = {
      region: rate.region,
      taxCode: rate.code,
      taxCategory: rate.category,
      ratePercent: rate.ratePercent,
    };
    if (known.has(ruleKey(rule))) continue;
    const id = randomUUID();
    taxRows.push({ id, ...rule, effectiveFrom: SINCE_ALWAYS });
    source('tax_rules', id, 'tax_rates.csv', rate.row, `${rate.region}/${rate.category}/${rate.code}`);
  }
  await insertChunked(tx, taxRules, taxRows);

  // Accounts, parents before children so each chunk's references are already stored.
  const accountId = new Map(plannedAccounts.map((a) => [a.legacyId, randomUUID()]));
  const depth = (account: PlannedAccount, seen = 0): number =>
    account.parentLegacyId && seen < 50
      ? 1 + depth(plan.accounts.accounts.get(account.parentLegacyId) as PlannedAccount, seen + 1)
      : 0;
  const accountRows = [...plannedAccounts]
    .sort((a, b) => depth(a) - depth(b))
    .map((account): typeof accounts.$inferInsert => {
      const id = accountId.get(account.legacyId) as string;
      source('accounts', id, 'accounts.csv', account.row, account.legacyId);
      return {
        id,
        externalId: account.legacyId,
        name: account.name,
        currency: account.currency,
        billingEmail: account.email,
        taxRegion: account.taxRegion,
        ratePlanId: account.ratePlan ? (ratePlanId.get(account.ratePlan) ?? null) : null,
        status: account.status,
        openedOn: account.openedOn,
        closedOn: account.closedOn,
        parentAccountId: account.parentLegacyId ? (accountId.get(account.parentLegacyId) ?? null) : null,
        // FORMAT.md bills every account on its own invoice.
        billToParent: false,
        // The legacy system keeps billing it until its wave is cut over.
        systemOfRecord: 'legacy',
      };
    });
  await insertChunked(tx, accounts, accountRows);

  const subscriptionId = new Map(plan.accounts.subscriptions.map((sub) => [sub.legacyId, randomUUID()]));
  const subscriptionRows = plan.accounts.subscriptions.map((sub): typeof subscriptions.$inferInsert => {
    const id = subscriptionId.get(sub.legacyId) as string;
    source('subscriptions', id, 'subscriptions.csv', sub.row, sub.legacyId);
    return {
      id,
      accountId: accountId.get(sub.accountLegacyId) as string,
      productId: productId.get(sub.productCode) as string,
      externalId: sub.legacyId,
      quantity: sub.quantity,
      unitPrice: sub.unitPrice,
      discountPercent: sub.discountPercent,
      startDate: sub.startDate,
      // An end before the start stores as an empty range; the source keeps the original.
      endDate: sub.endDate !== null && sub.endDate < sub.startDate ? sub.startDate : sub.endDate,
      // v1.1: a change credits the unused days billed ahead whatever the catalog says of cancellations.
      replacesId: sub.replacesLegacyId ? (subscriptionId.get(sub.replacesLegacyId) ?? null) : null,
    };
  });
  await insertChunked(tx, subscriptions, subscriptionRows);

  const chargeRows = plan.accounts.charges.map((charge): typeof oneTimeCharges.$inferInsert => {
    const id = randomUUID();
    source('one_time_charges', id, 'one_time_charges.csv', charge.row, charge.legacyId);
    return {
      id,
      accountId: accountId.get(charge.accountLegacyId) as string,
      productId: productId.get(charge.productCode) as string,
      externalId: charge.legacyId,
      chargeDate: charge.chargeDate,
      quantity: charge.quantity,
      unitPrice: charge.unitPrice,
    };
  });
  await insertChunked(tx, oneTimeCharges, chargeRows);

  await insertChunked(
    tx,
    openingBalances,
    plan.balances.map((balance) => ({
      importId,
      accountId: accountId.get(balance.accountLegacyId) as string,
      asOf: balance.asOf,
      amount: balance.amount,
      sourceLine: balance.row.line,
    })),
  );

  const invoiceRows: (typeof legacyInvoices.$inferInsert)[] = [];
  const lineRows: (typeof legacyInvoiceLines.$inferInsert)[] = [];
  for (const invoice of plan.invoices) {
    const id = randomUUID();
    invoiceRows.push({
      id,
      importId,
      legacyId: invoice.legacyId,
      accountRef: invoice.accountLegacyId,
      accountId: accountId.get(invoice.accountLegacyId) ?? null,
      periodStart: invoice.periodStart,
      periodEnd: invoice.periodEnd,
      issuedOn: invoice.issuedOn,
      dueOn: invoice.dueOn,
      currency: invoice.currency,
      subtotal: invoice.subtotal,
      taxTotal: invoice.taxTotal,
      total: invoice.total,
      sourceLine: invoice.row.line,
    });
    for (const line of invoice.lines)
      lineRows.push({
        legacyInvoiceId: id,
        lineNo: line.lineNo,
        lineType: line.lineType,
        lineKey: line.lineKey,
        productCode: line.productCode,
        subscriptionRef: line.subscriptionRef,
        chargeRef: line.chargeRef,
        destination: line.destination,
        taxCode: line.taxCode,
        taxCategory: line.taxCategory,
        description: line.description,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        amount: line.amount,
        sourceLine: line.row.line,
      });
  }
  await insertChunked(tx, legacyInvoices, invoiceRows);
  await insertChunked(tx, legacyInvoiceLines, lineRows);
  await insertChunked(tx, migrationSources, sources);
  await insertChunked(
    tx,
    migrationImportProblems,
    plan.problems.map((problem) => ({ importId, ...problem })),
  );
  return { catalogId: catalog.id, pendingTiers };
}
