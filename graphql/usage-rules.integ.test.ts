import { describe, expect, it } from 'vitest';
import { processBillRun } from '../lib/invoicing/process-bill-run';
import { makeAccount } from '../seed/factories';
import { signedInGraphQL } from './testing/signed-in-graphql';

/**
 * A month of metered usage under the usage rules, through the API over HTTP: products set
 * up with their aggregation and per-record rounding, usage sent as a batch, a bill run, and
 * the invoice read back to the cent. November 2026:
 * - SIP peak channels (MAX), volume tiers 0+ at 12.00, 10+ at 9.95, 20+ at 8.50: samples
 *   4, 12, 9, 15, 15 (and 30 in October, 40 at the period's end, both outside) peak at 15,
 *   all in the 10+ tier: 15 × 9.95 = 149.25.
 * - Data sessions in KB, each rounded up to 1,024 KB, then 4,096 KB free and packages of
 *   10,240 KB at 3.75: 100, 1024, 1025, 5000, 0.5 and 16000 KB round to 1024, 1024, 2048,
 *   5120, 1024 and 16384 = 26,624 KB; 22,528 KB after the free units is 2.2, so 3 packages:
 *   11.25. (Unrounded, 23,149.5 KB would have made 2 packages, 7.50.)
 * - Active users (DISTINCT_COUNT) at 2.00: logins by alice, bob, alice, Alice and one
 *   without a subject are 3 users: 6.00.
 * Total 166.50 (no tax rule applies).
 */
const wire = signedInGraphQL('billing');

const request = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
  wire.request<T>(query, variables);

type UserErrors = { code: string; field: string[] | null; message: string }[];
const CREATE_PRODUCT = `mutation($input: CreateProductInput!) {
  createProduct(input: $input) {
    product { id code aggregation recordRounding { direction block } prices { model freeUnits } }
    userErrors { code field message }
  }
}`;
type CreateProductData = {
  createProduct: {
    product: {
      id: string;
      code: string;
      aggregation: string;
      recordRounding: { direction: string; block: string } | null;
      prices: { model: string; freeUnits: string | null }[];
    } | null;
    userErrors: UserErrors;
  };
};

async function createProduct(input: Record<string, unknown>) {
  const { body } = await request<CreateProductData>(CREATE_PRODUCT, {
    input: { taxCategory: 'telecom', kind: 'USAGE', ...input },
  });
  expect(body.errors).toBeUndefined();
  return body.data?.createProduct as CreateProductData['createProduct'];
}

const price = (fields: Record<string, unknown>) => ({
  currency: 'USD',
  effectiveFrom: '2026-01-01',
  ...fields,
});

