import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountRow } from '../db/schema';
import { processBillRun } from '../lib/invoicing/process-bill-run';
import { makeAccount } from '../seed/factories';
import { signedInGraphQL } from './testing/signed-in-graphql';

/**
 * Bills in advance and in arrears, set up and read through the GraphQL API and billed by real
 * bill runs: seats billed ahead beside support billed after, an upgrade's and a downgrade's
 * credit and charge lines, a credit larger than the invoice carried to the account's credit
 * balance and applied to the next one, and a cancellation with and without credit.
 */
const wire = signedInGraphQL('billing');

async function call<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await wire.request<T>(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

async function mutate(field: string, inputType: string, input: Record<string, unknown>, select: string) {
  const data = await call<Record<string, { userErrors: unknown[] } & Record<string, { id: string }>>>(
    `mutation($input: ${inputType}!) { ${field}(input: $input) { ${select} userErrors { code field message } } }`,
    { input },
  );
  const payload = data[field] as { userErrors: unknown[] } & Record<string, { id: string }>;
  expect(payload.userErrors).toEqual([]);
  return payload;
}

async function product(code: string, unitPrice: string, billingTiming?: 'IN_ADVANCE' | 'IN_ARREARS') {
  const payload = await mutate(
    'createProduct',
    'CreateProductInput',
    {
      code,
      name: code,
      kind: 'RECURRING',
      taxCategory: 'service',
      price: { currency: 'USD', model: 'PER_UNIT', unitPrice, effectiveFrom: '2026-01-01', billingTiming },
    },
    'product { id }',
  );
  return payload.product?.id as string;
}

const subscribe = async (accountId: string, productId: string, quantity: string, startDate: string) =>
  (
    await mutate(
      'createSubscription',
      'CreateSubscriptionInput',
      { accountId, productId, quantity, startDate },
      'subscription { id }',
    )
  ).subscription?.id as string;

const change = async (id: string, effectiveDate: string, quantity: string) =>
  (
    await mutate(
      'changeSubscription',
      'ChangeSubscriptionInput',
      { id, effectiveDate, quantity },
      'subscription { id }',
    )
  ).subscription?.id as string;

interface Line {
  lineType: string;
  productCode: string | null;
  serviceStart: string | null;
  serviceEnd: string | null;
  unitPrice: string | null;
  amount: string;
}

/** Bills one account for a month through a bill run, and reads its invoice back. */
async function bill(account: AccountRow, periodStart: string, periodEnd: string) {
  const run = await mutate(
    'createBillRun',
    'CreateBillRunInput',
    { periodStart, periodEnd, accountIds: [account.id] },
    'billRun { id }',
  );
  await processBillRun(wire.db, run.billRun?.id as string);
  const list = await call<{ invoices: { edges: { node: { id: string } }[] } }>(
    'query($filter: InvoiceFilter) { invoices(filter: $filter) { edges { node { id } } } }',
    { filter: { billRunId: run.billRun?.id } },
  );
  const id = list.invoices.edges[0]?.node.id;
  if (!id) return { id: null, total: null, lines: [] };
  const { invoice } = await call<{ invoice: { id: string; subtotal: string; total: string; lines: Line[] } }>(
    `query($id: ID!) { invoice(id: $id) { id subtotal total
      lines { lineType productCode serviceStart serviceEnd unitPrice amount } } }`,
    { id },
  );
  const lines = invoice.lines.map(
    (l) =>
      `${l.lineType} ${l.productCode ?? '-'} ${l.serviceStart ?? ''}..${l.serviceEnd ?? ''} ${l.amount}${
        l.unitPrice ? ` @${l.unitPrice}` : ''
      }`,
  );
  return { id: invoice.id, total: invoice.total, lines };
}

describe('seats billed in advance beside support billed in arrears', () => {
  let account: AccountRow;
  let seat: string;
  let support: string;

  beforeAll(async () => {
    seat = await product('ADV-SEAT', '30.00', 'IN_ADVANCE');
    support = await product('ARR-SUPPORT', '10.00');
    account = await makeAccount(wire.db, { externalId: 'ADVANCE-1', name: 'Advance and arrears' });
  });

  it('a mid-month start: the partial month and the next full one ahead, support after the fact', async () => {
    await subscribe(account.id, seat, '5', '2026-10-15');
    await subscribe(account.id, support, '1', '2026-10-15');
    const october = await bill(account, '2026-10-01', '2026-11-01');
    expect(october.lines).toEqual([
      // 5 × 30.00 × 17/31 = 82.258…
      'RECURRING ADV-SEAT 2026-10-15..2026-11-01 82.26',
      'RECURRING ADV-SEAT 2026-11-01..2026-12-01 150.00 @30.00',
      // 10.00 × 17/31 = 5.483…
      'RECURRING ARR-SUPPORT 2026-10-15..2026-11-01 5.48',
    ]);
    expect(october.total).toBe('237.74');
  });

  it('an upgrade mid-November: the unused old seats credited, the new ones charged, December ahead', async () => {
    const seats = await seatSubscription(account.id, 'ADV-SEAT');
    await change(seats, '2026-11-16', '8');
    const november = await bill(account, '2026-11-01', '2026-12-01');
    expect(november.lines).toEqual([
      // 150.00 × 15/30 back.
      'RECURRING ADV-SEAT 2026-11-16..2026-12-01 -75.00',
      'RECURRING ARR-SUPPORT 2026-11-01..2026-12-01 10.00 @10.00',
      // 8 × 30.00 = 240.00 × 15/30, then December whole.
      'RECURRING ADV-SEAT 2026-11-16..2026-12-01 120.00',
      'RECURRING ADV-SEAT 2026-12-01..2027-01-01 240.00 @30.00',
    ]);
    expect(november.total).toBe('295.00');
  });

  it('a downgrade whose credit exceeds the invoice: carried to the credit balance, applied next month', async () => {
    const seats = await seatSubscription(account.id, 'ADV-SEAT');
    await change(seats, '2026-12-11', '2');
    await endSubscription(await seatSubscription(account.id, 'ARR-SUPPORT'), '2026-12-01');
    const december = await bill(account, '2026-12-01', '2027-01-01');
    expect(december.lines).toEqual([
      // 240.00 × 21/31 = 162.580… back; 2 × 30.00 = 60.00 × 21/31 = 40.645… charged.
      'RECURRING ADV-SEAT 2026-12-11..2027-01-01 -162.58',
      'RECURRING ADV-SEAT 2026-12-11..2027-01-01 40.65',
      'RECURRING ADV-SEAT 2027-01-01..2027-02-01 60.00 @30.00',
      'ACCOUNT_CREDIT - .. 61.93',
    ]);
    expect(december.total).toBe('0.00');
    const january = await bill(account, '2027-01-01', '2027-02-01');
    expect(january.lines).toEqual([
      'RECURRING ADV-SEAT 2027-02-01..2027-03-01 60.00 @30.00',
      'ACCOUNT_CREDIT - .. -60.00',
    ]);
    expect(january.total).toBe('0.00');
    const february = await bill(account, '2027-02-01', '2027-03-01');
    expect(february.lines).toEqual([
      'RECURRING ADV-SEAT 2027-03-01..2027-04-01 60.00 @30.00',
      'ACCOUNT_CREDIT - .. -1.93',
    ]);
    expect(february.total).toBe('58.07');
  });
});

describe('a cancellation mid-period', () => {
  it.each([
    [true, ['RECURRING CANCEL-SEAT 2026-11-21..2026-12-01 -10.00', 'ACCOUNT_CREDIT - .. 10.00']],
    [false, []],
  ])('credits the unused days when the catalog says so (%s)', async (creditUnusedOnCancel, expected) => {
    const { catalogs } = await call<{ catalogs: { id: string; code: string }[] }>('{ catalogs { id code } }');
    const catalog = catalogs.find((c) => c.code === 'default');
    await mutate(
      'updateCatalogBilling',
      'UpdateCatalogBillingInput',
      {
        catalogId: catalog?.id,
        defaultBillingTiming: 'IN_ADVANCE',
        prorationMethod: 'ACTUAL_DAYS',
        creditUnusedOnCancel,
        billPartialWithNextPeriod: true,
      },
      'catalog { id }',
    );
    const code = 'CANCEL-SEAT';
    const existing = await call<{ products: { edges: { node: { id: string; code: string } }[] } }>(
      'query { products(first: 100) { edges { node { id code } } } }',
    );
    const productId =
      existing.products.edges.find((edge) => edge.node.code === code)?.node.id ??
      (await product(code, '30.00'));
    const account = await makeAccount(wire.db, { externalId: `CANCEL-${creditUnusedOnCancel}` });
    const id = await subscribe(account.id, productId, '1', '2026-10-01');
    await bill(account, '2026-10-01', '2026-11-01');
    await endSubscription(id, '2026-11-21');
    const november = await bill(account, '2026-11-01', '2026-12-01');
    expect(november.lines).toEqual(expected);
  });
});

async function seatSubscription(accountId: string, productCode: string): Promise<string> {
  const { account } = await call<{
    account: { subscriptions: { id: string; endDate: string | null; product: { code: string } }[] };
  }>('query($id: ID!) { account(id: $id) { subscriptions { id endDate product { code } } } }', {
    id: accountId,
  });
  const open = account.subscriptions.find((s) => s.product.code === productCode && s.endDate === null);
  return open?.id as string;
}

async function endSubscription(id: string, endDate: string) {
  await mutate('endSubscription', 'EndSubscriptionInput', { id, endDate }, 'subscription { id }');
}
