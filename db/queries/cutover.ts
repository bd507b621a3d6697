import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  accounts,
  cutoverEvents,
  cutoverWaveAccounts,
  cutoverWaves,
  invoices,
  migrationSources,
  openingBalances,
  payments,
} from '../schema';
import { invoiceBalance, paymentUnallocated } from './invoice-balances';
import { rowsOf } from './raw-rows';
import { uuidSet } from './uuid-set';

export type NewCutoverWave = typeof cutoverWaves.$inferInsert;

export async function insertWave(db: Db, wave: NewCutoverWave) {
  const [row] = await db.insert(cutoverWaves).values(wave).returning();
  if (!row) throw new Error('insert into cutover_waves returned no row');
  return row;
}

export async function getWaveById(db: Db, id: string) {
  const [row] = await db.select().from(cutoverWaves).where(eq(cutoverWaves.id, id));
  return row ?? null;
}

export async function lockWave(db: Db, id: string) {
  const [row] = await db.select().from(cutoverWaves).where(eq(cutoverWaves.id, id)).for('update');
  return row ?? null;
}

export async function listWavesOfImport(db: Db, importId: string) {
  return db
    .select()
    .from(cutoverWaves)
    .where(eq(cutoverWaves.importId, importId))
    .orderBy(asc(cutoverWaves.position));
}

export async function updateWave(db: Db, id: string, patch: Partial<NewCutoverWave>) {
  const [row] = await db.update(cutoverWaves).set(patch).where(eq(cutoverWaves.id, id)).returning();
  if (!row) throw new Error(`wave ${id} vanished`);
  return row;
}

/** Of these accounts, those the import brought in and no wave holds yet. */
export async function listAccountsFreeForWave(
  db: Db,
  importId: string,
  accountIds: readonly string[] | null,
) {
  return rowsOf<{ id: string }>(
    await db.execute(sql`
      select ms.entity_id as id from ${migrationSources} ms
      where ms.import_id = ${importId} and ms.entity = 'accounts'
        ${accountIds ? sql`and ms.entity_id in ${uuidSet(accountIds)}` : sql``}
        and not exists (select 1 from ${cutoverWaveAccounts} w where w.account_id = ms.entity_id)
      order by ms.legacy_id`),
  ).map((row) => row.id);
}

export async function addAccountsToWave(db: Db, waveId: string, accountIds: readonly string[]) {
  if (accountIds.length === 0) return;
  await db.insert(cutoverWaveAccounts).values(accountIds.map((accountId) => ({ waveId, accountId })));
}

/** A wave's accounts with what cutover needs: their system of record and legacy opening balance. */
export async function listWaveAccounts(db: Db, waveId: string) {
  return db
    .select({
      account: accounts,
      openingInvoiceId: cutoverWaveAccounts.openingInvoiceId,
      openingPaymentId: cutoverWaveAccounts.openingPaymentId,
      openingBalance: openingBalances.amount,
      openingBalanceAsOf: openingBalances.asOf,
    })
    .from(cutoverWaveAccounts)
    .innerJoin(accounts, eq(accounts.id, cutoverWaveAccounts.accountId))
    .innerJoin(cutoverWaves, eq(cutoverWaves.id, cutoverWaveAccounts.waveId))
    .leftJoin(
      openingBalances,
      and(eq(openingBalances.accountId, accounts.id), eq(openingBalances.importId, cutoverWaves.importId)),
    )
    .where(eq(cutoverWaveAccounts.waveId, waveId))
    .orderBy(asc(accounts.externalId));
}

export async function countWaveAccounts(db: Db, waveIds: readonly string[]) {
  if (waveIds.length === 0) return [];
  return db
    .select({ waveId: cutoverWaveAccounts.waveId, count: sql<number>`count(*)::int` })
    .from(cutoverWaveAccounts)
    .where(inArray(cutoverWaveAccounts.waveId, [...waveIds]))
    .groupBy(cutoverWaveAccounts.waveId);
}

