import { beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeInvoice, makePayment } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { anonymousActor } from '../auth/actor';
import { addDays } from '../dates';
import { Dec, sum } from '../money/decimal';
import { type AgingBuckets, getAgingReport } from './get-aging-report';

const database = setUpTestDatabase();
const db = () => database.db;
const asOf = '2026-06-30';
const ids = { early: '', late: '', paid: '', euro: '' };

/** An invoice whose due date is `daysLate` days before asOf (net 30 from its issue date). */
const dueDaysAgo = (accountId: string, daysLate: number, total: string) =>
  makeInvoice(db(), {
    accountId,
    issueDate: addDays(asOf, -daysLate - 30),
    dueDate: addDays(asOf, -daysLate),
    total,
  });

beforeAll(async () => {
  // Account numbers sort as the rows should: AG-1, AG-2, AG-3.
  const early = await makeAccount(db(), { externalId: 'AG-1' });
  const late = await makeAccount(db(), { externalId: 'AG-2' });
  const paid = await makeAccount(db(), { externalId: 'AG-3' });
  const euro = await makeAccount(db(), { externalId: 'AG-4', currency: 'EUR' });
  Object.assign(ids, { early: early.id, late: late.id, paid: paid.id, euro: euro.id });

  await dueDaysAgo(early.id, 0, '100.10'); // due today: current
  await dueDaysAgo(early.id, 15, '200.20');
  await dueDaysAgo(early.id, -10, '5.05'); // due in ten days: current
  await dueDaysAgo(late.id, 45, '300.30');
  await dueDaysAgo(late.id, 75, '400.40');
  const oldest = await dueDaysAgo(late.id, 120, '500.50');
  // Partly paid: only what is still owed is aged.
  await makePayment(db(), {
    accountId: late.id,
    amount: '0.50',
    allocations: [{ invoiceId: oldest.id, amount: '0.50' }],
  });
  // Settled invoices are not receivables.
  const settled = await dueDaysAgo(paid.id, 45, '70.00');
  await makePayment(db(), { accountId: paid.id, amount: '70.00' });
  await makeInvoice(db(), {
    accountId: paid.id,
    kind: 'credit_note',
    creditedInvoiceId: settled.id,
    total: '1.00',
  });
  // Issued after asOf: not yet a receivable on that day.
  await makeInvoice(db(), { accountId: paid.id, issueDate: addDays(asOf, 1), total: '999.00' });
  await dueDaysAgo(euro.id, 31, '10.00');
});

const buckets = (values: [string, string, string, string, string, string]): AgingBuckets => {
  const [current, days1To30, days31To60, days61To90, over90Days, total] = values;
  return { current, days1To30, days31To60, days61To90, over90Days, total };
};

describe('getAgingReport', () => {
  it('puts open balances 0, 15, 45, 75 and 120 days past due in their buckets, per account', async () => {
    const report = await getAgingReport(database.ctx(), { asOf });
    expect(report.asOf).toBe(asOf);
    expect(report.rows).toEqual([
      {
        accountId: ids.early,
        currency: 'USD',
        buckets: buckets(['105.15', '200.20', '0.00', '0.00', '0.00', '305.35']),
      },
      {
        accountId: ids.late,
        currency: 'USD',
        buckets: buckets(['0.00', '0.00', '300.30', '400.40', '500.00', '1200.70']),
      },
      {
        accountId: ids.euro,
        currency: 'EUR',
        buckets: buckets(['0.00', '0.00', '10.00', '0.00', '0.00', '10.00']),
      },
    ]);
  });

  it('totals each currency exactly, and the totals are the sums of the rows', async () => {
    const report = await getAgingReport(database.ctx(), { asOf });
    expect(report.totals).toEqual([
      { currency: 'EUR', buckets: buckets(['0.00', '0.00', '10.00', '0.00', '0.00', '10.00']) },
      { currency: 'USD', buckets: buckets(['105.15', '200.20', '300.30', '400.40', '500.00', '1506.05']) },
    ]);
    for (const { currency, buckets: total } of report.totals) {
      const rows = report.rows.filter((row) => row.currency === currency);
      for (const key of Object.keys(total) as (keyof AgingBuckets)[]) {
        expect(
          sum(rows.map((row) => new Dec(row.buckets[key]))).equals(total[key]),
          `${currency} ${key}`,
        ).toBe(true);
      }
      const { total: grand, ...parts } = total;
      expect(sum(Object.values(parts).map((value) => new Dec(value))).equals(grand)).toBe(true);
    }
  });

  it('ages the same invoices differently on another day', async () => {
    const report = await getAgingReport(database.ctx(), { asOf: addDays(asOf, 16) });
    const early = report.rows.find((row) => row.accountId === ids.early);
    // 0 → 16 and −10 → 6 days late; 15 → 31.
    expect(early?.buckets).toEqual(buckets(['0.00', '105.15', '200.20', '0.00', '0.00', '305.35']));
  });

  it('rejects a date that is not one, and callers who are not signed in', async () => {
    await expect(getAgingReport(database.ctx(), { asOf: '2026-13-01' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(getAgingReport({ db: db(), actor: anonymousActor }, { asOf })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});
