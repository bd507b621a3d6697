import type { Db } from '../../db/client';
import { sumPercentageChargesOfAccounts } from '../../db/queries/percentage-charges';
import { Dec } from '../money/decimal';
import type { PercentagePrice } from '../rating/percentage';

/** An account's usage product priced by percentage in the period, with that price. */
export interface PercentageRequest {
  accountId: string;
  productId: string;
  price: PercentagePrice;
}

/** Key of an account's product in the map loadPercentageCharges answers. */
export const percentageKey = (accountId: string, productId: string) => `${accountId}/${productId}`;

/**
 * The period's transaction charges of percentage-priced products for a chunk of accounts,
 * unrounded and exact, by percentageKey: one query (db/queries/percentage-charges.ts) that
 * charges every transaction by lib/rating/percentage's rule inside the database.
 */
export async function loadPercentageCharges(
  db: Db,
  requests: readonly PercentageRequest[],
  range: { from: Date; to: Date },
): Promise<Map<string, Dec>> {
  const text = (value: Dec | null | undefined) => (value ? value.toString() : null);
  const rows = await sumPercentageChargesOfAccounts(
    db,
    requests.map(({ accountId, productId, price }) => ({
      accountId,
      productId,
      ratePercent: price.ratePercent.toString(),
      transactionFee: text(price.transactionFee),
      transactionMinimum: text(price.transactionMinimum),
      transactionMaximum: text(price.transactionMaximum),
      freeTransactions: price.freeTransactions ?? null,
      freeAmount: text(price.freeAmount),
    })),
    range.from,
    range.to,
  );
  return new Map(rows.map((row) => [percentageKey(row.account_id, row.product_id), new Dec(row.charge)]));
}
