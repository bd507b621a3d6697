import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../db/client';
import {
  getDraftReview,
  listCleanDraftIds,
  listFindingsOfDrafts,
  recordAutomaticApprovals,
} from '../../db/queries/draft-reviews';
import { billRuns, invoices, prices, usageRecords } from '../../db/schema';
import { QueryCounter } from '../../db/testing/query-counter';
import { createTestDatabase, type TestDatabase } from '../../db/testing/test-database';
import {
  makeAccount,
  makeBillRun,
  makeInvoice,
  makeProduct,
  makeSubscription,
  makeTaxRule,
} from '../../seed/factories';
import { systemActor } from '../auth/actor';
import { processBillRun } from '../invoicing/process-bill-run';
import { totalChanged } from './checks/total-changed';
import { listDraftCheckSettings } from './list-draft-check-settings';
import { runDraftChecks } from './run-draft-checks';
import { updateDraftCheckSetting } from './update-draft-check-setting';

const counter = new QueryCounter();
let database: TestDatabase | undefined;
const db = (): Db => {
  if (!database) throw new Error('no database yet');
  return database.db;
};
const ctx = () => ({ db: db(), actor: systemActor('test') });
const october = { periodStart: '2026-10-01', periodEnd: '2026-11-01' };
let seatId = '';
let priceChangedId = '';

beforeAll(async () => {
  database = await createTestDatabase({ logger: counter });
  seatId = (
    await makeProduct(db(), {
      code: 'SEAT',
      taxCategory: 'service',
      price: { currency: 'USD', model: 'per_unit', unitPrice: '20.00', effectiveFrom: '2026-01-01' },
    })
  ).id;
  // 20.00 through October, 25.00 from November: drafts checked as of November see the change.
  priceChangedId = (
    await makeProduct(db(), {
      code: 'LINE',
      taxCategory: 'service',
      price: {
        currency: 'USD',
        model: 'per_unit',
        unitPrice: '20.00',
        effectiveFrom: '2026-01-01',
      },
    })
  ).id;
  await db().update(prices).set({ effectiveTo: '2026-11-01' }).where(eq(prices.productId, priceChangedId));
  await db().insert(prices).values({
    productId: priceChangedId,
    currency: 'USD',
    model: 'per_unit',
    unitPrice: '25.00',
    effectiveFrom: '2026-11-01',
  });
});
afterAll(async () => {
  await database?.destroy();
});

/** An account that raises nothing by default: it takes invoices by email and has an address. */
function account(fields: Parameters<typeof makeAccount>[1] = {}) {
  return makeAccount(db(), { billingEmail: 'billing@customer.test', ...fields });
}

/** A finalized invoice for September, the one drafts for October are compared with. */
function septemberInvoice(accountId: string, total: string, number?: string) {
  return makeInvoice(db(), {
    accountId,
    periodStart: '2026-09-01',
    periodEnd: '2026-10-01',
    issueDate: '2026-10-01',
    total,
    ...(number && { number }),
  });
}

/** A draft for October in `billRunId`, stored directly with the given total. */
function octoberDraft(billRunId: string, accountId: string, total: string) {
  return makeInvoice(db(), {
    accountId,
    billRunId,
    ...october,
    status: 'draft',
    number: null,
    issueDate: null,
    dueDate: null,
    finalizedAt: null,
    total,
    lines: [{ description: 'Service', amount: total }],
  });
}

/** A bill run of October with the given accounts (no drafts until made). */
async function octoberRun(accountIds: string[], issueDate: string | null = '2026-11-05') {
  const run = await makeBillRun(db(), { ...october, accountIds });
  await db().update(billRuns).set({ issueDate }).where(eq(billRuns.id, run.id));
  return run;
}

/** A bill run of October over real billing: drafts from the accounts' subscriptions. */
async function billedOctober(accountIds: string[]) {
  const run = await octoberRun(accountIds);
  await processBillRun(db(), run.id);
  const drafts = await db().select().from(invoices).where(eq(invoices.billRunId, run.id));
  return { run, drafts };
}

async function findingsOf(invoiceId: string) {
  return Object.fromEntries(
    (await listFindingsOfDrafts(db(), [invoiceId])).map((f) => [
      f.code,
      { severity: f.severity, message: f.message },
    ]),
  );
}

