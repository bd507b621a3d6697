import type { Db } from '../../db/client';
import { listContactsOfAccounts } from '../../db/queries/account-contacts';
import { getAccountsByIds, listChildrenOfAccounts } from '../../db/queries/accounts';
import {
  getSubscriptionsByIds,
  listAllChargesOfAccounts,
  listAllSubscriptionsOfAccounts,
} from '../../db/queries/subscriptions';
import type { AccountContactRow, AccountRow, OneTimeChargeRow, SubscriptionRow } from '../../db/schema';
import { groupByKeys, oneByKeys } from '../batch-order';

/** Batch loads behind the per-request DataLoaders; callers were authorised for the parents. */
export async function loadAccounts(db: Db, ids: readonly string[]): Promise<(AccountRow | null)[]> {
  return oneByKeys(ids, await getAccountsByIds(db, ids));
}

export async function loadChildrenOfAccounts(db: Db, ids: readonly string[]): Promise<AccountRow[][]> {
  return groupByKeys(ids, await listChildrenOfAccounts(db, ids), (row) => row.parentAccountId ?? '');
}

export async function loadSubscriptionsOfAccounts(
  db: Db,
  ids: readonly string[],
): Promise<SubscriptionRow[][]> {
  return groupByKeys(ids, await listAllSubscriptionsOfAccounts(db, ids), (row) => row.accountId);
}

export async function loadSubscriptions(db: Db, ids: readonly string[]): Promise<(SubscriptionRow | null)[]> {
  return oneByKeys(ids, await getSubscriptionsByIds(db, ids));
}

export async function loadChargesOfAccounts(db: Db, ids: readonly string[]): Promise<OneTimeChargeRow[][]> {
  return groupByKeys(ids, await listAllChargesOfAccounts(db, ids), (row) => row.accountId);
}

export async function loadContactsOfAccounts(db: Db, ids: readonly string[]): Promise<AccountContactRow[][]> {
  return groupByKeys(ids, await listContactsOfAccounts(db, ids), (row) => row.accountId);
}
