import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listChecklistRows } from '../../../db/queries/program';
import { accounts, type ProgramRow } from '../../../db/schema';
import { createTestDatabase, type TestDatabase } from '../../../db/testing/test-database';
import { makeAccount, makeBillRun, makeProduct, makeSubscription, makeUser } from '../../../seed/factories';
import { type Actor, systemActor } from '../../auth/actor';
import type { OperationContext } from '../../context';
import { processBillRun } from '../../invoicing/process-bill-run';
import { ingestUsageBatch } from '../../usage/ingest-usage-batch';
import { saveChecklistItem } from '../checklist/save-checklist-item';
import { createProgram } from '../create-program';
import { decideSignOff } from '../sign-offs/decide-sign-off';
import { requestSignOff } from '../sign-offs/request-sign-off';
import { recomputeEvidence } from './recompute-evidence';

/**
 * The evidence checks that read billing data outside the migration toolkit: change the
 * evidence, and the item tied to it, and any sign-off on it, follow.
 */
let database: TestDatabase;
let seed: OperationContext;
let program: ProgramRow;
let pm: OperationContext;
let approver: OperationContext;

const asUser = async (db: TestDatabase['db'], role: 'program' | 'billing'): Promise<OperationContext> => ({
  db,
  actor: { kind: 'user', user: (await makeUser(db, { role })).user, sessionId: null } satisfies Actor,
});

beforeAll(async () => {
  database = await createTestDatabase();
  seed = { db: database.db, actor: systemActor('test') };
  pm = await asUser(database.db, 'program');
  approver = await asUser(database.db, 'billing');
  const created = await createProgram(seed, {
    name: 'Evidence',
    startsOn: '2026-09-01',
    goLiveOn: '2027-02-01',
  });
  if (!created.program) throw new Error('no program');
  program = created.program;
}, 120_000);

afterAll(async () => {
  await database?.destroy();
});

/** Recomputes the program's evidence, as refreshProgramEvidence does. */
const recompute = async (db: typeof database.db, of: ProgramRow) => {
  const state = await recomputeEvidence(db, of.id);
  if (!state) throw new Error('program gone');
  return state;
};

const item = async (key: string) => {
  const state = await recompute(database.db, program);
  const found = state.items.find((candidate) => candidate.standardKey === key);
  if (!found) throw new Error(`no item ${key}`);
  return found;
};

async function approvedSignOffOn(itemId: string) {
  const { signOff } = await requestSignOff(pm, {
    subjectType: 'checklist_item',
    subjectId: itemId,
    approvers: [{ role: 'billing' }],
    rule: 'any',
  });
  const decided = await decideSignOff(approver, { requestId: signOff?.id ?? '', decision: 'approved' });
  expect(decided.signOff?.status).toBe('approved');
  return signOff?.id ?? '';
}

const signOffStatus = async (id: string) =>
  (await recompute(database.db, program)) &&
  (
    await database.db.query.signOffRequests.findFirst({
      where: (table, { eq: equals }) => equals(table.id, id),
    })
  )?.status;

describe('evidence checks over the billing data', () => {
  it('unbillable queue: passes while empty; an unratable call fails it and invalidates the sign-off', async () => {
    const account = await makeAccount(database.db, { externalId: 'EV-1' });
    expect(await item('usage_charges_confirmed')).toMatchObject({ checkState: 'passing', status: 'done' });
    const signOff = await approvedSignOffOn((await item('usage_charges_confirmed')).id);

    // No rate plan on the account: the call cannot be rated and waits in the queue.
    await ingestUsageBatch(seed, [
      {
        record_id: 'EV-CALL-1',
        account_id: account.externalId,
        usage_type: 'voice',
        started_at: '2026-11-02T10:00:00Z',
        destination: '441632960000',
        duration_s: '60',
      },
    ]);
    expect(await item('usage_charges_confirmed')).toMatchObject({
      checkState: 'failing',
      status: 'open',
      checkDetail: '1 unrated usage records wait',
    });
    expect(await signOffStatus(signOff)).toBe('invalidated');
  });

  it('bill run: a run with a failed account fails it; a clean run passes it', async () => {
    expect(await item('staging_bill_run')).toMatchObject({ checkState: 'unknown' });
    const seat = await makeProduct(database.db, {
      code: 'EV-SEAT',
      price: { currency: 'USD', model: 'per_unit', unitPrice: '10.00', effectiveFrom: '2026-01-01' },
    });
    const euro = await makeAccount(database.db, { externalId: 'EV-EUR', currency: 'EUR' });
    await makeSubscription(database.db, { accountId: euro.id, productId: seat.id, startDate: '2026-01-01' });
    const failing = await makeBillRun(database.db, { periodStart: '2026-10-01', periodEnd: '2026-11-01' });
    await processBillRun(database.db, failing.id);
    expect(await item('staging_bill_run')).toMatchObject({
      checkState: 'failing',
      checkDetail: 'The latest bill run has 1 failed account.',
    });

    await database.db.update(accounts).set({ status: 'closed' }).where(eq(accounts.id, euro.id));
    const clean = await makeBillRun(database.db, { periodStart: '2026-11-01', periodEnd: '2026-12-01' });
    await processBillRun(database.db, clean.id);
    expect(await item('staging_bill_run')).toMatchObject({ checkState: 'passing', status: 'done' });
  });

  it('checklist area: passes once every blocking item of the area is done', async () => {
    const { item: areaItem } = await saveChecklistItem(pm, {
      programId: program.id,
      area: 'communications',
      title: 'Contingency planning complete',
      check: { kind: 'checklist_area_done', area: 'contingency' },
    });
    const state = await recompute(database.db, program);
    const areaCheck = () => state.items.find((candidate) => candidate.id === areaItem?.id);
    expect(areaCheck()?.checkDetail).toBe('2 blocking items of contingency planning open');
    for (const blocking of state.items.filter(
      (candidate) => candidate.area === 'contingency' && candidate.blocking,
    ))
      await saveChecklistItem(pm, { programId: program.id, id: blocking.id, status: 'done' });
    // The checklist's own writes recompute the evidence: no refresh before reading.
    const after = await listChecklistRows(database.db, program.id);
    expect(after.find((candidate) => candidate.id === areaItem?.id)).toMatchObject({
      checkState: 'passing',
      status: 'done',
    });
  });

  it('parallel-run checks know nothing without an import', async () => {
    for (const key of [
      'parallel_billing_tests',
      'arpu_validated',
      'invoice_totals_validated',
      'balances_validated',
    ])
      expect((await item(key)).checkState).toBe('unknown');
  });
});
