import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getProgramById, listChecklistRows } from '../../db/queries/program';
import { rowsOf } from '../../db/queries/raw-rows';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { importLegacyExport } from '../migration/import/import-legacy-export';
import { reviewVariances } from '../migration/parallel-run/review-variances';
import { startParallelRun } from '../migration/parallel-run/run-parallel-run';
import { writeSmallExport } from '../migration/testing/small-export';
import { saveChecklistItem } from '../program/checklist/save-checklist-item';
import { createProgram } from '../program/create-program';
import { PROGRAM_EVIDENCE_QUEUE } from './program-evidence-jobs';
import { isQueueInstalled, QUEUE_SCHEMA } from './queue';
import { type JobWorkers, startJobWorkers } from './start-job-workers';

/**
 * A program's evidence follows the writes outside the program that its checks read, through
 * the `program-evidence` job: nobody presses "Re-check evidence", nothing reads-and-writes.
 */
const database = setUpTestDatabase();
let workers: JobWorkers | undefined;
let importId = '';
let programId = '';
let itemId = '';

beforeAll(async () => {
  const dir = writeSmallExport(join(tmpdir(), `program-evidence-jobs-${process.pid}`), 300);
  importId = (await importLegacyExport(database.ctx(), dir)).importId;
  const created = await createProgram(database.ctx(), {
    name: 'Follows its evidence',
    importId,
    startsOn: '2026-10-01',
    goLiveOn: '2027-02-01',
  });
  programId = created.program?.id ?? '';
  // Accuracy 0 needed: the item passes exactly when every variance is explained.
  const { item } = await saveChecklistItem(database.ctx(), {
    programId,
    area: 'data_validation',
    title: 'Every variance of the latest parallel run explained',
    blocking: true,
    check: { kind: 'parallel_run_accuracy', threshold: '0' },
  });
  itemId = item?.id ?? '';
}, 120_000);

afterAll(async () => {
  await workers?.stop();
});

const item = async () => (await listChecklistRows(database.db, programId)).find((row) => row.id === itemId);
const checkedAt = async () => (await getProgramById(database.db, programId))?.evidenceCheckedAt ?? null;
const databaseNow = async () =>
  rowsOf<{ now: Date | string }>(await database.db.execute(sql`select now() as now`))[0]?.now;

/** Evidence jobs queued since `since` (a database time), in any state. */
async function jobsSince(since: Date | string | undefined): Promise<number> {
  const result = await database.db.execute(
    sql`select count(*)::int as n from ${sql.raw(`${QUEUE_SCHEMA}.job`)}
        where name = ${PROGRAM_EVIDENCE_QUEUE} and created_on >= ${since}`,
  );
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}

/** Waits for the evidence jobs to be worked through (none waiting or running); fails after a generous wait. */
async function settled() {
  for (let attempt = 0; attempt < 300; attempt++) {
    const result = await database.db.execute(
      sql`select count(*)::int as n from ${sql.raw(`${QUEUE_SCHEMA}.job`)}
          where name = ${PROGRAM_EVIDENCE_QUEUE} and state in ('created', 'retry', 'active')`,
    );
    if (Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the evidence jobs did not finish');
}

async function completedRun() {
  const { parallelRun, userErrors } = await startParallelRun(database.ctx(), { importId });
  expect(userErrors).toEqual([]);
  expect(parallelRun?.status).toBe('completed');
  return parallelRun?.id ?? '';
}

describe('the program-evidence job', () => {
  it('is not needed where no worker ever ran: a completed run queues nothing and changes no evidence', async () => {
    expect(await isQueueInstalled(database.db)).toBe(false);
    const before = await checkedAt();
    await completedRun();
    expect(await checkedAt()).toEqual(before);
    expect(await item()).toMatchObject({ checkState: 'unknown' });
  });

  it('follows a parallel run, its variance reviews (one job for a burst) and the next run, with no refresh', async () => {
    workers = await startJobWorkers(database.database, { pollingIntervalSeconds: 0.5, log: () => {} });
    await workers.resumed;
    // A worker's start queues one refresh, for what was written while none ran (the run above).
    await settled();
    expect(await item()).toMatchObject({ checkState: 'failing', status: 'open' });
    expect((await item())?.checkDetail).toMatch(/variances? unexplained/);

    // A burst of reviews, one write each: they join the one waiting job.
    const [run] = rowsOf<{ id: string }>(
      await database.db.execute(sql`select id from parallel_runs order by created_at limit 1`),
    );
    const variances = rowsOf<{ legacy_account_id: string }>(
      await database.db.execute(
        sql`select legacy_account_id from parallel_run_accounts where run_id = ${run?.id} and status <> 'match' order by legacy_account_id`,
      ),
    ).map((row) => row.legacy_account_id);
    expect(variances.length).toBeGreaterThan(1);
    const burst = await databaseNow();
    const before = await checkedAt();
    for (const half of [variances.slice(0, 1), variances.slice(1)]) {
      const reviewed = await reviewVariances(database.ctx(), {
        runId: run?.id ?? '',
        legacyAccountIds: half,
        resolution: 'confirmed',
      });
      expect(reviewed.userErrors).toEqual([]);
    }
    expect(await jobsSince(burst)).toBe(1);
    await settled();
    expect(await jobsSince(burst)).toBe(1);
    expect(await item()).toMatchObject({ checkState: 'passing', status: 'done' });
    expect((await checkedAt())?.getTime()).toBeGreaterThan(before?.getTime() ?? 0);

    // A new run has its own unexplained variances: the item follows it.
    const next = await databaseNow();
    const afterReviews = await checkedAt();
    await completedRun();
    expect(await jobsSince(next)).toBe(1);
    await settled();
    expect(await item()).toMatchObject({ checkState: 'failing', status: 'open' });
    expect((await checkedAt())?.getTime()).toBeGreaterThan(afterReviews?.getTime() ?? 0);
  }, 90_000);
});
