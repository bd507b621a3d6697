import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { listBillRunAccounts } from '../../db/queries/bill-runs';
import { updateBillingScheduleRow } from '../../db/queries/billing-schedules';
import { billRuns } from '../../db/schema';
import { makeAccount, makeOrganization } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { createAudience } from '../comms/create-audience';
import { createBillingSchedule } from './billing-schedules';
import { startDueScheduledRuns } from './start-due-scheduled-runs';

const database = setUpTestDatabase();
const db = () => database.db;
const accounts: Record<string, string> = {};

beforeAll(async () => {
  await makeOrganization(db(), { timeZone: 'America/New_York' });
  accounts.monthly = (await makeAccount(db(), { externalId: 'SCH-MONTHLY', taxRegion: 'US-NY' })).id;
  accounts.texas = (await makeAccount(db(), { externalId: 'SCH-TEXAS', taxRegion: 'US-TX' })).id;
  accounts.firstOfMonth = (
    await makeAccount(db(), { externalId: 'SCH-ANNIV-1', billingCycle: 'anniversary', billingDay: 1 })
  ).id;
  accounts.legacy = (await makeAccount(db(), { externalId: 'SCH-LEGACY', systemOfRecord: 'legacy' })).id;
  accounts.closed = (await makeAccount(db(), { externalId: 'SCH-CLOSED', status: 'closed' })).id;
  accounts.the15th = (
    await makeAccount(db(), { externalId: 'SCH-ANNIV-15', billingCycle: 'anniversary', billingDay: 15 })
  ).id;
});

async function schedule(input: Parameters<typeof createBillingSchedule>[1], createdAt: string) {
  const { billingSchedule, userErrors } = await createBillingSchedule(
    database.ctx(),
    input,
    new Date(createdAt),
  );
  expect(userErrors).toEqual([]);
  if (!billingSchedule) throw new Error('no schedule');
  return billingSchedule;
}

async function accountsOf(billRunId: string) {
  return (await listBillRunAccounts(db(), billRunId)).map((row) => row.accountId).sort();
}

describe('a calendar-month schedule', () => {
  it('starts its run once when due, for the Switchboard-billed accounts on its cycle, and says when it was late', async () => {
    const monthly = await schedule(
      {
        name: 'Monthly on the 3rd',
        cycle: 'calendar_month',
        dayOfMonth: 3,
        runTime: '06:00',
        autoFinalize: true,
      },
      '2027-01-01T12:00:00Z',
    );
    // 06:00 in New York on 3 January is 11:00 UTC.
    expect(await startDueScheduledRuns(db(), new Date('2027-01-03T10:59:00Z'))).toEqual([]);
    const [run, ...more] = await startDueScheduledRuns(db(), new Date('2027-01-03T11:00:30Z'));
    expect(more).toEqual([]);
    expect(run).toMatchObject({
      scheduleId: monthly.id,
      periodStart: '2026-12-01',
      periodEnd: '2027-01-01',
      issueDate: '2027-01-03',
      autoFinalize: true,
      scheduledFor: new Date('2027-01-03T11:00:00Z'),
    });
    expect(await accountsOf(run?.id ?? '')).toEqual(
      [accounts.monthly, accounts.texas, accounts.firstOfMonth].sort(),
    );
    expect(await startDueScheduledRuns(db(), new Date('2027-01-03T11:05:00Z'))).toEqual([]);

    // Down from before 3 February until 5 March: both months are billed when it is back, once.
    const late = await startDueScheduledRuns(db(), new Date('2027-03-05T09:00:00Z'));
    expect(
      late.map((r) => [r.periodStart, r.scheduledFor?.toISOString(), r.createdAt.toISOString()]),
    ).toEqual([
      ['2027-01-01', '2027-02-03T11:00:00.000Z', '2027-03-05T09:00:00.000Z'],
      ['2027-02-01', '2027-03-03T11:00:00.000Z', '2027-03-05T09:00:00.000Z'],
    ]);
    expect(await startDueScheduledRuns(db(), new Date('2027-03-05T09:01:00Z'))).toEqual([]);
    await updateBillingScheduleRow(db(), monthly.id, { enabled: false });
  });

  it('starts a due moment once when two servers look at the same time', async () => {
    const twice = await schedule(
      { name: 'Raced', cycle: 'calendar_month', dayOfMonth: 10, runTime: '07:00', autoFinalize: false },
      '2027-05-01T00:00:00Z',
    );
    const at = new Date('2027-05-10T12:00:00Z');
    const [first, second] = await Promise.all([
      startDueScheduledRuns(db(), at),
      startDueScheduledRuns(db(), at),
    ]);
    expect([...(first ?? []), ...(second ?? [])]).toHaveLength(1);
    expect(await db().select().from(billRuns).where(eq(billRuns.scheduleId, twice.id))).toHaveLength(1);
    await updateBillingScheduleRow(db(), twice.id, { enabled: false });
  });

  it('bills only its audience when it has one', async () => {
    const { audience } = await createAudience(database.ctx(), { name: 'Texas', filter: { region: 'US-TX' } });
    await schedule(
      {
        name: 'Texas only',
        cycle: 'calendar_month',
        lastDayOfMonth: true,
        runTime: '18:00',
        audienceId: audience?.id,
        issueDateRule: 'period_end',
        autoFinalize: false,
      },
      '2027-02-01T00:00:00Z',
    );
    const [run] = await startDueScheduledRuns(db(), new Date('2027-03-01T00:00:00Z'));
    expect(run).toMatchObject({
      periodStart: '2027-01-01',
      periodEnd: '2027-02-01',
      issueDate: '2027-02-01',
    });
    expect(run?.scheduledFor).toEqual(new Date('2027-02-28T23:00:00Z'));
    expect(await accountsOf(run?.id ?? '')).toEqual([accounts.texas]);
  });
});

describe('an anniversary schedule', () => {
  it('bills each day the anniversary accounts whose cycle ended that day', async () => {
    const daily = await schedule(
      { name: 'Anniversaries', cycle: 'anniversary', runTime: '05:00', autoFinalize: false },
      '2027-06-14T12:00:00Z',
    );
    const runs = await startDueScheduledRuns(db(), new Date('2027-06-16T12:00:00Z'));
    const ofDaily = runs.filter((run) => run.scheduleId === daily.id);
    expect(ofDaily.map((run) => run.periodStart)).toEqual(['2027-06-15', '2027-06-16']);
    expect(await accountsOf(ofDaily[0]?.id ?? '')).toEqual([accounts.the15th]);
    expect(await accountsOf(ofDaily[1]?.id ?? '')).toEqual([]);
  });
});
