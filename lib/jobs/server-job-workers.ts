import { getDatabase } from '../../db/client';
import { getEnv } from '../env';
import { startJobWorkers } from './start-job-workers';

const globalForJobs = globalThis as typeof globalThis & { __switchboardJobs?: boolean };

/** Starts the server's job workers once per process, in the background, unless switched off. */
export function startServerJobWorkers(): void {
  if (globalForJobs.__switchboardJobs || !getEnv().SWITCHBOARD_JOB_WORKERS) return;
  globalForJobs.__switchboardJobs = true;
  void (async () => {
    const database = await getDatabase();
    await startJobWorkers(database);
  })().catch((error: Error) => {
    globalForJobs.__switchboardJobs = false;
    console.error(`[jobs] could not start the job workers: ${error.message}`);
  });
}
