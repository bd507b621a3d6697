/**
 * Next.js calls this once when the server starts: the job workers (bill runs, sweeps) run
 * inside the server process, so `npm start` needs nothing else running.
 */
export async function register(): Promise<void> {
  // Next.js sets NEXT_RUNTIME; the edge runtime has no database.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServerJobWorkers } = await import('./lib/jobs/server-job-workers');
  startServerJobWorkers();
}
