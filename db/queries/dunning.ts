import { and, asc, desc, eq, getTableColumns, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  accountContacts,
  accountDunning,
  accounts,
  type DunningChannel,
  type DunningStepRow,
  dunningDeliveries,
  dunningEvents,
  dunningPolicies,
  dunningSteps,
  invoices,
  organization,
} from '../schema';
import { invoiceBalance, isPayableInvoice } from './invoice-balances';
import { newestFirst, olderThan } from './keyset';
import { rowsOf } from './raw-rows';
import { uuidSet } from './uuid-set';

/** The default policy's steps, in order. */
export async function listDunningStepRows(db: Db) {
  return db
    .select(getTableColumns(dunningSteps))
    .from(dunningSteps)
    .innerJoin(dunningPolicies, eq(dunningPolicies.id, dunningSteps.policyId))
    .where(and(eq(dunningPolicies.isDefault, true), isNull(dunningSteps.removedAt)))
    .orderBy(asc(dunningSteps.position));
}

// Policies.

export async function listDunningPolicyRows(db: Db) {
  return db
    .select()
    .from(dunningPolicies)
    .orderBy(desc(dunningPolicies.isDefault), asc(dunningPolicies.name));
}

export async function getDunningPolicyRow(db: Db, id: string) {
  const [row] = await db.select().from(dunningPolicies).where(eq(dunningPolicies.id, id));
  return row ?? null;
}

export async function getDunningPolicyByName(db: Db, name: string) {
  const [row] = await db
    .select()
    .from(dunningPolicies)
    .where(sql`lower(${dunningPolicies.name}) = lower(${name})`);
  return row ?? null;
}

/** The live steps of these policies, in order. */
export async function listPolicyStepRows(db: Db, policyIds: readonly string[]) {
  if (policyIds.length === 0) return [];
  return db
    .select()
    .from(dunningSteps)
    .where(and(inArray(dunningSteps.policyId, [...policyIds]), isNull(dunningSteps.removedAt)))
    .orderBy(asc(dunningSteps.policyId), asc(dunningSteps.position));
}

export async function insertDunningPolicy(db: Db, fields: { name: string; isDefault: boolean }) {
  const [row] = await db.insert(dunningPolicies).values(fields).returning();
  if (!row) throw new Error('insertDunningPolicy: no row');
  return row;
}

export async function updateDunningPolicyRow(
  db: Db,
  id: string,
  fields: { name?: string; isDefault?: boolean },
) {
  // updatedAt always: a change of steps alone is a change of the policy (and `set` needs a value).
  const [row] = await db
    .update(dunningPolicies)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(dunningPolicies.id, id))
    .returning();
  return row ?? null;
}

/** Makes no policy the default, so another can become it under the one-default index. */
export async function clearDefaultDunningPolicy(db: Db) {
  await db.update(dunningPolicies).set({ isDefault: false }).where(eq(dunningPolicies.isDefault, true));
}

export interface DunningStepFields {
  /** An existing step of the policy to keep (its events keep pointing at it); none for a new step. */
  id?: string | null | undefined;
  daysAfterDue: number;
  action: DunningStepRow['action'];
  name: string;
  templateId: string | null;
  channels: DunningChannel[];
}

/**
 * Makes `steps` (in order) the policy's live steps: steps given by id are updated, new ones
 * inserted, live ones not given are marked removed (kept for their events). Positions are
 * not unique, so the order is rewritten in place.
 */
export async function replacePolicySteps(db: Db, policyId: string, steps: readonly DunningStepFields[]) {
  const keptIds = steps.flatMap((step) => (step.id ? [step.id] : []));
  await db
    .update(dunningSteps)
    .set({ removedAt: new Date() })
    .where(
      and(
        eq(dunningSteps.policyId, policyId),
        isNull(dunningSteps.removedAt),
        keptIds.length > 0 ? sql`${dunningSteps.id} not in ${uuidSet(keptIds)}` : undefined,
      ),
    );
  for (const [index, step] of steps.entries()) {
    const fields = {
      position: index + 1,
      daysAfterDue: step.daysAfterDue,
      action: step.action,
      name: step.name,
      templateId: step.templateId,
      channels: step.channels,
    };
    // A policy has a handful of steps: one statement each is bounded by the input.
    if (step.id)
      await db
        .update(dunningSteps)
        .set(fields)
        .where(and(eq(dunningSteps.id, step.id), eq(dunningSteps.policyId, policyId)));
    else await db.insert(dunningSteps).values({ ...fields, policyId });
  }
}

