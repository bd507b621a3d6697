import type { Db } from '../../db/client';
import { sendJob } from './queue';

export const BILL_RUN_QUEUE = 'bill-run';

export interface BillRunJob {
  billRunId: string;
}

/** Queues a bill run's processing on the caller's transaction: the job exists iff the run commits. */
export async function enqueueBillRun(tx: Db, billRunId: string): Promise<void> {
  await sendJob(tx, BILL_RUN_QUEUE, { billRunId } satisfies BillRunJob, { singletonKey: billRunId });
}
