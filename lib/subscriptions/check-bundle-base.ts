import type { Db } from '../../db/client';
import { getSubscriptionsByIds } from '../../db/queries/subscriptions';
import { fail } from './check-account-and-product';

/** A bundle-aligned subscription follows a base subscription of the same account. */
export async function checkBundleBase(db: Db, accountId: string, bundleBaseId: string | null | undefined) {
  if (!bundleBaseId)
    fail('REQUIRED', ['input', 'bundleBaseId'], 'Bundle alignment needs the base subscription.');
  const [base] = await getSubscriptionsByIds(db, [bundleBaseId]);
  if (!base || base.accountId !== accountId)
    fail('NOT_FOUND', ['input', 'bundleBaseId'], 'No such subscription on this account.');
}