export async function deleteDunningPolicyRow(db: Db, id: string) {
  await db.delete(dunningSteps).where(eq(dunningSteps.policyId, id));
  await db.delete(dunningPolicies).where(eq(dunningPolicies.id, id));
}

/** Whether any step of the policy was ever taken, or any account is assigned it. */
export async function isDunningPolicyInUse(db: Db, id: string): Promise<boolean> {
  const result = await db.execute(sql`
    select exists (select 1 from ${dunningEvents} e join ${dunningSteps} s on s.id = e.step_id where s.policy_id = ${id})
      or exists (select 1 from ${accountDunning} where policy_id = ${id}) as "inUse"`);
  return rowsOf<{ inUse: boolean }>(result)[0]?.inUse ?? false;
}

// Accounts' settings.

export async function getAccountDunningRow(db: Db, accountId: string) {
  const [row] = await db.select().from(accountDunning).where(eq(accountDunning.accountId, accountId));
  return row ?? null;
}

export async function upsertAccountDunning(
  db: Db,
  accountId: string,
  fields: Partial<Omit<typeof accountDunning.$inferInsert, 'accountId'>>,
) {
  const [row] = await db
    .insert(accountDunning)
    .values({ accountId, ...fields })
    .onConflictDoUpdate({ target: accountDunning.accountId, set: fields })
    .returning();
  if (!row) throw new Error('upsertAccountDunning: no row');
  return row;
}

// The pass.

/** The organization's time zone: accounts without their own are dunned in it. */
export async function getOrganizationTimeZone(db: Db): Promise<string> {
  const [row] = await db.select({ timeZone: organization.timeZone }).from(organization).limit(1);
  return row?.timeZone ?? 'UTC';
}

/** The zones (as stored, the organization's for accounts without one) of accounts with an open past-due invoice. */
export async function listDunningZones(
  db: Db,
  organizationZone: string,
  latestDay: string,
): Promise<string[]> {
  const result = await db.execute(sql`
    select distinct coalesce(a.time_zone, ${organizationZone}) as zone
    from ${invoices} i join ${accounts} a on a.id = i.account_id
    where ${isPayableInvoice('i')} and i.due_date < ${latestDay}::date and ${invoiceBalance('i')} > 0`);
  return rowsOf<{ zone: string }>(result).map((row) => row.zone);
}

export interface RecordedDunningEvent {
  id: string;
  accountId: string;
  invoiceId: string;
  invoiceNumber: string;
  stepId: string;
  stepName: string;
  stepPosition: number;
  action: DunningStepRow['action'];
  asOf: string;
  skipped: boolean;
}

/** A zone (as stored) whose local time is inside the daytime window, with its local day. */
export interface DaytimeZone {
  zone: string;
  day: string;
}

/**
 * Records, in one statement, the steps reached on every payable, past-due invoice that still
 * owes something, of accounts in the given zones (each on its local day) and not paused on
 * that day, under the account's policy (the default when none). Only steps later than the
 * last one taken for the invoice count; of those reached, the latest is taken and the
 * earlier ones recorded as skipped, so a customer never gets a burst of stale reminders.
 * The unique (invoice, step) index makes concurrent passes record each step once.
 */
