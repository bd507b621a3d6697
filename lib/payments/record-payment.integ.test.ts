import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getInvoiceBalances } from '../../db/queries/invoice-balances';
import { paymentAllocations, payments } from '../../db/schema';
import { testDatabaseKind } from '../../db/testing/test-database';
import { makeAccount, makeInvoice, makePayment } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { Dec, sum } from '../money/decimal';
import { allocateCredit } from './allocate-credit';
import { getAccountBalance } from './get-account-balance';
import { type RecordPaymentInput, recordPayment } from './record-payment';

const database = setUpTestDatabase();
const db = () => database.db;

async function balanceOf(invoiceId: string) {
  const [invoice] = await getInvoiceBalances(db(), [invoiceId]);
  return invoice?.balance;
}

async function paymentsOf(accountId: string) {
  return db().select().from(payments).where(eq(payments.accountId, accountId));
}

const payment = (accountId: string, fields: Partial<RecordPaymentInput> = {}): RecordPaymentInput => ({
  accountId,
  method: 'check',
  amount: '10.00',
  currency: 'USD',
  receivedDate: '2026-02-01',
  ...fields,
});

describe('recordPayment', () => {
  it('a partial payment leaves the rest of the invoice owing', async () => {
    const account = await makeAccount(db());
    const invoice = await makeInvoice(db(), { accountId: account.id, total: '100.00' });
    const result = await recordPayment(
      database.ctx(),
      payment(account.id, { amount: '40.00', reference: 'CHK-1001' }),
    );
    expect(result.userErrors).toEqual([]);
    expect(result.payment).toMatchObject({ amount: '40.00', unallocated: '0.00', reference: 'CHK-1001' });
    expect(result.allocations).toEqual([
      {
        paymentId: result.payment?.id,
        invoiceId: invoice.id,
        invoiceNumber: invoice.number,
        amount: '40.00',
      },
    ]);
    expect(await balanceOf(invoice.id)).toBe('60.00');
    expect(await getAccountBalance(database.ctx(), account.id)).toMatchObject({
      currency: 'USD',
      invoiced: '100.00',
      credited: '0.00',
      paid: '40.00',
      credit: '0.00',
      balance: '60.00',
    });
  });

  it('pays the oldest due invoice first', async () => {
    const account = await makeAccount(db());
    const newer = await makeInvoice(db(), { accountId: account.id, issueDate: '2026-02-01', total: '50.00' });
    const older = await makeInvoice(db(), { accountId: account.id, issueDate: '2026-01-01', total: '30.00' });
    const result = await recordPayment(database.ctx(), payment(account.id, { amount: '45.00' }));
    expect(result.allocations.map((a) => [a.invoiceNumber, a.amount])).toEqual([
      [older.number, '30.00'],
      [newer.number, '15.00'],
    ]);
    expect(await balanceOf(newer.id)).toBe('35.00');
  });

  it('keeps an overpayment as credit, which allocateCredit applies to the next invoice', async () => {
    const account = await makeAccount(db());
    const first = await makeInvoice(db(), {
      accountId: account.id,
      issueDate: '2026-01-01',
      total: '100.00',
    });
    const paid = await makePayment(db(), { accountId: account.id, amount: '150.00' });
    expect(paid.payment).toMatchObject({ unallocated: '50.00' });
    expect(await balanceOf(first.id)).toBe('0.00');
    expect(await getAccountBalance(database.ctx(), account.id)).toMatchObject({
      credit: '50.00',
      balance: '-50.00',
    });

    const next = await makeInvoice(db(), { accountId: account.id, issueDate: '2026-02-01', total: '80.00' });
    const applied = await allocateCredit(database.ctx(), { accountId: account.id });
    expect(applied.userErrors).toEqual([]);
    expect(applied.allocations.map((a) => [a.invoiceNumber, a.amount])).toEqual([[next.number, '50.00']]);
    expect(applied.remainingCredit).toBe('0.00');
    expect(await balanceOf(next.id)).toBe('30.00');
    expect(await getAccountBalance(database.ctx(), account.id)).toMatchObject({
      invoiced: '180.00',
      paid: '150.00',
      credit: '0.00',
      balance: '30.00',
    });
    // Nothing left to apply: a second call allocates nothing.
    expect((await allocateCredit(database.ctx(), { accountId: account.id })).allocations).toEqual([]);
  });

  it('applies the amounts named, and keeps the rest as credit', async () => {
    const account = await makeAccount(db());
    const older = await makeInvoice(db(), {
      accountId: account.id,
      issueDate: '2026-01-01',
      total: '100.00',
    });
    const newer = await makeInvoice(db(), {
      accountId: account.id,
      issueDate: '2026-02-01',
      total: '100.00',
    });
    const result = await recordPayment(
      database.ctx(),
      payment(account.id, { amount: '70.00', allocations: [{ invoiceId: newer.id, amount: '60.00' }] }),
    );
    expect(result.userErrors).toEqual([]);
    expect(result.payment?.unallocated).toBe('10.00');
    expect([await balanceOf(older.id), await balanceOf(newer.id)]).toEqual(['100.00', '40.00']);
  });

  it('refuses to allocate more than an invoice owes, and stores nothing', async () => {
    const account = await makeAccount(db());
    const invoice = await makeInvoice(db(), { accountId: account.id, total: '100.00' });
    await makePayment(db(), { accountId: account.id, amount: '30.00' });
    const result = await recordPayment(
      database.ctx(),
      payment(account.id, { amount: '80.00', allocations: [{ invoiceId: invoice.id, amount: '80.00' }] }),
    );
    expect(result.payment).toBeNull();
    expect(result.userErrors).toEqual([
      {
        code: 'INVALID',
        field: ['input', 'allocations', '0', 'amount'],
        message: `${invoice.number} owes 70.00; 80.00 is more.`,
      },
    ]);
    expect(await paymentsOf(account.id)).toHaveLength(1);
    expect(await balanceOf(invoice.id)).toBe('70.00');
  });

  it('refuses allocations to another account, a credit note or beyond the payment', async () => {
    const account = await makeAccount(db());
    const other = await makeAccount(db());
    const theirs = await makeInvoice(db(), { accountId: other.id });
    const ours = await makeInvoice(db(), { accountId: account.id, total: '100.00' });
    const creditNote = await makeInvoice(db(), { accountId: account.id, kind: 'credit_note', total: '5.00' });
    const named = await recordPayment(
      database.ctx(),
      payment(account.id, {
        amount: '20.00',
        allocations: [
          { invoiceId: theirs.id, amount: '5.00' },
          { invoiceId: creditNote.id, amount: '5.00' },
          { invoiceId: 'not-an-id', amount: '5.00' },
        ],
      }),
    );
    expect(named.userErrors.map((e) => [e.code, e.field?.join('.')])).toEqual([
      ['NOT_FOUND', 'input.allocations.0.invoiceId'],
      ['INVALID_STATE', 'input.allocations.1.invoiceId'],
      ['NOT_FOUND', 'input.allocations.2.invoiceId'],
    ]);
    const beyond = await recordPayment(
      database.ctx(),
      payment(account.id, { amount: '20.00', allocations: [{ invoiceId: ours.id, amount: '25.00' }] }),
    );
    expect(beyond.userErrors.map((e) => e.field?.join('.'))).toEqual(['input.allocations']);
    expect(await paymentsOf(account.id)).toHaveLength(0);
  });

  it('answers bad input with userErrors and records nothing', async () => {
    const account = await makeAccount(db());
    const euro = await makeAccount(db(), { currency: 'EUR' });
    await makeInvoice(db(), { accountId: account.id });
    const cases: [Partial<RecordPaymentInput> & { accountId?: string }, string, string][] = [
      [{ amount: '-10.00' }, 'INVALID', 'amount'],
      [{ amount: '0' }, 'INVALID', 'amount'],
      [{ amount: '10.001' }, 'INVALID', 'amount'],
      [{ amount: '1e3' }, 'INVALID', 'amount'],
      [{ currency: 'EUR' }, 'INVALID', 'currency'],
      [{ currency: 'ZZZ' }, 'INVALID', 'currency'],
      [{ receivedDate: '2026-02-30' }, 'INVALID', 'receivedDate'],
      [{ accountId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'accountId'],
      [{ accountId: 'ACC-1' }, 'NOT_FOUND', 'accountId'],
    ];
    for (const [fields, code, field] of cases) {
      const result = await recordPayment(database.ctx(), payment(account.id, fields));
      expect(
        result.userErrors.map((e) => [e.code, e.field?.at(-1)]),
        JSON.stringify(fields),
      ).toEqual([[code, field]]);
      expect(result.payment).toBeNull();
    }
    const wrongCurrency = await recordPayment(database.ctx(), payment(euro.id, { currency: 'USD' }));
    expect(wrongCurrency.userErrors[0]?.message).toBe(
      'The account is billed in EUR; record the payment in EUR.',
    );
    expect(await paymentsOf(account.id)).toHaveLength(0);
    expect(await paymentsOf(euro.id)).toHaveLength(0);
  });

  it('records an external id once', async () => {
    const account = await makeAccount(db());
    const first = await recordPayment(database.ctx(), payment(account.id, { externalId: 'BANK-77' }));
    expect(first.userErrors).toEqual([]);
    const again = await recordPayment(database.ctx(), payment(account.id, { externalId: 'BANK-77' }));
    expect(again.userErrors.map((e) => e.code)).toEqual(['TAKEN']);
    expect(await paymentsOf(account.id)).toHaveLength(1);
  });

  it('refuses a reference the account already has, naming that payment, unless told it is separate', async () => {
    const account = await makeAccount(db());
    const other = await makeAccount(db());
    const first = await recordPayment(
      database.ctx(),
      payment(account.id, { amount: '25.00', reference: 'CHK-2001', receivedDate: '2026-02-03' }),
    );
    expect(first.userErrors).toEqual([]);
    const firstId = first.payment?.id;

    // Trimmed and in another case, it is still the same reference.
    const again = await recordPayment(database.ctx(), payment(account.id, { reference: '  chk-2001 ' }));
    expect(again).toEqual({
      payment: null,
      allocations: [],
      userErrors: [
        {
          code: 'TAKEN',
          field: ['input', 'reference'],
          message: `Payment ${firstId} already has reference "CHK-2001": 25.00 USD received 2026-02-03. If this is a separate payment, record it with allowDuplicateReference.`,
        },
      ],
    });
    expect(await paymentsOf(account.id)).toHaveLength(1);

    const separate = await recordPayment(
      database.ctx(),
      payment(account.id, { reference: 'CHK-2001', allowDuplicateReference: true }),
    );
    expect(separate.userErrors).toEqual([]);
    expect(separate.payment?.reference).toBe('CHK-2001');
    const third = await recordPayment(database.ctx(), payment(account.id, { reference: 'CHK-2001' }));
    expect(third.userErrors[0]?.message).toMatch(
      new RegExp(
        `^Payment ${separate.payment?.id} \\(and 1 more\\) already has reference "CHK-2001": 10\\.00 USD`,
      ),
    );

    // Another account's reference, a different one, or none at all are nobody's business.
    for (const fields of [
      { accountId: other.id, reference: 'CHK-2001' },
      { accountId: account.id, reference: 'CHK-2002' },
      { accountId: account.id, reference: '  ' },
      { accountId: account.id },
      { accountId: account.id },
    ]) {
      expect((await recordPayment(database.ctx(), payment(fields.accountId, fields))).userErrors).toEqual([]);
    }
    expect(await paymentsOf(account.id)).toHaveLength(6);
  });

  it('does not count the reference of a voided payment', async () => {
    const account = await makeAccount(db());
    const first = await makePayment(db(), { accountId: account.id, amount: '10.00', reference: 'WIRE-9' });
    // No operation voids a payment yet; the column is what every reader honours.
    await db()
      .update(payments)
      .set({ voidedAt: new Date() })
      .where(eq(payments.id, first.payment?.id ?? ''));
    const again = await recordPayment(database.ctx(), payment(account.id, { reference: 'WIRE-9' }));
    expect(again.userErrors).toEqual([]);
  });

  it(`records a reference once when it is recorded several times at once (${testDatabaseKind()})`, async () => {
    const account = await makeAccount(db());
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        recordPayment(database.ctx(), payment(account.id, { reference: 'LOCKBOX-7', amount: '15.00' })),
      ),
    );
    const recorded = results.filter((result) => result.payment);
    expect(recorded).toHaveLength(1);
    const refusals = results.flatMap((result) => result.userErrors);
    expect(refusals).toHaveLength(5);
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({ code: 'TAKEN', field: ['input', 'reference'] });
      expect(refusal.message).toContain(
        `Payment ${recorded[0]?.payment?.id} already has reference "LOCKBOX-7"`,
      );
    }
    expect(await paymentsOf(account.id)).toHaveLength(1);
  });

  it('subtracts finalized credit notes from the invoice they credit', async () => {
    const account = await makeAccount(db());
    const invoice = await makeInvoice(db(), { accountId: account.id, total: '100.00' });
    await makeInvoice(db(), {
      accountId: account.id,
      kind: 'credit_note',
      creditedInvoiceId: invoice.id,
      total: '25.00',
    });
    const result = await recordPayment(database.ctx(), payment(account.id, { amount: '100.00' }));
    expect(result.allocations.map((a) => a.amount)).toEqual(['75.00']);
    expect(await getAccountBalance(database.ctx(), account.id)).toMatchObject({
      invoiced: '100.00',
      credited: '25.00',
      paid: '100.00',
      credit: '25.00',
      balance: '-25.00',
    });
  });

  it(`concurrent payments never allocate more than an invoice's total (${testDatabaseKind()})`, async () => {
    const account = await makeAccount(db());
    const invoice = await makeInvoice(db(), { accountId: account.id, total: '100.00' });
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        recordPayment(database.ctx(), payment(account.id, { amount: '30.00' })),
      ),
    );
    expect(results.flatMap((r) => r.userErrors)).toEqual([]);
    const allocated = await db()
      .select()
      .from(paymentAllocations)
      .where(eq(paymentAllocations.invoiceId, invoice.id));
    expect(sum(allocated.map((row) => new Dec(row.amount))).toFixed(2)).toBe('100.00');
    expect(await balanceOf(invoice.id)).toBe('0.00');
    expect(await getAccountBalance(database.ctx(), account.id)).toMatchObject({
      paid: '180.00',
      credit: '80.00',
      balance: '-80.00',
    });
  });

  it('concurrent credit applications spend each credit once', async () => {
    const account = await makeAccount(db());
    await makePayment(db(), { accountId: account.id, amount: '60.00' });
    await makeInvoice(db(), { accountId: account.id, issueDate: '2026-03-01', total: '40.00' });
    await makeInvoice(db(), { accountId: account.id, issueDate: '2026-04-01', total: '40.00' });
    const results = await Promise.all(
      Array.from({ length: 4 }, () => allocateCredit(database.ctx(), { accountId: account.id })),
    );
    const applied = sum(results.flatMap((r) => r.allocations).map((a) => new Dec(a.amount)));
    expect(applied.toFixed(2)).toBe('60.00');
    expect(await getAccountBalance(database.ctx(), account.id)).toMatchObject({
      credit: '0.00',
      balance: '20.00',
    });
  });
});
