import { beforeAll, describe, expect, it } from 'vitest';
import { processBillRun } from '../lib/invoicing/process-bill-run';
import { signedInGraphQL } from './testing/signed-in-graphql';

/**
 * A month of calls billed to the cent through the API: a rate plan in London time whose
 * Christmas holiday band has its own connection fee and per-second increments, a weekend
 * band, a multi-step rate (the first minute at one rate, then per second at another), calls
 * rounded up to the cent by the plan while the voice price rounds lines half-even.
 */
const wire = signedInGraphQL('billing');

async function call<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { body } = await wire.request<T>(query, variables);
  expect(body.errors?.map((error) => error.message)).toBeUndefined();
  return body.data as T;
}

const deck = [
  'prefix,destination,destination_class,rate_per_minute,initial_increment_s,subsequent_increment_s,connection_fee,rate_steps,holiday_rate_per_minute,holiday_connection_fee,holiday_initial_increment_s,holiday_subsequent_increment_s,offpeak_rate_per_minute',
  '44,United Kingdom,international,0.06,60,6,0.05,,0.012,0.01,1,1,0.03',
  '49,Germany,international,0.10,60,1,0,0:0.10:60 60:0.04:1,,,,,',
].join('\n');

describe('a holiday band with its own fee and increments, and a multi-step rate, billed', () => {
  let ratePlanId: string;
  let accountId: string;

  beforeAll(async () => {
    const plan = await call<{ createRatePlan: { ratePlan: { id: string }; userErrors: unknown[] } }>(
      `mutation($input: CreateRatePlanInput!) { createRatePlan(input: $input) { ratePlan { id } userErrors { message } } }`,
      {
        input: {
          code: 'BANDS',
          name: 'Bands',
          currency: 'USD',
          timeZone: 'Europe/London',
          callRoundingMode: 'UP',
          callDecimals: 2,
        },
      },
    );
    expect(plan.createRatePlan.userErrors).toEqual([]);
    ratePlanId = plan.createRatePlan.ratePlan.id;
    const imported = await call<{
      importRateDeck: { version: { id: string } | null; userErrors: unknown[] };
    }>(
      `mutation($input: ImportRateDeckInput!) { importRateDeck(input: $input) { version { id } userErrors { message } } }`,
      {
        input: {
          ratePlanId,
          effectiveFrom: '2025-12-01',
          csv: deck,
          timeBands: [{ name: 'offpeak', weekdays: [6, 7], startMinute: 0, endMinute: 1440 }],
          holidays: [{ date: '2025-12-25', band: 'holiday' }],
        },
      },
    );
    expect(imported.importRateDeck.userErrors).toEqual([]);
    const product = await call<{ createProduct: { userErrors: unknown[] } }>(
      `mutation($input: CreateProductInput!) { createProduct(input: $input) { userErrors { message } } }`,
      {
        input: {
          code: 'CALLS',
          name: 'Calls',
          kind: 'USAGE',
          usageType: 'VOICE',
          taxCategory: 'telecom',
          price: {
            currency: 'USD',
            model: 'RATE_DECK',
            effectiveFrom: '2025-01-01',
            lineRoundingMode: 'HALF_EVEN',
          },
        },
      },
    );
    expect(product.createProduct.userErrors).toEqual([]);
    const account = await call<{ createAccount: { account: { id: string } } }>(
      `mutation($input: AccountFieldsInput!) { createAccount(input: $input) { account { id } userErrors { message } } }`,
      { input: { externalId: 'BANDS-1', name: 'Bands customer', currency: 'USD', ratePlanId } },
    );
    accountId = account.createAccount.account.id;
    const records = [
      // Tuesday, standard: 61 s → 66 s (60/6): 0.05 + 66 × 0.06 / 60 = 0.116 → up 0.12
      ['uk-tue', '2025-12-23T10:00:00Z', '+442079460000', 61],
      // 23:59 on the 24th, still standard: 30 s → 60 s: 0.05 + 0.06 = 0.11
      ['uk-eve', '2025-12-24T23:59:00Z', '+442079460000', 30],
      // Christmas from local midnight: holiday 1/1, fee 0.01: 0.01 + 30 × 0.012 / 60 = 0.016 → 0.02
      ['uk-xmas-0', '2025-12-25T00:00:00Z', '+442079460000', 30],
      // Christmas: 0.01 + 61 × 0.012 / 60 = 0.0222 → up 0.03
      ['uk-xmas', '2025-12-25T10:00:00Z', '+442079460000', 61],
      // Saturday, offpeak rate, the row's fee and 60/6: 0.05 + 66 × 0.03 / 60 = 0.083 → 0.09
      ['uk-sat', '2025-12-27T10:00:00Z', '+442079460000', 61],
      // Germany on a Tuesday, two steps: 60 s × 0.10 + 35 s × 0.04 = 7.4 / 60 = 0.12333… → up 0.13
      ['de-tue', '2025-12-23T11:00:00Z', '+4930123456', 95],
      // Germany on Christmas: no holiday terms on the row, so its steps: 60 s × 0.10 = 0.10
      ['de-xmas', '2025-12-25T12:00:00Z', '+4930123456', 30],
    ].map(([recordId, startedAt, destination, durationSeconds]) => ({
      recordId,
      accountId: 'BANDS-1',
      usageType: 'voice',
      startedAt,
      destination,
      durationSeconds,
    }));
    const ingested = await call<{ ingestUsage: { ingestion: unknown; userErrors: unknown[] } }>(
      `mutation($input: IngestUsageInput!) {
        ingestUsage(input: $input) { ingestion { imported unrated problems { reason } } userErrors { message } }
      }`,
      { input: { records } },
    );
    expect(ingested.ingestUsage).toEqual({
      ingestion: { imported: 7, unrated: 0, problems: [] },
      userErrors: [],
    });
  });

  it('shows the band terms, steps and holidays of the deck, and exports them', async () => {
    const data = await call<{
      ratePlan: { callRoundingMode: string; callDecimals: number; versions: { holidays: unknown[] }[] };
      rateDeckEntries: {
        edges: { node: { prefix: string; bandTerms: unknown[]; rateSteps: unknown[] | null } }[];
      };
      exportRateDeck: string;
    }>(
      `query($id: ID!) {
        ratePlan(id: $id) { callRoundingMode callDecimals versions { holidays { date band } } }
        rateDeckEntries(ratePlanId: $id, date: "2025-12-01") { edges { node {
          prefix bandTerms { band connectionFee initialIncrementSeconds subsequentIncrementSeconds }
          rateSteps { fromSecond ratePerMinute incrementSeconds } } } }
        exportRateDeck(ratePlanId: $id, date: "2025-12-01")
      }`,
      { id: ratePlanId },
    );
    expect(data.ratePlan).toMatchObject({ callRoundingMode: 'UP', callDecimals: 2 });
    expect(data.ratePlan.versions[0]?.holidays).toEqual([{ date: '2025-12-25', band: 'holiday' }]);
    expect(data.rateDeckEntries.edges.map((edge) => edge.node)).toEqual([
      {
        prefix: '44',
        bandTerms: [
          {
            band: 'holiday',
            connectionFee: '0.01',
            initialIncrementSeconds: 1,
            subsequentIncrementSeconds: 1,
          },
        ],
        rateSteps: null,
      },
      {
        prefix: '49',
        bandTerms: [],
        rateSteps: [
          { fromSecond: 0, ratePerMinute: '0.10', incrementSeconds: 60 },
          { fromSecond: 60, ratePerMinute: '0.04', incrementSeconds: 1 },
        ],
      },
    ]);
    expect(data.exportRateDeck.split(/\r?\n/)[0]).toBe(
      'prefix,destination,destination_class,rate_per_minute,holiday_rate_per_minute,offpeak_rate_per_minute,initial_increment_s,subsequent_increment_s,connection_fee,rate_steps,holiday_connection_fee,holiday_initial_increment_s,holiday_subsequent_increment_s',
    );
  });

  it('bills each call in its band and steps, rounded up to the cent, in lines to the cent', async () => {
    const run = await call<{ createBillRun: { billRun: { id: string } } }>(
      `mutation($input: CreateBillRunInput!) { createBillRun(input: $input) { billRun { id } userErrors { message } } }`,
      { input: { periodStart: '2025-12-01', periodEnd: '2026-01-01', accountIds: [accountId] } },
    );
    await processBillRun(wire.db, run.createBillRun.billRun.id);
    const invoices = await call<{ invoices: { edges: { node: { id: string } }[] } }>(
      'query($filter: InvoiceFilter) { invoices(filter: $filter) { edges { node { id } } } }',
      { filter: { billRunId: run.createBillRun.billRun.id } },
    );
    const id = invoices.invoices.edges[0]?.node.id;
    const invoice = await call<{
      invoice: {
        total: string;
        lines: { lineType: string; key: string; quantity: string; amount: string }[];
      };
    }>('query($id: ID!) { invoice(id: $id) { total lines { lineType key quantity amount } } }', { id });
    expect(
      invoice.invoice.lines.map(({ lineType, key, quantity, amount }) => [lineType, key, quantity, amount]),
    ).toEqual([
      // 95 + 60 s = 155 s = 2.58 minutes; 0.13 + 0.10
      ['USAGE', 'Germany', '2.58', '0.23'],
      // 66 + 60 + 30 + 61 + 66 = 283 s; 0.12 + 0.11 + 0.02 + 0.03 + 0.09
      ['USAGE', 'United Kingdom', '4.72', '0.37'],
    ]);
    expect(invoice.invoice.total).toBe('0.60');
  });
});
