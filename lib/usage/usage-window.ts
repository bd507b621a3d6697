import { utcDayStart } from '../dates';
import { getEnv } from '../env';

/** The instants a usage record may start in; others are a clock or a file gone wrong. */
export interface UsageWindow {
  earliest: Date;
  latest: Date;
}

/** The window in force now: USAGE_EARLIEST_DATE to USAGE_MAX_HOURS_AHEAD from now. */
export function currentUsageWindow(now: Date = new Date()): UsageWindow {
  const env = getEnv();
  return {
    earliest: utcDayStart(env.USAGE_EARLIEST_DATE),
    latest: new Date(now.getTime() + env.USAGE_MAX_HOURS_AHEAD * 3_600_000),
  };
}
