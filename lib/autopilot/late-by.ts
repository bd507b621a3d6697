import type { BillRunRow } from '../../db/schema';

/** A run that starts within this of its due moment is on time: the worker looks every minute. */
const ON_TIME_SECONDS = 120;

/**
 * How many seconds after its schedule's due moment a run started, when it was late (the
 * server was not running then); null when on time or started by a person.
 */
export function lateBySeconds(run: Pick<BillRunRow, 'scheduledFor' | 'createdAt'>): number | null {
  if (!run.scheduledFor) return null;
  const late = Math.round((run.createdAt.getTime() - run.scheduledFor.getTime()) / 1000);
  return late > ON_TIME_SECONDS ? late : null;
}
