import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { listLinesOfInvoices } from '../../db/queries/invoices';
import { type InvoiceRow, invoices } from '../../db/schema';
import { testDatabaseKind } from '../../db/testing/test-database';
import {
  makeAccount,
  makeBillRun,
  makeInvoice,
  makeProduct,
  makeSubscription,
  makeTaxRule,
} from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { Dec, sum } from '../money/decimal';
import { creditInvoice } from './credit-invoice';
import { finalizeInvoice } from './finalize-invoice';
import { listInvoices } from './invoice-queries';
import { processBillRun } from './process-bill-run';

/**
 * What all the credit notes of an invoice credit never exceeds what it billed: per line,
 * tax included, to the cent, and in total, however the credits are asked for and however
 * many arrive at once.
 */
const database = setUpTestDatabase();
const db = () => database.db;
const products = { seat: '', trunk: '' };

beforeAll(async () => {
  products.seat = (
    await makeProduct(db(), {
      code: 'CN-SEAT',
      price: { currency: 'USD', model: 'per_unit', unitPrice: '20.00', effectiveFrom: '2026-01-01' },
    })
  ).id;
  products.trunk = (
    await makeProduct(db(), {
      code: 'CN-TRUNK',
      price: { currency: 'USD', model: 'flat', amount: '33.33', effectiveFrom: '2026-01-01' },
    })
  ).id;
  await makeTaxRule(db(), { region: 'US-CN', taxCode: 'SALES', taxCategory: 'telecom', ratePercent: '8.25' });
  await makeTaxRule(db(), { region: 'US-CN', taxCode: 'USF', taxCategory: 'telecom', ratePercent: '3.4' });
});

