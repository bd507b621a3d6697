import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { isIsoDate } from '../../dates';
import { isCurrencyCode } from '../../money/currencies';
import { isPlainDecimal } from '../../money/decimal';
import { normalizeNumber } from '../../rating/destinations';
import { compileCatalog, type LegacyCatalog } from './legacy-catalog';
import { type AdvanceContext, nextPeriodOf } from './recurring-lines';
import type { AccountInputs } from './reference-biller';
import type {
  AccountRow,
  BillingPeriod,
  LegacyRounding,
  OneTimeChargeRow,
  PriceTierRow,
  ProductRow,
  RateDeckRow,
  SubscriptionRow,
  TaxRateRow,
  UsageRecord,
} from './types';

type Row = Record<string, string>;

/** Rows a migration must not import, per file: FORMAT.md's import rules. */
export type MessyCounts = Record<
  string,
  Partial<Record<'duplicates' | 'conflicts' | 'rejected' | 'unratable', number>>
>;

/** An export read back the way a migration imports it, for checking the generator and the biller. */
export interface ReadExport {
  manifest: {
    version: number | string;
    billing?: { credit_unused_on_cancel?: boolean; bill_partial_with_next_period?: boolean };
    period: BillingPeriod;
    rounding: { mode: LegacyRounding['mode']; call_decimals: number };
    files: Record<string, { rows: number; sha256: string }>;
  };
  period: BillingPeriod;
  rounding: LegacyRounding;
  /** v1.1: the period billed ahead and the settings; null for v1. */
  advance: AdvanceContext | null;
  catalog: LegacyCatalog;
  accounts: AccountRow[];
  /** Every imported account's inputs, by account id. */
  inputs: Map<string, AccountInputs>;
  messy: MessyCounts;
  invoices: Row[];
  invoiceLines: Row[];
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const isDate = (text: string | undefined) => !!text && isIsoDate(text);
const isOptionalDate = (text: string | undefined) => !text || isIsoDate(text);
const isQuantity = (text: string | undefined) =>
  !!text && isPlainDecimal(text) && !text.trim().startsWith('-');
const isOptionalPrice = (text: string | undefined) => !text || isQuantity(text);

/**
 * Imports rows by id: a repeated id with the same content is a duplicate, with other
 * content a conflict (the first row stands); a row that fails `problem` is rejected.
 */
function importRows(
  file: string,
  rows: Row[],
  idColumn: string,
  problem: (row: Row) => boolean,
  messy: MessyCounts,
) {
  const counts = { duplicates: 0, conflicts: 0, rejected: 0 };
  const kept = new Map<string, Row>();
  const signature = (row: Row) => JSON.stringify(Object.values(row));
  for (const row of rows) {
    const id = row[idColumn] ?? '';
    const first = id ? kept.get(id) : undefined;
    if (first) {
      if (signature(first) === signature(row)) counts.duplicates += 1;
      else counts.conflicts += 1;
      continue;
    }
    if (!id || problem(row)) {
      counts.rejected += 1;
      continue;
    }
    kept.set(id, row);
  }
  const nonZero = Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
  if (Object.keys(nonZero).length > 0) messy[file] = nonZero;
  return [...kept.values()];
}

/**
 * Reads an export directory and applies FORMAT.md's import rules: the first row of a
 * repeated id stands, malformed rows are dropped, calls no prefix matches are counted as
 * unratable. Synchronous and in memory: for tests and small exports.
 */
export function readExport(dir: string): ReadExport {
  const read = (file: string): Row[] => parse(readFileSync(join(dir, file)), { columns: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ReadExport['manifest'];
  const messy: MessyCounts = {};
  const v11 = String(manifest.version) === '1.1';
  const advance: AdvanceContext | null = v11
    ? {
        next: nextPeriodOf(manifest.period),
        creditUnusedOnCancel: manifest.billing?.credit_unused_on_cancel ?? true,
        billPartialWithNextPeriod: manifest.billing?.bill_partial_with_next_period ?? true,
      }
    : null;

  const products: ProductRow[] = read('products.csv').map((row) => ({
    productCode: row.product_code ?? '',
    name: row.name ?? '',
    kind: row.kind as ProductRow['kind'],
    usageType: row.usage_type ?? '',
    unitPrice: row.unit_price ?? '',
    taxCategory: row.tax_category ?? '',
    includedVoiceMinutes: row.included_voice_minutes || '0',
    pricing: row.pricing as ProductRow['pricing'],
    ...(v11 && { billingTiming: (row.billing_timing ?? '') as ProductRow['billingTiming'] }),
  }));
  const priceTiers: PriceTierRow[] = read('price_tiers.csv').map((row) => ({
    productCode: row.product_code ?? '',
    tierStart: row.tier_start ?? '',
    unitPrice: row.unit_price ?? '',
  }));
  const rateDecks: RateDeckRow[] = read('rate_decks.csv').map((row) => ({
    ratePlan: row.rate_plan ?? '',
    prefix: row.prefix ?? '',
    destination: row.destination ?? '',
    domestic: row.domestic === 'true',
    ratePerMinute: row.rate_per_minute ?? '',
    initialIncrementS: Number(row.initial_increment_s),
    subsequentIncrementS: Number(row.subsequent_increment_s),
    connectionFee: row.connection_fee ?? '',
  }));
  const taxRates: TaxRateRow[] = read('tax_rates.csv').map((row) => ({
    taxRegion: row.tax_region ?? '',
    taxCategory: row.tax_category ?? '',
    taxCode: row.tax_code ?? '',
    ratePercent: row.rate_percent ?? '',
  }));
  const catalog = compileCatalog({ products, priceTiers, rateDecks, taxRates });

  const accounts: AccountRow[] = importRows(
    'accounts',
    read('accounts.csv'),
    'account_id',
    (row) =>
      !isCurrencyCode(row.currency ?? '') ||
      !isDate(row.opened_on) ||
      !isOptionalDate(row.closed_on) ||
      (row.status !== 'active' && row.status !== 'closed'),
    messy,
  ).map((row) => ({
    accountId: row.account_id ?? '',
    name: row.name ?? '',
    email: row.email ?? '',
    currency: row.currency ?? '',
    taxRegion: row.tax_region ?? '',
    ratePlan: row.rate_plan ?? '',
    status: row.status as AccountRow['status'],
    openedOn: row.opened_on ?? '',
    closedOn: row.closed_on ?? '',
    parentAccountId: row.parent_account_id ?? '',
  }));
  const accountIds = new Set(accounts.map((account) => account.accountId));
  const inputs = new Map<string, AccountInputs>(
    accounts.map((account) => [account.accountId, { account, subscriptions: [], charges: [], usage: [] }]),
  );
  const inputsOf = (accountId: string) =>
    inputs.get(accountId) as AccountInputs & {
      subscriptions: SubscriptionRow[];
      charges: OneTimeChargeRow[];
      usage: UsageRecord[];
    };

  for (const row of importRows(
    'subscriptions',
    read('subscriptions.csv'),
    'subscription_id',
    (row) =>
      !accountIds.has(row.account_id ?? '') ||
      !catalog.products.has(row.product_code ?? '') ||
      !isQuantity(row.quantity) ||
      !isOptionalPrice(row.unit_price) ||
      !(row.discount_percent === '' || isQuantity(row.discount_percent)) ||
      !isDate(row.start_date) ||
      !isOptionalDate(row.end_date),
    messy,
  )) {
    inputsOf(row.account_id ?? '').subscriptions.push({
      subscriptionId: row.subscription_id ?? '',
      accountId: row.account_id ?? '',
      productCode: row.product_code ?? '',
      quantity: row.quantity ?? '',
      unitPrice: row.unit_price ?? '',
      discountPercent: row.discount_percent ?? '',
      startDate: row.start_date ?? '',
      endDate: row.end_date ?? '',
      ...(v11 && { replacesSubscriptionId: row.replaces_subscription_id ?? '' }),
    });
  }

  for (const row of importRows(
    'one_time_charges',
    read('one_time_charges.csv'),
    'charge_id',
    (row) =>
      !accountIds.has(row.account_id ?? '') ||
      !catalog.products.has(row.product_code ?? '') ||
      !isDate(row.charge_date) ||
      !isQuantity(row.quantity) ||
      !isOptionalPrice(row.unit_price),
    messy,
  )) {
    inputsOf(row.account_id ?? '').charges.push({
      chargeId: row.charge_id ?? '',
      accountId: row.account_id ?? '',
      productCode: row.product_code ?? '',
      chargeDate: row.charge_date ?? '',
      quantity: row.quantity ?? '',
      unitPrice: row.unit_price ?? '',
    });
  }

  let unratable = 0;
  for (const row of importRows(
    'usage',
    read('usage.csv'),
    'record_id',
    (row) => {
      if (!accountIds.has(row.account_id ?? '')) return true;
      const startedAt = row.started_at ?? '';
      if (!TIMESTAMP.test(startedAt) || !isIsoDate(startedAt.slice(0, 10))) return true;
      if (Number.isNaN(Date.parse(startedAt))) return true;
      if (row.usage_type === 'voice') return !/^\d+$/.test(row.duration_s ?? '');
      if (row.usage_type === 'sms' || row.usage_type === 'data') return !isQuantity(row.quantity);
      return true;
    },
    messy,
  )) {
    const record: UsageRecord = {
      recordId: row.record_id ?? '',
      accountId: row.account_id ?? '',
      usageType: row.usage_type as UsageRecord['usageType'],
      startedAt: row.started_at ?? '',
      destination: row.destination ?? '',
      durationS: row.usage_type === 'voice' ? Number(row.duration_s) : 0,
      quantity: row.quantity ?? '',
    };
    const target = inputsOf(record.accountId);
    if (record.usageType === 'voice') {
      const number = normalizeNumber(record.destination);
      const deck = catalog.decks.get(target.account.ratePlan);
      if (!number || !deck?.match(number)) unratable += 1;
    }
    target.usage.push(record);
  }
  if (unratable > 0) messy.usage = { ...messy.usage, unratable };

  const rounding: LegacyRounding = {
    mode: manifest.rounding.mode,
    callDecimals: manifest.rounding.call_decimals,
  };
  return {
    manifest,
    period: manifest.period,
    rounding,
    advance,
    catalog,
    accounts,
    inputs,
    messy,
    invoices: read('invoices.csv'),
    invoiceLines: read('invoice_lines.csv'),
  };
}
