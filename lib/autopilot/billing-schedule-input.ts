import type { Db } from '../../db/client';
import { getAudienceById } from '../../db/queries/comms';
import type { BillingScheduleRow } from '../../db/schema';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';
import { firstSkippedRunDay } from './schedule-occurrences';

export interface BillingScheduleInput {
  name: string;
  cycle: BillingScheduleRow['cycle'];
  dayOfMonth?: number | null | undefined;
  lastDayOfMonth?: boolean | null | undefined;
  runTime: string;
  issueDateRule?: BillingScheduleRow['issueDateRule'] | null | undefined;
  audienceId?: string | null | undefined;
  autoFinalize: boolean;
  enabled?: boolean | null | undefined;
}

/** How far ahead a run time is checked against the zone's clock changes. */
const SKIPPED_TIME_HORIZON_DAYS = 3 * 366;

const field = (name: string) => ['input', name];

/**
 * The schedule as stored, or what is wrong with the input. Days 29 to 31 are refused: they
 * do not exist in every month, and a schedule that silently moved or skipped a run in
 * February would bill late or not at all. The last day of the month is its own choice. A run
 * time the organization's zone skips on one of the coming run days (clocks going forward) is
 * refused too, naming the day.
 */
export async function billingScheduleValues(
  db: Db,
  input: BillingScheduleInput,
  zone: string,
  now: Date,
): Promise<
  | { values: Omit<BillingScheduleRow, 'id' | 'createdAt' | 'updatedAt' | 'createdBy' | 'activeSince'> }
  | { userErrors: UserError[] }
> {
  const userErrors: UserError[] = [];
  const name = input.name.trim();
  if (!name) userErrors.push(userError('REQUIRED', field('name'), 'Give the schedule a name.'));
  const lastDayOfMonth = input.cycle === 'calendar_month' && input.lastDayOfMonth === true;
  const dayOfMonth = input.cycle === 'calendar_month' && !lastDayOfMonth ? (input.dayOfMonth ?? null) : null;
  if (input.cycle === 'calendar_month' && !lastDayOfMonth) {
    if (dayOfMonth === null)
      userErrors.push(
        userError('REQUIRED', field('dayOfMonth'), 'Choose the day of the month it runs, or the last day.'),
      );
    else if (dayOfMonth >= 29 && dayOfMonth <= 31)
      userErrors.push(
        userError(
          'INVALID',
          field('dayOfMonth'),
          `Day ${dayOfMonth} does not exist in every month (February has 28 days, 29 in a leap year): choose a day from 1 to 28, or "last day of the month", which runs on 28 or 29 February.`,
        ),
      );
    else if (!Number.isInteger(dayOfMonth) || dayOfMonth < 1 || dayOfMonth > 28)
      userErrors.push(userError('INVALID', field('dayOfMonth'), 'The day of the month is from 1 to 28.'));
  }
  if (input.cycle === 'anniversary' && (input.dayOfMonth != null || input.lastDayOfMonth))
    userErrors.push(
      userError(
        'INVALID',
        field('dayOfMonth'),
        'An anniversary schedule runs every day for the cycles that end that day: it takes no day of the month.',
      ),
    );
  const runTime = input.runTime.trim();
  if (!/^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(runTime))
    userErrors.push(userError('INVALID', field('runTime'), 'The run time is HH:MM, from 00:00 to 23:59.'));
  if (input.audienceId && (!isUuid(input.audienceId) || !(await getAudienceById(db, input.audienceId))))
    userErrors.push(userError('NOT_FOUND', field('audienceId'), 'No such audience.'));
  if (userErrors.length > 0) return { userErrors };

  const values = {
    name,
    cycle: input.cycle,
    dayOfMonth,
    lastDayOfMonth,
    runTime,
    issueDateRule: input.issueDateRule ?? 'run_day',
    audienceId: input.audienceId ?? null,
    autoFinalize: input.autoFinalize,
    enabled: input.enabled ?? true,
  };
  const skipped = firstSkippedRunDay(values, zone, now, SKIPPED_TIME_HORIZON_DAYS);
  if (skipped)
    return {
      userErrors: [
        userError(
          'INVALID',
          field('runTime'),
          `${runTime} does not exist in ${zone} on ${skipped}, a run day (clocks go forward): choose a time outside the change.`,
        ),
      ],
    };
  return { values };
}