describe('a bill run with peak channels, rounded data sessions and active users', () => {
  it('bills each product by its aggregation and rounding, to the cent', async () => {
    const peak = await createProduct({
      code: 'SIP-PEAK',
      name: 'SIP peak concurrent channels',
      usageType: 'CUSTOM',
      unitName: 'channels',
      aggregation: 'MAX',
      price: price({
        model: 'VOLUME',
        tiers: [
          { upTo: '9', unitPrice: '12.00' },
          { upTo: '19', unitPrice: '9.95' },
          { upTo: null, unitPrice: '8.50' },
        ],
      }),
    });
    expect(peak.userErrors).toEqual([]);
    expect(peak.product).toMatchObject({ aggregation: 'MAX', recordRounding: null });

    const data = await createProduct({
      code: 'DATA-KB',
      name: 'Data sessions',
      usageType: 'DATA',
      unitName: 'KB',
      recordRounding: { direction: 'UP', block: '1024' },
      price: price({ model: 'PACKAGE', packageSize: '10240', packagePrice: '3.75', freeUnits: '4096' }),
    });
    expect(data.userErrors).toEqual([]);
    expect(data.product).toMatchObject({
      aggregation: 'SUM',
      recordRounding: { direction: 'UP', block: '1024' },
      prices: [{ model: 'PACKAGE', freeUnits: '4096' }],
    });

    const users = await createProduct({
      code: 'ACTIVE-USERS',
      name: 'Active users',
      usageType: 'CUSTOM',
      aggregation: 'DISTINCT_COUNT',
      price: price({ model: 'PER_UNIT', unitPrice: '2.00' }),
    });
    expect(users.userErrors).toEqual([]);

    const account = await makeAccount(wire.db, { externalId: 'RULES-1' });
    let n = 0;
    const record = (
      usageType: string,
      productCode: string,
      startedAt: string,
      quantity: string,
      subject?: string,
    ) => ({
      recordId: `RULES-${++n}`,
      accountId: 'RULES-1',
      usageType,
      productCode,
      startedAt,
      quantity,
      ...(subject === undefined ? {} : { subject }),
    });
    const records = [
      ...['4', '12', '9', '15', '15'].map((q, i) =>
        record('custom', 'SIP-PEAK', `2026-11-0${i + 1}T10:00:00Z`, q),
      ),
      record('custom', 'SIP-PEAK', '2026-10-31T23:59:59Z', '30'),
      record('custom', 'SIP-PEAK', '2026-12-01T00:00:00Z', '40'),
      ...['100', '1024', '1025', '5000', '0.5', '16000'].map((q, i) =>
        record('data', 'DATA-KB', `2026-11-1${i}T08:00:00Z`, q),
      ),
      ...['alice', 'bob', 'alice', 'Alice'].map((subject, i) =>
        record('custom', 'ACTIVE-USERS', `2026-11-2${i}T09:00:00Z`, '1', subject),
      ),
      record('custom', 'ACTIVE-USERS', '2026-11-25T09:00:00Z', '1'),
    ];
    const ingested = await request<{
      ingestUsage: { ingestion: { imported: number; rejected: number; unrated: number } };
    }>(
      `mutation($input: IngestUsageInput!) {
        ingestUsage(input: $input) { ingestion { imported rejected unrated } userErrors { message } }
      }`,
      { input: { records } },
    );
    expect(ingested.body.errors).toBeUndefined();
    expect(ingested.body.data?.ingestUsage.ingestion).toEqual({
      imported: records.length,
      rejected: 0,
      unrated: 0,
    });

    const run = await request<{ createBillRun: { billRun: { id: string } | null; userErrors: UserErrors } }>(
      `mutation($input: CreateBillRunInput!) {
        createBillRun(input: $input) { billRun { id } userErrors { code field message } }
      }`,
      { input: { periodStart: '2026-11-01', periodEnd: '2026-12-01', accountIds: [account.id] } },
    );
    expect(run.body.data?.createBillRun.userErrors).toEqual([]);
    const runId = run.body.data?.createBillRun.billRun?.id as string;
    await processBillRun(wire.db, runId);

    const invoices = await request<{
      invoices: {
        edges: {
          node: {
            total: string;
            lines: { key: string; quantity: string; unitPrice: string | null; amount: string }[];
          };
        }[];
      };
    }>(
      `query($filter: InvoiceFilter) {
        invoices(filter: $filter) { edges { node { total lines { key quantity unitPrice amount } } } }
      }`,
      { filter: { billRunId: runId } },
    );
    expect(invoices.body.errors).toBeUndefined();
    const invoice = invoices.body.data?.invoices.edges[0]?.node;
    expect(
      invoice?.lines.map(({ key, quantity, unitPrice, amount }) => ({ key, quantity, unitPrice, amount })),
    ).toEqual(
      expect.arrayContaining([
        { key: 'SIP-PEAK', quantity: '15', unitPrice: null, amount: '149.25' },
        { key: 'DATA-KB', quantity: '26624', unitPrice: null, amount: '11.25' },
        { key: 'ACTIVE-USERS', quantity: '3', unitPrice: '2.00', amount: '6.00' },
      ]),
    );
    expect(invoice?.lines).toHaveLength(3);
    expect(invoice?.total).toBe('166.50');

    // The account's usage summary applies the same rules, so it agrees with the invoice.
    const summary = await request<{
      accountUsageSummary: {
        meteredLines: { product: { code: string }; records: number; quantity: string; amount: string }[];
      };
    }>(
      `query($id: ID!, $from: DateTime!, $to: DateTime!) {
        accountUsageSummary(accountId: $id, from: $from, to: $to) {
          meteredLines { product { code } records quantity amount }
        }
      }`,
      { id: account.id, from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' },
    );
    expect(summary.body.errors).toBeUndefined();
    expect(
      summary.body.data?.accountUsageSummary.meteredLines.map((line) => [
        line.product.code,
        line.records,
        line.quantity,
        line.amount,
      ]),
    ).toEqual([
      ['ACTIVE-USERS', 5, '3', '6.00'],
      ['DATA-KB', 6, '26624', '11.25'],
      ['SIP-PEAK', 5, '15', '149.25'],
    ]);
  });
});

describe('usage rules that do not apply', () => {
  it('refuses an aggregation or record rounding on voice and recurring products, and a block of zero', async () => {
    const voice = await createProduct({
      code: 'VOICE-X',
      name: 'Voice',
      usageType: 'VOICE',
      aggregation: 'MAX',
    });
    expect(voice.userErrors.map((e) => [e.code, e.field])).toEqual([['INVALID', ['input', 'aggregation']]]);
    const seat = await createProduct({
      code: 'SEAT-X',
      name: 'Seat',
      kind: 'RECURRING',
      recordRounding: { direction: 'UP', block: '1' },
    });
    expect(seat.userErrors.map((e) => [e.code, e.field])).toEqual([['INVALID', ['input', 'recordRounding']]]);
    const zero = await createProduct({
      code: 'DATA-Z',
      name: 'Data',
      usageType: 'DATA',
      recordRounding: { direction: 'NEAREST', block: '0' },
    });
    expect(zero.userErrors).toEqual([
      {
        code: 'INVALID',
        field: ['input', 'recordRounding', 'block'],
        message: 'The block must be a decimal above zero.',
      },
    ]);
  });

  it('changes a product’s rules with updateProduct, and clears its rounding', async () => {
    const created = await createProduct({ code: 'BW-95', name: 'Bandwidth', usageType: 'CUSTOM' });
    const UPDATE = `mutation($input: UpdateProductInput!) {
      updateProduct(input: $input) { product { aggregation recordRounding { direction block } } userErrors { field } }
    }`;
    type UpdateData = {
      updateProduct: {
        product: { aggregation: string; recordRounding: { direction: string; block: string } | null } | null;
        userErrors: { field: string[] }[];
      };
    };
    const id = created.product?.id;
    const set = await request<UpdateData>(UPDATE, {
      input: { id, aggregation: 'P95', recordRounding: { direction: 'DOWN', block: '0.5' } },
    });
    expect(set.body.data?.updateProduct).toEqual({
      product: { aggregation: 'P95', recordRounding: { direction: 'DOWN', block: '0.5' } },
      userErrors: [],
    });
    const cleared = await request<UpdateData>(UPDATE, { input: { id, clearRecordRounding: true } });
    expect(cleared.body.data?.updateProduct.product).toEqual({ aggregation: 'P95', recordRounding: null });
  });

  it('previews a package price with free units', async () => {
    const { body } = await request<{
      pricePreview: {
        preview: { amount: string; roundedAmount: string; breakdown: { label: string; amount: string }[] };
      };
    }>(
      `query($input: PricePreviewInput!) {
        pricePreview(input: $input) { preview { amount roundedAmount breakdown { label amount } } userErrors { message } }
      }`,
      {
        input: {
          quantity: '250',
          price: {
            currency: 'USD',
            model: 'PACKAGE',
            packageSize: '100',
            packagePrice: '5.00',
            freeUnits: '100',
          },
        },
      },
    );
    expect(body.data?.pricePreview.preview).toEqual({
      amount: '10',
      roundedAmount: '10.00',
      breakdown: [
        { label: 'first 100 free', amount: '0' },
        { label: '2 × package of 100', amount: '10' },
      ],
    });
  });
});
