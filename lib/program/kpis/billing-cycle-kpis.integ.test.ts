import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { countBillingCycleOutcomes } from '../../../db/queries/program-reports';
import { invoiceDeliveries } from '../../../db/schema';
import {
  makeAccount,
  makeBillRun,
  makeOrganization,
  makeProduct,
  makeSubscription,
} from '../../../seed/factories';
import { setUpTestDatabase } from '../../../seed/set-up-test-database';
import { recordAuditEntries } from '../../audit/record-audit-entries';
import { systemActor } from '../../auth/actor';
import { everyDraftOf } from '../../autopilot/draft-pickers';
import { finalizeDraftsOfRun } from '../../autopilot/finalize-drafts-of-run';
import { finalizeInvoice } from '../../invoicing/finalize-invoice';
import { listInvoices } from '../../invoicing/invoice-queries';
import { processBillRun } from '../../invoicing/process-bill-run';
import { manualTouchOperations } from './compute-kpis';

const database = setUpTestDatabase();
const db = () => database.db;
const invoiceOf: Record<string, string> = {};
const ISSUED = '2099-03-01';

beforeAll(async () => {
  await makeOrganization(db(), { timeZone: 'America/Chicago' });
  const seat = await makeProduct(db(), {
    code: 'KPI-SEAT',
    price: { currency: 'USD', model: 'per_unit', unitPrice: '10.00', effectiveFrom: '2026-01-01' },
  });
  const accountIds: Record<string, string> = {};
  for (const [key, fields] of [
    ['A', { billingEmail: 'a@example.test' }],
    ['B', { billingEmail: 'b@example.test' }],
    ['C', { invoiceDelivery: 'portal' as const }],
    ['D', { billingEmail: 'd@example.test' }],
  ] as const) {
    const account = await makeAccount(db(), { externalId: `KPI-${key}`, ...fields });
    await makeSubscription(db(), { accountId: account.id, productId: seat.id });
    accountIds[key] = account.id;
  }
  const run = await makeBillRun(db(), { periodStart: '2099-02-01', periodEnd: '2099-03-01' });
  await processBillRun(db(), run.id);
  await db().execute(sql`update bill_runs set issue_date = ${ISSUED} where id = ${run.id}`);
  const drafts = (await listInvoices(database.ctx(), { first: 10, filter: { billRunId: run.id } })).edges;
  for (const [key, accountId] of Object.entries(accountIds))
    invoiceOf[key] = drafts.find((edge) => edge.node.accountId === accountId)?.node.id ?? '';

  // D is finalized by a person (the console's GraphQL call, audited); the rest by the schedule.
  await finalizeInvoice(database.ctx(), { id: invoiceOf.D ?? '' });
  await recordAuditEntries(db(), systemActor('test'), [
    { operation: 'finalizeInvoice', input: { input: { id: invoiceOf.D } }, result: 'ok' },
  ]);
  await finalizeDraftsOfRun(db(), { id: run.id, issueDate: ISSUED }, everyDraftOf(run.id), 'schedule: test', {
    automatically: true,
  });
  // A's email went out on the issue day (late evening in Chicago is still that day); B's two days after.
  const sentAt = (invoiceId: string, at: string) =>
    db()
      .update(invoiceDeliveries)
      .set({ status: 'sent', sentAt: new Date(at) })
      .where(eq(invoiceDeliveries.invoiceId, invoiceId));
  await sentAt(invoiceOf.A ?? '', '2099-03-02T04:30:00Z');
  await sentAt(invoiceOf.B ?? '', '2099-03-03T15:00:00Z');
  await sentAt(invoiceOf.D ?? '', '2099-03-01T15:00:00Z');
});

describe('billing-cycle KPIs', () => {
  it('count invoices delivered by their run’s date and those no person touched', async () => {
    const cycle = async () =>
      (await countBillingCycleOutcomes(db(), manualTouchOperations)).find((row) => row.month === '2099-02');
    // C takes invoices on the portal: delivered when finalized, before its issue date.
    expect(await cycle()).toEqual({ month: '2099-02', made: 4, on_time: 3, untouched: 3 });

    // A credit against C later is a person's correction: C no longer counts as untouched.
    await recordAuditEntries(db(), systemActor('test'), [
      { operation: 'creditInvoice', input: { input: { invoiceId: invoiceOf.C } }, result: 'ok' },
      { operation: 'voidInvoice', input: { input: { id: invoiceOf.A } }, result: 'error' },
    ]);
    expect(await cycle()).toEqual({ month: '2099-02', made: 4, on_time: 3, untouched: 2 });
    expect(
      await db()
        .select()
        .from(invoiceDeliveries)
        .where(inArray(invoiceDeliveries.invoiceId, [invoiceOf.C ?? ''])),
    ).toEqual([]);
  });
});
