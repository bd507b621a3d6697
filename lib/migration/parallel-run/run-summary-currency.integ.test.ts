import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { accounts, legacyInvoices, parallelRunAccounts, parallelRuns } from '../../../db/schema';
import { setUpTestDatabase } from '../../../seed/set-up-test-database';
import { Dec } from '../../money/decimal';
import { importLegacyExport } from '../import/import-legacy-export';
import { writeSmallExport } from '../testing/small-export';
import { toDec } from './compare-invoices';
import { startParallelRun } from './run-parallel-run';
import { accountCurrency, type RunSummary, summarizeRun } from './summarize-run';

/**
 * A run's summary carries its currency and never adds amounts of different currencies; and
 * migration 0020 gives summaries stored before that the same figures a run computes now.
 */
const database = setUpTestDatabase();
let importId = '';
/** Eight accounts, so that their means divide exactly and the other accounts' do not. */
const eur = ['L000001', 'L000002', 'L000003', 'L000004', 'L000005', 'L000006', 'L000007', 'L000008'];

beforeAll(async () => {
  const dir = writeSmallExport(join(tmpdir(), `run-summary-currency-${process.pid}`), 500);
  importId = (await importLegacyExport(database.ctx(), dir)).importId;
}, 120_000);

async function run(): Promise<{ id: string; summary: RunSummary }> {
  const { parallelRun, userErrors } = await startParallelRun(database.ctx(), { importId });
  expect(userErrors).toEqual([]);
  return { id: parallelRun?.id ?? '', summary: parallelRun?.summary as RunSummary };
}

/** Puts a summary back as it was stored before it had a currency (amounts added regardless). */
async function storeAsBefore(runId: string, summary: RunSummary) {
  const { currency: _currency, byCurrency, ...before } = summary;
  const stored = await database.db
    .select({ difference: parallelRunAccounts.difference })
    .from(parallelRunAccounts)
    .where(eq(parallelRunAccounts.runId, runId));
  const differences = stored.map((row) => new Dec(row.difference));
  const old = {
    ...before,
    totalDifference: differences.reduce((a, b) => a.plus(b), new Dec(0)).toFixed(2),
    leakage: differences.reduce((a, b) => (b.greaterThan(0) ? a.plus(b) : a), new Dec(0)).toFixed(2),
    legacyArpu: byCurrency[0]?.legacyArpu ?? null,
  };
  await database.db.update(parallelRuns).set({ summary: old }).where(eq(parallelRuns.id, runId));
}

async function applyBackfill() {
  const file = resolve(process.cwd(), 'db/migrations/0021_run_summary_currency.sql');
  for (const statement of readFileSync(file, 'utf8').split('--> statement-breakpoint'))
    await database.db.execute(sql.raw(statement));
}

const storedSummary = async (runId: string) =>
  (await database.db.select().from(parallelRuns).where(eq(parallelRuns.id, runId)))[0]?.summary as RunSummary;

describe('the currency of a parallel run summary', () => {
  it('is the accounts’ one currency, with its figures also given per currency', async () => {
    const { id, summary } = await run();
    expect(summary.currency).toBe('USD');
    expect(summary.totalDifference).not.toBeNull();
    expect(summary.byCurrency).toEqual([
      {
        currency: 'USD',
        legacyArpu: summary.legacyArpu,
        newArpu: summary.newArpu,
        arpuPreservation: summary.arpuPreservation,
        totalDifference: summary.totalDifference,
        leakage: summary.leakage,
      },
    ]);

    await storeAsBefore(id, summary);
    expect(await storedSummary(id)).not.toHaveProperty('currency');
    await applyBackfill();
    expect(await storedSummary(id)).toEqual(summary);
  });

  it('is backfilled for a run over several currencies with each currency’s figures, as summarizeRun makes them', async () => {
    const { id, summary } = await run();
    await storeAsBefore(id, summary);
    // Accounts that turn out to be in another currency than the run added them up in.
    await database.db.update(accounts).set({ currency: 'EUR' }).where(inArray(accounts.externalId, eur));
    const reconciled = await database.db
      .select({
        status: parallelRunAccounts.status,
        legacySubtotal: parallelRunAccounts.legacySubtotal,
        newSubtotal: parallelRunAccounts.newSubtotal,
        difference: parallelRunAccounts.difference,
        suggestedCause: parallelRunAccounts.suggestedCause,
        accountCurrency: accounts.currency,
        legacyCurrency: legacyInvoices.currency,
      })
      .from(parallelRunAccounts)
      .leftJoin(accounts, eq(accounts.id, parallelRunAccounts.accountId))
      .leftJoin(legacyInvoices, eq(legacyInvoices.id, parallelRunAccounts.legacyInvoiceId))
      .where(eq(parallelRunAccounts.runId, id));
    const expected = summarizeRun(
      reconciled.map((row) => ({
        currency: accountCurrency(row.accountCurrency, row.legacyCurrency),
        status: row.status,
        legacySubtotal: toDec(row.legacySubtotal),
        newSubtotal: toDec(row.newSubtotal),
        difference: new Dec(row.difference),
        suggestedCause: row.suggestedCause,
      })),
    );
    expect(expected.byCurrency.map((figures) => figures.currency)).toEqual(['EUR', 'USD']);
    expect(expected.byCurrency.every((figures) => figures.legacyArpu && figures.newArpu)).toBe(true);

    await applyBackfill();
    expect(await storedSummary(id)).toEqual(expected);
  });

  it('is null when the accounts mix currencies, whose amounts are then only given per currency', async () => {
    const { id, summary } = await run();
    expect(summary).toMatchObject({
      currency: null,
      legacyArpu: null,
      newArpu: null,
      arpuPreservation: null,
      totalDifference: null,
      leakage: null,
    });
    expect(summary.byCurrency.map((figures) => figures.currency)).toEqual(['EUR', 'USD']);
    // Each currency's difference is what its own accounts add up to, nothing of the other's.
    const rows = await database.db
      .select({ ref: parallelRunAccounts.legacyAccountId, difference: parallelRunAccounts.difference })
      .from(parallelRunAccounts)
      .where(eq(parallelRunAccounts.runId, id));
    const totalOf = (inEur: boolean) =>
      rows
        .filter((row) => eur.includes(row.ref) === inEur)
        .reduce((total, row) => total.plus(row.difference), new Dec(0))
        .toFixed(2);
    expect(summary.byCurrency[0]?.totalDifference).toBe(totalOf(true));
    expect(summary.byCurrency[1]?.totalDifference).toBe(totalOf(false));
    expect(summary.invoicesCompared).toBeGreaterThan(40);

    await storeAsBefore(id, summary);
    await applyBackfill();
    expect(await storedSummary(id)).toEqual(summary);
  });
});
