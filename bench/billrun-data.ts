import type postgres from 'postgres';
import type { Db } from '../db/client';
import { systemActor } from '../lib/auth/actor';
import { setProductAllowances } from '../lib/catalog/set-product-allowances';
import { Dec } from '../lib/money/decimal';
import type { RoundingPolicy } from '../lib/money/rounding';
import type { DestinationRate } from '../lib/rating/destinations';
import { PrefixIndex } from '../lib/rating/prefix-index';
import { rateCall } from '../lib/rating/rate-call';
import { makeAccount, makeProduct, makeRatePlan, makeSubscription, makeTaxRule } from '../seed/factories';
import { type DeckRow, generateDeck, seededRandom } from './generate';

/**
 * The bill-run benchmark's data: a catalog (seats with included domestic minutes, a PBX
 * line, voice by rate deck, tiered SMS and data), tax rules, `accounts` accounts with
 * subscriptions (some discounted, some children billed to a parent, some on anniversary
 * cycles, some with usage only, some idle) and `records` usage rows over October 2026, rated
 * as ingestion rates them and stored by COPY (loading is not what is measured).
 */
export const PERIOD = { start: '2026-10-01', end: '2026-11-01' };

export interface LoadedData {
  accounts: number;
  records: number;
}

const policy: RoundingPolicy = { mode: 'half_up', callDecimals: 4 };