export async function recordReachedDunningSteps(
  db: Db,
  zones: readonly DaytimeZone[],
  organizationZone: string,
): Promise<RecordedDunningEvent[]> {
  if (zones.length === 0) return [];
  const result = await db.execute(sql`
    with zones as (
      select * from jsonb_to_recordset(${JSON.stringify(zones)}::jsonb) as z(zone text, day date)
    ),
    reached as (
      select i.account_id, i.id as invoice_id, s.id as step_id, s.action, z.day,
        row_number() over (partition by i.id order by s.position desc) as rank
      from ${invoices} i
      join ${accounts} a on a.id = i.account_id
      join zones z on z.zone = coalesce(a.time_zone, ${organizationZone})
      left join ${accountDunning} ad on ad.account_id = a.id
      join ${dunningSteps} s
        on s.policy_id = coalesce(ad.policy_id, (select id from ${dunningPolicies} where is_default))
        and s.removed_at is null and i.due_date + s.days_after_due <= z.day
      where ${isPayableInvoice('i')} and i.due_date < z.day and ${invoiceBalance('i')} > 0
        and (ad.paused_until is null or ad.paused_until <= z.day)
        and s.days_after_due > coalesce((
          select max(taken.days_after_due) from ${dunningEvents} e
          join ${dunningSteps} taken on taken.id = e.step_id
          where e.invoice_id = i.id), -1)
    ),
    recorded as (
      insert into ${dunningEvents} (account_id, invoice_id, step_id, action, as_of, skipped)
      select account_id, invoice_id, step_id, action, day, rank > 1 from reached
      -- One order for every pass, so two passes at once wait on each other instead of deadlocking.
      order by invoice_id, step_id
      on conflict (invoice_id, step_id) do nothing
      returning id, account_id, invoice_id, step_id, action, as_of, skipped
    )
    select r.id, r.account_id as "accountId", r.invoice_id as "invoiceId", i.number as "invoiceNumber",
      r.step_id as "stepId", s.name as "stepName", s.position as "stepPosition", r.action,
      r.as_of::text as "asOf", r.skipped
    from recorded r
    join ${invoices} i on i.id = r.invoice_id
    join ${dunningSteps} s on s.id = r.step_id
    order by i.number, s.position`);
  return rowsOf<RecordedDunningEvent>(result);
}

/** What a taken step's messages are made of: the account, the invoice, the template's newest version. */
export interface DunningMessageSource {
  eventId: string;
  accountId: string;
  accountName: string;
  billingEmail: string | null;
  contacts: string[];
  invoiceId: string;
  invoiceNumber: string;
  dueDate: string;
  currency: string;
  amountDue: string;
  channels: DunningChannel[];
  templateVersionId: string;
  subject: string;
  body: string;
}

export async function listDunningMessageSources(db: Db, eventIds: readonly string[]) {
  if (eventIds.length === 0) return [];
  const result = await db.execute(sql`
    select e.id as "eventId", a.id as "accountId", a.name as "accountName", a.billing_email as "billingEmail",
      coalesce((select json_agg(c.email order by c.email) from ${accountContacts} c where c.account_id = a.id), '[]'::json) as contacts,
      i.id as "invoiceId", i.number as "invoiceNumber", i.due_date::text as "dueDate", i.currency,
      ${invoiceBalance('i')}::text as "amountDue", s.channels,
      v.id as "templateVersionId", v.subject, v.body
    from ${dunningEvents} e
    join ${dunningSteps} s on s.id = e.step_id
    join ${accounts} a on a.id = e.account_id
    join ${invoices} i on i.id = e.invoice_id
    join lateral (
      select id, subject, body from message_template_versions
      where template_id = s.template_id order by version desc limit 1) v on true
    where e.id in ${uuidSet(eventIds)} and not e.skipped and jsonb_array_length(s.channels) > 0`);
  return rowsOf<DunningMessageSource & { contacts: string[] | string; channels: DunningChannel[] | string }>(
    result,
  ).map((row) => ({
    ...row,
    contacts: typeof row.contacts === 'string' ? JSON.parse(row.contacts) : row.contacts,
    channels: typeof row.channels === 'string' ? JSON.parse(row.channels) : row.channels,
  }));
}