describe('the checks', () => {
  it('TOTAL_CHANGED: beyond both the percent and the amount, with the figures', async () => {
    const [big, smallChange, steady] = [await account(), await account(), await account()];
    await septemberInvoice(big.id, '765.00', 'INV-900123');
    await septemberInvoice(smallChange.id, '20.00'); // +100 % but only 20.00 more
    await septemberInvoice(steady.id, '1000.00'); // +10 %, 100.00 more
    const run = await octoberRun([big.id, smallChange.id, steady.id]);
    const drafts = {
      big: await octoberDraft(run.id, big.id, '1240.00'),
      small: await octoberDraft(run.id, smallChange.id, '40.00'),
      steady: await octoberDraft(run.id, steady.id, '1100.00'),
    };
    await runDraftChecks(db(), run.id);
    expect((await findingsOf(drafts.big.id)).TOTAL_CHANGED).toEqual({
      severity: 'hold',
      message: 'Total 1,240.00 USD is 62 % (475.00 USD) above the previous invoice INV-900123 (765.00 USD).',
    });
    expect((await findingsOf(drafts.small.id)).TOTAL_CHANGED).toBeUndefined();
    expect((await findingsOf(drafts.steady.id)).TOTAL_CHANGED).toBeUndefined();
    expect((await getDraftReview(db(), drafts.big.id))?.state).toBe('needs_review');
    expect((await getDraftReview(db(), drafts.steady.id))?.state).toBe('clean');
  });

  it('TOTAL_CHANGED: a fall counts too', async () => {
    const customer = await account();
    await septemberInvoice(customer.id, '500.00', 'INV-900124');
    const run = await octoberRun([customer.id]);
    const draft = await octoberDraft(run.id, customer.id, '40.00');
    await runDraftChecks(db(), run.id);
    expect((await findingsOf(draft.id)).TOTAL_CHANGED?.message).toBe(
      'Total 40.00 USD is 92 % (460.00 USD) below the previous invoice INV-900124 (500.00 USD).',
    );
  });

  it('ZERO_OR_NEGATIVE_TOTAL, TOTAL_ABOVE and FIRST_INVOICE', async () => {
    const [zero, negative, huge, fresh] = [
      await account(),
      await account(),
      await account(),
      await account(),
    ];
    for (const { id } of [zero, negative, huge]) await septemberInvoice(id, '0.00');
    const run = await octoberRun([zero.id, negative.id, huge.id, fresh.id]);
    const [z, n, h, f] = [
      await octoberDraft(run.id, zero.id, '0.00'),
      await octoberDraft(run.id, negative.id, '-12.50'),
      await octoberDraft(run.id, huge.id, '10000.01'),
      await octoberDraft(run.id, fresh.id, '50.00'),
    ];
    await runDraftChecks(db(), run.id);
    expect((await findingsOf(z.id)).ZERO_OR_NEGATIVE_TOTAL?.message).toBe(
      'Total is 0.00 USD: nothing to collect.',
    );
    expect((await findingsOf(n.id)).ZERO_OR_NEGATIVE_TOTAL?.message).toBe(
      'Total is -12.50 USD: less than nothing to collect.',
    );
    expect((await findingsOf(h.id)).TOTAL_ABOVE?.message).toBe('Total 10,000.01 USD is above 10,000.00 USD.');
    expect((await findingsOf(h.id)).ZERO_OR_NEGATIVE_TOTAL).toBeUndefined();
    expect(Object.keys(await findingsOf(f.id))).toEqual(['FIRST_INVOICE']);
    expect((await findingsOf(f.id)).FIRST_INVOICE?.message).toBe(
      `First invoice of ${fresh.name} (${fresh.externalId}): check its set-up before it goes out.`,
    );
    expect(Object.keys(await findingsOf(h.id))).not.toContain('FIRST_INVOICE');
  });

  it('NO_BILLING_EMAIL: only for accounts that take invoices by email', async () => {
    const [byEmail, byPortal] = [
      await account({ billingEmail: null }),
      await account({ billingEmail: null, invoiceDelivery: 'portal' }),
    ];
    for (const { id } of [byEmail, byPortal]) await septemberInvoice(id, '50.00');
    const run = await octoberRun([byEmail.id, byPortal.id]);
    const [e, p] = [
      await octoberDraft(run.id, byEmail.id, '50.00'),
      await octoberDraft(run.id, byPortal.id, '50.00'),
    ];
    await runDraftChecks(db(), run.id);
    expect((await findingsOf(e.id)).NO_BILLING_EMAIL?.message).toBe(
      `${byEmail.name} takes invoices by email but has no billing email: it would not be sent.`,
    );
    expect(await findingsOf(p.id)).toEqual({});
  });

  it('USAGE_STOPPED and UNRATED_USAGE: from the usage records of the period and the three before', async () => {
    const [stopped, stoppedLately, unrated] = [await account(), await account(), await account()];
    for (const { id } of [stopped, stoppedLately, unrated]) await septemberInvoice(id, '50.00');
    let n = 0;
    const usage = (
      acc: { id: string; externalId: string },
      startedAt: string,
      unratedReason: string | null = null,
    ) =>
      db()
        .insert(usageRecords)
        .values({
          recordId: `check-${++n}-${acc.externalId}`,
          accountRef: acc.externalId,
          accountId: acc.id,
          usageType: 'sms',
          startedAt: new Date(startedAt),
          quantity: '1',
          contentHash: `h${n}`,
          status: unratedReason ? 'unrated' : 'rated',
          unratedReason,
        });
    for (const month of ['07', '08', '09']) await usage(stopped, `2026-${month}-15T10:00:00Z`);
    for (const month of ['08', '09']) await usage(stoppedLately, `2026-${month}-15T10:00:00Z`);
    await usage(unrated, '2026-10-31T23:59:59Z', 'no_price');
    await usage(unrated, '2026-10-02T00:00:00Z', 'no_rate');
    await usage(unrated, '2026-11-01T00:00:00Z', 'no_rate'); // November: not this period
    // Sent before the account existed: it names the account's number but matched no account.
    await db()
      .insert(usageRecords)
      .values({
        recordId: `check-orphan-${unrated.externalId}`,
        accountRef: unrated.externalId,
        usageType: 'sms',
        startedAt: new Date('2026-10-05T00:00:00Z'),
        quantity: '1',
        contentHash: 'orphan',
        status: 'unrated',
        unratedReason: 'unknown_account',
      });
    const run = await octoberRun([stopped.id, stoppedLately.id, unrated.id]);
    const [s, l, u] = [
      await octoberDraft(run.id, stopped.id, '50.00'),
      await octoberDraft(run.id, stoppedLately.id, '50.00'),
      await octoberDraft(run.id, unrated.id, '50.00'),
    ];
    await runDraftChecks(db(), run.id);
    expect((await findingsOf(s.id)).USAGE_STOPPED?.message).toBe(
      'No usage this period, though the account had usage in each of the three periods before (since 2026-07-01).',
    );
    expect(await findingsOf(l.id)).toEqual({});
    expect((await findingsOf(u.id)).UNRATED_USAGE?.message).toBe(
      '3 usage records of this period are unrated (no_price, no_rate, unknown_account) and not billed on this draft.',
    );
  });

  it('PRICE_DIFFERS_FROM_CATALOG: an override, and a price the catalog has replaced since (a warning)', async () => {
    const [overridden, replaced, plain] = [await account(), await account(), await account()];
    for (const { id } of [overridden, replaced, plain]) await septemberInvoice(id, '20.00');
    await makeSubscription(db(), { accountId: overridden.id, productId: seatId, unitPrice: '15.50' });
    await makeSubscription(db(), { accountId: replaced.id, productId: priceChangedId });
    await makeSubscription(db(), { accountId: plain.id, productId: seatId });
    const { run, drafts } = await billedOctober([overridden.id, replaced.id, plain.id]);
    const draftOf = (accountId: string) => drafts.find((d) => d.accountId === accountId)?.id ?? '';
    await runDraftChecks(db(), run.id);
    expect((await findingsOf(draftOf(overridden.id))).PRICE_DIFFERS_FROM_CATALOG).toEqual({
      severity: 'warning',
      message: expect.stringMatching(/: 15\.50 USD \(override\) instead of 20\.00 USD\.$/),
    });
    expect((await findingsOf(draftOf(replaced.id))).PRICE_DIFFERS_FROM_CATALOG?.message).toMatch(
      /: 20\.00 USD instead of 25\.00 USD\.$/,
    );
    expect(await findingsOf(draftOf(plain.id))).toEqual({});
    // A warning does not hold the draft.
    expect((await getDraftReview(db(), draftOf(overridden.id)))?.state).toBe('clean');
  });

  it('MISSING_TAX: a rule of the region for a billed category, unless the account is exempt', async () => {
    const [taxable, exempt, otherCategory] = [
      await account({ taxRegion: 'ZZ-MT' }),
      await account({ taxRegion: 'ZZ-MT', taxExemptions: ['VAT'] }),
      await account({ taxRegion: 'ZZ-MT' }),
    ];
    for (const { id } of [taxable, exempt, otherCategory]) await septemberInvoice(id, '20.00');
    const run = await octoberRun([taxable.id, exempt.id, otherCategory.id]);
    const [t, e] = [
      await octoberDraft(run.id, taxable.id, '20.00'),
      await octoberDraft(run.id, exempt.id, '20.00'),
    ];
    const o = await octoberDraft(run.id, otherCategory.id, '20.00');
    // Drafts made before the rule existed (or by an engine that missed it) carry no tax line.
    await makeTaxRule(db(), { region: 'ZZ-MT', taxCode: 'VAT', taxCategory: 'service', ratePercent: '20' });
    await makeTaxRule(db(), { region: 'ZZ-MT', taxCode: 'VAT', taxCategory: 'telecom', ratePercent: '20' });
    await db().execute(sql`update invoice_lines set tax_category = 'goods' where invoice_id = ${o.id}`);
    await runDraftChecks(db(), run.id);
    expect((await findingsOf(t.id)).MISSING_TAX?.message).toBe(
      'No tax line, though region ZZ-MT has VAT 20 % on service in force for this period.',
    );
    expect(await findingsOf(e.id)).toEqual({});
    expect(await findingsOf(o.id)).toEqual({});
  });
});

