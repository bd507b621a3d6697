import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, timestampMs, updatedAt } from './columns';
import { audiences } from './comms';

export const scheduleCycleEnum = pgEnum('schedule_cycle', ['calendar_month', 'anniversary']);
export const issueDateRuleEnum = pgEnum('issue_date_rule', ['run_day', 'period_end']);

/**
 * When billing runs by itself. A calendar-month schedule runs on a day of each month and
 * bills the calendar month before it; an anniversary schedule runs every day and bills the
 * anniversary accounts whose cycle ended that day. Times are the organization's time zone.
 */
export const billingSchedules = pgTable(
  'billing_schedules',
  {
    id: id(),
    name: text().notNull(),
    cycle: scheduleCycleEnum().notNull(),
    /** Calendar month only: the day of the month it runs, 1–28; null with `lastDayOfMonth`. */
    dayOfMonth: integer(),
    /** Calendar month only: runs on the month's last day (28, 29, 30 or 31). */
    lastDayOfMonth: boolean().notNull().default(false),
    /** Local wall-clock time it runs, HH:MM, in the organization's time zone. */
    runTime: text().notNull(),
    issueDateRule: issueDateRuleEnum().notNull().default('run_day'),
    /** Only the Switchboard-billed accounts this audience selects; all of them when null. */
    audienceId: uuid().references(() => audiences.id),
    /** Clean drafts (no finding that holds them) are finalized and delivered without a person. */
    autoFinalize: boolean().notNull().default(false),
    enabled: boolean().notNull().default(true),
    /**
     * Due moments after this one are its to run: set when it is created, enabled again or given
     * another timing, so a schedule never catches up on what was due while it did not exist.
     */
    activeSince: timestampMs().notNull().defaultNow(),
    createdBy: text().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      'billing_schedules_day',
      sql`case when ${t.cycle} = 'calendar_month'
        then (${t.dayOfMonth} between 1 and 28) <> ${t.lastDayOfMonth}
        else ${t.dayOfMonth} is null and not ${t.lastDayOfMonth} end`,
    ),
    check('billing_schedules_run_time', sql`${t.runTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
  ],
);

export type BillingScheduleRow = typeof billingSchedules.$inferSelect;
