import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays } from '../../dates';
import { daysBetween } from '../../rating/proration';
import {
  columnsOf,
  type ExportFileName,
  type ExportVersion,
  exportFileNames,
} from '../legacy-export/export-columns';
import { CsvFileWriter } from './csv-file-writer';
import { type ExpectedResult, ExpectedResultBuilder, isSameBill, sortedJson } from './expected-result';
import { invoiceCells, invoiceIdOf, toCells } from './export-rows';
import { type FaultCategory, faultCategories, type PlannedFault, planFaults } from './fault-plan';
import { type FaultRecord, injectFault, pickCallMissingFromExport } from './inject-fault';
import { compileCatalog } from './legacy-catalog';
import { formatAmount2 } from './line-format';
import {
  emptyMessyCount,
  messyAccountRows,
  messySubscriptionRows,
  messyUsageRows,
  planRejectedUsage,
} from './messy-rows';
import type { Prng } from './prng';
import { derivedPrng } from './prng';
import { type AdvanceContext, nextPeriodOf } from './recurring-lines';
import {
  type AccountInputs,
  type BillingContext,
  billAccount,
  finishBill,
  type RatedAccount,
  rateAccount,
} from './reference-biller';
import { type AccountProfile, synthesizeAccount } from './synthetic-accounts';
import {
  syntheticPriceTiers,
  syntheticProducts,
  syntheticRateDecks,
  syntheticTaxRates,
} from './synthetic-catalog';
import { recordIdOf, synthesizeUsage } from './synthetic-usage';
import type { AccountBill, BillingPeriod, LegacyRounding, ProductRow, UsageRecord } from './types';

export interface GenerateLegacyExportOptions {
  accounts: number;
  /** Same seed, same options: byte-identical export. */
  seed?: number;
  /** Voice calls per account, on average (±40%); SMS and data days come on top. */
  usagePerAccount?: number;
  /** Share of accounts whose legacy invoice gets a fault, 0 to 1. */
  faultRate?: number;
  rounding?: LegacyRounding['mode'];
  /** The billed month, YYYY-MM. */
  period?: string;
  /** '1' (arrears only; the default) or '1.1' (FORMAT-v1.1.md); advanceShare alone implies 1.1. */
  version?: ExportVersion;
  /** v1.1: share of the recurring products billed in advance, 0 to 1 (default 0.5). */
  advanceShare?: number;
  /** v1.1 manifest settings (both default to true). */
  creditUnusedOnCancel?: boolean;
  billPartialWithNextPeriod?: boolean;
}

export interface GeneratedExport {
  files: Record<string, { rows: number; sha256: string }>;
  expected: ExpectedResult;
}

export const generatorDefaults = {
  seed: 7,
  usagePerAccount: 700,
  faultRate: 0.2,
  rounding: 'half_up',
  period: '2026-10',
  callDecimals: 4,
} as const;

/** One account in this many gets a call to a number no rate deck knows. */
const UNRATABLE_EVERY = 12;