function present<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected a ${what}`);
  return value;
}

/**
 * A finalized October invoice of a new account: 3 seats (60.00) less 10% (-6.00), a trunk
 * (33.33), all telecom: base 87.33, SALES 7.20, USF 2.97, total 97.50.
 */
async function finalizedInvoice() {
  const account = await makeAccount(db(), { taxRegion: 'US-CN' });
  await makeSubscription(db(), {
    accountId: account.id,
    productId: products.seat,
    quantity: '3',
    discountPercent: '10',
  });
  await makeSubscription(db(), { accountId: account.id, productId: products.trunk });
  const run = await makeBillRun(db(), {
    periodStart: '2026-10-01',
    periodEnd: '2026-11-01',
    accountIds: [account.id],
  });
  await processBillRun(db(), run.id);
  const draft = present(
    (await listInvoices(database.ctx(), { filter: { billRunId: run.id } })).edges[0]?.node,
    'draft',
  );
  const invoice = present((await finalizeInvoice(database.ctx(), { id: draft.id })).invoice, 'invoice');
  const lines = await listLinesOfInvoices(db(), [invoice.id]);
  const line = (productCode: string, lineType = 'recurring') =>
    present(lines.find((l) => l.productCode === productCode && l.lineType === lineType));
  return { invoice, seat: line('CN-SEAT'), trunk: line('CN-TRUNK') };
}

/** Every live credit note of the invoice. */
async function creditNotesOf(invoice: InvoiceRow) {
  return db().select().from(invoices).where(eq(invoices.creditedInvoiceId, invoice.id));
}

async function creditedTotal(invoice: InvoiceRow) {
  return sum((await creditNotesOf(invoice)).map((note) => new Dec(note.total))).toFixed(2);
}

describe('creditInvoice never credits more than the invoice', () => {
  it('has the invoice it is meant to have', async () => {
    const { invoice, seat, trunk } = await finalizedInvoice();
    expect(invoice).toMatchObject({ subtotal: '87.33', taxTotal: '10.17', total: '97.50' });
    expect([seat.amount, trunk.amount]).toEqual(['60.00', '33.33']);
  });

  it('refuses a line named twice, and issues nothing', async () => {
    const { invoice, seat } = await finalizedInvoice();
    const result = await creditInvoice(database.ctx(), {
      invoiceId: invoice.id,
      reason: 'Seats down',
      lines: [
        { lineId: seat.id, amount: '54.00' },
        { lineId: seat.id, amount: '54.00' },
      ],
    });
    expect(result).toEqual({
      invoice: null,
      userErrors: [
        {
          code: 'INVALID',
          field: ['input', 'lines', '1', 'lineId'],
          message:
            'This line is already in the request (lines[0]); name each line once, with the whole amount.',
        },
      ],
    });
    expect(await creditNotesOf(invoice)).toEqual([]);
  });

  it('credits a line in parts with exactly its share of tax, to the cent, then the rest', async () => {
    const { invoice, seat, trunk } = await finalizedInvoice();
    const thirds = [];
    for (let i = 0; i < 3; i++) {
      const third = await creditInvoice(database.ctx(), {
        invoiceId: invoice.id,
        reason: `Trunk down, part ${i + 1}`,
        lines: [{ lineId: trunk.id, amount: '11.11' }],
      });
      expect(third.userErrors).toEqual([]);
      thirds.push(present(third.invoice));
    }
    // The trunk's share of tax is 33.33 × 7.20 / 87.33 = 2.748 → 2.75 and 33.33 × 2.97 / 87.33
    // = 1.134 → 1.13: rounded on what is credited so far, not once per credit note (which
    // would give 3 × 0.92 and 3 × 0.38, a cent too much of each).
    expect(thirds.map((note) => note.taxTotal)).toEqual(['1.30', '1.29', '1.29']);
    expect(sum(thirds.map((note) => new Dec(note.total))).toFixed(2)).toBe('37.21');

    const trunkAgain = await creditInvoice(database.ctx(), {
      invoiceId: invoice.id,
      reason: 'Once more',
      lines: [{ lineId: trunk.id, amount: '0.01' }],
    });
    expect(trunkAgain.userErrors).toEqual([
      {
        code: 'INVALID',
        field: ['input', 'lines', '0', 'amount'],
        message: 'Nothing of this line remains creditable.',
      },
    ]);

    // The seats' line is 60.00 less its 10% discount: 54.00 is what can be credited of it.
    const gross = await creditInvoice(database.ctx(), {
      invoiceId: invoice.id,
      reason: 'Seats',
      lines: [{ lineId: seat.id, amount: '60.00' }],
    });
    expect(gross.userErrors).toEqual([
      {
        code: 'INVALID',
        field: ['input', 'lines', '0', 'amount'],
        message: '54.00 of this line remains creditable (its tax follows); 60.00 is more.',
      },
    ]);

    const rest = await creditInvoice(database.ctx(), { invoiceId: invoice.id, reason: 'Cancelled' });
    expect(rest.userErrors).toEqual([]);
    expect(rest.invoice).toMatchObject({ subtotal: '54.00', taxTotal: '6.29', total: '60.29' });
    expect(await creditedTotal(invoice)).toBe(invoice.total);

    const nothingLeft = await creditInvoice(database.ctx(), { invoiceId: invoice.id, reason: 'Again' });
    expect(nothingLeft.userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        field: ['input', 'invoiceId'],
        message: 'Nothing is left to credit on this invoice.',
      },
    ]);
    expect(await creditedTotal(invoice)).toBe(invoice.total);
  });

  it('a discounted line credited in full, then the rest, adds up to the invoice', async () => {
    const { invoice, seat } = await finalizedInvoice();
    const seats = await creditInvoice(database.ctx(), {
      invoiceId: invoice.id,
      reason: 'Seats',
      lines: [{ lineId: seat.id, amount: '54.00' }],
    });
    expect(seats.userErrors).toEqual([]);
    // 54.00 × 7.20 / 87.33 = 4.452 → 4.45; 54.00 × 2.97 / 87.33 = 1.836 → 1.84.
    expect(seats.invoice).toMatchObject({ subtotal: '54.00', taxTotal: '6.29', total: '60.29' });
    const rest = await creditInvoice(database.ctx(), { invoiceId: invoice.id, reason: 'Cancelled' });
    expect(rest.invoice).toMatchObject({ subtotal: '33.33', taxTotal: '3.88', total: '37.21' });
    // The seats' line and its discount, both used up, are not repeated on the second note.
    const restLines = await listLinesOfInvoices(db(), [present(rest.invoice).id]);
    expect(restLines.map((line) => [line.lineType, line.productCode, line.amount])).toEqual([
      ['recurring', 'CN-TRUNK', '33.33'],
      ['tax', null, '2.75'],
      ['tax', null, '1.13'],
    ]);
    expect(await creditedTotal(invoice)).toBe(invoice.total);
  });

  it('issues no negative credit note for an invoice already credited too much', async () => {
    // As credit notes issued before the rule was enforced left some invoices.
    const account = await makeAccount(db());
    const invoice = await makeInvoice(db(), {
      accountId: account.id,
      lines: [
        { description: 'Install', amount: '100.00' },
        { description: 'Cabling', amount: '50.00' },
      ],
    });
    await makeInvoice(db(), {
      accountId: account.id,
      kind: 'credit_note',
      creditedInvoiceId: invoice.id,
      lines: [{ description: 'Credit: Install', amount: '200.00' }],
    });
    const full = await creditInvoice(database.ctx(), { invoiceId: invoice.id, reason: 'Cancelled' });
    expect(full.userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        field: ['input', 'invoiceId'],
        message: 'Nothing is left to credit on this invoice.',
      },
    ]);
    const [, cabling] = await listLinesOfInvoices(db(), [invoice.id]);
    const partial = await creditInvoice(database.ctx(), {
      invoiceId: invoice.id,
      reason: 'Cabling',
      lines: [{ lineId: present(cabling).id, amount: '50.00' }],
    });
    expect(partial.userErrors).toEqual([
      {
        code: 'INVALID',
        field: ['input', 'lines'],
        message: `Nothing of ${invoice.number} remains creditable; this credit comes to 50.00.`,
      },
    ]);
    expect(await creditedTotal(invoice)).toBe('200.00');
  });

  it('refuses an invoice id that is not one, without a database error', async () => {
    const result = await creditInvoice(database.ctx(), { invoiceId: 'INV-000001', reason: 'x' });
    expect(result.userErrors.map((e) => [e.code, e.field])).toEqual([['NOT_FOUND', ['input', 'invoiceId']]]);
  });

  it(`credits asked for at once never together exceed the invoice (${testDatabaseKind()})`, async () => {
    const { invoice, trunk } = await finalizedInvoice();
    const partial = () =>
      creditInvoice(database.ctx(), {
        invoiceId: invoice.id,
        reason: 'Trunk',
        lines: [{ lineId: trunk.id, amount: '20.00' }],
      });
    const full = () => creditInvoice(database.ctx(), { invoiceId: invoice.id, reason: 'All' });
    const results = await Promise.all([partial(), full(), partial(), full(), partial(), full()]);

    const issued = results.flatMap((result) => result.invoice ?? []);
    const refused = results.filter((result) => !result.invoice);
    expect(issued.length + refused.length).toBe(6);
    // Whatever the order, the invoice ends up credited exactly once in total.
    expect(await creditedTotal(invoice)).toBe(invoice.total);
    for (const note of issued) expect(new Dec(note.total).greaterThan(0)).toBe(true);
    for (const { userErrors } of refused) {
      expect(userErrors).toHaveLength(1);
      expect(present(userErrors[0]).message).toMatch(
        /^(Nothing is left to credit on this invoice\.|13\.33 of this line remains creditable \(its tax follows\); 20\.00 is more\.|Nothing of this line remains creditable\.)$/,
      );
    }
  });
});
