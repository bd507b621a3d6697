import type { Db } from '../db/client';
import { systemActor } from '../lib/auth/actor';
import { createBillingSchedule } from '../lib/autopilot/billing-schedules';
import { must } from '../lib/must';

/**
 * Billing on autopilot after cutover: the monthly schedule that bills each calendar month on
 * the 1st at 06:00 (Chicago) and sends the clean drafts by itself. November was the last run
 * a person started; December is the schedule's first.
 */
export async function seedDemoAutopilot(db: Db): Promise<void> {
  const { billingSchedule, userErrors } = await createBillingSchedule(
    { db, actor: systemActor('seed') },
    {
      name: 'Monthly billing',
      cycle: 'calendar_month',
      dayOfMonth: 1,
      runTime: '06:00',
      issueDateRule: 'run_day',
      autoFinalize: true,
    },
  );
  must(billingSchedule, `demo schedule: ${userErrors.map((error) => error.message).join('; ')}`);
}