/** The calendar month `YYYY-MM` as a period [first day, first day of the next month). */
function periodOf(month: string): BillingPeriod {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new RangeError(`Period "${month}" is not YYYY-MM`);
  const start = `${month}-01`;
  const next = new Date(`${start}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return { start, end: next.toISOString().slice(0, 10) };
}

/**
 * Writes a synthetic legacy billing export (FORMAT.md v1, or FORMAT-v1.1.md with a share
 * of the recurring products billed in advance and changes in the period) into `dir`: the catalog,
 * accounts, subscriptions, charges and usage of a made-up provider, the invoices its
 * legacy system issued for the period (faults injected into some), balances,
 * manifest.json with row counts and sha256, and expected.json saying what a correct
 * migration finds. Streams every file; one account's usage is in memory at a time.
 * @throws RangeError for options out of range.
 */
export async function generateLegacyExport(
  dir: string,
  options: GenerateLegacyExportOptions,
): Promise<GeneratedExport> {
  const seed = options.seed ?? generatorDefaults.seed;
  const perAccount = options.usagePerAccount ?? generatorDefaults.usagePerAccount;
  const faultRate = options.faultRate ?? generatorDefaults.faultRate;
  const accountCount = options.accounts;
  if (!Number.isInteger(accountCount) || accountCount < 1)
    throw new RangeError('accounts must be a whole number ≥ 1');
  if (!Number.isInteger(seed) || seed < 0) throw new RangeError('seed must be a whole number ≥ 0');
  if (!Number.isInteger(perAccount) || perAccount < 0) throw new RangeError('usage per account must be ≥ 0');
  if (!(faultRate >= 0 && faultRate <= 1)) throw new RangeError('fault rate must be between 0 and 1');
  const period = periodOf(options.period ?? generatorDefaults.period);
  const rounding: LegacyRounding = {
    mode: options.rounding ?? generatorDefaults.rounding,
    callDecimals: generatorDefaults.callDecimals,
  };
  const version: ExportVersion = options.version ?? (options.advanceShare === undefined ? '1' : '1.1');
  const advanceShare = options.advanceShare ?? 0.5;
  if (!(advanceShare >= 0 && advanceShare <= 1))
    throw new RangeError('advance share must be between 0 and 1');
  const advance: AdvanceContext | null =
    version === '1'
      ? null
      : {
          next: nextPeriodOf(period),
          creditUnusedOnCancel: options.creditUnusedOnCancel ?? true,
          billPartialWithNextPeriod: options.billPartialWithNextPeriod ?? true,
        };
  const products = advance ? timedProducts(seed, advanceShare) : syntheticProducts;
  const catalog = compileCatalog({
    products,
    priceTiers: syntheticPriceTiers,
    rateDecks: syntheticRateDecks,
    taxRates: syntheticTaxRates,
  });
  const ctx: BillingContext = { catalog, period, rounding, advance };

  await mkdir(dir, { recursive: true });
  const writers = Object.fromEntries(
    exportFileNames.map((name) => [name, new CsvFileWriter(join(dir, name), columnsOf(name, version))]),
  ) as Record<ExportFileName, CsvFileWriter>;
  const messy = { accounts: emptyMessyCount(), subscriptions: emptyMessyCount(), usage: emptyMessyCount() };

  writers['products.csv'].add(products.map(toCells.product));
  writers['price_tiers.csv'].add(syntheticPriceTiers.map(toCells.priceTier));
  writers['rate_decks.csv'].add(syntheticRateDecks.map(toCells.rateDeck));
  writers['tax_rates.csv'].add(syntheticTaxRates.map(toCells.taxRate));

  // Accounts, subscriptions and charges are small (a few rows per account): made up front.
  const profiles = Array.from({ length: accountCount }, (_, at) => synthesizeAccount(seed, at + 1, period));
  if (advance) for (const profile of profiles) addChangesInPeriod(profile, seed, period, advance.next);
  for (const profile of profiles) {
    writers['accounts.csv'].addRow(toCells.account(profile.account));
    writers['subscriptions.csv'].add(profile.subscriptions.map(toCells.subscription));
    writers['one_time_charges.csv'].add(profile.charges.map(toCells.charge));
    await Promise.all([writers['accounts.csv'].drain(), writers['subscriptions.csv'].drain()]);
  }
  writers['accounts.csv'].add(
    messyAccountRows(
      profiles.map((profile) => profile.account),
      messy.accounts,
    ),
  );
  writers['subscriptions.csv'].add(
    messySubscriptionRows(
      profiles.flatMap((profile) => profile.subscriptions),
      messy.subscriptions,
    ),
  );

  const faults = planFaults(profiles, period, faultRate, seed);
  const rejectedPlan = planRejectedUsage(seed, accountCount);
  const expected = new ExpectedResultBuilder(period, rounding, seed);
  const usageCount = messy.usage;
  const realized = new Map<FaultCategory, number>();
  let sequence = 1;
  let badSequence = 1;
  let invoiceSequence = 0;

  for (const profile of profiles) {
    const rng = derivedPrng(seed, 5, profile.index);
    const made = synthesizeUsage(seed, profile, perAccount, sequence);
    sequence = made.nextSequence;
    let records: UsageRecord[] = made.records;
    if (profile.index % UNRATABLE_EVERY === 5 && records.length > 0) {
      const days = daysBetween(profile.activeFrom, profile.activeTo);
      const day = addDays(profile.activeFrom, rng.int(0, days - 1));
      records.splice(rng.int(0, records.length), 0, {
        recordId: recordIdOf('UNR', sequence++),
        accountId: profile.account.accountId,
        usageType: 'voice',
        startedAt: `${day}T12:00:00Z`,
        destination: `999${rng.digits(7)}`,
        durationS: rng.int(10, 300),
        quantity: '',
      });
      usageCount.unratable += 1;
    }

    const inputs = {
      account: profile.account,
      subscriptions: profile.subscriptions,
      charges: profile.charges,
      usage: records,
    };
    const rated = rateAccount(ctx, inputs);
    const fresh = finishBill(ctx, profile.account, rated.lines);
    let outcome: FaultOutcome = { legacy: fresh, fresh, records, fault: null };
    const planned = faults.get(profile.index);
    if (planned) {
      // The planned category first; if the account offers it no line, the least used other.
      const byUse = faultCategories
        .filter((category) => category !== planned)
        .sort((a, b) => (realized.get(a) ?? 0) - (realized.get(b) ?? 0));
      for (const category of [planned, ...byUse]) {
        const variant = realized.get(category) ?? 0;
        const faulted = faultAccount(ctx, { category, variant }, rated, inputs, rng);
        if (!faulted) continue;
        realized.set(category, variant + 1);
        outcome = faulted;
        break;
      }
    }
    records = outcome.records;
    const { legacy, fault } = outcome;

    writers['usage.csv'].add(
      messyUsageRows(
        profile.account.accountId,
        records,
        rejectedPlan.get(profile.index) ?? [],
        () => `BAD${String(badSequence++).padStart(6, '0')}`,
        period.start,
        rng,
        usageCount,
      ),
    );
    if (legacy) {
      const invoiceId = invoiceIdOf(period, ++invoiceSequence);
      const cells = invoiceCells(invoiceId, legacy, period, advance?.next ?? null);
      writers['invoices.csv'].addRow(cells.invoice);
      writers['invoice_lines.csv'].add(cells.lines);
      writers['balances.csv'].addRow([legacy.accountId, period.end, formatAmount2(legacy.total)]);
    }
    expected.addAccount(profile.account.accountId, legacy, outcome.fresh, fault);
    await Promise.all(Object.values(writers).map((writer) => writer.drain()));
  }

  const files: GeneratedExport['files'] = {};
  for (const name of exportFileNames) files[name] = await writers[name].close();
  const manifest = {
    format: 'legacy-billing-export',
    version: advance ? 1.1 : 1,
    ...(advance && {
      billing: {
        credit_unused_on_cancel: advance.creditUnusedOnCancel,
        bill_partial_with_next_period: advance.billPartialWithNextPeriod,
      },
    }),
    source_system: 'Synthetic legacy billing system',
    exported_at: `${addDays(period.end, 1)}T03:00:00Z`,
    period,
    rounding: { mode: rounding.mode, call_decimals: rounding.callDecimals },
    files,
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  const result = expected.build(messy, files['usage.csv']?.rows ?? 0);
  await writeFile(join(dir, 'expected.json'), sortedJson(result));
  return { files, expected: result };
}

/** One account's two sides: what the legacy system issued and what a correct re-bill gives. */
interface FaultOutcome {
  legacy: AccountBill | null;
  fresh: AccountBill | null;
  /** The usage the export carries for the account. */
  records: UsageRecord[];
  fault: FaultRecord | null;
}

/**
 * Applies one fault to an account, or null when the account has no line it could show on
 * or the result would compare equal (a fault nobody can see is no fault).
 */
function faultAccount(
  ctx: BillingContext,
  planned: PlannedFault,
  rated: RatedAccount,
  inputs: AccountInputs & { usage: UsageRecord[] },
  rng: Prng,
): FaultOutcome | null {
  const fresh = finishBill(ctx, inputs.account, rated.lines);
  let outcome: FaultOutcome | null = null;
  if (planned.category === 'USAGE_MISSING' && planned.variant % 2 === 1) {
    // The legacy system billed a call the export then lost: the new side bills without it.
    const missing = pickCallMissingFromExport(rated, rng);
    if (!missing) return null;
    const records = inputs.usage.filter((record) => record.recordId !== missing);
    outcome = {
      legacy: fresh,
      fresh: billAccount(ctx, { ...inputs, usage: records }),
      records,
      fault: { category: 'USAGE_MISSING', line_type: 'usage', product_code: 'VOICE' },
    };
  } else {
    const injected = injectFault(ctx, rated, planned, rng, inputs.subscriptions);
    if (!injected) return null;
    outcome = { legacy: injected.legacy, fresh, records: inputs.usage, fault: injected.record };
  }
  if (outcome.legacy && outcome.fresh && isSameBill(outcome.legacy, outcome.fresh, ctx.period)) return null;
  return outcome;
}

/**
 * v1.1's catalog: the synthetic products with a billing timing, round(recurring × share) of
 * the recurring ones (chosen by the seed) in advance; the others say `arrears` or, every
 * other one, nothing (which means arrears too).
 */
function timedProducts(seed: number, share: number): ProductRow[] {
  const rng = derivedPrng(seed, 8);
  const recurring = syntheticProducts.filter((product) => product.kind === 'recurring');
  const order = recurring.map((product) => product.productCode);
  for (let at = order.length - 1; at > 0; at--) {
    const other = rng.int(0, at);
    [order[at], order[other]] = [order[other] as string, order[at] as string];
  }
  const inAdvance = new Set(order.slice(0, Math.round(recurring.length * share)));
  let arrears = 0;
  return syntheticProducts.map((product) => {
    if (product.kind !== 'recurring') return { ...product, billingTiming: '' };
    if (inAdvance.has(product.productCode)) return { ...product, billingTiming: 'advance' };
    arrears += 1;
    return { ...product, billingTiming: arrears % 2 === 1 ? 'arrears' : '' };
  });
}

/**
 * v1.1's subscriptions: every row gets replaces_subscription_id, and an account that is
 * open through the period may see, from its own seeded stream (v1's draws stay as they
 * were): a change (a subscription ended mid-period and replaced the same day with another
 * quantity), a cancellation mid-period, and a subscription starting during the next period.
 */
function addChangesInPeriod(
  profile: AccountProfile,
  seed: number,
  period: BillingPeriod,
  next: BillingPeriod,
) {
  const subscriptions = profile.subscriptions;
  for (const subscription of subscriptions) subscription.replacesSubscriptionId = '';
  if (profile.lifecycle === 'closed_before' || profile.lifecycle === 'closed_during') return;
  const rng = derivedPrng(seed, 9, profile.index);
  const idOf = () => `S${String(profile.index).padStart(6, '0')}-${subscriptions.length + 1}`;
  /** A day after `from` and inside the period, or null when there is none. */
  const dayAfter = (from: string): string | null => {
    const first = addDays(from > period.start ? from : period.start, 1);
    const room = daysBetween(first, period.end);
    return room > 0 ? addDays(first, rng.int(0, room - 1)) : null;
  };
  const open = () => subscriptions.filter((subscription) => !subscription.endDate);
  if (rng.chance(0.3) && open().length > 0) {
    const old = rng.pick(open());
    const on = dayAfter(old.startDate);
    if (on) {
      old.endDate = on;
      const seats = Number(old.quantity);
      const quantity = rng.chance(0.6) ? seats + rng.int(1, 5) : Math.max(1, seats - rng.int(1, 3));
      subscriptions.push({
        ...old,
        subscriptionId: idOf(),
        quantity: String(quantity === seats ? seats + 1 : quantity),
        startDate: on,
        endDate: '',
        replacesSubscriptionId: old.subscriptionId,
      });
    }
  }
  if (rng.chance(0.15) && open().length > 0) {
    const cancelled = rng.pick(open());
    const on = dayAfter(cancelled.startDate);
    if (on) cancelled.endDate = on;
  }
  if (rng.chance(0.1)) {
    subscriptions.push({
      subscriptionId: idOf(),
      accountId: profile.account.accountId,
      productCode: rng.pick(['DID', 'M365-BAS', 'MSP-DEV']),
      quantity: String(rng.int(1, 5)),
      unitPrice: '',
      discountPercent: '0',
      startDate: addDays(next.start, rng.int(1, daysBetween(next.start, next.end) - 1)),
      endDate: '',
      replacesSubscriptionId: '',
    });
  }
}