describe('settings', () => {
  it('a disabled check finds nothing; a WARNING severity lets the draft through; thresholds apply', async () => {
    const [fresh, changed] = [await account(), await account()];
    await septemberInvoice(changed.id, '100.00', 'INV-900125');
    await updateDraftCheckSetting(ctx(), { code: 'FIRST_INVOICE', enabled: false });
    await updateDraftCheckSetting(ctx(), {
      code: 'TOTAL_CHANGED',
      severity: 'warning',
      thresholds: [{ name: 'amount', value: '10' }],
    });
    try {
      const run = await octoberRun([fresh.id, changed.id]);
      const [f, c] = [
        await octoberDraft(run.id, fresh.id, '50.00'),
        await octoberDraft(run.id, changed.id, '130.00'),
      ];
      expect(await runDraftChecks(db(), run.id)).toEqual({ clean: 2, held: 0 });
      expect(await findingsOf(f.id)).toEqual({});
      expect((await findingsOf(c.id)).TOTAL_CHANGED?.severity).toBe('warning');
    } finally {
      await updateDraftCheckSetting(ctx(), { code: 'FIRST_INVOICE', enabled: true });
      await updateDraftCheckSetting(ctx(), {
        code: 'TOTAL_CHANGED',
        severity: 'hold',
        thresholds: [{ name: 'amount', value: '100' }],
      });
    }
  });

  it('refuses a negative threshold, an unknown threshold and an unknown code, changing nothing', async () => {
    const negative = await updateDraftCheckSetting(ctx(), {
      code: 'TOTAL_ABOVE',
      thresholds: [{ name: 'amount', value: '-1' }],
    });
    expect(negative.userErrors).toEqual([
      {
        code: 'INVALID',
        field: ['input', 'thresholds', '0', 'value'],
        message: 'amount cannot be negative.',
      },
    ]);
    const unknownName = await updateDraftCheckSetting(ctx(), {
      code: 'TOTAL_ABOVE',
      enabled: false,
      thresholds: [{ name: 'percent', value: '1' }],
    });
    expect(unknownName.userErrors[0]).toMatchObject({
      code: 'NOT_FOUND',
      message: 'TOTAL_ABOVE has no threshold percent; it has amount.',
    });
    const unknownCode = await updateDraftCheckSetting(ctx(), { code: 'NOPE', enabled: false });
    expect(unknownCode.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'code'] });
    const above = (await listDraftCheckSettings(ctx())).find((s) => s.code === 'TOTAL_ABOVE');
    expect(above).toMatchObject({ enabled: true, updatedBy: null });
    expect(above?.thresholds.amount?.toFixed()).toBe('10000');
  });
});

