import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failBillRun, markBillRunRunning, recordBillRunOutcomes } from '../db/queries/bill-runs';
import { finishIngestion, insertIngestion } from '../db/queries/usage';
import {
  cutoverWaveAccounts,
  cutoverWaves,
  incidents,
  invoiceDeliveries,
  migrationImports,
} from '../db/schema';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import { systemActor } from '../lib/auth/actor';
import type { UserRecord } from '../lib/auth/types';
import { ingestUsageBatch } from '../lib/usage/ingest-usage-batch';
import { makeAccount, makeBillRun, makeInvoice, makeUser } from '../seed/factories';
import { type GraphQLTestServer, startGraphQLTestServer } from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

/**
 * The cutover war room over the wire: components whose states follow the live data (a
 * failed ingestion, unrated usage, a bill run with failures then a failed one, a failed
 * invoice email) until set by hand, incidents with their timeline and overdue-update
 * reminder, status updates, the snapshot's counts against data made here, roles and bad input.
 */
let database: TestDatabase;
let server: GraphQLTestServer;
const cookies: Record<'pm' | 'billing' | 'viewer', string> = { pm: '', billing: '', viewer: '' };
const users: Partial<Record<keyof typeof cookies, UserRecord>> = {};
const system = () => ({ db: database.db, actor: systemActor('test') });

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startGraphQLTestServer(database.db);
  const roles = { pm: 'program', billing: 'billing', viewer: 'viewer' } as const;
  for (const who of Object.keys(roles) as (keyof typeof roles)[]) {
    const { user } = await makeUser(database.db, { role: roles[who] });
    users[who] = user;
    cookies[who] = (await sessionCookieFor(database.db, user)).cookie;
  }
}, 180_000);

afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

type Errors = { code: string; field: string[] | null; message: string }[];

