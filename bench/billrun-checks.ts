import type postgres from 'postgres';

/**
 * Proof that a timed bill run really billed, computed in SQL independently of lib/invoicing,
 * so a fast but broken run cannot pass: the number of invoices, every invoice adding up to
 * its lines, and for a sample of accounts every voice line recomputed from the raw calls
 * (allowances consumed in call order, domestic only) plus their SMS and data quantities.
 * Returns the problems found (none when the run is right).
 */
export async function checkBillRun(
  sql: postgres.Sql,
  billRunId: string,
  period: { start: string; end: string },
): Promise<{ problems: string[]; invoices: number; lines: number; spotChecked: number }> {
  const problems: string[] = [];
  // Payers with activity: a subscription in the period, or billable usage, of their own or of
  // a child they pay for. (The bench's anniversary accounts all have a subscription.)
  const [expected] = await sql<{ n: number }[]>`
    with billed as (
      select case when a.bill_to_parent then a.parent_account_id else a.id end as payer, a.id
      from accounts a where a.status <> 'closed'
    )
    select count(distinct b.payer)::int as n from billed b
    where exists (select 1 from subscriptions s where s.account_id = b.id and s.start_date < ${period.end}
        and (s.end_date is null or s.end_date > ${period.start}))
      or exists (select 1 from usage_records u where u.account_id = b.id and u.status = 'rated'
        and u.started_at >= ${period.start}::date and u.started_at < ${period.end}::date
        and (u.billable_seconds > 0 or u.quantity > 0))`;
  const [actual] = await sql<{ invoices: number; lines: number }[]>`
    select count(distinct i.id)::int as invoices, count(l.id)::int as lines
    from invoices i left join invoice_lines l on l.invoice_id = i.id where i.bill_run_id = ${billRunId}`;
  if (!expected || !actual || expected.n !== actual.invoices)
    problems.push(`invoices: ${actual?.invoices} made, ${expected?.n} accounts with activity`);
  const unbalanced = await sql<{ id: string }[]>`
    select i.id from invoices i join invoice_lines l on l.invoice_id = i.id
    where i.bill_run_id = ${billRunId}
    group by i.id, i.subtotal, i.tax_total, i.total
    having i.subtotal <> coalesce(sum(l.amount) filter (where l.line_type <> 'tax'), 0)
      or i.tax_total <> coalesce(sum(l.amount) filter (where l.line_type = 'tax'), 0)
      or i.total <> i.subtotal + i.tax_total`;
  if (unbalanced.length > 0) problems.push(`${unbalanced.length} invoices do not add up to their lines`);

  // The spot check: calendar-month payers without children, voice recomputed call by call.
  const sample = await sql<{ id: string; invoice_id: string }[]>`
    select a.id, i.id as invoice_id from accounts a join invoices i on i.account_id = a.id and i.bill_run_id = ${billRunId}
    where a.billing_cycle = 'calendar_month' and not exists (select 1 from accounts c where c.parent_account_id = a.id)
    order by a.external_id limit 25`;
  const sampleIds = sample.map((row) => row.id);
  const voiceMismatches = await sql<{ account_id: string; key: string; expected: string; billed: string }[]>`
    with pool as (
      select s.account_id, coalesce(sum(floor(a.quantity_per_unit * s.quantity * 60)), 0) as seconds
      from subscriptions s join product_allowances a on a.product_id = s.product_id and a.usage_type = 'voice' and 'domestic' = any(a.destination_classes)
      where s.account_id = any(${sampleIds}::uuid[]) and s.start_date < ${period.end}
        and (s.end_date is null or s.end_date > ${period.start})
      group by s.account_id
    ), calls as (
      select u.account_id, u.destination_name, u.billable_seconds, u.rate_per_minute, u.connection_fee,
        case when u.destination_class = 'domestic' then coalesce(p.seconds, 0) else 0 end as pool,
        case when u.destination_class = 'domestic' then coalesce(sum(u.billable_seconds) over (
          partition by u.account_id, u.destination_class = 'domestic' order by u.started_at, u.record_id
          rows between unbounded preceding and 1 preceding), 0) else 0 end as used_before
      from usage_records u left join pool p on p.account_id = u.account_id
      where u.account_id = any(${sampleIds}::uuid[]) and u.usage_type = 'voice' and u.status = 'rated'
        and u.started_at >= ${period.start}::date and u.started_at < ${period.end}::date
    ), expected as (
      select account_id, destination_name as key,
        round(sum(round(connection_fee + (billable_seconds - least(billable_seconds, greatest(pool - used_before, 0)))
          * rate_per_minute / 60, 4)), 2) as amount
      from calls where billable_seconds > 0 group by account_id, destination_name
    ), billed as (
      select i.account_id, l.line_key as key, l.amount from invoice_lines l join invoices i on i.id = l.invoice_id
      where i.bill_run_id = ${billRunId} and i.account_id = any(${sampleIds}::uuid[])
        and l.line_type = 'usage' and l.product_code = 'VOICE'
    )
    select coalesce(e.account_id, b.account_id) as account_id, coalesce(e.key, b.key) as key,
      e.amount::text as expected, b.amount::text as billed
    from expected e full join billed b on b.account_id = e.account_id and b.key = e.key
    where e.amount is distinct from b.amount`;
  for (const row of voiceMismatches.slice(0, 5))
    problems.push(
      `voice line ${row.key} of ${row.account_id}: billed ${row.billed}, expected ${row.expected}`,
    );
  if (voiceMismatches.length > 5) problems.push(`…and ${voiceMismatches.length - 5} more voice lines`);
  const meteredMismatches = await sql<{ key: string }[]>`
    with expected as (
      select u.account_id, p.code as key, sum(u.quantity) as quantity from usage_records u join products p on p.id = u.product_id
      where u.account_id = any(${sampleIds}::uuid[]) and u.usage_type <> 'voice' and u.status = 'rated'
        and u.started_at >= ${period.start}::date and u.started_at < ${period.end}::date
      group by u.account_id, p.code
    ), billed as (
      select i.account_id, l.line_key as key, l.quantity from invoice_lines l join invoices i on i.id = l.invoice_id
      where i.bill_run_id = ${billRunId} and i.account_id = any(${sampleIds}::uuid[]) and l.line_type = 'usage'
        and l.product_code in ('SMS', 'DATA')
    )
    select coalesce(e.key, b.key) as key from expected e full join billed b on b.account_id = e.account_id and b.key = e.key
    where e.quantity is distinct from b.quantity`;
  if (meteredMismatches.length > 0) problems.push(`${meteredMismatches.length} SMS/data lines differ`);
  return { problems, invoices: actual?.invoices ?? 0, lines: actual?.lines ?? 0, spotChecked: sample.length };
}