describe('runDraftChecks', () => {
  it('checks each draft once: a second call writes nothing and answers the same', async () => {
    const accounts = [await account(), await account(), await account()];
    const run = await octoberRun(accounts.map((a) => a.id));
    for (const a of accounts) await octoberDraft(run.id, a.id, '50.00');
    const first = await runDraftChecks(db(), run.id);
    expect(first).toEqual({ clean: 0, held: 3 }); // first invoices
    const statements = await counter.during(() => runDraftChecks(db(), run.id));
    expect(statements.some((s) => /^insert/i.test(s))).toBe(false);
    expect(await runDraftChecks(db(), run.id)).toEqual(first);
    // A draft added later (a re-billed account) is checked on the next call, alone.
    const late = await account();
    await septemberInvoice(late.id, '50.00');
    await octoberDraft(run.id, late.id, '50.00');
    expect(await runDraftChecks(db(), run.id)).toEqual({ clean: 1, held: 3 });
  });

  it('a crash mid-way keeps the chunks done; the next call checks only the rest', async () => {
    const accounts = [];
    for (let i = 0; i < 5; i++) accounts.push(await account());
    const run = await octoberRun(accounts.map((a) => a.id));
    for (const a of accounts) await octoberDraft(run.id, a.id, '50.00');
    const realFind = totalChanged.find.bind(totalChanged);
    const crash = vi
      .spyOn(totalChanged, 'find')
      .mockImplementationOnce(realFind)
      .mockRejectedValueOnce(new Error('worker killed'));
    await expect(runDraftChecks(db(), run.id, { chunkSize: 2 })).rejects.toThrow('worker killed');
    crash.mockRestore();
    const reviewed = async () =>
      (await db().select().from(invoices).where(eq(invoices.billRunId, run.id))).map((d) => d.id);
    const statesAfterCrash = await Promise.all((await reviewed()).map((id) => getDraftReview(db(), id)));
    expect(statesAfterCrash.filter(Boolean)).toHaveLength(2); // the first chunk committed, the second rolled back
    expect(await runDraftChecks(db(), run.id, { chunkSize: 2 })).toEqual({ clean: 0, held: 5 });
    const findings = await listFindingsOfDrafts(db(), await reviewed());
    expect(findings.map((f) => f.code)).toEqual(Array(5).fill('FIRST_INVOICE'));
  });

  it('costs the same statements for 3 drafts as for 30 (set-based, no query per draft)', async () => {
    const statementsFor = async (count: number) => {
      const accounts = [];
      for (let i = 0; i < count; i++) accounts.push(await account());
      const run = await octoberRun(accounts.map((a) => a.id));
      for (const a of accounts) await octoberDraft(run.id, a.id, '50.00');
      return (await counter.during(() => runDraftChecks(db(), run.id))).length;
    };
    expect(await statementsFor(30)).toBe(await statementsFor(3));
  });
});

describe('for autopilot', () => {
  it('lists the clean drafts of a run and records their automatic approval once', async () => {
    const [clean, held] = [await account(), await account()];
    await septemberInvoice(clean.id, '50.00');
    const run = await octoberRun([clean.id, held.id]);
    const cleanDraft = await octoberDraft(run.id, clean.id, '50.00');
    await octoberDraft(run.id, held.id, '50.00'); // a first invoice: held
    await runDraftChecks(db(), run.id);
    expect(await listCleanDraftIds(db(), run.id, 100)).toEqual([cleanDraft.id]);
    expect(await recordAutomaticApprovals(db(), [cleanDraft.id])).toEqual([cleanDraft.id]);
    expect(await recordAutomaticApprovals(db(), [cleanDraft.id])).toEqual([]);
    expect(await getDraftReview(db(), cleanDraft.id)).toMatchObject({
      state: 'approved',
      decidedBy: 'system:autopilot',
      version: 2,
    });
    expect(await listCleanDraftIds(db(), run.id, 100)).toEqual([]);
  });
});
