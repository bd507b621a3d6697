import type { Db } from '../db/client';
import { getRatePlanByCode } from '../db/queries/rate-plans';
import { systemActor } from '../lib/auth/actor';
import { ensureDefaultCatalog } from '../lib/catalog/default-catalog';
import { ingestUsage } from '../lib/usage/ingest-usage';
import type { RawUsageRow } from '../lib/usage/usage-row';
import { makeAccount } from './factories';

const customers = [
  'Blue Ridge Logistics',
  'Pinecrest Dental',
  'Harbor Point Realty',
  'Summit Family Clinic',
  'Lakeside Legal Group',
  'Redwood Architecture',
  'Maple Street Bakery',
  'Ironworks Fabrication',
  'Northgate Insurance',
  'Crescent Veterinary',
];

/** Dialled numbers under the demo deck: mostly domestic, some abroad, one nowhere. */
const destinations = [
  '12125550100',
  '13125550188',
  '14155550123',
  '18005550199',
  '442079460000',
  '447911123456',
  '525512345678',
  '4915112345678',
  '919812345678',
  '18765550123',
];

/** Deterministic pseudo-random numbers, so every fresh demo looks the same. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

/**
 * Ten customers on the standard plan and October 2026's usage through the real ingestion
 * path, plus records the queue must catch: an account nobody set up yet and a number no
 * rate matches.
 */
export async function seedDemoUsage(db: Db): Promise<void> {
  const catalog = await ensureDefaultCatalog(db);
  const plan = await getRatePlanByCode(db, catalog.id, 'STANDARD');
  const accounts = [];
  for (const [index, name] of customers.entries()) {
    accounts.push(
      await makeAccount(db, { externalId: `NW-${1001 + index}`, name, ratePlanId: plan?.id ?? null }),
    );
  }
  const random = sequence(20261001);
  const rows: RawUsageRow[] = [];
  const at = (day: number) =>
    new Date(Date.UTC(2026, 9, day, Math.floor(random() * 24), Math.floor(random() * 60))).toISOString();
  let n = 0;
  for (const account of accounts) {
    for (let i = 0; i < 60; i++) {
      rows.push({
        record_id: `DEMO-${++n}`,
        account_id: account.externalId,
        usage_type: 'voice',
        started_at: at(1 + Math.floor(random() * 31)),
        destination: destinations[Math.floor(random() * random() * destinations.length)],
        duration_s: String(Math.floor(random() * random() * 1200)),
      });
    }
    rows.push({
      record_id: `DEMO-${++n}`,
      account_id: account.externalId,
      usage_type: 'sms',
      started_at: at(15),
      quantity: String(200 + Math.floor(random() * 2000)),
    });
    rows.push({
      record_id: `DEMO-${++n}`,
      account_id: account.externalId,
      usage_type: 'data',
      started_at: at(20),
      quantity: (random() * 4000).toFixed(3),
    });
  }
  for (let i = 0; i < 3; i++) {
    rows.push({
      record_id: `DEMO-${++n}`,
      account_id: 'NW-1099',
      usage_type: 'voice',
      started_at: at(12),
      destination: '12125550100',
      duration_s: '95',
    });
  }
  rows.push({
    record_id: `DEMO-${++n}`,
    account_id: 'NW-1001',
    usage_type: 'voice',
    started_at: at(18),
    destination: '8821612345',
    duration_s: '40',
  });
  // Two customers' SIP channel peaks (sampled daily, billed on the month's peak) and data
  // sessions billed per started 1,024 KB, from a sequence of their own so the records above
  // stay as they were.
  const metered = sequence(20261002);
  for (const externalId of ['NW-1001', 'NW-1002']) {
    for (let day = 1; day <= 31; day += 3) {
      rows.push({
        record_id: `DEMO-${++n}`,
        account_id: externalId,
        usage_type: 'custom',
        product_code: 'SIP-PEAK',
        started_at: new Date(Date.UTC(2026, 9, day, 15)).toISOString(),
        quantity: String(4 + Math.floor(metered() * 9)),
      });
    }
    for (let session = 0; session < 12; session++) {
      rows.push({
        record_id: `DEMO-${++n}`,
        account_id: externalId,
        usage_type: 'data',
        product_code: 'DATA-SESSION',
        started_at: new Date(Date.UTC(2026, 9, 2 + session * 2, 9, session)).toISOString(),
        quantity: String(50 + Math.floor(metered() * metered() * 60000)),
      });
    }
  }
  await ingestUsage(
    { db, actor: systemActor('seed') },
    rows.map((raw, index) => ({ line: index + 1, raw })),
    { source: 'api', fileName: null, unknownAccount: 'unrated' },
  );
}
