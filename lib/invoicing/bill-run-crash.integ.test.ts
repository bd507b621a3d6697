import { spawn } from 'node:child_process';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { getBillRunById } from '../../db/queries/bill-runs';
import { accounts, allowanceUsages, invoiceLines, invoices, subscriptions } from '../../db/schema';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from '../../db/testing/test-database';
import {
  makeAccount,
  makeBillRun,
  makeOneTimeCharge,
  makeProduct,
  makeSubscription,
  makeTaxRule,
} from '../../seed/factories';
import { systemActor } from '../auth/actor';
import { setProductAllowances } from '../catalog/set-product-allowances';
import { ingestUsageBatch } from '../usage/ingest-usage-batch';
import { processBillRun } from './process-bill-run';

const october = { periodStart: '2026-10-01', periodEnd: '2026-11-01' };
const ACCOUNTS = 60;

const september = { periodStart: '2026-09-01', periodEnd: '2026-10-01' };

/**
 * The same sixty accounts in any database: seats, mid-month starts, installs, SMS usage, tax;
 * each seat includes 50 SMS, pooled with the children billed to the subscriber and rolling
 * over, and every tenth account (from the second) is billed to the one before it.
 */
async function seedScenario(db: Db) {
  const seat = await makeProduct(db, {
    code: 'SEAT',
    price: { currency: 'USD', model: 'per_unit', unitPrice: '19.99', effectiveFrom: '2026-01-01' },
  });
  const install = await makeProduct(db, {
    code: 'INSTALL',
    kind: 'one_time',
    price: { currency: 'USD', model: 'flat', amount: '75.00', effectiveFrom: '2026-01-01' },
  });
  await makeProduct(db, {
    code: 'SMS',
    kind: 'usage',
    usageType: 'sms',
    price: { currency: 'USD', model: 'per_unit', unitPrice: '0.0125', effectiveFrom: '2026-01-01' },
  });
  await setProductAllowances(
    { db, actor: systemActor('test') },
    {
      productId: seat.id,
      allowances: [{ usageType: 'sms', quantityPerUnit: '50', isPooled: true, rollsOver: true }],
    },
  );
  await makeTaxRule(db, { region: 'US-TX', taxCode: 'SALES', taxCategory: 'telecom', ratePercent: '8.25' });
  const usage = [];
  let previous: string | null = null;
  for (let i = 0; i < ACCOUNTS; i++) {
    const account = await makeAccount(db, {
      externalId: `CR-${String(i).padStart(3, '0')}`,
      taxRegion: i % 2 === 0 ? 'US-TX' : null,
      ...(i % 10 === 1 && previous && { parentAccountId: previous, billToParent: true }),
    });
    previous = account.id;
    await makeSubscription(db, {
      accountId: account.id,
      productId: seat.id,
      quantity: String((i % 5) + 1),
      startDate: i % 7 === 0 ? '2026-10-10' : '2026-01-01',
      discountPercent: i % 4 === 0 ? '12.5' : '0',
    });
    if (i % 6 === 0)
      await makeOneTimeCharge(db, { accountId: account.id, productId: install.id, chargeDate: '2026-10-02' });
    if (i % 3 === 0)
      usage.push({
        record_id: `SMS-${i}`,
        account_id: account.externalId,
        usage_type: 'sms',
        started_at: '2026-10-05T12:00:00Z',
        quantity: String(37 * (i + 1)),
      });
    if (i % 4 === 1)
      usage.push({
        record_id: `SMS-SEPT-${i}`,
        account_id: account.externalId,
        usage_type: 'sms',
        started_at: '2026-09-05T12:00:00Z',
        quantity: String(11 * (i + 1)),
      });
  }
  await ingestUsageBatch({ db, actor: systemActor('test') }, usage);
}