async function as<T = Record<string, unknown>>(
  who: keyof typeof cookies,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const { body } = await server.request<T>(query, { cookie: cookies[who], variables });
  if (body.errors) throw new Error(`${who}: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

async function errorCodes(who: keyof typeof cookies, query: string, variables?: Record<string, unknown>) {
  const { body } = await server.request(query, { cookie: cookies[who], variables });
  return (body.errors ?? []).map((error) => error.extensions?.code);
}

type Component = { key: string; state: string; reason: string; checkState: string | null; isManual: boolean };
const COMPONENTS = '{ components { key state reason checkState isManual manualNote manualBy } }';
async function components(who: keyof typeof cookies = 'viewer') {
  const { components } = await as<{ components: Component[] }>(who, COMPONENTS);
  return Object.fromEntries(components.map((component) => [component.key, component]));
}

const SET_STATE = `mutation($input: SetComponentStateInput!) { setComponentState(input: $input) {
  component { key state reason isManual manualNote } userErrors { code field message } } }`;
const OPEN = `mutation($input: OpenIncidentInput!) { openIncident(input: $input) {
  incident { id title severity status componentKey lead { id } updateCadenceMinutes updateOverdue updates { status body author } }
  userErrors { code field message } } }`;
const POST_UPDATE = `mutation($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) {
  incident { id status resolvedAt updateOverdue nextUpdateDueAt updates { status body } } userErrors { code field message } } }`;
const ASSIGN = `mutation($input: AssignIncidentLeadInput!) { assignIncidentLead(input: $input) {
  incident { id lead { id } } userErrors { code field message } } }`;
const POST_STATUS = `mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) {
  statusUpdate { id body author } userErrors { code field message } } }`;
const WAR_ROOM = `{ warRoom {
  generatedAt
  waves { wave { id name status } legacyAccounts switchboardAccounts }
  accountsBySystemOfRecord { systemOfRecord accounts }
  billRunsInProgress { id status accountsTotal accountsDone accountsFailed }
  latestBillRuns { id status accountsFailed }
  ingestion { recordsLast5Minutes recordsLast60Minutes perMinuteLast5 perMinuteLast60 rejected conflicts running failed recentRejects { reason } }
  deliveries { sent failed queued }
  components { key state }
  openIncidents { id severity updateOverdue lead { id } }
  latestStatusUpdate { body author }
} }`;

type Incident = {
  id: string;
  status: string;
  updateOverdue: boolean;
  resolvedAt: string | null;
  nextUpdateDueAt: string | null;
  updates: { status: string; body: string; author?: string }[];
  lead?: { id: string } | null;
};
type WarRoom = {
  waves: {
    wave: { id: string; name: string; status: string };
    legacyAccounts: number;
    switchboardAccounts: number;
  }[];
  accountsBySystemOfRecord: { systemOfRecord: string; accounts: number }[];
  billRunsInProgress: {
    id: string;
    status: string;
    accountsTotal: number;
    accountsDone: number;
    accountsFailed: number;
  }[];
  latestBillRuns: { id: string; status: string; accountsFailed: number }[];
  ingestion: {
    recordsLast5Minutes: number;
    recordsLast60Minutes: number;
    perMinuteLast5: number;
    perMinuteLast60: number;
    rejected: number;
    conflicts: number;
    running: number;
    failed: number;
    recentRejects: { reason: string }[];
  };
  deliveries: { sent: number; failed: number; queued: number };
  components: { key: string; state: string }[];
  openIncidents: { id: string; severity: string; updateOverdue: boolean; lead: { id: string } | null }[];
  latestStatusUpdate: { body: string; author: string } | null;
};

describe('the war room over GraphQL', () => {
  it('starts with the six components operational, integrations set by hand only', async () => {
    const states = await components();
    expect(Object.keys(states)).toEqual([
      'usage_ingestion',
      'rating',
      'bill_runs',
      'invoice_delivery',
      'payments',
      'integrations',
    ]);
    for (const component of Object.values(states)) expect(component.state).toBe('OPERATIONAL');
    expect(states.integrations?.checkState).toBeNull();
    expect(states.payments?.reason).toMatch(/unless set by hand/);
    // Read again: seeding is idempotent.
    expect(Object.keys(await components('pm'))).toHaveLength(6);
  });

  it('follows the live data: a failed ingestion, unrated usage, bill runs with failures, a failed email', async () => {
    const failed = await insertIngestion(database.db, { source: 'file', actorLabel: 'test' });
    await finishIngestion(database.db, failed.id, { status: 'failed', error: 'disk full' });
    // Usage for an account nobody has: imported unrated, 100% of the hour's records.
    const report = await ingestUsageBatch(system(), [
      {
        record_id: 'WR-1',
        account_id: 'NOBODY',
        usage_type: 'sms',
        started_at: '2026-11-01T00:00:00Z',
        quantity: '1',
      },
      {
        record_id: 'WR-2',
        account_id: 'NOBODY',
        usage_type: 'sms',
        started_at: '2026-11-01T00:01:00Z',
        quantity: '1',
      },
    ]);
    expect(report.unrated).toBe(2);
    let states = await components();
    expect(states.usage_ingestion).toMatchObject({
      state: 'DEGRADED',
      reason: '1 ingestion failed in the last hour.',
    });
    expect(states.rating?.state).toBe('DEGRADED');
    expect(states.rating?.reason).toMatch(/^2 records of 2 ingested in the last hour unrated/);
    expect(states.bill_runs?.state).toBe('OPERATIONAL');

    const account = await makeAccount(database.db);
    const running = await makeBillRun(database.db, {
      periodStart: '2026-11-01',
      periodEnd: '2026-12-01',
      accountIds: [account.id],
    });
    await markBillRunRunning(database.db, running.id);
    await recordBillRunOutcomes(database.db, running.id, [
      { accountId: account.id, status: 'failed', invoiceId: null, message: 'no rate plan' },
    ]);
    states = await components();
    expect(states.bill_runs).toMatchObject({
      state: 'DEGRADED',
      reason: 'A running bill run has 1 failed account.',
    });

    const other = await makeBillRun(database.db, {
      periodStart: '2026-10-01',
      periodEnd: '2026-11-01',
      accountIds: [account.id],
    });
    await failBillRun(database.db, other.id, 'worker crashed');
    states = await components();
    expect(states.bill_runs).toMatchObject({
      state: 'DOWN',
      reason: '1 bill run failed in the last 24 hours.',
    });

    const invoice = await makeInvoice(database.db, { accountId: account.id });
    await database.db.insert(invoiceDeliveries).values([
      {
        invoiceId: invoice.id,
        recipient: 'a@example.test',
        status: 'failed',
        requestedBy: 'test',
        error: 'bounced',
      },
      {
        invoiceId: invoice.id,
        recipient: 'a@example.test',
        status: 'sent',
        requestedBy: 'test',
        sentAt: new Date(),
      },
      { invoiceId: invoice.id, recipient: 'a@example.test', status: 'queued', requestedBy: 'test' },
    ]);
    states = await components();
    expect(states.invoice_delivery).toMatchObject({ state: 'DEGRADED', checkState: 'DEGRADED' });
  });

  it('holds a state set by hand with its note until cleared, then the check decides again', async () => {
    const set = await as<{
      setComponentState: { component: Component & { manualNote: string }; userErrors: Errors };
    }>('pm', SET_STATE, {
      input: { key: 'bill_runs', state: 'OPERATIONAL', note: 'Known failure, rerun scheduled' },
    });
    expect(set.setComponentState.userErrors).toEqual([]);
    expect(set.setComponentState.component).toMatchObject({
      state: 'OPERATIONAL',
      isManual: true,
      manualNote: 'Known failure, rerun scheduled',
    });
    let states = await components();
    expect(states.bill_runs).toMatchObject({ state: 'OPERATIONAL', checkState: 'DOWN', isManual: true });
    expect(states.bill_runs?.reason).toMatch(/^Set by hand by .*: Known failure, rerun scheduled$/);

    await as('billing', SET_STATE, {
      input: { key: 'integrations', state: 'DOWN', note: 'Tax API timing out' },
    });
    expect((await components()).integrations?.state).toBe('DOWN');

    const cleared = await as<{ setComponentState: { component: Component; userErrors: Errors } }>(
      'pm',
      SET_STATE,
      {
        input: { key: 'bill_runs', state: null },
      },
    );
    expect(cleared.setComponentState.component).toMatchObject({ state: 'DOWN', isManual: false });
    states = await components();
    expect(states.bill_runs?.state).toBe('DOWN');
    expect(states.integrations?.state).toBe('DOWN');
  });

  let incidentId = '';

  it('opens an incident with a lead and a first update, and lists it', async () => {
    const opened = await as<{
      openIncident: { incident: Incident & { severity: string }; userErrors: Errors };
    }>('pm', OPEN, {
      input: {
        title: 'Bill run failing for wave 1',
        severity: 'SEV2',
        componentKey: 'bill_runs',
        leadId: users.billing?.id,
        updateCadenceMinutes: 15,
        summary: 'Workers crash on accounts without a rate plan.',
      },
    });
    expect(opened.openIncident.userErrors).toEqual([]);
    const incident = opened.openIncident.incident;
    incidentId = incident.id;
    expect(incident).toMatchObject({
      status: 'INVESTIGATING',
      severity: 'SEV2',
      updateOverdue: false,
      lead: { id: users.billing?.id },
      updates: [
        {
          status: 'INVESTIGATING',
          body: 'Workers crash on accounts without a rate plan.',
          author: users.pm?.email,
        },
      ],
    });
    const listed = await as<{ incidents: { id: string }[] }>(
      'viewer',
      '{ incidents(status: INVESTIGATING) { id } }',
    );
    expect(listed.incidents.map((row) => row.id)).toContain(incidentId);
    const one = await as<{ incident: { id: string; title: string } }>(
      'viewer',
      'query($id: ID!) { incident(id: $id) { id title } }',
      {
        id: incidentId,
      },
    );
    expect(one.incident.title).toBe('Bill run failing for wave 1');
  });

  it('reminds when an update is overdue, and an update clears the reminder', async () => {
    // Back-date the last update past the 15-minute cadence.
    await database.db
      .update(incidents)
      .set({ lastUpdateAt: new Date(Date.now() - 16 * 60_000) })
      .where(eq(incidents.id, incidentId));
    let room = (await as<{ warRoom: WarRoom }>('viewer', WAR_ROOM)).warRoom;
    expect(room.openIncidents.find((row) => row.id === incidentId)?.updateOverdue).toBe(true);

    const posted = await as<{ postIncidentUpdate: { incident: Incident; userErrors: Errors } }>(
      'billing',
      POST_UPDATE,
      {
        input: { incidentId, status: 'IDENTIFIED', body: 'Accounts without a rate plan; fixing the data.' },
      },
    );
    expect(posted.postIncidentUpdate.userErrors).toEqual([]);
    expect(posted.postIncidentUpdate.incident).toMatchObject({ status: 'IDENTIFIED', updateOverdue: false });
    expect(Date.parse(posted.postIncidentUpdate.incident.nextUpdateDueAt ?? '')).toBeGreaterThan(
      Date.now() + 14 * 60_000,
    );
    room = (await as<{ warRoom: WarRoom }>('viewer', WAR_ROOM)).warRoom;
    expect(room.openIncidents.find((row) => row.id === incidentId)?.updateOverdue).toBe(false);
  });

  it('hands the incident to a new lead, but not to a viewer', async () => {
    const assigned = await as<{ assignIncidentLead: { incident: Incident; userErrors: Errors } }>(
      'pm',
      ASSIGN,
      {
        input: { incidentId, leadId: users.pm?.id },
      },
    );
    expect(assigned.assignIncidentLead.incident.lead).toEqual({ id: users.pm?.id });
    const refused = await as<{ assignIncidentLead: { incident: null; userErrors: Errors } }>('pm', ASSIGN, {
      input: { incidentId, leadId: users.viewer?.id },
    });
    expect(refused.assignIncidentLead.userErrors).toMatchObject([
      { code: 'INVALID', field: ['input', 'leadId'] },
    ]);
  });

  it('resolves the incident: resolvedAt set, no longer open, no more updates', async () => {
    const resolved = await as<{ postIncidentUpdate: { incident: Incident; userErrors: Errors } }>(
      'pm',
      POST_UPDATE,
      {
        input: { incidentId, status: 'RESOLVED', body: 'Rerun completed.' },
      },
    );
    expect(resolved.postIncidentUpdate.incident).toMatchObject({
      status: 'RESOLVED',
      updateOverdue: false,
      nextUpdateDueAt: null,
    });
    expect(resolved.postIncidentUpdate.incident.resolvedAt).not.toBeNull();
    expect(resolved.postIncidentUpdate.incident.updates.map((update) => update.status)).toEqual([
      'INVESTIGATING',
      'IDENTIFIED',
      'RESOLVED',
    ]);
    const room = (await as<{ warRoom: WarRoom }>('viewer', WAR_ROOM)).warRoom;
    expect(room.openIncidents.map((row) => row.id)).not.toContain(incidentId);
    const again = await as<{ postIncidentUpdate: { userErrors: Errors } }>('pm', POST_UPDATE, {
      input: { incidentId, status: 'MONITORING', body: 'Still watching.' },
    });
    expect(again.postIncidentUpdate.userErrors).toMatchObject([{ code: 'INVALID_STATE' }]);
  });

  it('posts status updates; the latest heads the war room', async () => {
    await as('pm', POST_STATUS, { input: { body: 'Wave 1 cut over at 09:00.' } });
    const latest = await as<{ postStatusUpdate: { statusUpdate: { body: string; author: string } } }>(
      'billing',
      POST_STATUS,
      {
        input: { body: '  Bill run for wave 1 rerunning.  ' },
      },
    );
    expect(latest.postStatusUpdate.statusUpdate).toEqual(
      expect.objectContaining({ body: 'Bill run for wave 1 rerunning.', author: users.billing?.email }),
    );
    const listed = await as<{ statusUpdates: { body: string }[] }>(
      'viewer',
      '{ statusUpdates(first: 1) { body } }',
    );
    expect(listed.statusUpdates).toEqual([{ body: 'Bill run for wave 1 rerunning.' }]);
    const room = (await as<{ warRoom: WarRoom }>('viewer', WAR_ROOM)).warRoom;
    expect(room.latestStatusUpdate?.body).toBe('Bill run for wave 1 rerunning.');
  });

  it("counts the snapshot's parts from the data", async () => {
    // A wave of three accounts, two cut over to Switchboard and one still billed by legacy.
    const [imported] = await database.db
      .insert(migrationImports)
      .values({
        fingerprint: randomUUID(),
        sourceName: 'war room test',
        manifest: {},
        periodStart: '2026-10-01',
        periodEnd: '2026-11-01',
        status: 'completed',
        createdBy: 'test',
      })
      .returning();
    const [wave] = await database.db
      .insert(cutoverWaves)
      .values({
        importId: imported?.id ?? '',
        name: 'Pilot',
        position: 1,
        status: 'cut_over',
        createdBy: 'test',
      })
      .returning();
    const waveAccounts = [
      await makeAccount(database.db, { systemOfRecord: 'switchboard' }),
      await makeAccount(database.db, { systemOfRecord: 'switchboard' }),
      await makeAccount(database.db, { systemOfRecord: 'legacy' }),
    ];
    await database.db
      .insert(cutoverWaveAccounts)
      .values(waveAccounts.map((account) => ({ waveId: wave?.id ?? '', accountId: account.id })));
    // One batch with a record missing its start time: rejected.
    await ingestUsageBatch(system(), [
      {
        record_id: 'WR-3',
        account_id: 'NOBODY',
        usage_type: 'sms',
        started_at: '2026-11-01T00:02:00Z',
        quantity: '1',
      },
      { record_id: 'WR-4', account_id: 'NOBODY', usage_type: 'sms', started_at: '', quantity: '1' },
    ]);

    // A file still running, started 30 minutes ago with 600 records in: spread evenly, 100 of
    // them fall in the last 5 minutes.
    await insertIngestion(database.db, {
      source: 'file',
      actorLabel: 'test',
      imported: 600,
      read: 600,
      startedAt: new Date(Date.now() - 30 * 60_000),
    });

    const room = (await as<{ warRoom: WarRoom }>('viewer', WAR_ROOM)).warRoom;
    expect(room.waves).toEqual([
      {
        wave: { id: wave?.id, name: 'Pilot', status: 'CUT_OVER' },
        legacyAccounts: 1,
        switchboardAccounts: 2,
      },
    ]);
    // Accounts made in this file: one for the bill runs, three in the wave (one legacy).
    expect(room.accountsBySystemOfRecord).toEqual([
      { systemOfRecord: 'LEGACY', accounts: 1 },
      { systemOfRecord: 'SWITCHBOARD', accounts: 3 },
    ]);
    expect(room.billRunsInProgress).toEqual([
      expect.objectContaining({ status: 'RUNNING', accountsTotal: 1, accountsDone: 1, accountsFailed: 1 }),
    ]);
    expect(room.latestBillRuns.map((run) => run.status)).toEqual(['FAILED', 'RUNNING']);
    expect(room.ingestion).toMatchObject({
      recordsLast5Minutes: 103,
      recordsLast60Minutes: 603,
      perMinuteLast5: 20.6,
      perMinuteLast60: 10.05,
      rejected: 1,
      running: 1,
      failed: 1,
    });
    expect(room.ingestion.recentRejects).toHaveLength(1);
    expect(room.deliveries).toEqual({ sent: 1, failed: 1, queued: 1 });
    expect(room.components.find((component) => component.key === 'integrations')?.state).toBe('DOWN');
  });

  it('lets viewers read everything and change nothing', async () => {
    expect(await errorCodes('viewer', WAR_ROOM)).toEqual([]);
    expect(await errorCodes('viewer', OPEN, { input: { title: 'Viewer', severity: 'SEV4' } })).toEqual([
      'FORBIDDEN',
    ]);
    expect(await errorCodes('viewer', POST_STATUS, { input: { body: 'Viewer' } })).toEqual(['FORBIDDEN']);
    expect(
      await errorCodes('viewer', SET_STATE, { input: { key: 'payments', state: 'DOWN', note: 'Viewer' } }),
    ).toEqual(['FORBIDDEN']);
    expect(
      await errorCodes('viewer', POST_UPDATE, {
        input: { incidentId, status: 'MONITORING', body: 'Viewer' },
      }),
    ).toEqual(['FORBIDDEN']);
    const { body } = await server.request('{ warRoom { generatedAt } }');
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('answers bad input with typed userErrors', async () => {
    const open = await as<{ openIncident: { incident: null; userErrors: Errors } }>('pm', OPEN, {
      input: {
        title: '  ',
        severity: 'SEV1',
        componentKey: 'coffee_machine',
        leadId: randomUUID(),
        updateCadenceMinutes: 0,
      },
    });
    expect(open.openIncident.incident).toBeNull();
    expect(open.openIncident.userErrors.map((error) => [error.code, error.field?.at(-1)])).toEqual([
      ['REQUIRED', 'title'],
      ['NOT_FOUND', 'componentKey'],
      ['INVALID', 'updateCadenceMinutes'],
      ['NOT_FOUND', 'leadId'],
    ]);
    const update = await as<{ postIncidentUpdate: { userErrors: Errors } }>('pm', POST_UPDATE, {
      input: { incidentId: 'not-a-uuid', status: 'MONITORING', body: 'x' },
    });
    expect(update.postIncidentUpdate.userErrors).toMatchObject([
      { code: 'NOT_FOUND', field: ['input', 'incidentId'] },
    ]);
    const empty = await as<{ postIncidentUpdate: { userErrors: Errors } }>('pm', POST_UPDATE, {
      input: { incidentId: randomUUID(), status: 'MONITORING', body: ' ' },
    });
    expect(empty.postIncidentUpdate.userErrors).toMatchObject([
      { code: 'REQUIRED', field: ['input', 'body'] },
    ]);
    const noNote = await as<{ setComponentState: { userErrors: Errors } }>('pm', SET_STATE, {
      input: { key: 'payments', state: 'DEGRADED' },
    });
    expect(noNote.setComponentState.userErrors).toMatchObject([
      { code: 'REQUIRED', field: ['input', 'note'] },
    ]);
    const badKey = await as<{ setComponentState: { userErrors: Errors } }>('pm', SET_STATE, {
      input: { key: 'coffee_machine', state: 'DOWN', note: 'Empty' },
    });
    expect(badKey.setComponentState.userErrors).toMatchObject([
      { code: 'NOT_FOUND', field: ['input', 'key'] },
    ]);
    const blank = await as<{ postStatusUpdate: { userErrors: Errors } }>('pm', POST_STATUS, {
      input: { body: '' },
    });
    expect(blank.postStatusUpdate.userErrors).toMatchObject([{ code: 'REQUIRED', field: ['input', 'body'] }]);
    expect(await errorCodes('pm', OPEN, { input: { title: 'x', severity: 'SEV9' } })).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
