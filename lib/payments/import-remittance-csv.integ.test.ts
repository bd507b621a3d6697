import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getInvoiceBalances } from '../../db/queries/invoice-balances';
import { type InvoiceRow, payments } from '../../db/schema';
import { testDatabaseKind } from '../../db/testing/test-database';
import { makeAccount, makeInvoice } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { getAccountBalance } from './get-account-balance';
import { importRemittanceCsv } from './import-remittance-csv';
import { recordPayment } from './record-payment';

const database = setUpTestDatabase();
const db = () => database.db;
const ids = { acme: '', globex: '' };
let acmeOld: InvoiceRow;
let acmeNew: InvoiceRow;
let globexInvoice: InvoiceRow;

const header = 'date,reference,account,invoice,amount,currency';

beforeAll(async () => {
  const acme = await makeAccount(db(), { externalId: 'R-ACME' });
  const globex = await makeAccount(db(), { externalId: 'R-GLOBEX', currency: 'EUR' });
  ids.acme = acme.id;
  ids.globex = globex.id;
  acmeOld = await makeInvoice(db(), { accountId: acme.id, issueDate: '2026-01-01', total: '100.00' });
  acmeNew = await makeInvoice(db(), { accountId: acme.id, issueDate: '2026-02-01', total: '200.00' });
  globexInvoice = await makeInvoice(db(), { accountId: globex.id, issueDate: '2026-01-01', total: '50.00' });
});

async function paymentCount() {
  const rows = await db()
    .select({ id: payments.id })
    .from(payments)
    .where(inArray(payments.accountId, [ids.acme, ids.globex]));
  return rows.length;
}

/** Balances of ACME's older and newer invoice and Globex's, in that order. */
async function balances() {
  const invoices = [acmeOld, acmeNew, globexInvoice];
  const byId = new Map(
    (
      await getInvoiceBalances(
        db(),
        invoices.map((i) => i.id),
      )
    ).map((i) => [i.id, i.balance]),
  );
  return invoices.map((invoice) => byId.get(invoice.id));
}