export async function insertDunningDeliveries(
  db: Db,
  rows: readonly (typeof dunningDeliveries.$inferInsert)[],
) {
  if (rows.length === 0) return;
  await db
    .insert(dunningDeliveries)
    .values([...rows])
    .onConflictDoNothing();
}

/** Suspends those of the accounts that are active; returns the ids it suspended. */
export async function suspendActiveAccounts(db: Db, accountIds: readonly string[]): Promise<string[]> {
  if (accountIds.length === 0) return [];
  const rows = await db
    .update(accounts)
    .set({ status: 'suspended' })
    .where(and(inArray(accounts.id, [...accountIds]), eq(accounts.status, 'active')))
    .returning({ id: accounts.id });
  return rows.map((row) => row.id);
}

// Sending.

/**
 * Marks the oldest queued dunning email as being sent, in its own committed statement, and
 * returns it. Never claimed again: a process that dies mid-send leaves it `sending`.
 */
export async function claimQueuedDunningDelivery(db: Db, exceptIds: readonly string[] = []) {
  const result = await db.execute(sql`
    update ${dunningDeliveries} set status = 'sending', attempts = attempts + 1, updated_at = clock_timestamp()
    where id = (
      select id from ${dunningDeliveries} where status = 'queued'
        ${exceptIds.length > 0 ? sql`and id not in ${uuidSet(exceptIds)}` : sql``}
      order by created_at, id limit 1 for update skip locked)
    returning id`);
  const id = rowsOf<{ id: string }>(result)[0]?.id;
  if (!id) return null;
  const [row] = await db.select().from(dunningDeliveries).where(eq(dunningDeliveries.id, id));
  return row ?? null;
}

export async function updateDunningDelivery(
  db: Db,
  id: string,
  fields: Partial<typeof dunningDeliveries.$inferInsert>,
) {
  await db
    .update(dunningDeliveries)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(dunningDeliveries.id, id));
}

/** An account's dunning emails, newest first, at most `limit` when given. */
export async function listDunningDeliveryRows(db: Db, accountId: string, limit?: number) {
  const query = db
    .select()
    .from(dunningDeliveries)
    .where(eq(dunningDeliveries.accountId, accountId))
    .orderBy(desc(dunningDeliveries.createdAt), desc(dunningDeliveries.id));
  return limit ? query.limit(limit) : query;
}

/**
 * Queued emails whose invoice was settled since their step was taken (a payment while one
 * waited for a retry) become `suppressed`, with the reason: a customer who paid is not
 * reminded. Returns how many.
 */
export async function suppressSettledDunningEmails(db: Db, reason: string): Promise<number> {
  const result = await db.execute(sql`
    update ${dunningDeliveries} d set status = 'suppressed', error = ${reason}, updated_at = clock_timestamp()
    from ${dunningEvents} e, ${invoices} i
    where d.status = 'queued' and e.id = d.event_id and i.id = e.invoice_id and ${invoiceBalance('i')} <= 0
    returning d.id`);
  return rowsOf<{ id: string }>(result).length;
}

/**
 * Emails left `sending` since before `olderThan` by a sender that died mid-conversation
 * become `unknown`, with the reason: reported, never sent again. Returns how many.
 */
export async function markInterruptedDunningSendsUnknown(db: Db, olderThan: Date, reason: string) {
  const rows = await db
    .update(dunningDeliveries)
    .set({ status: 'unknown', error: reason, updatedAt: new Date() })
    .where(and(eq(dunningDeliveries.status, 'sending'), lt(dunningDeliveries.updatedAt, olderThan)))
    .returning({ id: dunningDeliveries.id });
  return rows.length;
}

// Reading.

