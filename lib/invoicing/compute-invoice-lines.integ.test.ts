import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { type RatedCall, storeCallsOfKeys } from '../../seed/voice-oracle';
import { utcDayStart } from '../dates';
import { upperBoundsOfStarts } from '../migration/import/tier-bounds';
import { Dec } from '../money/decimal';
import type { RoundingPolicy } from '../money/rounding';
import { PrefixIndex } from '../rating/prefix-index';
import type { PriceModel } from '../rating/price-model';
import { rateCall } from '../rating/rate-call';
import { parseUsageRow } from '../usage/usage-row';
import { computeInvoiceLines, type PeriodBillingInput, periodAllowances } from './compute-invoice-lines';
import { chargeVoiceOfAccounts } from './load-voice-usage';
import { arrearsSubscription } from './testing/arrears-subscription';

/**
 * The billing rules against the reference: sample-small.expected.json says what a correct
 * system bills every account (new_totals). Inputs go through FORMAT.md's import rules; voice is
 * charged after allowances by the database's rule (db/queries/voice-charges).
 */
const database = setUpTestDatabase();
const dir = resolve(process.cwd(), '../shared/legacy-export/sample-small');
type Row = Record<string, string>;
const read = (file: string): Row[] =>
  parse(readFileSync(resolve(dir, file)), { columns: true, skip_empty_lines: true });

