import { beforeAll, describe, expect, it } from 'vitest';
import { listLinesOfInvoices } from '../../db/queries/invoices';
import { makeAccount, makeBillRun, makeProduct, makeSubscription, makeTaxRule } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { todayIso } from '../dates';
import { Dec } from '../money/decimal';
import { createBillRun } from './bill-runs';
import { creditInvoice } from './credit-invoice';
import { discardDraftInvoice } from './discard-draft-invoice';
import { finalizeInvoice } from './finalize-invoice';
import { getInvoice, listInvoices } from './invoice-queries';
import { processBillRun } from './process-bill-run';
import { voidInvoice } from './void-invoice';

const database = setUpTestDatabase();
const db = () => database.db;
const october = { periodStart: '2026-10-01', periodEnd: '2026-11-01' };
let seatId = '';
let supportId = '';

beforeAll(async () => {
  seatId = (
    await makeProduct(db(), {
      code: 'SEAT',
      price: { currency: 'USD', model: 'per_unit', unitPrice: '20.00', effectiveFrom: '2026-01-01' },
    })
  ).id;
  supportId = (
    await makeProduct(db(), {
      code: 'SUPPORT',
      taxCategory: 'service',
      price: { currency: 'USD', model: 'flat', amount: '50.00', effectiveFrom: '2026-01-01' },
    })
  ).id;
  await makeTaxRule(db(), { region: 'US-TX', taxCode: 'SALES', taxCategory: 'telecom', ratePercent: '8.25' });
  await makeTaxRule(db(), { region: 'US-TX', taxCode: 'USF', taxCategory: 'telecom', ratePercent: '3.4' });
});

