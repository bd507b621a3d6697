import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../db/client';
import { getAccountsByExternalIds } from '../db/queries/accounts';
import { listRunAccounts } from '../db/queries/parallel-runs';
import { systemActor } from '../lib/auth/actor';
import type { OperationContext } from '../lib/context';
import { createCutoverWave } from '../lib/migration/cutover/create-wave';
import { cutOverWave } from '../lib/migration/cutover/cut-over-wave';
import { generateLegacyExport } from '../lib/migration/export-generator/generate-legacy-export';
import { importLegacyExport } from '../lib/migration/import/import-legacy-export';
import { reviewVariances } from '../lib/migration/parallel-run/review-variances';
import { startParallelRun } from '../lib/migration/parallel-run/run-parallel-run';

/** The legacy system's accounts moved first, as a pilot. */
export const PILOT_ACCOUNTS = [
  'L000001',
  'L000002',
  'L000003',
  'L000004',
  'L000005',
  'L000006',
  'L000007',
  'L000010',
];

/**
 * The demo provider mid-migration: its legacy system's export of October (generated, with
 * the faults a real legacy system has) imported, re-billed side by side and reconciled,
 * some variances reviewed, a pilot wave cut over on 1 November and the rest still planned.
 */
export async function seedDemoMigration(db: Db): Promise<{ importId: string }> {
  const ctx: OperationContext = { db, actor: systemActor('seed') };
  const dir = await mkdtemp(join(tmpdir(), 'switchboard-demo-export-'));
  try {
    await generateLegacyExport(dir, { accounts: 80, seed: 2026, usagePerAccount: 120, period: '2026-10' });
    const { importId } = await importLegacyExport(ctx, dir, { sourceName: 'legacy-export-2026-10.zip' });
    const { parallelRun } = await startParallelRun(ctx, { importId });
    if (!parallelRun) throw new Error('the demo parallel run did not start');

    const variances = (await listRunAccounts(db, parallelRun.id)).filter((a) => a.status !== 'match');
    const [rate] = variances.filter((a) => a.suggestedCause === 'RATE');
    if (rate)
      await reviewVariances(ctx, {
        runId: parallelRun.id,
        legacyAccountIds: [rate.legacyAccountId],
        resolution: 'confirmed',
        comment: 'Legacy deck still had the old mobile rate; ours is the contracted one.',
      });
    await reviewVariances(ctx, {
      runId: parallelRun.id,
      whereCause: 'TAX',
      resolution: 'accepted',
      comment: 'Legacy used last year’s rate; the new rate is right and customers were told.',
    });

    const pilot = await getAccountsByExternalIds(db, PILOT_ACCOUNTS);
    const { wave } = await createCutoverWave(ctx, {
      importId,
      name: 'Pilot',
      accountIds: pilot.map((a) => a.id),
    });
    if (wave) await cutOverWave(ctx, { waveId: wave.id, cutoverDate: '2026-11-01' });
    await createCutoverWave(ctx, { importId, name: 'Everyone else' });
    return { importId };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
