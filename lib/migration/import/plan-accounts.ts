import { isCurrencyCode } from '../../money/currencies';
import { Dec } from '../../money/decimal';
import type { ExportVersion } from '../legacy-export/export-columns';
import type { CsvRow, UnreadableRow } from '../legacy-export/read-csv-rows';
import { CellReader } from './cell-reader';
import { acceptRows, type FileTally } from './file-tally';
import type { CatalogPlan } from './plan-catalog';

export interface PlannedAccount {
  row: CsvRow;
  legacyId: string;
  name: string;
  email: string | null;
  currency: string;
  taxRegion: string | null;
  ratePlan: string | null;
  status: 'active' | 'closed';
  openedOn: string | null;
  closedOn: string | null;
  parentLegacyId: string | null;
}

export interface PlannedSubscription {
  row: CsvRow;
  legacyId: string;
  accountLegacyId: string;
  productCode: string;
  quantity: string;
  unitPrice: string | null;
  discountPercent: string;
  startDate: string;
  /** As the file gave it; an end before the start is kept (and reported by validation). */
  endDate: string | null;
  /** v1.1: the subscription of the same account this one replaced (a change, not a cancellation). */
  replacesLegacyId: string | null;
}

export interface PlannedCharge {
  row: CsvRow;
  legacyId: string;
  accountLegacyId: string;
  productCode: string;
  chargeDate: string;
  quantity: string;
  unitPrice: string | null;
}

export interface PlannedBalance {
  row: CsvRow;
  accountLegacyId: string;
  asOf: string;
  amount: string;
}

export interface AccountsPlan {
  accounts: Map<string, PlannedAccount>;
  subscriptions: PlannedSubscription[];
  charges: PlannedCharge[];
}

/** Legacy ids an earlier import (or a user) already gave to Switchboard records: conflicts, not overwrites. */
export interface AlreadyInSwitchboard {
  accounts: ReadonlySet<string>;
  subscriptions: ReadonlySet<string>;
  charges: ReadonlySet<string>;
}

type Rows = readonly (CsvRow | UnreadableRow)[];