export async function loadBillRunData(
  db: Db,
  sql: postgres.Sql,
  options: { accounts: number; records: number },
): Promise<LoadedData> {
  const random = seededRandom(23);
  const seat = await makeProduct(db, {
    code: 'SEAT',
    name: 'Hosted seat',
    price: { currency: 'USD', model: 'per_unit', unitPrice: '24.95', effectiveFrom: '2026-01-01' },
  });
  // The same seat billed in advance: half the accounts take it (December ahead beside
  // November's usage), so the run prices both timings and reads back what was billed ahead.
  const seatInAdvance = await makeProduct(db, {
    code: 'SEAT-ADV',
    name: 'Hosted seat, billed in advance',
    price: {
      currency: 'USD',
      model: 'per_unit',
      unitPrice: '24.95',
      effectiveFrom: '2026-01-01',
      billingTiming: 'in_advance',
    },
  });
  for (const product of [seat, seatInAdvance]) {
    const allowances = await setProductAllowances(
      { db, actor: systemActor('bench') },
      { productId: product.id, allowances: [{ minutesPerUnit: '300', destinationClasses: ['domestic'] }] },
    );
    if (allowances.userErrors.length > 0) throw new Error('allowances refused');
  }
  const pbx = await makeProduct(db, {
    code: 'PBX',
    name: 'PBX line',
    taxCategory: 'service',
    price: { currency: 'USD', model: 'flat', amount: '49.00', effectiveFrom: '2026-01-01' },
  });
  const voice = await makeProduct(db, {
    code: 'VOICE',
    kind: 'usage',
    usageType: 'voice',
    price: { currency: 'USD', model: 'rate_deck', effectiveFrom: '2026-01-01' },
  });
  const sms = await makeProduct(db, {
    code: 'SMS',
    kind: 'usage',
    usageType: 'sms',
    price: {
      currency: 'USD',
      model: 'graduated',
      effectiveFrom: '2026-01-01',
      tiers: [
        { upTo: '100', unitPrice: '0.0100' },
        { upTo: '1000', unitPrice: '0.0075' },
        { upTo: null, unitPrice: '0.0050' },
      ],
    },
  });
  const data = await makeProduct(db, {
    code: 'DATA',
    kind: 'usage',
    usageType: 'data',
    price: {
      currency: 'USD',
      model: 'volume',
      effectiveFrom: '2026-01-01',
      tiers: [
        { upTo: '500', unitPrice: '0.0200' },
        { upTo: '2000', unitPrice: '0.0150' },
        { upTo: null, unitPrice: '0.0100', flatFee: '5.00' },
      ],
    },
  });
  await makeTaxRule(db, { region: 'US-TX', taxCode: 'SALES', taxCategory: 'telecom', ratePercent: '8.25' });
  await makeTaxRule(db, { region: 'US-TX', taxCode: 'SALES', taxCategory: 'service', ratePercent: '6.25' });
  await makeTaxRule(db, { region: 'US-TX', taxCode: 'USF', taxCategory: 'telecom', ratePercent: '3.4' });
  await makeTaxRule(db, { region: 'US-NY', taxCode: 'SALES', taxCategory: 'telecom', ratePercent: '4.5' });

  const deckRows = generateDeck(400, seededRandom(7));
  const deckCsv = [
    'prefix,destination,domestic,rate_per_minute,initial_increment_s,subsequent_increment_s,connection_fee',
    ...deckRows.map(
      (r) =>
        `${r.prefix},${r.destination},${r.domestic},${r.ratePerMinute},${r.initial},${r.subsequent},${r.connectionFee}`,
    ),
  ].join('\n');
  const plan = await makeRatePlan(db, { deckCsv, effectiveFrom: '2026-01-01', timeZone: 'America/Chicago' });

  // Accounts: 90% with seats (half billed in advance, a third discounted, a fifth with a PBX line too), 4% children
  // billed to a parent, 2% anniversary (day 15), 3% usage only, 1% idle. Every random draw
  // happens up front, so the data is the same on every run whatever order inserts finish in.
  const plans = Array.from({ length: options.accounts }, (_, i) => {
    const roll = random();
    return {
      i,
      externalId: `BR${String(i).padStart(6, '0')}`,
      kind:
        roll < 0.04 && i > 0
          ? ('child' as const)
          : roll < 0.06
            ? ('anniversary' as const)
            : roll < 0.96
              ? ('seats' as const)
              : roll < 0.99
                ? ('usage_only' as const)
                : ('idle' as const),
      parentDraw: random(),
      favourites: Array.from(
        { length: 4 + Math.floor(random() * 8) },
        () => deckRows[1 + Math.floor(random() * (deckRows.length - 1))] as DeckRow,
      ),
      seats: String(1 + Math.floor(random() * 10)),
      discounted: random() < 0.33,
      withPbx: random() < 0.2,
      lateStart: random() < 0.1,
      region: random() < 0.7 ? 'US-TX' : random() < 0.5 ? 'US-NY' : null,
    };
  });
  const ids: string[] = [];
  const create = async (p: (typeof plans)[number], parentId?: string) => {
    const account = await makeAccount(db, {
      externalId: p.externalId,
      ratePlanId: plan.id,
      taxRegion: p.region,
      ...(parentId
        ? { parentAccountId: parentId, billToParent: true }
        : p.kind === 'anniversary'
          ? { billingCycle: 'anniversary' as const, billingDay: 15 }
          : {}),
    });
    ids[p.i] = account.id;
    if (p.kind === 'idle' || p.kind === 'usage_only') return;
    await makeSubscription(db, {
      accountId: account.id,
      productId: p.i % 2 === 0 ? seatInAdvance.id : seat.id,
      quantity: p.seats,
      startDate: p.lateStart ? '2026-10-12' : '2026-01-01',
      discountPercent: p.discounted ? '10' : '0',
    });
    if (p.withPbx) await makeSubscription(db, { accountId: account.id, productId: pbx.id });
  };
  const payerPlans = plans.filter((p) => p.kind !== 'child');
  const calendarPayers = payerPlans.filter((p) => p.kind !== 'anniversary');
  await inBatches(payerPlans, 50, (p) => create(p));
  await inBatches(
    plans.filter((p) => p.kind === 'child'),
    50,
    (p) =>
      create(
        p,
        ids[(calendarPayers[Math.floor(p.parentDraw * calendarPayers.length)] as (typeof plans)[0]).i],
      ),
  );
  const usageAccounts = plans
    .filter((p) => p.kind !== 'idle')
    .map((p) => ({ id: ids[p.i] as string, externalId: p.externalId, favourites: p.favourites }));

  // Usage: rated as ingestion rates it, then COPY (85% voice, 10% SMS, 5% data).
  const index = new PrefixIndex(
    deckRows.map(
      (row): DestinationRate => ({
        prefix: row.prefix,
        destination: row.destination,
        destinationClass: row.domestic ? 'domestic' : 'international',
        ratePerMinute: new Dec(row.ratePerMinute),
        increment: { initialSeconds: row.initial, subsequentSeconds: row.subsequent },
        connectionFee: new Dec(row.connectionFee),
      }),
    ),
  );
  const deck = { index, timeZone: 'America/Chicago', bands: [] };
  const periodStart = Date.UTC(2026, 9, 1);
  const month = 31 * 24 * 3600 * 1000;
  const domestic = deckRows[0] as DeckRow;
  const lines = function* () {
    for (let i = 0; i < options.records; i++) {
      const account = usageAccounts[Math.floor(random() * usageAccounts.length)] as (typeof usageAccounts)[0];
      const at = new Date(periodStart + Math.floor(random() * month)).toISOString();
      const head = `R${i}\t${account.externalId}\t${account.id}`;
      const roll = random();
      if (roll < 0.85) {
        const row =
          random() < 0.7
            ? domestic
            : (account.favourites[Math.floor(random() * account.favourites.length)] as DeckRow);
        let number = row.prefix;
        while (number.length < 11) number += String(Math.floor(random() * 10));
        const duration = random() < 0.05 ? 0 : Math.floor(random() * random() * 1800);
        const rated = rateCall(
          { durationSeconds: duration, destinationNumber: number, startedAt: new Date(at) },
          deck,
          policy,
        );
        if (rated.status !== 'rated') throw new Error(`unrated bench call ${number}`);
        yield `${head}\tvoice\t${voice.id}\t${at}\t${number}\t${duration}\t\\N\t${rated.prefix}\t${rated.destination}\t${rated.destinationClass}\t${rated.billableSeconds}\t${rated.ratePerMinute.toFixed()}\t${rated.connectionFee.toFixed()}\t${rated.charge.toFixed()}\t${at}\n`;
      } else if (roll < 0.95) {
        yield `${head}\tsms\t${sms.id}\t${at}\t\\N\t\\N\t${1 + Math.floor(random() * 5)}\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t${at}\n`;
      } else {
        yield `${head}\tdata\t${data.id}\t${at}\t\\N\t\\N\t${(random() * 50).toFixed(3)}\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t${at}\n`;
      }
    }
  };
  await sql`alter table usage_records alter column content_hash set default '', alter column status set default 'rated'`;
  const copy =
    await sql`copy usage_records (record_id, account_ref, account_id, usage_type, product_id, started_at,
    destination_number, duration_seconds, quantity, prefix, destination_name, destination_class, billable_seconds,
    rate_per_minute, connection_fee, charge, rated_at) from stdin`.writable();
  await new Promise<void>((resolve, reject) => {
    const source = lines();
    const write = () => {
      let ok = true;
      let batch = '';
      while (ok) {
        const next = source.next();
        if (next.done) {
          if (batch) copy.write(batch);
          copy.end();
          return;
        }
        batch += next.value;
        if (batch.length > 1 << 16) {
          ok = copy.write(batch);
          batch = '';
        }
      }
      copy.once('drain', write);
    };
    copy.on('finish', resolve).on('error', reject);
    write();
  });
  await sql`vacuum analyze`;
  return { accounts: options.accounts, records: options.records };
}

/** Runs `task` over `items`, `width` at a time (the factories insert one row each). */
async function inBatches<T>(items: readonly T[], width: number, task: (item: T) => Promise<void>) {
  for (let start = 0; start < items.length; start += width) {
    await Promise.all(items.slice(start, start + width).map(task));
  }
}