describe('importRemittanceCsv', () => {
  it('with one bad line, records nothing and reports every problem with its line', async () => {
    const csv = [
      header,
      `2026-03-02,ACH-1,R-ACME,${acmeNew.number},150.00,USD`,
      '2026-03-02,ACH-2,R-NOBODY,,10.00,USD',
      '2026-03-02,ACH-3,R-GLOBEX,,10.00,USD',
      '2026-03-02,ACH-4,R-ACME,INV-NOPE,10.00,USD',
      `2026-03-02,ACH-5,R-ACME,${globexInvoice.number},10.00,USD`,
      '2026-03-02,ACH-6,R-ACME,,-10.00,USD',
      '2026-03-02,ACH-7,R-ACME,,ten,USD',
      '2026-03-02,ACH-8,R-ACME,10.00',
    ].join('\n');
    const result = await importRemittanceCsv(database.ctx(), csv);
    expect(result.report.problems).toEqual([
      { line: 3, column: 'account', message: 'No account has the external id "R-NOBODY".' },
      { line: 4, column: 'currency', message: 'Account R-GLOBEX is billed in EUR, not USD.' },
      { line: 5, column: 'invoice', message: 'No invoice is numbered "INV-NOPE".' },
      {
        line: 6,
        column: 'invoice',
        message: `Invoice ${globexInvoice.number} is not on account R-ACME.`,
      },
      { line: 7, column: 'amount', message: 'The amount must be more than zero, not -10.00.' },
      { line: 8, column: 'amount', message: '"ten" is not a plain decimal amount.' },
      { line: 9, column: null, message: 'The row has 4 fields; the header has 6.' },
    ]);
    expect(result.userErrors).toEqual([
      { code: 'INVALID', field: ['input', 'csv'], message: 'The file has 7 problems; nothing was recorded.' },
    ]);
    expect(result.report).toMatchObject({ rowsRead: 8, recorded: 0, alreadyRecorded: 0 });
    expect(await paymentCount()).toBe(0);
    expect(await balances()).toEqual(['100.00', '200.00', '50.00']);
  });

  it('a single bad line among good ones stops the whole file', async () => {
    const csv = [header, '2026-03-02,ACH-1,R-ACME,,50.00,USD', '2026-03-02,ACH-2,R-ACME,,5.001,USD'].join(
      '\n',
    );
    const result = await importRemittanceCsv(database.ctx(), csv);
    expect(result.report.problems.map((p) => [p.line, p.column])).toEqual([[3, 'amount']]);
    expect(await paymentCount()).toBe(0);
  });

  it('records a good file once, however often it is imported', async () => {
    const csv = [
      `${header},method`,
      `2026-03-02,CHK-501,R-ACME,${acmeNew.number},250.00,USD,check`,
      '2026-03-02,WIRE-9,R-GLOBEX,,20.00,EUR,wire',
      '2026-03-03,ACH-77,R-ACME,,60.00,USD,',
    ].join('\n');
    const first = await importRemittanceCsv(database.ctx(), csv);
    expect(first.userErrors).toEqual([]);
    expect(first.report).toEqual({ rowsRead: 3, recorded: 3, alreadyRecorded: 0, problems: [] });
    expect(first.payments.map((p) => [p.reference, p.method, p.amount, p.unallocated])).toEqual([
      // The named invoice gets what it owes; the rest is credit, not another invoice's payment.
      ['CHK-501', 'check', '250.00', '50.00'],
      ['WIRE-9', 'wire', '20.00', '0.00'],
      // No invoice named: oldest due first.
      ['ACH-77', 'ach', '60.00', '0.00'],
    ]);
    expect(first.allocations.map((a) => [a.invoiceNumber, a.amount])).toEqual([
      [acmeNew.number, '200.00'],
      [globexInvoice.number, '20.00'],
      [acmeOld.number, '60.00'],
    ]);
    expect(await balances()).toEqual(['40.00', '0.00', '30.00']);

    const again = await importRemittanceCsv(database.ctx(), csv);
    expect(again.report).toEqual({ rowsRead: 3, recorded: 0, alreadyRecorded: 3, problems: [] });
    expect(again.payments).toEqual([]);
    expect(await paymentCount()).toBe(3);
    expect(await balances()).toEqual(['40.00', '0.00', '30.00']);
    expect(await getAccountBalance(database.ctx(), ids.acme)).toMatchObject({
      paid: '310.00',
      credit: '50.00',
      balance: '-10.00',
    });
  });

  it('records two identical rows in one file as two payments, and a re-export with one more row adds only it', async () => {
    // No reference: rows are told apart by their content and place alone.
    const rows = ['2026-04-01,,R-GLOBEX,,5.00,EUR', '2026-04-01,,R-GLOBEX,,5.00,EUR'];
    const first = await importRemittanceCsv(database.ctx(), [header, ...rows].join('\n'));
    expect(first.report.recorded).toBe(2);
    const extended = await importRemittanceCsv(
      database.ctx(),
      [header, ...rows, '2026-04-01,,R-GLOBEX,,5.00,EUR'].join('\n'),
    );
    expect(extended.report).toMatchObject({ recorded: 1, alreadyRecorded: 2 });
    const globexPayments = await db().select().from(payments).where(eq(payments.accountId, ids.globex));
    expect(globexPayments).toHaveLength(4);
  });

  it('skips, as already recorded, a row whose reference the account already has', async () => {
    const account = await makeAccount(db(), { externalId: 'R-DUPE' });
    const invoice = await makeInvoice(db(), {
      accountId: account.id,
      issueDate: '2026-01-01',
      total: '300.00',
    });
    // Recorded by hand before the bank's file arrived, typed in another case.
    const byHand = await recordPayment(database.ctx(), {
      accountId: account.id,
      method: 'check',
      amount: '120.00',
      currency: 'USD',
      receivedDate: '2026-03-02',
      reference: 'chk-900',
    });
    expect(byHand.userErrors).toEqual([]);
    const csv = [
      header,
      '2026-03-02,CHK-900,R-DUPE,,120.00,USD',
      '2026-03-03,CHK-901,R-DUPE,,30.00,USD',
      // Rows of one file do not shadow each other: the bank lists two payments.
      '2026-03-04,LOCKBOX-1,R-DUPE,,10.00,USD',
      '2026-03-05,LOCKBOX-1,R-DUPE,,20.00,USD',
      // Another account's reference is no concern of this one.
      '2026-03-06,CHK-900,R-ACME,,1.00,USD',
    ].join('\n');
    const result = await importRemittanceCsv(database.ctx(), csv);
    expect(result.userErrors).toEqual([]);
    expect(result.report).toEqual({ rowsRead: 5, recorded: 4, alreadyRecorded: 1, problems: [] });
    expect(result.payments.map((p) => [p.reference, p.amount])).toEqual([
      ['CHK-901', '30.00'],
      ['LOCKBOX-1', '10.00'],
      ['LOCKBOX-1', '20.00'],
      ['CHK-900', '1.00'],
    ]);
    const [balance] = await getInvoiceBalances(db(), [invoice.id]);
    expect(balance?.balance).toBe('120.00');

    // A later file quoting LOCKBOX-1 again is skipped too, as are the rows imported before.
    const later = await importRemittanceCsv(
      database.ctx(),
      [csv, '2026-03-09,LOCKBOX-1,R-DUPE,,40.00,USD'].join('\n'),
    );
    expect(later.report).toEqual({ rowsRead: 6, recorded: 0, alreadyRecorded: 6, problems: [] });
  });

  it(`a reference imported while recorded by hand is recorded once (${testDatabaseKind()})`, async () => {
    const account = await makeAccount(db(), { externalId: 'R-RACE' });
    const csv = [header, '2026-03-02,WIRE-31,R-RACE,,75.00,USD'].join('\n');
    const byHand = () =>
      recordPayment(database.ctx(), {
        accountId: account.id,
        method: 'wire',
        amount: '75.00',
        currency: 'USD',
        receivedDate: '2026-03-02',
        reference: 'WIRE-31',
      });
    const [a, b, c, d] = await Promise.all([
      byHand(),
      importRemittanceCsv(database.ctx(), csv),
      byHand(),
      importRemittanceCsv(database.ctx(), csv),
    ]);
    const recorded =
      [a, c].filter((r) => r.payment).length + (b?.report.recorded ?? 0) + (d?.report.recorded ?? 0);
    expect(recorded).toBe(1);
    const stored = await db().select().from(payments).where(eq(payments.accountId, account.id));
    expect(stored).toHaveLength(1);
  });

  it('two imports paying the same accounts in opposite orders both complete', async () => {
    const north = await makeAccount(db(), { externalId: 'R-NORTH' });
    const south = await makeAccount(db(), { externalId: 'R-SOUTH' });
    for (const account of [north, south]) {
      await makeInvoice(db(), { accountId: account.id, issueDate: '2026-01-01', total: '1000.00' });
    }
    const file = (first: string, second: string, batch: string) =>
      [
        header,
        ...Array.from({ length: 5 }, (_, i) => [
          `2026-05-01,${batch}-${i}a,${first},,1.00,USD`,
          `2026-05-01,${batch}-${i}b,${second},,1.00,USD`,
        ]).flat(),
      ].join('\n');
    const [one, two] = await Promise.all([
      importRemittanceCsv(database.ctx(), file('R-NORTH', 'R-SOUTH', 'ONE')),
      importRemittanceCsv(database.ctx(), file('R-SOUTH', 'R-NORTH', 'TWO')),
    ]);
    expect([one.report.recorded, two.report.recorded]).toEqual([10, 10]);
    expect((await getAccountBalance(database.ctx(), north.id))?.balance).toBe('990.00');
  });
});
