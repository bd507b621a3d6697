import type { IssueDateRule, ScheduleCycle } from '@/app/_gql/graphql';

export const cycleLabels: Record<ScheduleCycle, string> = {
  CALENDAR_MONTH: 'Calendar month: bill the month before, on a day of each month',
  ANNIVERSARY: 'Anniversary: every day, bill the cycles that ended that day',
};

export const issueDateLabels: Record<IssueDateRule, string> = {
  RUN_DAY: 'The day the run starts',
  PERIOD_END: 'The first day after the billed period',
};

/** "Day 3 of each month at 06:00" / "Last day of each month at 18:00" / "Every day at 05:00". */
export function describeWhen(schedule: {
  cycle: ScheduleCycle;
  dayOfMonth: number | null;
  lastDayOfMonth: boolean;
  runTime: string;
  timeZone: string;
}): string {
  const at = `at ${schedule.runTime} ${schedule.timeZone}`;
  if (schedule.cycle === 'ANNIVERSARY') return `Every day from the 2nd to the 28th ${at}`;
  if (schedule.lastDayOfMonth) return `Last day of each month ${at}`;
  return `Day ${schedule.dayOfMonth} of each month ${at}`;
}
