import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAccountsByExternalIds } from '../../db/queries/accounts';
import { listAccountBalances, listCutoverEvents } from '../../db/queries/cutover';
import { getInvoicesByIds } from '../../db/queries/invoices';
import { makeBillRun, makePayment } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { finalizeInvoice } from '../invoicing/finalize-invoice';
import { listInvoices } from '../invoicing/invoice-queries';
import { processBillRun } from '../invoicing/process-bill-run';
import { createCutoverWave } from './cutover/create-wave';
import { cutOverWave } from './cutover/cut-over-wave';
import { rollBackWave } from './cutover/roll-back-wave';
import { listAccountsOfWave } from './cutover/wave-queries';
import { importLegacyExport } from './import/import-legacy-export';
import { writeSmallExport } from './testing/small-export';

/**
 * Cutover in waves: the legacy system keeps billing an account until its wave is cut over;
 * its opening balance carries over; rolling back before Switchboard issues anything leaves
 * nothing behind, and after it, an export for the legacy system to carry on from.
 */
const database = setUpTestDatabase();
const dir = mkdtempSync(join(tmpdir(), 'switchboard-cutover-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pilotRefs = ['L000001', 'L000002', 'L000003'];
let importId = '';
let pilot: string[] = [];

beforeAll(async () => {
  // L000003's legacy balance is in the customer's favour, to carry over as credit.
  writeSmallExport(dir, 500, (name, content) =>
    name === 'balances.csv'
      ? content.replace(/^L000003,2026-11-01,[^\n]*/m, 'L000003,2026-11-01,-25.00')
      : content,
  );
  importId = (await importLegacyExport(database.ctx(), dir)).importId;
  pilot = (await getAccountsByExternalIds(database.db, pilotRefs)).map((account) => account.id);
}, 180_000);

const balanceOf = async (accountIds: string[]) =>
  Object.fromEntries(
    (await listAccountBalances(database.db, accountIds)).map((b) => [b.account_id, b.balance]),
  );

describe('cutover waves', () => {
  let waveId = '';

  it('leaves imported accounts to the legacy system: a bill run does not take them', async () => {
    const run = await makeBillRun(database.db, { periodStart: '2026-11-01', periodEnd: '2026-12-01' });
    expect(run.accountsTotal).toBe(0);
  });

  it('groups a pilot, then the rest, each account in one wave', async () => {
    const created = await createCutoverWave(database.ctx(), { importId, name: 'Pilot', accountIds: pilot });
    expect(created.userErrors).toEqual([]);
    waveId = created.wave?.id ?? '';
    const again = await createCutoverWave(database.ctx(), {
      importId,
      name: 'Pilot again',
      accountIds: pilot,
    });
    expect(again.userErrors[0]?.message).toMatch(/already in a wave/);
    const rest = await createCutoverWave(database.ctx(), { importId, name: 'Everyone else' });
    expect((await listAccountsOfWave(database.ctx(), rest.wave?.id ?? '')).length).toBe(60 - pilot.length);
  });

  it('cuts the pilot over: Switchboard bills it, and its opening balances carry over', async () => {
    const { wave, userErrors } = await cutOverWave(database.ctx(), { waveId, cutoverDate: '2026-11-01' });
    expect(userErrors).toEqual([]);
    expect(wave?.status).toBe('cut_over');
    const members = await listAccountsOfWave(database.ctx(), waveId);
    expect(
      members.every(
        (m) => m.account.systemOfRecord === 'switchboard' && m.account.cutoverDate === '2026-11-01',
      ),
    ).toBe(true);
    const [l1, l2, l3] = pilot as [string, string, string];
    expect(await balanceOf(pilot)).toEqual({ [l1]: '2023.41', [l2]: '2835.79', [l3]: '-25.00' });
    const opening = await getInvoicesByIds(
      database.db,
      members.flatMap((m) => (m.openingInvoiceId ? [m.openingInvoiceId] : [])),
    );
    expect(opening.map((invoice) => invoice.number)).toEqual([expect.any(String), expect.any(String)]);

    const run = await makeBillRun(database.db, { periodStart: '2026-11-01', periodEnd: '2026-12-01' });
    expect(run.accountsTotal).toBe(pilot.length);
  });

  it('rolls back cleanly before Switchboard has issued anything', async () => {
    const { clean, wave } = await rollBackWave(database.ctx(), {
      waveId,
      reason: 'Pilot customer asked to wait',
    });
    expect(clean).toBe(true);
    expect(wave?.status).toBe('rolled_back');
    expect(wave?.rollbackExport).toBeNull();
    expect(Object.values(await balanceOf(pilot))).toEqual(
      ['0', '0', '0'].map((zero) => expect.stringMatching(new RegExp(`^${zero}(\\.0+)?$`))),
    );
    const members = await listAccountsOfWave(database.ctx(), waveId);
    expect(
      members.every((m) => m.account.systemOfRecord === 'legacy' && m.account.cutoverDate === null),
    ).toBe(true);
  });

  it('after Switchboard has invoiced, a rollback hands the legacy system what it issued', async () => {
    expect((await cutOverWave(database.ctx(), { waveId, cutoverDate: '2026-11-01' })).userErrors).toEqual([]);
    const run = await makeBillRun(database.db, {
      periodStart: '2026-11-01',
      periodEnd: '2026-12-01',
      accountIds: pilot,
    });
    await processBillRun(database.db, run.id);
    const drafts = await listInvoices(database.ctx(), { filter: { billRunId: run.id } });
    const draft = drafts.edges[0]?.node;
    const finalized = await finalizeInvoice(database.ctx(), { id: draft?.id ?? '', issueDate: '2026-12-01' });
    const number = finalized.invoice?.number ?? '';
    expect(number).not.toBe('');
    const hostile = `=cmd|' /C calc'!A0`;
    await makePayment(database.db, {
      accountId: pilot[1] ?? '',
      amount: '10.00',
      receivedDate: '2026-12-05',
      reference: hostile,
    });

    const { clean, wave } = await rollBackWave(database.ctx(), {
      waveId,
      reason: 'Invoice layout rejected by the customer',
    });
    expect(clean).toBe(false);
    const files =
      (wave?.rollbackExport as { files: { name: string; content: string }[] } | null)?.files ?? [];
    expect(files.map((file) => file.name)).toEqual([
      'invoices.csv',
      'invoice_lines.csv',
      'payments.csv',
      'balances.csv',
    ]);
    expect(files[0]?.content).toContain(number);
    expect(files[3]?.content.split('\n')[0]).toBe('account_id,as_of,open_balance');
    expect(files[3]?.content).toMatch(/L000001,\d{4}-\d{2}-\d{2},/);
    // a payment reference that would run in a spreadsheet is neutralised; the amount stays a number
    expect(files[2]?.content).toContain(`,L000002,2026-12-05,ach,10.00,USD,"'=cmd|' /C calc'!A0"\n`);
    const events = await listCutoverEvents(database.db, waveId);
    expect(events.map((event) => event.action)).toEqual([
      'created',
      'cut_over',
      'rolled_back',
      'cut_over',
      'rolled_back',
    ]);
    expect(events.at(-1)?.detail).toMatchObject({ clean: false, invoicesIssued: 1 });
  });
});
