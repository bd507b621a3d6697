import { describe, expect, it } from 'vitest';
import { processBillRun } from '../lib/invoicing/process-bill-run';
import { makeAccount } from '../seed/factories';
import { signedInGraphQL } from './testing/signed-in-graphql';

/**
 * Payment surcharges billed by a bill run, set up over the wire: a PERCENTAGE price of 2.9% +
 * 0.30 per transaction, at least 0.50 and at most 5.00 a transaction, the first 2 of each
 * month free; the card payments arrive as usage records whose quantity is the amount.
 */
const wire = signedInGraphQL('admin');

const request = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
  wire.request<T>(query, variables);

describe('percentage fees through a bill run', () => {
  it('bills each transaction’s fee with its minimum, maximum and free transactions, to the cent', async () => {
    const created = await request<{
      createProduct: {
        product: { id: string; prices: { model: string; ratePercent: string }[] } | null;
        userErrors: unknown[];
      };
    }>(
      `mutation($input: CreateProductInput!) {
        createProduct(input: $input) { product { id prices { model ratePercent } } userErrors { code field message } }
      }`,
      {
        input: {
          code: 'CARD-FEES',
          name: 'Card payment surcharges',
          kind: 'USAGE',
          usageType: 'CUSTOM',
          unitName: 'USD charged',
          taxCategory: 'service',
          price: {
            currency: 'USD',
            model: 'PERCENTAGE',
            ratePercent: '2.9',
            transactionFee: '0.30',
            transactionMinimum: '0.50',
            transactionMaximum: '5.00',
            freeTransactions: 2,
            effectiveFrom: '2026-01-01',
          },
        },
      },
    );
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data?.createProduct.userErrors).toEqual([]);
    expect(created.body.data?.createProduct.product?.prices).toEqual([
      { model: 'PERCENTAGE', ratePercent: '2.9' },
    ]);

    const account = await makeAccount(wire.db, { externalId: 'CARD-SHOP', name: 'A shop taking cards' });
    const payment = (recordId: string, startedAt: string, quantity: string) => ({
      recordId,
      accountId: 'CARD-SHOP',
      usageType: 'custom',
      productCode: 'CARD-FEES',
      startedAt,
      quantity,
    });
    const ingested = await request<{
      ingestUsage: { ingestion: { imported: number } | null; userErrors: unknown[] };
    }>(
      `mutation($input: IngestUsageInput!) {
        ingestUsage(input: $input) { ingestion { imported } userErrors { message } }
      }`,
      {
        input: {
          records: [
            // free: the month's first two, whatever their amounts
            payment('P1', '2026-11-02T09:00:00Z', '1000.00'),
            payment('P2', '2026-11-03T09:00:00Z', '12.00'),
            // 2.9% of 4.00 + 0.30 = 0.416 → the minimum 0.50
            payment('P3', '2026-11-04T09:00:00Z', '4.00'),
            // 2.9% of 45.67 + 0.30 = 1.62443
            payment('P4', '2026-11-05T09:00:00Z', '45.67'),
            // 2.9% of 250.00 + 0.30 = 7.55 → the maximum 5.00
            payment('P5', '2026-11-06T09:00:00Z', '250.00'),
            // 2.9% of 19.99 + 0.30 = 0.87971
            payment('P6', '2026-11-30T23:59:59Z', '19.99'),
            // next month's: not on November's invoice
            payment('P7', '2026-12-01T00:00:00Z', '500.00'),
          ],
        },
      },
    );
    expect(ingested.body.data?.ingestUsage.userErrors).toEqual([]);
    expect(ingested.body.data?.ingestUsage.ingestion?.imported).toBe(7);

    // The usage summary charges them as the invoice will.
    const summary = await request<{
      accountUsageSummary: { total: string; meteredLines: { records: number; amount: string }[] };
    }>(
      `query($id: ID!) {
        accountUsageSummary(accountId: $id, from: "2026-11-01T00:00:00Z", to: "2026-12-01T00:00:00Z") {
          total meteredLines { records amount }
        }
      }`,
      { id: account.id },
    );
    expect(summary.body.errors).toBeUndefined();
    expect(summary.body.data?.accountUsageSummary).toEqual({
      total: '8.00',
      meteredLines: [{ records: 6, amount: '8.00' }],
    });

    const run = await request<{ createBillRun: { billRun: { id: string } | null; userErrors: unknown[] } }>(
      `mutation($input: CreateBillRunInput!) {
        createBillRun(input: $input) { billRun { id } userErrors { message } }
      }`,
      { input: { periodStart: '2026-11-01', periodEnd: '2026-12-01', accountIds: [account.id] } },
    );
    expect(run.body.data?.createBillRun.userErrors).toEqual([]);
    const runId = run.body.data?.createBillRun.billRun?.id as string;
    await processBillRun(wire.db, runId); // the job worker's step

    const invoices = await request<{
      invoices: {
        edges: {
          node: {
            total: string;
            lines: { lineType: string; key: string; quantity: string; amount: string }[];
          };
        }[];
      };
    }>(
      `query($filter: InvoiceFilter) {
        invoices(filter: $filter) { edges { node { total lines { lineType key quantity amount } } } }
      }`,
      { filter: { billRunId: runId } },
    );
    expect(invoices.body.errors).toBeUndefined();
    const invoice = invoices.body.data?.invoices.edges[0]?.node;
    // 0.50 + 1.62443 + 5.00 + 0.87971 = 8.00414 → 8.00; the line's quantity is the amount charged on
    expect(invoice?.lines).toEqual([
      { lineType: 'USAGE', key: 'CARD-FEES', quantity: '1331.66', amount: '8.00' },
    ]);
    expect(invoice?.total).toBe('8.00');
  });
});