/** An account's dunning events, newest first, with their invoice's number and their step. */
export async function listDunningEventRows(
  db: Db,
  options: { accountId: string; limit: number; after?: { createdAt: Date; id: string } | undefined },
) {
  const conditions: (SQL | undefined)[] = [
    eq(dunningEvents.accountId, options.accountId),
    olderThan(dunningEvents.occurredAt, dunningEvents.id, options.after),
  ];
  return db
    .select({
      ...getTableColumns(dunningEvents),
      invoiceNumber: sql<string>`${invoices.number}`,
      step: getTableColumns(dunningSteps),
    })
    .from(dunningEvents)
    .innerJoin(invoices, eq(invoices.id, dunningEvents.invoiceId))
    .innerJoin(dunningSteps, eq(dunningSteps.id, dunningEvents.stepId))
    .where(and(...conditions))
    .orderBy(...newestFirst(dunningEvents.occurredAt, dunningEvents.id))
    .limit(options.limit + 1);
}

/** One open invoice's place in dunning: its last step taken and the next one with its day. */
export interface OpenInvoiceDunning {
  invoiceId: string;
  invoiceNumber: string;
  accountId: string;
  dueDate: string;
  currency: string;
  amountDue: string;
  lastStepId: string | null;
  lastStepName: string | null;
  lastAction: DunningStepRow['action'] | null;
  lastStepOn: string | null;
  nextStepId: string | null;
  nextStepName: string | null;
  nextAction: DunningStepRow['action'] | null;
  nextStepOn: string | null;
}

/**
 * Payable invoices that still owe something (of one account when given), each with its last
 * step taken (skipped ones not counted) and the next step of the account's policy after it.
 */
export async function listOpenInvoiceDunning(
  db: Db,
  options: { accountId?: string | undefined; limit?: number } = {},
): Promise<OpenInvoiceDunning[]> {
  const result = await db.execute(sql`
    select i.id as "invoiceId", i.number as "invoiceNumber", i.account_id as "accountId",
      i.due_date::text as "dueDate", i.currency, ${invoiceBalance('i')}::text as "amountDue",
      last.step_id as "lastStepId", last.name as "lastStepName", last.action as "lastAction", last.as_of::text as "lastStepOn",
      next.id as "nextStepId", next.name as "nextStepName", next.action as "nextAction",
      first.taken_on::text as "nextStepOn"
    from ${invoices} i
    left join ${accountDunning} ad on ad.account_id = i.account_id
    left join lateral (
      select e.step_id, s.name, e.action, e.as_of, s.days_after_due from ${dunningEvents} e
      join ${dunningSteps} s on s.id = e.step_id
      where e.invoice_id = i.id and not e.skipped
      order by s.days_after_due desc limit 1) last on true
    -- The day the next step is taken: the first untaken step's day, held back to a pause's end.
    left join lateral (
      select greatest(i.due_date + s.days_after_due, ad.paused_until) as taken_on from ${dunningSteps} s
      where s.policy_id = coalesce(ad.policy_id, (select id from ${dunningPolicies} where is_default))
        and s.removed_at is null
        and s.days_after_due > coalesce((
          select max(t.days_after_due) from ${dunningEvents} e join ${dunningSteps} t on t.id = e.step_id
          where e.invoice_id = i.id), -1)
      order by s.days_after_due limit 1) first on true
    -- What is taken that day: the latest step reached by then (after a pause, the earlier ones are skipped).
    left join lateral (
      select s.id, s.name, s.action from ${dunningSteps} s
      where s.policy_id = coalesce(ad.policy_id, (select id from ${dunningPolicies} where is_default))
        and s.removed_at is null and i.due_date + s.days_after_due <= first.taken_on
        and s.days_after_due > coalesce((
          select max(t.days_after_due) from ${dunningEvents} e join ${dunningSteps} t on t.id = e.step_id
          where e.invoice_id = i.id), -1)
      order by s.days_after_due desc limit 1) next on true
    where ${isPayableInvoice('i')} and ${invoiceBalance('i')} > 0
      ${options.accountId ? sql`and i.account_id = ${options.accountId}` : sql``}
    order by i.due_date, i.number
    ${options.limit ? sql`limit ${options.limit}` : sql``}`);
  return rowsOf<OpenInvoiceDunning>(result);
}