describe('a period of the legacy sample, billed by the FORMAT.md rules', () => {
  const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
  const expected = JSON.parse(readFileSync(resolve(dir, '../sample-small.expected.json'), 'utf8')) as {
    new_totals: Record<string, { subtotal: string; tax_total: string; total: string }>;
  };
  const period = { start: manifest.period.start as string, end: manifest.period.end as string };
  const policy: RoundingPolicy = {
    mode: manifest.rounding.mode,
    callDecimals: manifest.rounding.call_decimals,
  };
  const products = new Map(read('products.csv').map((p) => [p.product_code ?? '', p]));
  // v1's tier starts as upper bounds, as the import converts them (volume bounds need the
  // usage's decimals: the most any quantity of the sample has).
  const quantityDecimals = Math.max(
    0,
    ...read('usage.csv').map((u) =>
      u.quantity?.includes('.') ? (u.quantity.split('.')[1]?.length ?? 0) : 0,
    ),
  );
  const tiers = (code: string, pricing: 'graduated' | 'volume') =>
    upperBoundsOfStarts(
      read('price_tiers.csv')
        .filter((t) => t.product_code === code)
        .map((t) => ({ start: t.tier_start ?? '0', unitPrice: t.unit_price ?? '0' }))
        .sort((a, b) => new Dec(a.start).comparedTo(new Dec(b.start))),
      pricing,
      quantityDecimals,
    ).map((t) => ({ upTo: t.upTo === null ? null : new Dec(t.upTo), unitPrice: new Dec(t.unitPrice) }));
  const accounts = new Map(read('accounts.csv').map((a) => [a.account_id ?? '', a]));
  const decks = new Map<string, PrefixIndex>();
  for (const plan of new Set(read('rate_decks.csv').map((r) => r.rate_plan ?? ''))) {
    decks.set(
      plan,
      new PrefixIndex(
        read('rate_decks.csv')
          .filter((r) => r.rate_plan === plan)
          .map((r) => ({
            prefix: r.prefix ?? '',
            destination: r.destination ?? '',
            destinationClass: r.domestic === 'true' ? ('domestic' as const) : ('international' as const),
            ratePerMinute: new Dec(r.rate_per_minute ?? '0'),
            increment: {
              initialSeconds: Number(r.initial_increment_s),
              subsequentSeconds: Number(r.subsequent_increment_s),
            },
            connectionFee: new Dec(r.connection_fee || '0'),
          })),
      ),
    );
  }

  // Usage through the import rules: the first row of an id stands; malformed rows and rows
  // of unknown accounts are rejected; calls no prefix matches are not billed.
  const calls = new Map<string, Omit<RatedCall, 'accountId'>[]>();
  const metered = new Map<string, Map<string, Dec>>();
  const seen = new Set<string>();
  for (const raw of read('usage.csv')) {
    const parsed = parseUsageRow(raw);
    if ('rejected' in parsed || seen.has(parsed.draft.recordId)) continue;
    seen.add(parsed.draft.recordId);
    const usage = parsed.draft;
    const account = accounts.get(usage.accountRef);
    if (!account) continue;
    const day = usage.startedAt.toISOString().slice(0, 10);
    if (day < period.start || day >= period.end) continue;
    if (usage.usageType === 'voice') {
      const deck = decks.get(account.rate_plan ?? '');
      if (!deck) continue;
      const rating = rateCall(
        {
          durationSeconds: usage.durationSeconds ?? 0,
          destinationNumber: usage.destinationNumber ?? '',
          startedAt: usage.startedAt,
        },
        { index: deck, timeZone: 'UTC', bands: [] },
        policy,
      );
      if (rating.status !== 'rated') continue;
      const list = calls.get(usage.accountRef) ?? [];
      list.push({
        recordId: usage.recordId,
        startedAt: usage.startedAt,
        destination: rating.destination,
        destinationClass: rating.destinationClass,
        billableSeconds: rating.billableSeconds,
        ratePerMinute: rating.ratePerMinute.toFixed(),
        connectionFee: rating.connectionFee.toFixed(),
      });
      calls.set(usage.accountRef, list);
    } else {
      const totals = metered.get(usage.accountRef) ?? new Map<string, Dec>();
      totals.set(usage.usageType, (totals.get(usage.usageType) ?? new Dec(0)).plus(usage.quantity ?? '0'));
      metered.set(usage.accountRef, totals);
    }
  }

  const usageProduct = (type: string) =>
    [...products.values()].find((p) => p.kind === 'usage' && p.usage_type === type);
  const priceOf = (code: string): PriceModel => {
    const product = products.get(code);
    if (product?.pricing === 'graduated') return { model: 'graduated', tiers: tiers(code, 'graduated') };
    if (product?.pricing === 'volume') return { model: 'volume', tiers: tiers(code, 'volume') };
    return { model: 'per_unit', unitPrice: new Dec(product?.unit_price || '0') };
  };
  // FORMAT.md rejects rows naming an unknown product, with a negative or non-numeric
  // quantity or a bad date; the importer (the migration toolkit) reports them.
  const isDate = (text: string | undefined) =>
    /^\d{4}-\d{2}-\d{2}$/.test(text ?? '') && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
  const isQuantity = (text: string | undefined) => /^\d+(\.\d+)?$/.test(text ?? '');
  const subscriptions = read('subscriptions.csv').filter(
    (s) =>
      products.has(s.product_code ?? '') &&
      isQuantity(s.quantity) &&
      isDate(s.start_date) &&
      (!s.end_date || isDate(s.end_date)),
  );
  const charges = read('one_time_charges.csv').filter(
    (c) => products.has(c.product_code ?? '') && isQuantity(c.quantity) && isDate(c.charge_date),
  );
  const taxRates = read('tax_rates.csv');
  const voiceProduct = usageProduct('voice');

  const ours = new Map<string, { subtotal: string; tax_total: string; total: string }>();
  beforeAll(async () => {
    const accountIdOf = await storeCallsOfKeys(database.db, calls);
    const subscriptionsOf = (id: string): PeriodBillingInput['subscriptions'] =>
      subscriptions
        .filter((s) => s.account_id === id)
        .map((s) => {
          const product = products.get(s.product_code ?? '');
          return arrearsSubscription(
            {
              id: s.subscription_id ?? '',
              productCode: s.product_code ?? '',
              quantity: new Dec(s.quantity ?? '0'),
              unitPrice: new Dec(s.unit_price || product?.unit_price || '0'),
              discountPercent: new Dec(s.discount_percent || '0'),
              start: s.start_date ?? '',
              end: s.end_date || null,
              taxCategory: product?.tax_category ?? '',
              allowances: [
                { minutesPerUnit: new Dec(product?.included_voice_minutes || 0), classes: ['domestic'] },
              ],
            },
            period,
          );
        });
    const voice = await chargeVoiceOfAccounts(
      database.db,
      [...accountIdOf].map(([id, accountId]) => ({
        accountId,
        allowances: periodAllowances(subscriptionsOf(id), period),
      })),
      policy,
      { from: utcDayStart(period.start), to: utcDayStart(period.end) },
    );
    for (const [id, account] of accounts) {
      const invoice = computeInvoiceLines({
        period,
        currency: account.currency ?? 'USD',
        policy,
        prorationMethod: 'actual_days',
        subscriptions: subscriptionsOf(id),
        oneTimeCharges: charges
          .filter((c) => c.account_id === id)
          .map((c) => ({
            id: c.charge_id ?? '',
            productCode: c.product_code ?? '',
            date: c.charge_date ?? '',
            quantity: new Dec(c.quantity ?? '0'),
            amount: new Dec(c.quantity ?? '0').times(
              c.unit_price || products.get(c.product_code ?? '')?.unit_price || '0',
            ),
            unitPrice: null,
            taxCategory: products.get(c.product_code ?? '')?.tax_category ?? '',
          })),
        voice: voiceProduct
          ? {
              productCode: voiceProduct.product_code ?? '',
              taxCategory: voiceProduct.tax_category ?? '',
              destinations: voice.get(accountIdOf.get(id) ?? '')?.destinations ?? [],
            }
          : null,
        metered: [...(metered.get(id) ?? new Map()).entries()].map(([type, quantity]) => {
          const product = usageProduct(type);
          return {
            productCode: product?.product_code ?? type,
            quantity,
            price: priceOf(product?.product_code ?? ''),
            taxCategory: product?.tax_category ?? '',
          };
        }),
        taxRates: taxRates
          .filter((t) => t.tax_region === account.tax_region)
          .map((t) => ({
            taxCode: t.tax_code ?? '',
            taxCategory: t.tax_category ?? '',
            ratePercent: new Dec(t.rate_percent ?? '0'),
          })),
      });
      if (invoice.lines.length > 0) {
        ours.set(id, {
          subtotal: invoice.subtotal.toFixed(2),
          tax_total: invoice.taxTotal.toFixed(2),
          total: invoice.total.toFixed(2),
        });
      }
    }
  });

  it('bills exactly the accounts the reference bills', () => {
    expect([...ours.keys()].sort()).toEqual(Object.keys(expected.new_totals).sort());
  });

  it('matches every invoice subtotal, tax and total to the cent', () => {
    const mismatches = Object.entries(expected.new_totals).flatMap(([account, totals]) => {
      const mine = ours.get(account);
      return JSON.stringify(mine) === JSON.stringify(totals)
        ? []
        : [`${account}: expected ${JSON.stringify(totals)}, got ${JSON.stringify(mine)}`];
    });
    expect(mismatches).toEqual([]);
  });
});
