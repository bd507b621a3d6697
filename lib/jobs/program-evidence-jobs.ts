import type { Db } from '../../db/client';
import { sendJob } from './queue';

export const PROGRAM_EVIDENCE_QUEUE = 'program-evidence';

/**
 * How long a refresh waits before it runs, in seconds: the writes of a burst (variance
 * reviews, an import and the usage it ingests, a campaign approved then test-sent) join the
 * one waiting job, and the recompute runs once after them.
 */
export const PROGRAM_EVIDENCE_DEBOUNCE_SECONDS = 3;

/**
 * Asks a worker to recompute every program's evidence soon, on the caller's transaction: for
 * the writes outside the program module that its checks read (parallel runs and their
 * reviews, legacy imports, bill runs, unrated usage, campaigns). At most one such job waits
 * at a time (the queue's `short` policy on one singleton key), so a burst makes one recompute.
 * Call it as a transaction's last statement: a second writer's send waits on the waiting
 * job's key until this transaction ends. A no-op where no queue is installed (the CLI before
 * any server ran, tests without workers): the evidence then waits for `refreshProgramEvidence`
 * or the refresh a worker queues when it starts.
 */
export async function enqueueProgramEvidenceRefresh(db: Db): Promise<void> {
  await sendJob(
    db,
    PROGRAM_EVIDENCE_QUEUE,
    {},
    // A time, not a number of seconds: our placeholders (queue.ts) give each use of pg-boss's
    // `startAfter` parameter its own, so a bare number would also be cast to a timestamp.
    {
      singletonKey: PROGRAM_EVIDENCE_QUEUE,
      startAfter: new Date(Date.now() + PROGRAM_EVIDENCE_DEBOUNCE_SECONDS * 1000),
    },
  );
}
