import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getAccountById } from '../../db/queries/accounts';
import { accounts } from '../../db/schema';
import { daytimeOf } from '../../seed/dunning-clock';
import { makeAccount, makeInvoice, makePayment } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { addDays } from '../dates';
import { listDunningEvents } from './list-dunning-events';
import { listDunningSteps } from './list-dunning-steps';
import { runDunning } from './run-dunning';

const database = setUpTestDatabase();
const db = () => database.db;

// Each test works in its own year, so no test's invoices are due in another's runs.
const dueIn = (year: number) => `${year}-01-31`;
const day = (year: number, daysAfterDue: number) => addDays(dueIn(year), daysAfterDue);

async function overdueAccount(year: number, fields: { status?: 'active' | 'closed' } = {}) {
  const account = await makeAccount(db(), fields);
  const invoice = await makeInvoice(db(), {
    accountId: account.id,
    issueDate: `${year}-01-01`,
    dueDate: dueIn(year),
    total: '100.00',
  });
  return { account, invoice };
}

const stepsOf = (result: Awaited<ReturnType<typeof runDunning>>, invoiceId: string) =>
  result.recorded.filter((event) => event.invoiceId === invoiceId).map((event) => event.stepName);

describe('runDunning', () => {
  it('has a default schedule: reminders at 7 and 14 days, final notice at 30, suspension at 45', async () => {
    const steps = await listDunningSteps(database.ctx());
    expect(steps.map((step) => [step.position, step.daysAfterDue, step.action, step.name])).toEqual([
      [1, 7, 'reminder', 'First reminder'],
      [2, 14, 'reminder', 'Second reminder'],
      [3, 30, 'final_notice', 'Final notice'],
      [4, 45, 'suspend', 'Suspension'],
    ]);
  });

  it('records each step when its day is reached, once, and suspends at 45 days', async () => {
    const { account, invoice } = await overdueAccount(2027);
    expect((await runDunning(db(), { now: daytimeOf(day(2027, 6)) })).recorded).toEqual([]);

    const first = await runDunning(db(), { now: daytimeOf(day(2027, 7)) });
    expect(first.recorded).toEqual([
      expect.objectContaining({
        accountId: account.id,
        invoiceId: invoice.id,
        invoiceNumber: invoice.number,
        stepName: 'First reminder',
        stepPosition: 1,
        action: 'reminder',
      }),
    ]);
    // Idempotent: the same day again, or a day with no new step, records nothing.
    expect((await runDunning(db(), { now: daytimeOf(day(2027, 7)) })).recorded).toEqual([]);
    expect((await runDunning(db(), { now: daytimeOf(day(2027, 13)) })).recorded).toEqual([]);

    expect(stepsOf(await runDunning(db(), { now: daytimeOf(day(2027, 14)) }), invoice.id)).toEqual([
      'Second reminder',
    ]);
    expect(stepsOf(await runDunning(db(), { now: daytimeOf(day(2027, 30)) }), invoice.id)).toEqual([
      'Final notice',
    ]);
    expect((await getAccountById(db(), account.id))?.status).toBe('active');

    const suspension = await runDunning(db(), { now: daytimeOf(day(2027, 45)) });
    expect(stepsOf(suspension, invoice.id)).toEqual(['Suspension']);
    expect(suspension.suspendedAccountIds).toEqual([account.id]);
    expect((await getAccountById(db(), account.id))?.status).toBe('suspended');
    expect((await runDunning(db(), { now: daytimeOf(day(2027, 90)) })).recorded).toEqual([]);
  });

  it('stops once the invoice is paid', async () => {
    const { account, invoice } = await overdueAccount(2028);
    expect(stepsOf(await runDunning(db(), { now: daytimeOf(day(2028, 7)) }), invoice.id)).toEqual([
      'First reminder',
    ]);
    // A partial payment does not stop it.
    await makePayment(db(), { accountId: account.id, amount: '60.00' });
    expect(stepsOf(await runDunning(db(), { now: daytimeOf(day(2028, 14)) }), invoice.id)).toEqual([
      'Second reminder',
    ]);
    await makePayment(db(), { accountId: account.id, amount: '40.00' });
    expect((await runDunning(db(), { now: daytimeOf(day(2028, 60)) })).recorded).toEqual([]);
    expect((await getAccountById(db(), account.id))?.status).toBe('active');
  });

  it('after a gap takes only the latest step reached, records the earlier ones as skipped, and still suspends', async () => {
    const { account, invoice } = await overdueAccount(2029);
    const result = await runDunning(db(), { now: daytimeOf(day(2029, 50)) });
    expect(
      result.recorded.filter((event) => event.invoiceId === invoice.id).map((e) => [e.stepName, e.skipped]),
    ).toEqual([
      ['First reminder', true],
      ['Second reminder', true],
      ['Final notice', true],
      ['Suspension', false],
    ]);
    expect(result.suspendedAccountIds).toEqual([account.id]);
  });

  it('suspends only active accounts, and leaves an account reinstated by hand alone', async () => {
    const closed = await overdueAccount(2030, { status: 'closed' });
    const reinstated = await overdueAccount(2030);
    const result = await runDunning(db(), { now: daytimeOf(day(2030, 45)) });
    expect(result.suspendedAccountIds).toEqual([reinstated.account.id]);
    expect((await getAccountById(db(), closed.account.id))?.status).toBe('closed');

    await db().update(accounts).set({ status: 'active' }).where(eq(accounts.id, reinstated.account.id));
    await makeInvoice(db(), {
      accountId: reinstated.account.id,
      issueDate: '2030-02-20',
      dueDate: '2030-03-20',
      total: '10.00',
    });
    // The new invoice reaches its first reminder; the old suspension is not taken again.
    const later = await runDunning(db(), { now: daytimeOf('2030-03-28') });
    expect(later.recorded.map((event) => event.stepName)).toEqual(['First reminder']);
    expect((await getAccountById(db(), reinstated.account.id))?.status).toBe('active');
  });

  it('concurrent runs record each step once', async () => {
    const { invoice } = await overdueAccount(2031);
    const runs = await Promise.all([1, 2, 3].map(() => runDunning(db(), { now: daytimeOf(day(2031, 20)) })));
    expect(runs.flatMap((run) => stepsOf(run, invoice.id)).sort()).toEqual([
      'First reminder',
      'Second reminder',
    ]);
  });

  it("keeps an account's dunning history, newest first, page by page", async () => {
    const { account, invoice } = await overdueAccount(2032);
    await runDunning(db(), { now: daytimeOf(day(2032, 7)) });
    await runDunning(db(), { now: daytimeOf(day(2032, 14)) });
    const page = await listDunningEvents(database.ctx(), { accountId: account.id, first: 1 });
    expect(page.edges.map((edge) => [edge.node.step.name, edge.node.invoiceNumber, edge.node.asOf])).toEqual([
      ['Second reminder', invoice.number, day(2032, 14)],
    ]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await listDunningEvents(database.ctx(), {
      accountId: account.id,
      first: 5,
      after: page.pageInfo.endCursor,
    });
    expect(next.edges.map((edge) => [edge.node.step.name, edge.node.action])).toEqual([
      ['First reminder', 'reminder'],
    ]);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses an instant that is not one', async () => {
    await expect(runDunning(db(), { now: new Date('2026-02-30T25:00:00Z') })).rejects.toThrow(
      'not an instant',
    );
  });
});
