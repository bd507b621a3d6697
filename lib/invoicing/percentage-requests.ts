import type { AccountRow } from '../../db/schema';
import type { PriceModel } from '../rating/price-model';
import type { PercentageRequest } from './load-percentage-charges';

/** The usage products of a chunk's accounts that a percentage price charges per transaction. */
export function percentageRequests(
  accounts: readonly AccountRow[],
  sumsByAccount: ReadonlyMap<string, readonly { productId: string | null }[]>,
  priceOf: (productId: string, currency: string) => PriceModel | null,
): PercentageRequest[] {
  return accounts.flatMap((account) =>
    (sumsByAccount.get(account.id) ?? []).flatMap((row) => {
      if (!row.productId) return [];
      const price = priceOf(row.productId, account.currency);
      return price?.model === 'percentage'
        ? [{ accountId: account.id, productId: row.productId, price }]
        : [];
    }),
  );
}