/** Every invoice with its lines, by account number: what two runs must agree on exactly. */
async function billed(db: Db) {
  const rows = await db
    .select({
      account: accounts.externalId,
      invoiceId: invoices.id,
      total: invoices.total,
      taxTotal: invoices.taxTotal,
      lineType: invoiceLines.lineType,
      key: invoiceLines.lineKey,
      productCode: invoiceLines.productCode,
      amount: invoiceLines.amount,
    })
    .from(invoices)
    .innerJoin(accounts, eq(accounts.id, invoices.accountId))
    .innerJoin(invoiceLines, eq(invoiceLines.invoiceId, invoices.id))
    .where(eq(invoices.periodStart, october.periodStart))
    .orderBy(asc(accounts.externalId), asc(invoiceLines.position));
  const invoiceIdsPerAccount = new Map<string, Set<string>>();
  for (const row of rows)
    invoiceIdsPerAccount.set(
      row.account,
      (invoiceIdsPerAccount.get(row.account) ?? new Set()).add(row.invoiceId),
    );
  return {
    // Subscription and charge keys are ids, different in each database: compare their products.
    lines: rows.map(({ invoiceId: _id, key, productCode, ...rest }) => ({
      ...rest,
      key: rest.lineType === 'usage' || rest.lineType === 'tax' ? key : productCode,
    })),
    invoicesPerAccount: [...invoiceIdsPerAccount.values()].map((ids) => ids.size),
    rollover: await db
      .select({
        account: accounts.externalId,
        periodStart: allowanceUsages.periodStart,
        included: allowanceUsages.included,
        carriedIn: allowanceUsages.carriedIn,
        used: allowanceUsages.used,
      })
      .from(allowanceUsages)
      .innerJoin(subscriptions, eq(subscriptions.id, allowanceUsages.subscriptionId))
      .innerJoin(accounts, eq(accounts.id, subscriptions.accountId))
      .orderBy(asc(accounts.externalId), asc(allowanceUsages.periodStart)),
  };
}

/**
 * Starts `switchboard bill-run --resume` and SIGKILLs it a few milliseconds after it reports
 * its n-th committed chunk: sometimes between chunks, mostly inside the next one.
 */
function runAndKill(
  databaseUrl: string,
  billRunId: string,
  kill: { afterChunks: number; delayMs: number },
): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['bin/switchboard.mjs', 'bill-run', '--resume', billRunId, '--chunk-size', '2'],
      {
        env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let timer: NodeJS.Timeout | undefined;
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    let chunks = 0;
    child.stdout.on('data', (data: Buffer) => {
      chunks += data.toString().split('accounts done').length - 1;
      if (!timer && chunks >= kill.afterChunks) timer = setTimeout(() => child.kill('SIGKILL'), kill.delayMs);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`bill-run exited ${code}: ${stderr}`));
    });
  });
}

describe.runIf(testDatabaseKind() === 'postgres')('a bill run killed with SIGKILL at random points', () => {
  let interrupted: TestDatabase;
  let reference: TestDatabase;
  beforeAll(async () => {
    [interrupted, reference] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await Promise.all([seedScenario(interrupted.db), seedScenario(reference.db)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([interrupted?.destroy(), reference?.destroy()]);
  });

  it('finishes, started again and again, with exactly the invoices of an uninterrupted run', async () => {
    // September first, uninterrupted in both: October then carries unused SMS over.
    for (const db of [reference.db, interrupted.db])
      await processBillRun(db, (await makeBillRun(db, september)).id, { chunkSize: 7 });
    const referenceRun = await makeBillRun(reference.db, october);
    await processBillRun(reference.db, referenceRun.id, { chunkSize: 7 });
    const run = await makeBillRun(interrupted.db, october);

    const killedMidRun: string[] = [];
    for (let round = 0; round < 40; round++) {
      const kill = { afterChunks: 1 + Math.floor(Math.random() * 6), delayMs: Math.floor(Math.random() * 4) };
      const before = await getBillRunById(interrupted.db, run.id);
      if (before?.status === 'completed') break;
      const outcome = await runAndKill(interrupted.url ?? '', run.id, kill);
      const after = await getBillRunById(interrupted.db, run.id);
      if (outcome === 'killed' && after && after.accountsDone < after.accountsTotal)
        killedMidRun.push(`${kill.afterChunks} chunks + ${kill.delayMs} ms`);
    }
    // The test proves something only if the worker really died part-way, more than once.
    expect(killedMidRun.length, `kills: ${killedMidRun.join(', ')}`).toBeGreaterThanOrEqual(3);

    const finished = await getBillRunById(interrupted.db, run.id);
    const expected = await getBillRunById(reference.db, referenceRun.id);
    expect(finished).toMatchObject({
      status: 'completed',
      accountsDone: expected?.accountsDone,
      invoicesCreated: expected?.invoicesCreated,
    });
    const got = await billed(interrupted.db);
    const want = await billed(reference.db);
    expect(got.invoicesPerAccount.every((n) => n === 1)).toBe(true);
    // The six children are on their parents' invoices.
    expect(got.invoicesPerAccount).toHaveLength(want.invoicesPerAccount.length);
    expect(want.invoicesPerAccount.length).toBeLessThanOrEqual(ACCOUNTS - 6);
    expect(got.lines).toEqual(want.lines);
    expect(got.rollover).toEqual(want.rollover);
    expect(got.rollover.some((row) => row.periodStart === october.periodStart && row.carriedIn !== '0')).toBe(
      true,
    );
  }, 300_000);
});