/** Records, per account of a wave, the documents that carried its opening balance over (null: none). */
export async function setOpeningDocuments(
  db: Db,
  waveId: string,
  rows: readonly { accountId: string; invoiceId: string | null; paymentId: string | null }[],
) {
  if (rows.length === 0) return;
  await db.execute(sql`
    update ${cutoverWaveAccounts} w set opening_invoice_id = d."invoiceId", opening_payment_id = d."paymentId"
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as d("accountId" uuid, "invoiceId" uuid, "paymentId" uuid)
    where w.wave_id = ${waveId} and w.account_id = d."accountId"`);
}

export async function setSystemOfRecord(
  db: Db,
  accountIds: readonly string[],
  systemOfRecord: 'legacy' | 'switchboard',
  cutoverDate: string | null,
) {
  if (accountIds.length === 0) return;
  await db
    .update(accounts)
    .set({ systemOfRecord, cutoverDate })
    .where(inArray(accounts.id, [...accountIds]));
}

export async function insertCutoverEvent(db: Db, event: typeof cutoverEvents.$inferInsert) {
  await db.insert(cutoverEvents).values(event);
}

export async function listCutoverEvents(db: Db, waveId: string) {
  return db
    .select()
    .from(cutoverEvents)
    .where(eq(cutoverEvents.waveId, waveId))
    .orderBy(asc(cutoverEvents.at));
}

/**
 * What Switchboard has done for some accounts since a moment, other than carrying their
 * opening balances over: invoices finalized (credit notes included) and payments recorded.
 */
export async function listSwitchboardActivity(
  db: Db,
  accountIds: readonly string[],
  since: Date,
  opening: { invoiceIds: readonly string[]; paymentIds: readonly string[] },
) {
  if (accountIds.length === 0) return { invoices: [], payments: [] };
  const issued = await db
    .select()
    .from(invoices)
    .where(
      and(
        inArray(invoices.accountId, [...accountIds]),
        sql`${invoices.status} <> 'draft' and ${invoices.finalizedAt} >= ${since.toISOString()}`,
        opening.invoiceIds.length > 0 ? sql`${invoices.id} not in ${uuidSet(opening.invoiceIds)}` : undefined,
      ),
    )
    .orderBy(asc(invoices.finalizedAt), asc(invoices.id));
  const received = await db
    .select()
    .from(payments)
    .where(
      and(
        inArray(payments.accountId, [...accountIds]),
        sql`${payments.createdAt} >= ${since.toISOString()} and ${payments.voidedAt} is null`,
        opening.paymentIds.length > 0 ? sql`${payments.id} not in ${uuidSet(opening.paymentIds)}` : undefined,
      ),
    )
    .orderBy(asc(payments.createdAt), asc(payments.id));
  return { invoices: issued, payments: received };
}

/** What each account owes now (open invoices) less its unallocated credit. */
export async function listAccountBalances(db: Db, accountIds: readonly string[]) {
  if (accountIds.length === 0) return [];
  return rowsOf<{ account_id: string; balance: string }>(
    await db.execute(sql`
      select a.id as account_id,
        (coalesce((select sum(${invoiceBalance('i')}) from ${invoices} i
           where i.account_id = a.id and i.kind = 'invoice' and i.status = 'finalized'), 0)
         - coalesce((select sum(${paymentUnallocated('p')}) from ${payments} p
           where p.account_id = a.id and p.voided_at is null), 0))::text as balance
      from ${accounts} a where a.id in ${uuidSet(accountIds)}`),
  );
}

/** Voids the documents that carried opening balances over (a clean rollback: nothing else used them). */
export async function voidOpeningDocuments(
  db: Db,
  opening: { invoiceIds: readonly string[]; paymentIds: readonly string[] },
  note: string,
) {
  const now = new Date();
  if (opening.invoiceIds.length > 0)
    await db
      .update(invoices)
      .set({ status: 'void', voidedAt: now, note })
      .where(inArray(invoices.id, [...opening.invoiceIds]));
  if (opening.paymentIds.length > 0)
    await db
      .update(payments)
      .set({ voidedAt: now, note })
      .where(inArray(payments.id, [...opening.paymentIds]));
}
