import { toCells } from './export-rows';
import { derivedPrng, type Prng } from './prng';
import type { AccountRow, SubscriptionRow, UsageRecord } from './types';

/** What the import rules must catch in a file, as expected.json counts it. */
export interface MessyCount {
  duplicates: number;
  conflicts: number;
  rejected: number;
  unratable: number;
}

export const emptyMessyCount = (): MessyCount => ({ duplicates: 0, conflicts: 0, rejected: 0, unratable: 0 });

/** Malformed usage rows, one of each way FORMAT.md lets a row break. */
const REJECTED_USAGE_KINDS = [
  'unknown_account',
  'bad_date',
  'negative_duration',
  'non_numeric_duration',
  'unknown_usage_type',
  'missing_id',
  'negative_quantity',
  'exponent_quantity',
] as const;
type RejectedUsageKind = (typeof REJECTED_USAGE_KINDS)[number];

/** One set of malformed rows per this many accounts (the shared sample has 8 in 60 accounts). */
const ACCOUNTS_PER_REJECTED_SET = 500;
/** Chance that a voice row is repeated identically / repeated with another duration. */
const DUPLICATE_RATE = 0.002;
const CONFLICT_RATE = 0.0005;

/** Which account's block each malformed usage row goes into. */
export function planRejectedUsage(seed: number, accountCount: number): Map<number, RejectedUsageKind[]> {
  const rng = derivedPrng(seed, 4);
  const plan = new Map<number, RejectedUsageKind[]>();
  for (let first = 1; first <= accountCount; first += ACCOUNTS_PER_REJECTED_SET) {
    const last = Math.min(accountCount, first + ACCOUNTS_PER_REJECTED_SET - 1);
    for (const kind of REJECTED_USAGE_KINDS) {
      const index = rng.int(first, last);
      plan.set(index, [...(plan.get(index) ?? []), kind]);
    }
  }
  return plan;
}

function rejectedUsageCells(
  kind: RejectedUsageKind,
  recordId: string,
  accountId: string,
  day: string,
): string[] {
  const at = `${day}T10:00:00Z`;
  switch (kind) {
    case 'unknown_account':
      return [recordId, 'L999999', 'voice', at, '12125550100', '30', ''];
    case 'bad_date':
      return [recordId, accountId, 'voice', '2026-13-45T10:00:00Z', '12125550100', '30', ''];
    case 'negative_duration':
      return [recordId, accountId, 'voice', at, '12125550100', '-12', ''];
    case 'non_numeric_duration':
      return [recordId, accountId, 'voice', at, '12125550100', 'twelve', ''];
    case 'unknown_usage_type':
      return [recordId, accountId, 'fax', at, '12125550100', '30', ''];
    case 'missing_id':
      return ['', accountId, 'voice', at, '12125550100', '30', ''];
    case 'negative_quantity':
      return [recordId, accountId, 'sms', at, '', '', '-3'];
    case 'exponent_quantity':
      return [recordId, accountId, 'data', at, '', '', '1e999'];
  }
}

/** Inserts `row` at a random place after `after` (so a repeated id never comes first). */
function insertAfter(rows: string[][], after: number, row: string[], rng: Prng): void {
  rows.splice(rng.int(after + 1, rows.length), 0, row);
}

/**
 * One account's usage.csv rows: its records, plus identical repeats (duplicates), repeats
 * of a call with another duration (conflicts: the first row stands) and the malformed rows
 * planned for it, each at a random place. Counts what it added into `count`.
 */
export function messyUsageRows(
  accountId: string,
  records: readonly UsageRecord[],
  rejected: readonly RejectedUsageKind[],
  nextBadId: () => string,
  day: string,
  rng: Prng,
  count: MessyCount,
): string[][] {
  const rows = records.map(toCells.usage);
  const repeats: { after: number; row: string[] }[] = [];
  records.forEach((record, position) => {
    if (record.usageType !== 'voice') return;
    if (rng.chance(DUPLICATE_RATE)) {
      repeats.push({ after: position, row: toCells.usage(record) });
      count.duplicates += 1;
    } else if (rng.chance(CONFLICT_RATE)) {
      repeats.push({ after: position, row: toCells.usage({ ...record, durationS: record.durationS + 7 }) });
      count.conflicts += 1;
    }
  });
  // Latest first, so earlier positions still point at their originals.
  for (const { after, row } of repeats.reverse()) insertAfter(rows, after, row, rng);
  for (const kind of rejected) {
    rows.splice(rng.int(0, rows.length), 0, rejectedUsageCells(kind, nextBadId(), accountId, day));
    count.rejected += 1;
  }
  return rows;
}

/**
 * Rows appended to accounts.csv: a repeat of the first account (duplicate), the second
 * with another e-mail (conflict), and rows without an id, with an unknown currency, with a
 * date that does not exist.
 */
export function messyAccountRows(accounts: readonly AccountRow[], count: MessyCount): string[][] {
  const rows: string[][] = [];
  const [first, second] = accounts;
  if (first) {
    rows.push(toCells.account(first));
    count.duplicates += 1;
  }
  if (second) {
    rows.push(
      toCells.account({ ...second, email: `accounts-payable${second.accountId.slice(1)}@example.com` }),
    );
    count.conflicts += 1;
  }
  const bad = (fields: Partial<AccountRow>): AccountRow => ({
    accountId: '',
    name: 'Malformed',
    email: 'x@example.com',
    currency: 'USD',
    taxRegion: 'TX',
    ratePlan: 'STANDARD',
    status: 'active',
    openedOn: '2020-01-01',
    closedOn: '',
    parentAccountId: '',
    ...fields,
  });
  rows.push(toCells.account(bad({ name: 'No id' })));
  rows.push(toCells.account(bad({ accountId: 'LBADCUR', name: 'Bad currency', currency: 'XYZ' })));
  rows.push(toCells.account(bad({ accountId: 'LBADDATE', name: 'Bad date', openedOn: '2026-02-30' })));
  count.rejected += 3;
  return rows;
}

/**
 * Rows appended to subscriptions.csv: a repeat of the first (duplicate), the first again
 * with another quantity (conflict), and an unknown product, a negative quantity, an
 * unknown account.
 */
export function messySubscriptionRows(
  subscriptions: readonly SubscriptionRow[],
  count: MessyCount,
): string[][] {
  const rows: string[][] = [];
  const first = subscriptions[0];
  if (first) {
    rows.push(toCells.subscription(first));
    count.duplicates += 1;
    rows.push(toCells.subscription({ ...first, quantity: String(Number(first.quantity) + 3) }));
    count.conflicts += 1;
  }
  const accountId = first?.accountId ?? 'L000001';
  const bad = (fields: Partial<SubscriptionRow>): SubscriptionRow => ({
    subscriptionId: '',
    accountId,
    productCode: 'DID',
    quantity: '1',
    unitPrice: '',
    discountPercent: '0',
    startDate: '2026-01-01',
    endDate: '',
    ...fields,
  });
  rows.push(toCells.subscription(bad({ subscriptionId: 'SBAD1', productCode: 'NO-SUCH-PRODUCT' })));
  rows.push(toCells.subscription(bad({ subscriptionId: 'SBAD2', quantity: '-4' })));
  rows.push(toCells.subscription(bad({ subscriptionId: 'SBAD3', accountId: 'L999999' })));
  count.rejected += 3;
  return rows;
}
