import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insertUsageRows } from '../db/queries/usage';
import { allowanceUsages, invoices } from '../db/schema';
import { systemActor } from '../lib/auth/actor';
import { processBillRun } from '../lib/invoicing/process-bill-run';
import { ingestUsageBatch } from '../lib/usage/ingest-usage-batch';
import { makeAccount, makeProduct, makeRatePlan, makeSubscription } from '../seed/factories';
import { signedInGraphQL } from './testing/signed-in-graphql';

/**
 * A month in the life of a pooled SMS bundle and a rolling-over data bundle, set up and billed
 * over the wire: a parent whose seats' SMS are shared with the two children billed to it
 * (the parent's own usage first, then the children by external id, each child's own bundle
 * before the pool), the overage priced by graduated tiers, and unused data carried to the
 * next month, used before that month's own.
 */
const wire = signedInGraphQL('billing');

const request = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
  wire.request<T>(query, variables);

const SET = `mutation($input: SetProductAllowancesInput!) {
  setProductAllowances(input: $input) {
    product { allowances { position usageType usageProduct { code } quantityPerUnit destinationClasses isPooled rollsOver } }
    userErrors { code field message }
  }
}`;

let recordCount = 0;
async function usage(
  accountId: string,
  productId: string,
  type: 'sms' | 'data',
  quantity: string,
  at: string,
) {
  recordCount += 1;
  await insertUsageRows(wire.db, [
    {
      record_id: `POOL-${recordCount}`,
      ingestion_id: null,
      subject: null,
      account_ref: accountId,
      account_id: accountId,
      usage_type: type,
      product_id: productId,
      started_at: at,
      destination_number: null,
      duration_seconds: null,
      quantity,
      content_hash: `POOL-${recordCount}`,
      status: 'rated',
      unrated_reason: null,
      rate_version_id: null,
      prefix: null,
      destination_name: null,
      destination_class: null,
      band: null,
      billable_seconds: null,
      rate_per_minute: null,
      connection_fee: null,
      charge: null,
      rated_at: null,
    },
  ]);
}

async function billMonth(periodStart: string, periodEnd: string, accountIds: string[]) {
  const created = await request<{ createBillRun: { billRun: { id: string } | null; userErrors: unknown[] } }>(
    `mutation($input: CreateBillRunInput!) {
      createBillRun(input: $input) { billRun { id } userErrors { code field message } }
    }`,
    { input: { periodStart, periodEnd, accountIds } },
  );
  expect(created.body.data?.createBillRun.userErrors).toEqual([]);
  const runId = created.body.data?.createBillRun.billRun?.id as string;
  await processBillRun(wire.db, runId);
  const listed = await request<{
    invoices: {
      edges: { node: { total: string; lines: { key: string; quantity: string; amount: string }[] } }[];
    };
  }>(
    `query($filter: InvoiceFilter) {
      invoices(filter: $filter) { edges { node { total lines { key quantity amount } } } }
    }`,
    { filter: { billRunId: runId } },
  );
  expect(listed.body.errors).toBeUndefined();
  return { runId, invoices: listed.body.data?.invoices.edges.map((e) => e.node) ?? [] };
}

