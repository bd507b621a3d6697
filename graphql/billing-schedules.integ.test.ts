import { beforeAll, describe, expect, it } from 'vitest';
import { listBillingScheduleRows } from '../db/queries/billing-schedules';
import { makeOrganization } from '../seed/factories';
import { signedInGraphQL } from './testing/signed-in-graphql';

/** Billing schedules set through the API: what a good one shows, and what bad input is told. */
const wire = signedInGraphQL('billing');

beforeAll(async () => {
  await makeOrganization(wire.db, { timeZone: 'America/New_York' });
});

const CREATE = `mutation($input: BillingScheduleInput!) {
  createBillingSchedule(input: $input) {
    billingSchedule { id name cycle dayOfMonth lastDayOfMonth runTime timeZone issueDateRule autoFinalize enabled
      nextRuns(count: 2) { dueAt runDay periodStart periodEnd issueDate } recentRuns { id } }
    userErrors { code field message }
  }
}`;

const monthly = {
  name: 'Monthly',
  cycle: 'CALENDAR_MONTH',
  dayOfMonth: 3,
  runTime: '06:00',
  autoFinalize: true,
};

async function create(input: Record<string, unknown>) {
  const { body } = await wire.request<{
    createBillingSchedule: {
      billingSchedule: Record<string, unknown> | null;
      userErrors: { code: string; field: string[]; message: string }[];
    };
  }>(CREATE, { input });
  expect(body.errors).toBeUndefined();
  return body.data?.createBillingSchedule ?? { billingSchedule: null, userErrors: [] };
}

describe('billing schedules over the API', () => {
  it('creates a schedule and shows its next runs in the organization zone', async () => {
    const { billingSchedule, userErrors } = await create(monthly);
    expect(userErrors).toEqual([]);
    expect(billingSchedule).toMatchObject({
      cycle: 'CALENDAR_MONTH',
      dayOfMonth: 3,
      lastDayOfMonth: false,
      timeZone: 'America/New_York',
      issueDateRule: 'RUN_DAY',
      enabled: true,
      recentRuns: [],
    });
    const [next] = (billingSchedule?.nextRuns ?? []) as {
      runDay: string;
      periodStart: string;
      dueAt: string;
    }[];
    expect(next?.runDay.endsWith('-03')).toBe(true);
    expect(next?.periodStart.endsWith('-01')).toBe(true);
  });

  it('refuses day 31 and says what happens in February', async () => {
    const before = (await listBillingScheduleRows(wire.db)).length;
    const { billingSchedule, userErrors } = await create({ ...monthly, dayOfMonth: 31 });
    expect(billingSchedule).toBeNull();
    expect(userErrors).toEqual([
      {
        code: 'INVALID',
        field: ['input', 'dayOfMonth'],
        message: expect.stringContaining('February has 28 days, 29 in a leap year'),
      },
    ]);
    expect((await listBillingScheduleRows(wire.db)).length).toBe(before);
  });

  it('takes the last day of the month instead, which runs on 28 or 29 February', async () => {
    const { billingSchedule, userErrors } = await create({
      ...monthly,
      dayOfMonth: null,
      lastDayOfMonth: true,
    });
    expect(userErrors).toEqual([]);
    expect(billingSchedule).toMatchObject({ dayOfMonth: null, lastDayOfMonth: true });
  });

  it('refuses a run time the zone skips on a run day, naming the day', async () => {
    // An anniversary schedule runs every day from the 2nd to the 28th, so also on the day New
    // York's clocks go forward (the second Sunday in March), whenever this test runs.
    const { userErrors } = await create({
      name: 'Nightly',
      cycle: 'ANNIVERSARY',
      runTime: '02:30',
      autoFinalize: false,
    });
    expect(userErrors).toEqual([
      {
        code: 'INVALID',
        field: ['input', 'runTime'],
        message: expect.stringMatching(
          /^02:30 does not exist in America\/New_York on \d{4}-03-(0[89]|1[0-4]), a run day/,
        ),
      },
    ]);
  });

  it('refuses a negative or zero day, a malformed time, an unknown audience and an empty name', async () => {
    for (const [input, field] of [
      [{ ...monthly, dayOfMonth: -1 }, 'dayOfMonth'],
      [{ ...monthly, dayOfMonth: 0 }, 'dayOfMonth'],
      [{ ...monthly, runTime: '25:00' }, 'runTime'],
      [{ ...monthly, runTime: '6am' }, 'runTime'],
      [{ ...monthly, audienceId: '00000000-0000-4000-8000-000000000000' }, 'audienceId'],
      [{ ...monthly, audienceId: 'not-an-id' }, 'audienceId'],
      [{ ...monthly, name: '  ' }, 'name'],
      [{ ...monthly, dayOfMonth: null }, 'dayOfMonth'],
      [{ ...monthly, cycle: 'ANNIVERSARY' }, 'dayOfMonth'],
    ] as const) {
      const { billingSchedule, userErrors } = await create(input);
      expect(billingSchedule).toBeNull();
      expect(userErrors.map((error) => error.field)).toEqual([['input', field]]);
    }
  });

  it('changes a schedule, and refuses an unknown one', async () => {
    const { billingSchedule } = await create({ ...monthly, name: 'To change' });
    const UPDATE = `mutation($id: ID!, $input: BillingScheduleInput!) {
      updateBillingSchedule(id: $id, input: $input) { billingSchedule { runTime enabled } userErrors { code field } } }`;
    const changed = await wire.request<{ updateBillingSchedule: unknown }>(UPDATE, {
      id: billingSchedule?.id,
      input: { ...monthly, runTime: '07:30', enabled: false },
    });
    expect(changed.body.data?.updateBillingSchedule).toEqual({
      billingSchedule: { runTime: '07:30', enabled: false },
      userErrors: [],
    });
    const unknown = await wire.request<{ updateBillingSchedule: unknown }>(UPDATE, {
      id: '00000000-0000-4000-8000-000000000000',
      input: monthly,
    });
    expect(unknown.body.data?.updateBillingSchedule).toEqual({
      billingSchedule: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['id'] }],
    });
  });
});