export interface DunningStageRow {
  /** current, past_due (not yet dunned) or step (its last step taken). */
  stage: 'current' | 'past_due' | 'step';
  stepName: string | null;
  action: DunningStepRow['action'] | null;
  daysAfterDue: number | null;
  currency: string;
  invoiceCount: number;
  amountDue: string;
}

/** Open invoices grouped by dunning stage and currency, as of a day. */
export async function listDunningStageRows(db: Db, asOf: string): Promise<DunningStageRow[]> {
  const result = await db.execute(sql`
    with open as (
      select i.id, i.currency, i.due_date, ${invoiceBalance('i')} as due from ${invoices} i
      where ${isPayableInvoice('i')} and ${invoiceBalance('i')} > 0
    ),
    staged as (
      select o.*, last.name as step_name, last.action, last.days_after_due from open o
      left join lateral (
        select s.name, e.action, s.days_after_due from ${dunningEvents} e
        join ${dunningSteps} s on s.id = e.step_id
        where e.invoice_id = o.id
        order by s.days_after_due desc limit 1) last on true
    )
    select * from (
      select case when due_date >= ${asOf}::date then 'current' when step_name is null then 'past_due' else 'step' end as stage,
        case when due_date >= ${asOf}::date then null else step_name end as "stepName",
        case when due_date >= ${asOf}::date then null else action end as action,
        case when due_date >= ${asOf}::date then null else days_after_due end as "daysAfterDue",
        currency, count(*)::int as "invoiceCount", sum(due)::text as "amountDue"
      from staged
      group by 1, 2, 3, 4, currency) stages
    order by case stage when 'current' then 0 when 'past_due' then 1 else 2 end, "daysAfterDue", "stepName", currency`);
  return rowsOf<DunningStageRow>(result);
}

/** A step the pass will take on `day` (the latest reached and not taken), for the preview. */
export interface DueDunningAction {
  accountId: string;
  accountName: string;
  invoiceId: string;
  invoiceNumber: string;
  currency: string;
  amountDue: string;
  stepId: string;
  stepName: string;
  action: DunningStepRow['action'];
  daysAfterDue: number;
  channels: DunningChannel[];
  templateName: string | null;
}

/**
 * What a pass on `day` would take: per open past-due invoice of an account not paused that
 * day, the latest step of its policy reached and later than its last step taken (the
 * earlier ones it would skip are not listed). Bounded by `limit`.
 */
export async function listDueDunningActions(db: Db, day: string, limit: number): Promise<DueDunningAction[]> {
  const result = await db.execute(sql`
    select * from (
      select distinct on (i.id) a.id as "accountId", a.name as "accountName", i.id as "invoiceId",
        i.number as "invoiceNumber", i.currency, ${invoiceBalance('i')}::text as "amountDue",
        s.id as "stepId", s.name as "stepName", s.action, s.days_after_due as "daysAfterDue", s.channels,
        t.name as "templateName"
      from ${invoices} i
      join ${accounts} a on a.id = i.account_id
      left join ${accountDunning} ad on ad.account_id = a.id
      join ${dunningSteps} s
        on s.policy_id = coalesce(ad.policy_id, (select id from ${dunningPolicies} where is_default))
        and s.removed_at is null and i.due_date + s.days_after_due <= ${day}::date
      left join message_templates t on t.id = s.template_id
      where ${isPayableInvoice('i')} and i.due_date < ${day}::date and ${invoiceBalance('i')} > 0
        and (ad.paused_until is null or ad.paused_until <= ${day}::date)
        and s.days_after_due > coalesce((
          select max(taken.days_after_due) from ${dunningEvents} e
          join ${dunningSteps} taken on taken.id = e.step_id
          where e.invoice_id = i.id), -1)
      order by i.id, s.position desc) due
    order by "accountName", "invoiceNumber"
    limit ${limit}`);
  return rowsOf<DueDunningAction & { channels: DunningChannel[] | string }>(result).map((row) => ({
    ...row,
    channels: typeof row.channels === 'string' ? JSON.parse(row.channels) : row.channels,
  }));
}
