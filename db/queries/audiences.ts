import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  accountContacts,
  accounts,
  cutoverWaveAccounts,
  cutoverWaves,
  invoices,
  subscriptions,
} from '../schema';
import { invoiceBalance, isPayableInvoice } from './invoice-balances';
import { rowsOf } from './raw-rows';

/** Which accounts an audience reaches: a wave's, or those matching every filter given. */
export interface AudienceSelection {
  waveId?: string | null;
  region?: string | null;
  productId?: string | null;
  status?: string | null;
  /** Open balance at least this (a decimal string). */
  minBalance?: string | null;
}

export interface AudienceAccount {
  id: string;
  name: string;
  billingEmail: string | null;
  timeZone: string | null;
  billingCycle: 'calendar_month' | 'anniversary';
  billingDay: number;
  cutoverDate: string | null;
  contacts: string[];
}

/** The accounts of an audience with what their messages need, in one query. */
export async function listAudienceAccounts(db: Db, selection: AudienceSelection): Promise<AudienceAccount[]> {
  const result = await db.execute(sql`
    select a.id, a.name, a.billing_email as "billingEmail", a.time_zone as "timeZone",
      a.billing_cycle as "billingCycle", a.billing_day as "billingDay",
      coalesce(a.cutover_date, w.cutover_date, w.planned_date)::text as "cutoverDate",
      coalesce((select json_agg(c.email order by c.email) from ${accountContacts} c where c.account_id = a.id), '[]'::json) as contacts
    ${reachedAccounts(selection)}
    order by a.name, a.id`);
  return rowsOf<AudienceAccount & { contacts: string[] | string }>(result).map((row) => ({
    ...row,
    billingDay: Number(row.billingDay),
    contacts: typeof row.contacts === 'string' ? JSON.parse(row.contacts) : row.contacts,
  }));
}

/** How many accounts each audience reaches now, for many audiences in one statement. */
export async function countAudienceAccounts(
  db: Db,
  selections: readonly AudienceSelection[],
): Promise<number[]> {
  if (selections.length === 0) return [];
  const counts = selections.map(
    (selection, index) =>
      sql`select ${index}::int as audience, count(*)::int as accounts ${reachedAccounts(selection)}`,
  );
  const result = await db.execute(sql.join(counts, sql` union all `));
  const sizes = selections.map(() => 0);
  for (const row of rowsOf<{ audience: number; accounts: number }>(result))
    sizes[Number(row.audience)] = Number(row.accounts);
  return sizes;
}

/**
 * The first accounts (by name) each of many audiences reaches, in one statement: the ids,
 * for the caller's account loader.
 */
export async function listFirstAudienceAccountIds(
  db: Db,
  requests: readonly { selection: AudienceSelection; first: number }[],
): Promise<string[][]> {
  if (requests.length === 0) return [];
  const parts = requests.map(
    ({ selection, first }, index) =>
      sql`(select ${index}::int as audience, a.id, a.name ${reachedAccounts(selection)}
      order by a.name, a.id limit ${first})`,
  );
  const result = await db.execute(
    sql`select audience, id from (${sql.join(parts, sql` union all `)}) as firsts order by audience, name, id`,
  );
  const ids = requests.map((): string[] => []);
  for (const row of rowsOf<{ audience: number; id: string }>(result)) ids[Number(row.audience)]?.push(row.id);
  return ids;
}

/**
 * FROM and WHERE of the accounts an audience's selection reaches: each account (a) with its
 * wave membership (wa) and wave (w), the one list, count and first-few queries share.
 */
/** The ids of the accounts an audience reaches, as a subquery. */
export function audienceAccountIds(selection: AudienceSelection): SQL {
  return sql`select a.id ${reachedAccounts(selection)}`;
}

function reachedAccounts(selection: AudienceSelection): SQL {
  return sql`from ${accounts} a
    left join ${cutoverWaveAccounts} wa on wa.account_id = a.id
    left join ${cutoverWaves} w on w.id = wa.wave_id
    where ${sql.join(audienceConditions(selection), sql` and `)}`;
}

/** The conditions on an account (a) and its wave membership (wa) an audience's selection sets. */
function audienceConditions(selection: AudienceSelection): SQL[] {
  const conditions = [sql`a.status <> 'closed'`];
  if (selection.waveId) conditions.push(sql`wa.wave_id = ${selection.waveId}`);
  if (selection.region) conditions.push(sql`a.tax_region = ${selection.region}`);
  if (selection.status) conditions.push(sql`a.status = ${selection.status}`);
  if (selection.productId)
    conditions.push(sql`exists (select 1 from ${subscriptions} s where s.account_id = a.id
      and s.product_id = ${selection.productId} and (s.end_date is null or s.end_date > current_date))`);
  if (selection.minBalance)
    conditions.push(sql`(select coalesce(sum(${invoiceBalance('i')}), 0) from ${invoices} i
      where i.account_id = a.id and ${isPayableInvoice('i')}) >= ${selection.minBalance}::numeric`);
  return conditions;
}
