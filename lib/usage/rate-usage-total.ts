import type { Db } from '../../db/client';
import { loadPercentageCharges, percentageKey } from '../invoicing/load-percentage-charges';
import { Dec } from '../money/decimal';
import { applyMinimumCharge } from '../rating/minimum-charge';
import { type PriceModel, ratePrice } from '../rating/price-model';
import type { RatedAmount } from '../rating/types';

/**
 * What an account's usage of one product over [from, to) costs, as its invoice would charge
 * it: by the price on the period's total, or, for a percentage price, transaction by
 * transaction by the same query bill runs use (db/queries/percentage-charges).
 */
export async function rateUsageTotal(
  db: Db,
  usage: { accountId: string; productId: string; model: PriceModel; quantity: Dec },
  range: { from: Date; to: Date },
): Promise<RatedAmount> {
  const { model } = usage;
  if (model.model !== 'percentage') return ratePrice(model, usage.quantity);
  const charges = await loadPercentageCharges(
    db,
    [{ accountId: usage.accountId, productId: usage.productId, price: model }],
    range,
  );
  const amount = charges.get(percentageKey(usage.accountId, usage.productId)) ?? new Dec(0);
  return applyMinimumCharge(
    {
      amount,
      breakdown: [
        {
          label: `Transactions at ${model.ratePercent.toString()}%${model.transactionFee ? ` + ${model.transactionFee.toString()}` : ''}`,
          quantity: usage.quantity,
          unitPrice: usage.quantity.isZero() ? new Dec(0) : amount.dividedBy(usage.quantity),
          amount,
        },
      ],
    },
    model.minimumCharge,
  );
}