/** Checks accounts (with their parents), subscriptions and one-time charges against the catalog. */
export function planAccounts(
  files: { accounts: Rows; subscriptions: Rows; charges: Rows },
  tallies: { accounts: FileTally; subscriptions: FileTally; charges: FileTally },
  catalog: CatalogPlan,
  existing: AlreadyInSwitchboard,
  version: ExportVersion = '1',
): AccountsPlan {
  const standing = acceptRows(files.accounts, tallies.accounts, (c) => c.account_id ?? '', checkAccount);
  const accounts = new Map<string, PlannedAccount>();
  for (const { id, row, value } of standing) {
    if (existing.accounts.has(id))
      tallies.accounts.problem(row, id, 'conflict', `account ${id} already exists in Switchboard`);
    else accounts.set(id, value);
  }
  // A parent must itself be imported; dropping one can orphan another, so repeat until stable.
  for (let changed = true; changed; ) {
    changed = false;
    for (const account of accounts.values()) {
      if (account.parentLegacyId && !accounts.has(account.parentLegacyId)) {
        accounts.delete(account.legacyId);
        tallies.accounts.problem(
          account.row,
          account.legacyId,
          'rejected',
          `unknown parent account ${account.parentLegacyId}`,
        );
        changed = true;
      }
    }
  }

  const product = (cells: CellReader, code: string, kind: 'recurring' | 'one_time') => {
    if (cells.problem) return;
    const found = catalog.products.get(code);
    if (!found) cells.problem = `unknown product ${code}`;
    else if (found.kind !== kind) cells.problem = `product ${code} is ${found.kind}, not ${kind}`;
  };
  const account = (cells: CellReader, legacyId: string) => {
    if (!cells.problem && !accounts.has(legacyId)) cells.problem = `unknown account ${legacyId}`;
  };

  const subscriptions = acceptRows(
    files.subscriptions,
    tallies.subscriptions,
    (c) => c.subscription_id ?? '',
    (row) => {
      const cells = new CellReader(row.cells);
      const value: PlannedSubscription = {
        row,
        legacyId: cells.text('subscription_id'),
        accountLegacyId: cells.text('account_id'),
        productCode: cells.text('product_code'),
        quantity: cells.decimal('quantity', { min: 'positive' }) ?? '0',
        unitPrice: cells.decimal('unit_price', { required: false, min: 0 }),
        discountPercent: cells.decimal('discount_percent', { required: false, min: 0 }) ?? '0',
        startDate: cells.date('start_date') ?? '',
        endDate: cells.date('end_date', false),
        replacesLegacyId: version === '1' ? null : cells.optionalText('replaces_subscription_id'),
      };
      if (!cells.problem && value.replacesLegacyId === value.legacyId)
        cells.problem = 'the subscription replaces itself';
      if (!cells.problem && new Dec(value.discountPercent).greaterThan(100))
        cells.problem = `discount_percent ${value.discountPercent} is more than 100`;
      account(cells, value.accountLegacyId);
      product(cells, value.productCode, 'recurring');
      return cells.result(value);
    },
  ).flatMap(({ row, id, value }) => {
    if (!existing.subscriptions.has(id)) return [value];
    tallies.subscriptions.problem(row, id, 'conflict', `subscription ${id} already exists in Switchboard`);
    return [];
  });
  // A change names the subscription it replaced: one of the same account that is imported too;
  // dropping one can orphan another, so repeat until stable (as for parents).
  for (let changed = true; changed; ) {
    changed = false;
    const kept = new Map(subscriptions.map((sub) => [sub.legacyId, sub]));
    for (const [at, sub] of subscriptions.entries()) {
      if (!sub.replacesLegacyId) continue;
      const replaced = kept.get(sub.replacesLegacyId);
      if (replaced?.accountLegacyId === sub.accountLegacyId) continue;
      subscriptions.splice(at, 1);
      tallies.subscriptions.problem(
        sub.row,
        sub.legacyId,
        'rejected',
        replaced
          ? `it replaces ${sub.replacesLegacyId}, a subscription of another account`
          : `unknown subscription ${sub.replacesLegacyId} it replaces`,
      );
      changed = true;
      break;
    }
  }

  const charges = acceptRows(
    files.charges,
    tallies.charges,
    (c) => c.charge_id ?? '',
    (row) => {
      const cells = new CellReader(row.cells);
      const value: PlannedCharge = {
        row,
        legacyId: cells.text('charge_id'),
        accountLegacyId: cells.text('account_id'),
        productCode: cells.text('product_code'),
        chargeDate: cells.date('charge_date') ?? '',
        quantity: cells.decimal('quantity', { min: 'positive' }) ?? '0',
        unitPrice: cells.decimal('unit_price', { required: false, min: 0 }),
      };
      account(cells, value.accountLegacyId);
      product(cells, value.productCode, 'one_time');
      return cells.result(value);
    },
  ).flatMap(({ row, id, value }) => {
    if (!existing.charges.has(id)) return [value];
    tallies.charges.problem(row, id, 'conflict', `one-time charge ${id} already exists in Switchboard`);
    return [];
  });

  return { accounts, subscriptions, charges };
}

/** Opening balances of imported accounts. */
export function planBalances(
  rows: Rows,
  tally: FileTally,
  accounts: ReadonlyMap<string, unknown>,
): PlannedBalance[] {
  return acceptRows(
    rows,
    tally,
    (c) => c.account_id ?? '',
    (row) => {
      const cells = new CellReader(row.cells);
      const value: PlannedBalance = {
        row,
        accountLegacyId: cells.text('account_id'),
        asOf: cells.date('as_of') ?? '',
        amount: cells.decimal('open_balance') ?? '0',
      };
      if (!cells.problem && !accounts.has(value.accountLegacyId))
        cells.problem = `unknown account ${value.accountLegacyId}`;
      return cells.result(value);
    },
  ).map(({ value }) => value);
}

function checkAccount(row: CsvRow): { value: PlannedAccount } | { reason: string } {
  const cells = new CellReader(row.cells);
  const value: PlannedAccount = {
    row,
    legacyId: cells.text('account_id'),
    name: cells.text('name'),
    email: cells.optionalText('email'),
    currency: cells.text('currency').toUpperCase(),
    taxRegion: cells.optionalText('tax_region'),
    ratePlan: cells.optionalText('rate_plan'),
    status: cells.oneOf('status', ['active', 'closed'] as const, false) ?? 'active',
    openedOn: cells.date('opened_on', false),
    closedOn: cells.date('closed_on', false),
    parentLegacyId: cells.optionalText('parent_account_id'),
  };
  if (!cells.problem && !isCurrencyCode(value.currency)) cells.problem = `unknown currency ${value.currency}`;
  if (!cells.problem && value.parentLegacyId === value.legacyId)
    cells.problem = 'the account is its own parent';
  return cells.result(value);
}