/** The value, failing the test when it is missing. */
function present<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected a ${what}`);
  return value;
}

/** Accounts with 2 seats (40.00, taxed 3.30 + 1.36) and support (50.00, untaxed), billed for October: 94.66 each. */
async function draftsFor(count: number, fields: Parameters<typeof makeAccount>[1] = {}) {
  const accountIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const account = await makeAccount(db(), { taxRegion: 'US-TX', ...fields });
    await makeSubscription(db(), { accountId: account.id, productId: seatId, quantity: '2' });
    await makeSubscription(db(), { accountId: account.id, productId: supportId });
    accountIds.push(account.id);
  }
  const run = await makeBillRun(db(), { ...october, accountIds });
  await processBillRun(db(), run.id);
  const page = await listInvoices(database.ctx(), { first: 100, filter: { billRunId: run.id } });
  return page.edges.map((edge) => edge.node);
}

describe('finalizing', () => {
  it('numbers a draft, dates it and sets the due date by the account terms; twice is refused', async () => {
    const draft = present((await draftsFor(1, { paymentTermsDays: 15 }))[0]);
    expect(draft).toMatchObject({ status: 'draft', number: null, total: '94.66' });
    const { invoice, userErrors } = await finalizeInvoice(database.ctx(), {
      id: draft.id,
      issueDate: '2026-11-01',
    });
    expect(userErrors).toEqual([]);
    expect(invoice).toMatchObject({ status: 'finalized', issueDate: '2026-11-01', dueDate: '2026-11-16' });
    expect(invoice?.number).toMatch(/^INV-\d{6}$/);
    const again = await finalizeInvoice(database.ctx(), { id: draft.id });
    expect(again.userErrors[0]?.code).toBe('INVALID_STATE');
    expect((await getInvoice(database.ctx(), draft.id))?.number).toBe(invoice?.number);
  });

  it("dates a bill run's drafts with the run's issue date unless finalized with another", async () => {
    const account = await makeAccount(db(), { taxRegion: 'US-TX', paymentTermsDays: 15 });
    const other = await makeAccount(db(), { taxRegion: 'US-TX', paymentTermsDays: 30 });
    for (const { id } of [account, other])
      await makeSubscription(db(), { accountId: id, productId: seatId, quantity: '2' });
    const started = await createBillRun(database.ctx(), {
      ...october,
      issueDate: '2026-11-03',
      accountIds: [account.id, other.id],
    });
    expect(started.userErrors).toEqual([]);
    const run = present(started.billRun, 'bill run');
    expect(run.issueDate).toBe('2026-11-03');
    await processBillRun(db(), run.id);
    const drafts = (await listInvoices(database.ctx(), { first: 10, filter: { billRunId: run.id } })).edges;
    const draftOf = (accountId: string) =>
      present(drafts.find((edge) => edge.node.accountId === accountId)?.node, 'draft');

    const byRun = await finalizeInvoice(database.ctx(), { id: draftOf(account.id).id });
    expect(byRun.userErrors).toEqual([]);
    expect(byRun.invoice).toMatchObject({ issueDate: '2026-11-03', dueDate: '2026-11-18' });
    // Totals and numbering are what finalizing without a run's date gives.
    expect(byRun.invoice?.total).toBe(draftOf(account.id).total);
    expect(byRun.invoice?.number).toMatch(/^INV-\d{6}$/);

    const overridden = await finalizeInvoice(database.ctx(), {
      id: draftOf(other.id).id,
      issueDate: '2026-11-05',
    });
    expect(overridden.invoice).toMatchObject({ issueDate: '2026-11-05', dueDate: '2026-12-05' });
  });

  it('dates drafts of a run started without an issue date on the day they are finalized', async () => {
    const draft = present((await draftsFor(1))[0]);
    const { invoice } = await finalizeInvoice(database.ctx(), { id: draft.id });
    expect(invoice?.issueDate).toBe(todayIso());
  });

  it("refuses a bill run's issue date that is not a date or comes before the period", async () => {
    const notADate = await createBillRun(database.ctx(), { ...october, issueDate: '2026-11-31' });
    expect(notADate).toEqual({
      billRun: null,
      userErrors: [
        {
          code: 'INVALID',
          field: ['input', 'issueDate'],
          message: '"2026-11-31" is not a date (YYYY-MM-DD).',
        },
      ],
    });
    const early = await createBillRun(database.ctx(), { ...october, issueDate: '2026-09-30' });
    expect(early).toEqual({
      billRun: null,
      userErrors: [
        {
          code: 'INVALID',
          field: ['input', 'issueDate'],
          message: 'The issue date cannot be before the period starts.',
        },
      ],
    });
  });

  it('hands out consecutive numbers to drafts finalized at once', async () => {
    const drafts = await draftsFor(6);
    const results = await Promise.all(
      drafts.map((draft) => finalizeInvoice(database.ctx(), { id: draft.id })),
    );
    const numbers = results.map((result) => Number(result.invoice?.number?.slice(4))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(6);
    expect(present(numbers.at(-1)) - present(numbers[0])).toBe(5);
  });
});

describe('credit notes', () => {
  it('credits part of a line with its share of tax, then the rest, never more than the invoice', async () => {
    const draft = present((await draftsFor(1))[0]);
    const invoice = present((await finalizeInvoice(database.ctx(), { id: draft.id })).invoice);
    const lines = await listLinesOfInvoices(db(), [invoice.id]);
    const seat = present(lines.find((line) => line.productCode === 'SEAT'));

    const partial = await creditInvoice(database.ctx(), {
      invoiceId: invoice.id,
      reason: 'One seat was down for a week',
      lines: [{ lineId: seat.id, amount: '10.00' }],
    });
    expect(partial.userErrors).toEqual([]);
    // 10.00 of the 40.00 taxed base carries 10 × 3.30 / 40 = 0.825 → 0.83 of one tax, 0.34 of the other.
    expect(partial.invoice).toMatchObject({
      kind: 'credit_note',
      status: 'finalized',
      subtotal: '10.00',
      taxTotal: '1.17',
      total: '11.17',
      creditedInvoiceId: invoice.id,
    });
    expect(partial.invoice?.number).toMatch(/^CN-\d{6}$/);

    const tooMuch = await creditInvoice(database.ctx(), {
      invoiceId: invoice.id,
      reason: 'Again',
      lines: [{ lineId: seat.id, amount: '30.01' }],
    });
    expect(tooMuch.userErrors[0]).toMatchObject({
      code: 'INVALID',
      field: ['input', 'lines', '0', 'amount'],
    });

    const rest = await creditInvoice(database.ctx(), { invoiceId: invoice.id, reason: 'Cancelled' });
    expect(rest.invoice?.total).toBe('83.49');
    // Everything credited adds up to the invoice, to the cent.
    expect(new Dec(present(partial.invoice).total).plus(present(rest.invoice).total).toFixed(2)).toBe(
      invoice.total,
    );
    const nothingLeft = await creditInvoice(database.ctx(), { invoiceId: invoice.id, reason: 'Once more' });
    expect(nothingLeft.userErrors[0]?.code).toBe('INVALID_STATE');
  });

  it('refuses drafts and tax lines', async () => {
    const draft = present((await draftsFor(1))[0]);
    expect(
      (await creditInvoice(database.ctx(), { invoiceId: draft.id, reason: 'x' })).userErrors[0]?.code,
    ).toBe('INVALID_STATE');
    await finalizeInvoice(database.ctx(), { id: draft.id });
    const tax = present(
      (await listLinesOfInvoices(db(), [draft.id])).find((line) => line.lineType === 'tax'),
    );
    const result = await creditInvoice(database.ctx(), {
      invoiceId: draft.id,
      reason: 'x',
      lines: [{ lineId: tax.id, amount: '1.00' }],
    });
    expect(result.userErrors[0]?.field).toEqual(['input', 'lines', '0', 'lineId']);
  });
});

describe('void, reissue and discard', () => {
  it('voids a finalized invoice, keeping its number, and reissues a new draft for the period', async () => {
    const draft = present((await draftsFor(1))[0]);
    const invoice = present((await finalizeInvoice(database.ctx(), { id: draft.id })).invoice);
    const voided = await voidInvoice(database.ctx(), {
      id: invoice.id,
      reason: 'Wrong address',
      reissue: true,
    });
    expect(voided.userErrors).toEqual([]);
    expect(voided.invoice).toMatchObject({ status: 'void', number: invoice.number });
    expect(voided.invoice?.note).toContain('Wrong address');
    expect(voided.reissueBillRun).not.toBeNull();
    const reissue = present(voided.reissueBillRun);
    await processBillRun(db(), reissue.id);
    const reissued = await listInvoices(database.ctx(), { filter: { billRunId: reissue.id } });
    expect(reissued.edges.map((edge) => edge.node)).toMatchObject([
      { accountId: invoice.accountId, status: 'draft', total: '94.66' },
    ]);
  });

  it('will not void an invoice with credit notes, a draft, or one already void', async () => {
    const pair = await draftsFor(2);
    const credited = present(pair[0]);
    const draft = present(pair[1]);
    await finalizeInvoice(database.ctx(), { id: credited.id });
    await creditInvoice(database.ctx(), { invoiceId: credited.id, reason: 'Goodwill' });
    for (const id of [credited.id, draft.id]) {
      const result = await voidInvoice(database.ctx(), { id, reason: 'Try' });
      expect(result.userErrors[0]?.code).toBe('INVALID_STATE');
    }
    expect((await voidInvoice(database.ctx(), { id: draft.id, reason: '  ' })).userErrors[0]?.code).toBe(
      'REQUIRED',
    );
  });

  it('discards a draft so the period can be billed again, but never a finalized invoice', async () => {
    const pair = await draftsFor(2);
    const draft = present(pair[0]);
    const other = present(pair[1]);
    expect((await discardDraftInvoice(database.ctx(), { id: draft.id })).discardedId).toBe(draft.id);
    expect(await getInvoice(database.ctx(), draft.id)).toBeNull();
    const run = await makeBillRun(db(), { ...october, accountIds: [draft.accountId] });
    await processBillRun(db(), run.id);
    expect((await listInvoices(database.ctx(), { filter: { billRunId: run.id } })).edges).toHaveLength(1);
    await finalizeInvoice(database.ctx(), { id: other.id });
    expect((await discardDraftInvoice(database.ctx(), { id: other.id })).userErrors[0]?.code).toBe(
      'INVALID_STATE',
    );
  });
});