describe('a pooled SMS bundle across a parent and two children, and rolling-over data', () => {
  it('bills each child the overage the pool leaves, to the cent, and carries unused data one month', async () => {
    const db = wire.db;
    const sms = await makeProduct(db, {
      code: 'POOL-SMS',
      kind: 'usage',
      usageType: 'sms',
      price: {
        currency: 'USD',
        model: 'graduated',
        effectiveFrom: '2026-01-01',
        tiers: [
          { upTo: '100', unitPrice: '0.05' },
          { upTo: null, unitPrice: '0.02' },
        ],
      },
    });
    const data = await makeProduct(db, {
      code: 'POOL-DATA',
      kind: 'usage',
      usageType: 'data',
      unitName: 'MB',
      price: { currency: 'USD', model: 'per_unit', unitPrice: '0.01', effectiveFrom: '2026-01-01' },
    });
    const seat = await makeProduct(db, {
      code: 'POOL-SEAT',
      price: { currency: 'USD', model: 'per_unit', unitPrice: '10', effectiveFrom: '2026-01-01' },
    });
    const set = await request<{
      setProductAllowances: { product: { allowances: unknown[] } | null; userErrors: unknown[] };
    }>(SET, {
      input: {
        productId: seat.id,
        allowances: [
          { usageType: 'SMS', usageProductId: sms.id, quantityPerUnit: '100', isPooled: true },
          { usageType: 'DATA', quantityPerUnit: '1000', rollsOver: true },
        ],
      },
    });
    expect(set.body.errors).toBeUndefined();
    expect(set.body.data?.setProductAllowances.userErrors).toEqual([]);
    expect(set.body.data?.setProductAllowances.product?.allowances).toEqual([
      {
        position: 0,
        usageType: 'SMS',
        usageProduct: { code: 'POOL-SMS' },
        quantityPerUnit: '100',
        destinationClasses: [],
        isPooled: true,
        rollsOver: false,
      },
      {
        position: 1,
        usageType: 'DATA',
        usageProduct: null,
        quantityPerUnit: '1000',
        destinationClasses: [],
        isPooled: false,
        rollsOver: true,
      },
    ]);
    // A voice allowance still needs destination classes; SMS ones may not have any.
    const refused = await request<{ setProductAllowances: { userErrors: { field: string[] }[] } }>(SET, {
      input: {
        productId: seat.id,
        allowances: [
          { quantityPerUnit: '10' },
          { usageType: 'SMS', quantityPerUnit: '10', destinationClasses: ['DOMESTIC'] },
        ],
      },
    });
    expect(refused.body.data?.setProductAllowances.userErrors.map((e) => e.field.join('.'))).toEqual([
      'input.allowances.0.destinationClasses',
      'input.allowances.1.destinationClasses',
    ]);

    const parent = await makeAccount(db, { externalId: 'POOL-P' });
    // Created in the other order: children are ranked by external id, not by creation.
    const second = await makeAccount(db, {
      externalId: 'POOL-C2',
      parentAccountId: parent.id,
      billToParent: true,
    });
    const first = await makeAccount(db, {
      externalId: 'POOL-C1',
      parentAccountId: parent.id,
      billToParent: true,
    });
    await makeSubscription(db, { accountId: parent.id, productId: seat.id, quantity: '2' });
    await makeSubscription(db, { accountId: first.id, productId: seat.id, quantity: '1' });

    // September. SMS pool of the parent: 2 × 100. The parent's 150 leave 50. C1's own 100
    // cover 100 of its 180, the pool 50 more: 30 left, 30 × 0.05 = 1.50. C2: nothing left of
    // the pool, 120 = 100 × 0.05 + 20 × 0.02 = 5.40. Data: the parent uses 600 of its 2,000 MB.
    await usage(parent.id, sms.id, 'sms', '150', '2026-09-20T00:00:00Z');
    await usage(second.id, sms.id, 'sms', '120', '2026-09-02T00:00:00Z');
    await usage(first.id, sms.id, 'sms', '180', '2026-09-25T00:00:00Z');
    await usage(parent.id, data.id, 'data', '600', '2026-09-03T00:00:00Z');
    const september = await billMonth('2026-09-01', '2026-10-01', [parent.id]);
    expect(september.invoices).toHaveLength(1);
    const sept = september.invoices[0];
    expect(sept?.lines).toEqual(
      expect.arrayContaining([
        { key: 'POOL-C1/POOL-SMS', quantity: '30', amount: '1.50' },
        { key: 'POOL-C2/POOL-SMS', quantity: '120', amount: '5.40' },
      ]),
    );
    expect(sept?.lines.filter((l) => l.key.endsWith('POOL-SMS') || l.key.endsWith('POOL-DATA'))).toHaveLength(
      2,
    );
    // 2 × 10 + 10 seats, 1.50 + 5.40 SMS.
    expect(sept?.total).toBe('36.90');

    // October: 1,400 MB carried; 3,500 used: 1,400 carried, 2,000 own, 100 × 0.01 = 1.00.
    await usage(parent.id, data.id, 'data', '3500', '2026-10-05T00:00:00Z');
    const october = await billMonth('2026-10-01', '2026-11-01', [parent.id]);
    expect(october.invoices[0]?.lines).toEqual(
      expect.arrayContaining([{ key: 'POOL-DATA', quantity: '100', amount: '1.00' }]),
    );
    expect(october.invoices[0]?.total).toBe('31.00');
    const records = await db
      .select({
        periodEnd: allowanceUsages.periodEnd,
        carriedIn: allowanceUsages.carriedIn,
        used: allowanceUsages.used,
      })
      .from(allowanceUsages)
      .innerJoin(invoices, eq(invoices.id, allowanceUsages.invoiceId))
      .where(and(eq(invoices.accountId, parent.id)))
      .orderBy(allowanceUsages.periodEnd);
    // The parent's rolling data allowance (C1's is on the same invoice, unused).
    expect(records.filter((r) => r.used !== '0')).toEqual([
      { periodEnd: '2026-10-01', carriedIn: '0', used: '600' },
      { periodEnd: '2026-11-01', carriedIn: '1400', used: '3400' },
    ]);
  });

  it('shares pooled voice minutes the same way: the parent first, then the children by external id', async () => {
    const db = wire.db;
    const plan = await makeRatePlan(db, {
      deckCsv: [
        'prefix,destination,destination_class,rate_per_minute,initial_increment_s,subsequent_increment_s,connection_fee',
        '1,US,domestic,0.06,60,60,0',
      ].join('\n'),
      effectiveFrom: '2026-01-01',
    });
    await makeProduct(db, {
      code: 'POOL-VOICE',
      kind: 'usage',
      usageType: 'voice',
      price: { currency: 'USD', model: 'rate_deck', effectiveFrom: '2026-01-01' },
    });
    const pbx = await makeProduct(db, {
      code: 'POOL-PBX',
      price: { currency: 'USD', model: 'per_unit', unitPrice: '10', effectiveFrom: '2026-01-01' },
    });
    const set = await request<{ setProductAllowances: { userErrors: unknown[] } }>(SET, {
      input: {
        productId: pbx.id,
        allowances: [{ quantityPerUnit: '10', destinationClasses: ['DOMESTIC'], isPooled: true }],
      },
    });
    expect(set.body.data?.setProductAllowances.userErrors).toEqual([]);
    const parent = await makeAccount(db, { externalId: 'VPOOL-P', ratePlanId: plan.id });
    const child = (externalId: string) =>
      makeAccount(db, { externalId, ratePlanId: plan.id, parentAccountId: parent.id, billToParent: true });
    await child('VPOOL-C2');
    await child('VPOOL-C1');
    await makeSubscription(db, { accountId: parent.id, productId: pbx.id, quantity: '1' });
    const call = (id: string, account: string, at: string, seconds: number) => ({
      record_id: id,
      account_id: account,
      usage_type: 'voice',
      started_at: at,
      destination: '15551230000',
      duration_s: String(seconds),
    });
    const report = await ingestUsageBatch({ db, actor: systemActor('test') }, [
      call('VP-1', 'VPOOL-P', '2026-11-03T10:00:00Z', 300),
      call('VP-2', 'VPOOL-C2', '2026-11-01T10:00:00Z', 240),
      call('VP-3', 'VPOOL-C1', '2026-11-10T10:00:00Z', 180),
    ]);
    expect(report.unrated).toBe(0);
    // 600 s pooled: the parent's 300, C1's 180, then 120 of C2's 240 (though its call came
    // first): 2 minutes × 0.06 = 0.12.
    const november = await billMonth('2026-11-01', '2026-12-01', [parent.id]);
    const lines = november.invoices[0]?.lines ?? [];
    expect(lines.filter((line) => line.key.endsWith('US'))).toEqual([
      { key: 'US', quantity: '5', amount: '0.00' },
      { key: 'VPOOL-C1/US', quantity: '3', amount: '0.00' },
      { key: 'VPOOL-C2/US', quantity: '4', amount: '0.12' },
    ]);
    expect(november.invoices[0]?.total).toBe('10.12');
  });

  it('carries unused pooled minutes to the next month, in seconds, used before its own', async () => {
    const db = wire.db;
    const plan = await makeRatePlan(db, {
      deckCsv: [
        'prefix,destination,destination_class,rate_per_minute,initial_increment_s,subsequent_increment_s,connection_fee',
        '1,US,domestic,0.06,60,60,0',
      ].join('\n'),
      effectiveFrom: '2026-01-01',
    });
    const trunk = await makeProduct(db, {
      code: 'ROLL-TRUNK',
      price: { currency: 'USD', model: 'per_unit', unitPrice: '5', effectiveFrom: '2026-01-01' },
    });
    await request(SET, {
      input: {
        productId: trunk.id,
        allowances: [
          { quantityPerUnit: '10', destinationClasses: ['DOMESTIC'], isPooled: true, rollsOver: true },
        ],
      },
    });
    const parent = await makeAccount(db, { externalId: 'ROLL-P', ratePlanId: plan.id });
    await makeAccount(db, {
      externalId: 'ROLL-C',
      ratePlanId: plan.id,
      parentAccountId: parent.id,
      billToParent: true,
    });
    const subscription = await makeSubscription(db, {
      accountId: parent.id,
      productId: trunk.id,
      quantity: '2',
    });
    const call = (id: string, account: string, at: string, seconds: number) => ({
      record_id: id,
      account_id: account,
      usage_type: 'voice',
      started_at: at,
      destination: '15551230000',
      duration_s: String(seconds),
    });
    await ingestUsageBatch({ db, actor: systemActor('test') }, [
      // October: 300 + 420 of the 1,200 pooled seconds; 480 carry over.
      call('RL-1', 'ROLL-P', '2026-10-03T10:00:00Z', 300),
      call('RL-2', 'ROLL-C', '2026-10-04T10:00:00Z', 420),
      // November: the child's 1,800 s take the 480 carried, then the 1,200 own: 120 s (2
      // minutes × 0.06) are charged, where 600 s (0.60) would be without rollover.
      call('RL-3', 'ROLL-C', '2026-11-04T10:00:00Z', 1800),
    ]);
    const october = await billMonth('2026-10-01', '2026-11-01', [parent.id]);
    expect(october.invoices[0]?.total).toBe('10.00');
    const november = await billMonth('2026-11-01', '2026-12-01', [parent.id]);
    expect(november.invoices[0]?.lines).toEqual(
      expect.arrayContaining([{ key: 'ROLL-C/US', quantity: '30', amount: '0.12' }]),
    );
    expect(november.invoices[0]?.total).toBe('10.12');
    const records = await db
      .select({
        periodEnd: allowanceUsages.periodEnd,
        included: allowanceUsages.included,
        carriedIn: allowanceUsages.carriedIn,
        used: allowanceUsages.used,
      })
      .from(allowanceUsages)
      .where(eq(allowanceUsages.subscriptionId, subscription.id))
      .orderBy(allowanceUsages.periodEnd);
    expect(records).toEqual([
      { periodEnd: '2026-11-01', included: '1200', carriedIn: '0', used: '720' },
      { periodEnd: '2026-12-01', included: '1200', carriedIn: '480', used: '1680' },
    ]);
  });
});
